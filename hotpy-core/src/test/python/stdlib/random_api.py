# random beyond the acceptance streams: randrange, getrandbits, choices, uniform, triangular,
# normalvariate, expovariate, betavariate-free distributions, Random instances, getstate/setstate.
import random

random.seed(2024)
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, 10), random.getrandbits(1), random.getrandbits(100), random.getrandbits(64))
print(random.choices("abcde", k=8), random.choices(range(10), weights=range(10), k=5), random.choices("xyz", cum_weights=[1, 1, 10], k=4))
print([round(random.uniform(1, 2), 12) for _ in range(3)], [round(random.triangular(0, 10, 3), 12) for _ in range(3)])
print([round(random.normalvariate(0, 1), 12) for _ in range(3)], [round(random.expovariate(1.5), 12) for _ in range(3)])
print(random.randbytes(8), random.sample(["a", "b", "c", "d"], 2), random.sample(range(100), k=3, counts=None))
r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6), isinstance(r1, random.Random))
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)], len(state), state[0])
r3 = random.Random("string seed")
r4 = random.Random(b"bytes seed")
print(r3.random(), r4.random(), random.Random(3.5).random(), random.Random(-5).random() == random.Random(5).random())
deck = list(range(10))
random.Random(1).shuffle(deck)
print(deck)
for bad in [lambda: random.randrange(0), lambda: random.randrange(1, 1), lambda: random.choice([]), lambda: random.sample([1], 2), lambda: random.randint(2, 1), lambda: random.choices("ab", weights=[1], k=1), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class MyRandom(random.Random):
    pass


print(MyRandom(11).random() == random.Random(11).random(), type(MyRandom(1)).__name__)

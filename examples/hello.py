"""A first HotPy program: ./hotpy examples/hello.py [name]"""
import sys
from collections import Counter


def greet(name):
    return f"Hello, {name}! This is {sys.implementation.name} running Python {sys.version_info.major}.{sys.version_info.minor}."


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


name = sys.argv[1] if len(sys.argv) > 1 else "world"
print(greet(name))
ps = primes(100)
print(f"{len(ps)} primes below 100, the last five: {ps[-5:]}")
print("last digits:", sorted(Counter(p % 10 for p in ps).items()))
print("2 ** 100 =", 2 ** 100)

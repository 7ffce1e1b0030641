# statistics: exact results with ints, Fractions and floats; type of results; edge cases.
import statistics as st
from fractions import Fraction as F


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ints = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(ints), type(st.mean(ints)).__name__, st.pvariance(ints), type(st.pvariance(ints)).__name__, st.pstdev(ints))
print(st.variance(ints), st.stdev(ints), st.variance([1, 2, 3]), type(st.variance([1, 2, 3])).__name__, st.variance([1, 2]))
fr = [F(1, 2), F(3, 4), F(5, 8), F(7, 16)]
print(st.mean(fr), st.median(fr), st.variance(fr), st.pvariance(fr), st.stdev(fr), st.pstdev(fr))
fl = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
print(st.mean(fl), sum(fl) / len(fl), st.fmean(fl), st.variance(fl), st.pvariance(fl), st.stdev(fl), st.pstdev(fl))
big = [1e16 + 1, 1e16 + 2, 1e16 + 3]
print(st.mean(big), st.variance(big), st.pvariance([1e100, 1e100]), st.mean([1e308, 1e308]))
print(st.mean([1, F(1, 2)]), st.mean([F(1, 2), 0.5]), st.median([3, 1, 2.5]), st.median(["b", "a", "c"]), st.median_low(["b", "a", "d", "c"]))
print(st.mode([1.5, 1.5, 2]), st.multimode([3, 1, 3, 1, 2]), st.mode([(1, 2), (1, 2), (3,)]), st.multimode("mississippi"))
print(st.harmonic_mean([1, 2, 4]), st.harmonic_mean([F(1), F(2)]), st.harmonic_mean([2.5, 0]), st.geometric_mean([1, 10, 100]))
print(st.quantiles(range(1, 101), n=4), st.quantiles(range(1, 101), n=4, method="inclusive"), st.quantiles([F(1), F(2), F(3)], n=2))
print(st.quantiles([1.0, 2.0, 3.0, 4.0], n=5), st.quantiles([10, 20], n=4), st.quantiles([1, 1, 1, 1], n=3))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=1), st.median_grouped([F(1), F(3)]), st.median_grouped([2.5]))
print(st.fmean([1, 2, 3], weights=(0.5, 0.25, 0.25)), st.fmean(range(1, 5), weights=range(4, 0, -1)))
print(st.variance([F(1, 3)] * 4), st.pstdev([5]), st.stdev([1.5, 2.5]), st.pvariance([True, False, True, True]))
print(st.variance(range(10), 4.5), st.pvariance(range(10), mu=F(9, 2)), st.stdev(iter([1, 2, 3, 4])))
show(lambda: st.variance([F(1), 2.0, "x"]))
show(lambda: st.mean([1, "2"]))
show(lambda: st.median_grouped(["a", "b"]))
show(lambda: st.quantiles([1, 2, 3], n=-1))
print(st.NormalDist(0, 1).pdf(0.0) == st.NormalDist().pdf(0), st.NormalDist(5, 2).variance, st.NormalDist(1, 2) * 3 + 1)

# statistics: means, medians, modes, variance and stdev (exact), quantiles, regression, errors.
import statistics as st
from fractions import Fraction
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5]), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([1, 2.5]))
print(st.fmean([1, 2, 3]), st.median([3, 1, 2]), st.median([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode([1, 1, 2, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 3]), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]))
print(st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method="inclusive"))
print(st.covariance([1, 2, 3], [1, 2, 4]), st.correlation([1, 2, 3], [2, 4, 7]), st.linear_regression([1, 2, 3], [2, 4, 6]))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.stdev([1]), lambda: st.harmonic_mean([-1, 2])]:
    try:
        bad()
    except st.StatisticsError as e:
        print(type(e).__name__, e)

# time: clocks (only their types and order), gmtime/strftime/strptime, struct_time.
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.time_ns()
time.sleep(0.01)
print(type(t0).__name__, type(n0).__name__, time.monotonic() >= m0, time.perf_counter() > p0, time.time_ns() > n0, t0 > 1.6e9)
print(type(time.process_time()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
g = time.gmtime(0)
print(g, g.tm_year, g[0], g.tm_wday, g.tm_yday, len(g), tuple(g))
g2 = time.gmtime(1700000000.5)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %w %y %p %I %%", g2))
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 0, 0, 0, 3, 60, 0)), time.asctime(g2), time.asctime(time.gmtime(10 ** 9)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st.tm_mon, st.tm_hour, st, time.strftime("%H:%M", st))
print(time.gmtime(86400 * 365.25 * 30)[:6], time.gmtime(-86400)[:3])
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.gmtime("x")
except TypeError as e:
    print("TypeError:", e)
print(time.strptime("2024-02-29 13:05:09", "%Y-%m-%d %H:%M:%S"), time.strptime("Thu Feb 29 13:05:09 2024")[:7])
print(time.strptime("31/12/99", "%d/%m/%y").tm_yday, time.strptime("7:30 PM", "%I:%M %p")[3:5])
try:
    time.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)

# Run: ../../hotpy -X trace=on -X pass-path=target/custom-pass-1.0.jar -X trace-stats demo.py
# The statistics at exit list doubling-to-add with its "rewritten" counter; the output is the same
# as without the pass (and as python3's).
def scale(n):
    total = 0
    x = 1.5
    for i in range(n):
        total += i * 2
        x = (x * 2.0) % 1000.0
    return total, x


print(scale(100000))

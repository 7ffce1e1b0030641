# sys.exit with a message: printed on stderr, exit status 1, finally blocks still run.
import sys

try:
    print("working")
    sys.exit("fatal: configuration missing")
finally:
    print("cleanup ran")

"""The driver the program generators share (arithmetic-fuzz.py, loop-fuzz.py): writes the program
of each seed to a temporary file, runs it with python3 and with the launcher, and reports the
seeds whose output (stdout and stderr) or exit status differ.
"""
import os
import subprocess
import sys
import tempfile


def run(command, path):
    p = subprocess.run(command + [path], capture_output=True, text=True, timeout=300)
    return p.stdout, p.stderr, p.returncode


def compare(program, name, argv):
    """program(seed) -> source. argv: [FIRST_SEED [COUNT [LAUNCHER]]]. Returns the exit status."""
    first = int(argv[1]) if len(argv) > 1 else 1
    count = int(argv[2]) if len(argv) > 2 else 40
    launcher = argv[3].split() if len(argv) > 3 else ['./hotpy']
    differing = []
    with tempfile.TemporaryDirectory() as work:
        for seed in range(first, first + count):
            path = os.path.join(work, '%s_%d.py' % (name, seed))
            with open(path, 'w') as f:
                f.write(program(seed))
            want = run([sys.executable], path)
            got = run(launcher, path)
            if got != want:
                differing.append(seed)
                print('seed %d: output differs from CPython' % seed)
                print('--- python3:\n%s%s--- %s:\n%s%s' % (want[0], want[1][-2000:], ' '.join(launcher),
                                                           got[0], got[1][-2000:]))
    print('%d programs, %d differ%s' % (count, len(differing),
                                        (': ' + ' '.join(map(str, differing))) if differing else ''))
    return 1 if differing else 0

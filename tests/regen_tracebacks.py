#!/usr/bin/env python3
"""Regenerate the expected tracebacks of tests/tracebacks/*.py from CPython 3.11.

Each NAME.py runs as `python3 NAME.py` with cwd = this directory; its whole stderr is
written to NAME.stderr with this directory's absolute path replaced by {DIR}, so the
files do not depend on where the repository lives. tests/tracebacks.rs runs tern the
same way and compares stderr byte for byte: the frames, the source lines and the
caret lines under them, and the exception line.

Usage: python3 tests/regen_tracebacks.py [NAME.py ...]   (default: all)
"""

import glob
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tracebacks")


def main():
    names = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, "*.py")))
    for path in names:
        path = os.path.abspath(path)
        r = subprocess.run([sys.executable, os.path.basename(path)], cwd=HERE,
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=30,
                           env=dict(os.environ, PYTHONHASHSEED="0"))
        if r.returncode == 0:
            print("skipped (no exception):", os.path.basename(path))
            continue
        text = r.stderr.decode("utf-8").replace(HERE, "{DIR}")
        with open(path[:-3] + ".stderr", "w", encoding="utf-8") as f:
            f.write(text)
        print("written", os.path.basename(path)[:-3] + ".stderr")


if __name__ == "__main__":
    main()

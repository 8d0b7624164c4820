#!/usr/bin/env python3
"""Regenerate (or check) the expected outputs of Tern's differential test programs.

CPython 3.11 is the oracle. For every test program this script runs

    python3 NAME.py [ARGS...]

with cwd = the program's directory, stdin = /dev/null and a timeout, once under
PYTHONHASHSEED=0 and once under PYTHONHASHSEED=12345, and records

    NAME.out   exact stdout bytes
    NAME.err   only when the exit status is non-zero: two lines,
               "exit N" and the last non-empty line of stderr (may be empty)

Programs whose stdout / exit status / last stderr line (that one only when the exit
status is non-zero) differ between the two seeds are REJECTED (non-deterministic), as are programs whose stdout contains a
memory address (" at 0x..."), programs that time out, and programs killed by a
signal. See tests/programs/README.md for the layout and file formats.

Usage:
    python3 tests/regen_expected.py [--check] [--benchmarks] [-j N] [PATH...]

PATH is a .py program, a .bench file or a directory (searched recursively);
default: tests/programs/. With --check nothing is written; the exit status is 1
if any checked-in expectation differs from what python3 prints now.
With --benchmarks, every benchmarks/programs/*.py that has a header line
"# tern-bench: small=A,B,... [default=...]" is run with argv A B ... and its
expectation is written to tests/programs/benchmarks/NAME.{bench,out[,err]} (only
benchmarks are processed unless PATHs are given too).

Python 3.9 compatible, stdlib only.
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))          # tests/
REPO = os.path.dirname(HERE)                               # repo root
DEFAULT_DIR = os.path.join(HERE, "programs")
BENCH_SRC_DIR = os.path.join(REPO, "benchmarks", "programs")
BENCH_OUT_DIR = os.path.join(DEFAULT_DIR, "benchmarks")

SEEDS = ("0", "12345")
TIMEOUT = 10.0
MODULE_MARKER = "# tern-test: module"
BENCH_HEADER = re.compile(r"^#\s*tern-bench:(.*)$", re.M)
ADDRESS = re.compile(rb" at 0x[0-9a-fA-F]+")


class Case(object):
    """One program to run: where its expectations live and how to run it."""

    def __init__(self, name, script, args, cwd, out_path, err_path):
        self.name = name          # what we print (path relative to the repo)
        self.script = script      # absolute path of the .py to run
        self.args = args          # extra argv words
        self.cwd = cwd
        self.out_path = out_path
        self.err_path = err_path


def rel(path):
    try:
        r = os.path.relpath(path, REPO)
    except ValueError:
        return path
    return path if r.startswith("..") else r


def is_module_file(path):
    """Helper modules imported by tests are not programs themselves."""
    if os.path.basename(path).startswith("mod_"):
        return True
    try:
        with open(path, "r", encoding="utf-8", errors="replace") as f:
            first = f.readline()
    except OSError:
        return False
    return first.strip() == MODULE_MARKER


def read_args(path):
    if not os.path.exists(path):
        return []
    with open(path, "r", encoding="utf-8") as f:
        return f.read().split()


def case_for_py(path):
    path = os.path.abspath(path)
    base = path[:-3]
    return Case(rel(path), path, read_args(base + ".args"), os.path.dirname(path),
                base + ".out", base + ".err")


def case_for_bench(path):
    """A NAME.bench file: one line, 'RELATIVE/PATH/TO/PROGRAM.py ARGS...'."""
    path = os.path.abspath(path)
    with open(path, "r", encoding="utf-8") as f:
        words = f.read().split()
    if not words:
        raise ValueError("empty .bench file")
    script = os.path.normpath(os.path.join(os.path.dirname(path), words[0]))
    base = path[:-6]
    return Case(rel(path), script, words[1:], os.path.dirname(script),
                base + ".out", base + ".err")


def collect(paths, problems):
    cases = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
                for fn in sorted(files):
                    full = os.path.join(root, fn)
                    if fn.endswith(".py") and not is_module_file(full):
                        cases.append(case_for_py(full))
                    elif fn.endswith(".bench"):
                        try:
                            cases.append(case_for_bench(full))
                        except (OSError, ValueError) as e:
                            problems.append("%s: %s" % (rel(full), e))
        elif p.endswith(".py") and os.path.isfile(p):
            cases.append(case_for_py(p))
        elif p.endswith(".bench") and os.path.isfile(p):
            cases.append(case_for_bench(p))
        else:
            problems.append("%s: not a .py, .bench or directory" % p)
    return cases


def bench_cases(problems):
    """(NAME.bench path, its one-line content) for each benchmark with a tern-bench header."""
    cases = []
    if not os.path.isdir(BENCH_SRC_DIR):
        return cases
    for fn in sorted(os.listdir(BENCH_SRC_DIR)):
        if not fn.endswith(".py"):
            continue
        src = os.path.join(BENCH_SRC_DIR, fn)
        with open(src, "r", encoding="utf-8", errors="replace") as f:
            m = BENCH_HEADER.search(f.read())
        small = None
        for tok in (m.group(1).split() if m else []):
            if tok.startswith("small="):
                small = [a for a in tok[len("small="):].split(",") if a]
        if small is None:
            if m:
                problems.append("%s: tern-bench header without small=ARGS" % rel(src))
            continue
        name = fn[:-3]
        bench = os.path.join(BENCH_OUT_DIR, name + ".bench")
        relscript = os.path.relpath(src, BENCH_OUT_DIR).replace(os.sep, "/")
        line = " ".join([relscript] + small) + "\n"
        cases.append((bench, line))
    return cases


def last_line(data):
    text = data.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip("\r\n")
    return ""


def run_once(python, case, seed):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = seed
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"   # no __pycache__ beside helper modules
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONWARNINGS", None)
    try:
        p = subprocess.run([python, case.script] + case.args, cwd=case.cwd,
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, p.stdout, last_line(p.stderr)


def evaluate(python, case):
    """Returns (status, detail, out_bytes, err_text_or_None)."""
    if not os.path.isfile(case.script):
        return "REJECTED", "program %s does not exist" % rel(case.script), None, None
    results = []
    for seed in SEEDS:
        r = run_once(python, case, seed)
        if r is None:
            return "REJECTED", "timeout (%gs) with PYTHONHASHSEED=%s" % (TIMEOUT, seed), None, None
        results.append(r)
    (rc, out, err), (rc2, out2, err2) = results
    # The last stderr line is only recorded (and compared by the harness) when the exit
    # status is non-zero; with exit 0, stderr may carry timings and is ignored.
    if rc == 0:
        err = ""
    if rc2 == 0:
        err2 = ""
    for o in (out, out2):
        m = ADDRESS.search(o)
        if m:
            return "REJECTED", "stdout contains a memory address (%r)" % m.group(0).decode(), None, None
    if (rc, out, err) != (rc2, out2, err2):
        what = [n for n, a, b in (("stdout", out, out2), ("exit status", rc, rc2),
                                  ("stderr", err, err2)) if a != b]
        return "REJECTED", "non-deterministic %s across PYTHONHASHSEED %s" % (
            "/".join(what), "/".join(SEEDS)), None, None
    if rc < 0:
        return "REJECTED", "killed by signal %d (%s)" % (-rc, err), None, None
    if ADDRESS.search(err.encode("utf-8")):
        return "REJECTED", "stderr's last line contains a memory address", None, None
    err_text = None
    if rc != 0:
        err_text = "exit %d\n%s\n" % (rc, err)
    return "ok", "", out, err_text


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def write_bytes(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def apply(case, out, err_text, check):
    """Compare with / write the expectation files. Returns 'ok', 'written' or 'CHANGED'."""
    old_out = read_bytes(case.out_path)
    old_err = read_bytes(case.err_path)
    new_err = err_text.encode("utf-8") if err_text is not None else None
    if old_out == out and old_err == new_err:
        return "ok", ""
    diffs = []
    if old_out != out:
        diffs.append("stdout" if old_out is not None else "no .out")
    if old_err != new_err:
        if old_err is None:
            diffs.append("no .err")
        elif new_err is None:
            diffs.append("stale .err")
        else:
            diffs.append("exit/stderr")
    if check:
        return "CHANGED", ", ".join(diffs)
    if old_out != out:
        write_bytes(case.out_path, out)
    if new_err is None:
        if old_err is not None:
            os.remove(case.err_path)
    elif old_err != new_err:
        write_bytes(case.err_path, new_err)
    return "written", ", ".join(diffs)


def main(argv):
    ap = argparse.ArgumentParser(description="Regenerate expected outputs of Tern test programs.")
    ap.add_argument("paths", nargs="*", help="programs (.py/.bench) or directories")
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 on differences")
    ap.add_argument("--benchmarks", action="store_true",
                    help="(re)generate tests/programs/benchmarks/ from benchmarks/programs/")
    ap.add_argument("--python", default="python3", help="the oracle interpreter (default python3)")
    ap.add_argument("-j", "--jobs", type=int, default=min(8, os.cpu_count() or 1))
    ap.add_argument("--any-version", action="store_true", help="do not insist on Python 3.11")
    opts = ap.parse_args(argv)

    # Resolve the real executable once (a pyenv shim costs ~0.2 s per start).
    try:
        info = subprocess.run([opts.python, "-c",
                               "import sys; print(sys.executable); print(sys.version_info[:2])"],
                              stdout=subprocess.PIPE, universal_newlines=True, check=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError) as e:
        print("error: cannot run %s: %s" % (opts.python, e))
        return 2
    python, ver = info[0].strip() or opts.python, info[1].strip()
    if ver != "(3, 11)" and not opts.any_version:
        print("error: %s is Python %s; the oracle must be 3.11 (or pass --any-version)" % (opts.python, ver))
        return 2

    problems = []
    cases = []
    if opts.benchmarks:
        for bench, line in bench_cases(problems):
            if read_bytes(bench) != line.encode("utf-8"):
                if opts.check:
                    problems.append("%s: missing or stale .bench" % rel(bench))
                else:
                    os.makedirs(BENCH_OUT_DIR, exist_ok=True)
                    write_bytes(bench, line.encode("utf-8"))
            cases.append(case_for_bench(bench) if os.path.exists(bench) else None)
        cases = [c for c in cases if c is not None]
        wanted = set(os.path.basename(b) for b, _ in bench_cases([]))
        if os.path.isdir(BENCH_OUT_DIR):
            for fn in sorted(os.listdir(BENCH_OUT_DIR)):
                if fn.endswith(".bench") and fn not in wanted:
                    problems.append("%s: stale: no benchmark program with a tern-bench header "
                                    "(delete it and its .out/.err)" % rel(os.path.join(BENCH_OUT_DIR, fn)))
    if opts.paths or not opts.benchmarks:
        cases += collect(opts.paths or [DEFAULT_DIR], problems)

    counts = {"ok": 0, "written": 0, "REJECTED": 0, "CHANGED": 0}
    failed = []
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futures = [pool.submit(evaluate, python, c) for c in cases]
        for case, fut in zip(cases, futures):
            status, detail, out, err_text = fut.result()
            if status == "ok":
                status, detail = apply(case, out, err_text, opts.check)
            counts[status] += 1
            if status in ("REJECTED", "CHANGED"):
                failed.append("%s %s" % (status, case.name))
            print("%-8s %s%s" % (status, case.name, (": " + detail) if detail else ""))
            sys.stdout.flush()

    for p in problems:
        print("ERROR    %s" % p)
    print("\n%d programs: %d ok, %d written, %d changed, %d rejected%s" % (
        len(cases), counts["ok"], counts["written"], counts["CHANGED"], counts["REJECTED"],
        (", %d errors" % len(problems)) if problems else ""))
    if failed:
        print("failures:")
        for f in failed:
            print("  " + f)
    return 1 if (failed or problems) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

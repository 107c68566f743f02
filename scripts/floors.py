#!/usr/bin/env python3
"""Scores quotecheck on every set named in scripts/floors.tsv and fails when a figure falls
below its floor.

usage: scripts/floors.py --bin PATH [--shared DIR]
A set whose path starts with ../shared is resolved against --shared (default: ../shared beside
the repository) and skipped, with a line saying so, when that folder is absent. The tests never
read ../shared; this script, run by .ci/run, is the gate on the development set and the seeds.
Exit status: 0 when every figure holds its floor, 1 when one falls, 2 when a set cannot be scored."""
import json, os, subprocess, sys

def floors(path):
    out = {}
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 3:
                sys.exit(f"{path}:{n}: want 'set<TAB>metric<TAB>floor', got {line!r}")
            out.setdefault(parts[0], {})[parts[1]] = float(parts[2])
    return out

def score(repo, bin_, d):
    p = subprocess.run([sys.executable, SCORE, d, '--bin', bin_, '--json'],
                       capture_output=True, text=True, timeout=600)
    lines = [l for l in p.stdout.splitlines() if l.startswith('{')]
    if p.returncode != 0 or not lines:
        print(f"{d}: cannot be scored (exit {p.returncode}): {p.stdout[-300:]}{p.stderr[-300:]}")
        return None
    return json.loads(lines[-1])

def main():
    args = sys.argv[1:]
    if '--bin' not in args:
        sys.exit(__doc__)
    bin_ = os.path.abspath(args[args.index('--bin') + 1])
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = os.path.abspath(args[args.index('--shared') + 1]) if '--shared' in args else os.path.join(os.path.dirname(repo), 'shared')
    global SCORE
    SCORE = os.path.join(shared, 'eval', 'score.py')
    if not os.path.isfile(SCORE):
        print(f"floors: no scorer at {SCORE}; nothing scored")
        return 0
    status = 0
    for set_, want in floors(os.path.join(repo, 'scripts', 'floors.tsv')).items():
        d = os.path.join(shared, set_[len('../shared/'):]) if set_.startswith('../shared/') else os.path.join(repo, set_)
        if not os.path.isdir(d):
            print(f"{set_}: absent, skipped")
            continue
        got = score(repo, bin_, d)
        if got is None:
            status = max(status, 2)
            continue
        for metric, floor in want.items():
            v = got.get(metric)
            ok = v is not None and v + 1e-9 >= floor
            print(f"{set_}\t{metric}\t{'missing' if v is None else f'{v:.4f}'}\tfloor {floor:.2f}\t{'ok' if ok else 'BELOW'}")
            if not ok:
                status = max(status, 1)
    print('floors: ' + ('every figure holds its floor' if status == 0 else 'FAILED'))
    return status

SCORE = ''
sys.exit(main())

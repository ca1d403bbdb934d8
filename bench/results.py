#!/usr/bin/env python3
"""Fills bench/RESULTS.template.md from the `lantern-bench NAME VALUE` lines of a run.

Usage: python3 bench/results.py [bench/last-run.txt] > bench/RESULTS.md
A figure missing from the run shows as "n/a" rather than failing, so a partial run is visible.
"""
import re
import sys
from pathlib import Path

here = Path(__file__).parent
run = Path(sys.argv[1]) if len(sys.argv) > 1 else here / "last-run.txt"
values = {}
for line in run.read_text().splitlines():
    m = re.match(r'^lantern-bench (\S+) (.*)$', line)
    if m:
        values[m.group(1)] = m.group(2).strip().strip('"')
template = (here / "RESULTS.template.md").read_text()
print(re.sub(r'\{\{([^}]+)\}\}', lambda m: values.get(m.group(1), "n/a"), template), end="")

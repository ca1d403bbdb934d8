#!/usr/bin/env python3
"""Write the pictures of chapters 8–10 (pages and title cards) into images/ch08, ch09, ch10.

Usage: python3 images/gen_ch08_10.py   (from any directory; Python 3.11 standard library only)
The scenes live in images/art/scenes_ch08_10.py and use the shared library in images/art/.
Output is deterministic: running it twice gives byte-identical files.
"""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from art import svg  # noqa: E402
from art.scenes_ch08_10 import SCENES  # noqa: E402

LIMIT = 40 * 1024


def main() -> int:
    total = 0
    for rel, fn in SCENES:
        svg.reset()
        text = fn()
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        size = len(text.encode("utf-8"))
        total += size
        flag = "  <-- over 40 KB" if size > LIMIT else ""
        print(f"{rel:45s} {size / 1024:6.1f} KB{flag}")
    print(f"{len(SCENES)} pictures, {total / 1024:.1f} KB in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())

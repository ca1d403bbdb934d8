#!/usr/bin/env python3
"""Write every picture of chapters 11–14 (pages, detour pages, title cards) as SVG.

Run from any directory:  python3 /work/main/images/gen_ch11_14.py [page-id ...]
Writes /work/main/images/ch11/ … ch14/. Standard library only; deterministic output.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from art import scenes_ch11_14 as S  # noqa: E402

PAGES = {
    11: ["c11-jin-troubles", "c11-han-tuozhou", "c11-war-declared", "c11-attack-1206", "c11-no-uprising", "c11-wu-xi",
         "c11-war-stuck", "c11-han-falls", "c11-peace-1208"],
    12: ["c12-mongols-unite", "c12-mongols-attack", "c12-song-wait", "c12-jin-move", "c12-jin-attack", "c12-shi-miyuan",
         "c12-zaoyang", "c12-more-fights", "c12-qizhou", "c12-peace-1224"],
    13: ["c13-kaifeng-falls", "c13-aizong-asks", "c13-mongol-alliance", "c13-caizhou", "c13-aizong-end", "c13-wars-end",
         "c13-mongols-turn"],
    14: ["c14-jurchens-move", "c14-jin-change", "c14-three-scripts", "c14-wanyan-liang", "c14-shizong", "c14-fleeing-south",
         "c14-new-homes", "c14-song-trade", "c14-new-weapons", "c14-fire-bombs", "c14-book-ends",
         "c14-fire-lance-1", "c14-fire-lance-2", "c14-fire-lance-3", "c14-fire-bombs-1", "c14-fire-bombs-2",
         "c14-fire-bombs-3"],
}


def main(only=()):
    n = 0
    for ch, ids in PAGES.items():
        outdir = os.path.join(HERE, f"ch{ch}")
        os.makedirs(outdir, exist_ok=True)
        jobs = [("title", getattr(S, f"card_{ch}", None))] + [(pid, getattr(S, pid.replace("-", "_"), None)) for pid in ids]
        for pid, fn in jobs:
            key = pid if pid != "title" else f"ch{ch}-title"
            if only and key not in only and pid not in only:
                continue
            if fn is None:
                print("missing", pid)
                continue
            svg = fn()
            with open(os.path.join(outdir, pid + ".svg"), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(svg)
            n += 1
    print(f"wrote {n} files")


if __name__ == "__main__":
    main(tuple(sys.argv[1:]))

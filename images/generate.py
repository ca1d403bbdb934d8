#!/usr/bin/env python3
"""Regenerate every picture: ``python3 images/generate.py``.

Options:
  --only SUBSTR        write only scenes whose path contains SUBSTR (repeatable)
  --check PACK ...     compare scenes with the chapter TOMLs of one or more packs (a pack root
                       holding story/chapters/*.toml): list pages with no scene yet, scenes whose
                       alt brief differs from the page's current alt (redraw those), and scenes
                       that no page uses. Writes nothing.

Python 3.11 standard library only. Output is deterministic: running it twice gives
byte-identical files.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep images/art free of __pycache__

import importlib  # noqa: E402

from art import svg  # noqa: E402


IMPORT_ERRORS: list[str] = []


def _collect() -> dict:
    """Every ``art/scenes*.py`` module that defines ``SCENES = {path: (function, alt)}``.

    All modules are imported first (a module may register into ``art.scenes.SCENES`` with the
    ``@scene`` decorator), then every distinct SCENES dict is merged."""
    mods = []
    for fn in sorted(glob.glob(os.path.join(HERE, "art", "scenes*.py"))):
        name = "art." + os.path.basename(fn)[:-3]
        try:
            mods.append(importlib.import_module(name))
        except Exception as e:  # keep going: one broken module must not block the others
            print(f"WARNING: {name} failed to import: {e!r}", file=sys.stderr)
            IMPORT_ERRORS.append(name)
    found, seen = {}, set()
    for mod in mods:
        table = getattr(mod, "SCENES", None)
        if not isinstance(table, dict) or id(table) in seen:
            continue
        seen.add(id(table))
        for k, v in table.items():
            if k in found:
                raise SystemExit(f"scene {k} defined twice")
            found[k] = v
    return found


SCENES = _collect()


def write_all(only: list[str]) -> int:
    n = 0
    total = 0
    for rel, (fn, alt) in sorted(SCENES.items()):
        if only and not any(o in rel for o in only):
            continue
        svg.reset()
        body = fn()
        # A scene returns a list of snippets (wrapped here) or a finished document string.
        doc = body if isinstance(body, str) and body.lstrip().startswith("<svg") else svg.document(*body)
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(doc)
        size = len(doc.encode())
        total += size
        flag = "  (over 40 KB!)" if size > 40_000 else ""
        print(f"{rel:55s} {size / 1024:6.1f} KB{flag}")
        n += 1
    print(f"{n} pictures, {total / 1024:.0f} KB")
    return n


def check(packs: list[str]) -> int:
    import tomllib

    pages = {}
    for pack in packs:
        for fn in sorted(glob.glob(os.path.join(pack, "story", "chapters", "*.toml"))):
            with open(fn, "rb") as fh:
                d = tomllib.load(fh)
            if d.get("card"):
                pages[d["card"].removeprefix("images/")] = (d.get("card_alt", ""), fn)
            for p in d.get("pages", []):
                pages[p["image"].removeprefix("images/")] = (p["alt"], fn)
            for det in d.get("detours", []):
                for p in det.get("pages", []):
                    pages[p["image"].removeprefix("images/")] = (p["alt"], fn)
        story = os.path.join(pack, "story", "story.toml")
        if os.path.exists(story):
            with open(story, "rb") as fh:
                d = tomllib.load(fh)
            if d.get("cover"):
                pages[d["cover"].removeprefix("images/")] = (d.get("cover_alt", ""), story)
    missing = [k for k in sorted(pages) if k not in SCENES]
    changed = [k for k in sorted(pages) if k in SCENES and " ".join(SCENES[k][1].split()) != " ".join(pages[k][0].split())]
    unused = [k for k in sorted(SCENES) if k not in pages]
    for k in changed:
        print(f"ALT CHANGED {k}\n   drawn: {SCENES[k][1]}\n   now:   {pages[k][0]}")
    for k in missing:
        print(f"NO SCENE    {k}   ({os.path.basename(pages[k][1])})")
    for k in unused:
        print(f"UNUSED      {k}")
    print(f"{len(pages)} pictures in packs, {len(SCENES)} scenes; {len(missing)} missing, {len(changed)} alt changed, {len(unused)} unused")
    return 1 if changed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--check", nargs="+", metavar="PACK")
    a = ap.parse_args()
    if a.check:
        return check(a.check)
    write_all(a.only)
    if not a.only:
        # Chapters 8-14 were drawn with their own scene tables and writers; run them too so
        # this one command regenerates every picture, then the maps.
        import subprocess
        for script in ("gen_ch08_10.py", "gen_ch11_14.py", os.path.join("maps", "generate.py")):
            subprocess.run([sys.executable, os.path.join(HERE, script)], check=True,
                           stdout=subprocess.DEVNULL)
        print("also regenerated chapters 8-14 and the maps")
    return 1 if IMPORT_ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())

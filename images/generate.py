#!/usr/bin/env python3
"""Write every picture, or check that the committed pictures match the story.

  python3 images/generate.py                write every picture registered in images/scenes/
  python3 images/generate.py --only SUBSTR  only pictures whose path contains SUBSTR (repeatable)
  python3 images/generate.py --check [PACK ...]
                                            check one or more packs (folders holding
                                            story/chapters/*.toml; default: this repository)
                                            against the scenes; writes nothing; exits 1 on any
                                            error

Python 3.11 standard library only. Output is deterministic: running it twice gives
byte-identical files. Paths are taken from this script's own folder, so it runs from anywhere.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import tomllib
from typing import NamedTuple

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # --check writes nothing, not even __pycache__

import scenes  # noqa: E402

SIZE_LIMIT = 40_000  # bytes; a page picture over this is slow to draw on a school laptop (README)


def write_all(registry: dict, only: list[str]) -> int:
    written = same = total = 0
    for rel, sc in sorted(registry.items()):
        if only and not any(o in rel for o in only):
            continue
        doc = sc.render().encode("utf-8")
        out = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if _read(out) == doc:
            same += 1
            mark = ""
        else:
            with open(out, "wb") as fh:
                fh.write(doc)
            written += 1
            mark = "  written"
        total += len(doc)
        big = "  (over 40 KB!)" if len(doc) > SIZE_LIMIT and not rel.startswith("maps/") else ""
        print(f"{rel:55s} {len(doc) / 1024:6.1f} KB{big}{mark}")
    print(f"{written + same} pictures, {total / 1024:.0f} KB: {written} written, {same} already up to date")
    return written + same


# ------------------------------------------------------------------ --check

class Use(NamedTuple):
    """One place in a pack that shows a picture."""
    who: str      # "page c08-da-qi", "title card of chapter da-qi-and-the-generals", "cover", "map 1142"
    toml: str     # the file that names the picture
    image: str    # as written there, e.g. "images/ch08/c08-da-qi.svg"
    alt: str
    pack: str

    def where(self) -> str:
        return f"{self.who} ({self.toml}) shows {self.image}"


def pack_uses(pack: str) -> list[Use]:
    def rel(fn):
        return os.path.normpath(os.path.relpath(fn))

    uses = []
    chapters = sorted(glob.glob(os.path.join(pack, "story", "chapters", "*.toml")))
    if not chapters:
        raise SystemExit(f"--check {pack}: no story/chapters/*.toml there; give the pack's root folder")
    for fn in chapters:
        with open(fn, "rb") as fh:
            d = tomllib.load(fh)
        if d.get("card"):
            uses.append(Use(f"title card of chapter {d.get('id', '?')}", rel(fn), d["card"], d.get("card_alt", ""), pack))
        pages = list(d.get("pages", []))
        for det in d.get("detours", []):
            pages += det.get("pages", [])
        for p in pages:
            if p.get("image"):
                uses.append(Use(f"page {p.get('id', '?')}", rel(fn), p["image"], p.get("alt", ""), pack))
    story = os.path.join(pack, "story", "story.toml")
    if os.path.exists(story):
        with open(story, "rb") as fh:
            d = tomllib.load(fh)
        if d.get("cover"):
            uses.append(Use("cover", rel(story), d["cover"], d.get("cover_alt", ""), pack))
    maps = os.path.join(pack, "story", "maps.toml")
    if os.path.exists(maps):
        with open(maps, "rb") as fh:
            d = tomllib.load(fh)
        for m in d.get("maps", []):
            uses.append(Use(f"map {m.get('year', '?')}", rel(maps), m["image"], m.get("alt", ""), pack))
    return uses


def _read(fn: str) -> bytes | None:
    try:
        with open(fn, "rb") as fh:
            return fh.read()
    except FileNotFoundError:
        return None


def _source(sc) -> str:
    return os.path.join("images", *sc.module.split(".")) + ".py"


def _same_words(a: str, b: str) -> bool:
    # TOML multi-line strings and wrapped decorator lines differ only in spacing.
    return " ".join(a.split()) == " ".join(b.split())


def check(registry: dict, import_errors: list[str], packs: list[str]) -> int:
    errors: list[str] = [f"scene module failed to import: {e}" for e in import_errors]
    warnings: list[str] = []
    fix = "python3 images/generate.py --only"

    uses = [u for pack in packs for u in pack_uses(pack)]
    # Every file to compare with its scene: each scene's own output in this folder (so that
    # writing all pictures would change nothing) and each picture a pack shows.
    files: dict[str, tuple] = {}
    for rel, sc in registry.items():
        files.setdefault(os.path.realpath(os.path.join(HERE, rel)), (sc, []))
    used: set[str] = set()
    for u in uses:
        rel = u.image.removeprefix("images/")
        sc = registry.get(rel) if u.image.startswith("images/") else None
        if sc is None:
            missing = " (and the file is missing)" if _read(os.path.join(u.pack, u.image)) is None else ""
            errors.append(f"{u.where()}, but no scene draws it{missing}: register one with "
                          f"@scene({rel!r}, alt) in images/scenes/")
            continue
        used.add(rel)
        files.setdefault(os.path.realpath(os.path.join(u.pack, u.image)), (sc, []))[1].append(u)
        if sc.alt is not None and not _same_words(sc.alt, u.alt):
            errors.append(f"{u.where()}, and its alt is not the brief the picture was drawn from "
                          f"({_source(sc)}): redraw the picture for the new alt and update the brief\n"
                          f"      drawn from: {' '.join(sc.alt.split())}\n"
                          f"      page alt:   {' '.join(u.alt.split())}")

    drawn: dict[str, bytes | None] = {}
    for fn, (sc, shown_by) in sorted(files.items()):
        if sc.path not in drawn:
            try:
                drawn[sc.path] = sc.render().encode("utf-8")
            except Exception as e:  # noqa: BLE001 - report it with the scene's name and go on
                drawn[sc.path] = None
                errors.append(f"scene {sc.path} ({_source(sc)}) failed to draw: {e!r}")
        if drawn[sc.path] is None:
            continue
        on_disk = _read(fn)
        if on_disk == drawn[sc.path]:
            continue
        problem = "is missing" if on_disk is None else "is stale (the scene draws it differently now)"
        if shown_by:
            for u in shown_by:
                errors.append(f"{u.where()}, which {problem}: run {fix} {sc.path}  (scene in {_source(sc)})")
        else:
            errors.append(f"{os.path.relpath(fn, REPO)} {problem}: run {fix} {sc.path}  "
                          f"(scene in {_source(sc)}, shown by no page)")

    for rel, sc in sorted(registry.items()):
        if rel not in used:
            warnings.append(f"scene {rel} ({_source(sc)}) is shown by no page")
    made = {os.path.realpath(os.path.join(HERE, rel)) for rel in registry}
    for fn in sorted(glob.glob(os.path.join(HERE, "**", "*.svg"), recursive=True)):
        if os.path.realpath(fn) not in made:
            warnings.append(f"{os.path.relpath(fn, REPO)} is drawn by no scene; delete it if no page needs it")

    for w in warnings:
        print(f"WARNING {w}")
    for e in errors:
        print(f"ERROR   {e}")
    print(f"checked {len(uses)} places showing a picture in {len(packs)} pack(s) and {len(registry)} scenes: "
          f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", default=[], metavar="SUBSTR")
    ap.add_argument("--check", nargs="*", metavar="PACK")
    a = ap.parse_args()
    registry, import_errors = scenes.load()
    if a.check is not None:
        return check(registry, import_errors, a.check or [REPO])
    for e in import_errors:
        print(f"ERROR   scene module failed to import: {e}", file=sys.stderr)
    write_all(registry, a.only)
    return 1 if import_errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Merge story parts written in separate staging packs into one pack's story/ folder.

Offline authoring helper (never run by the app). Usage:
    python3 story/tools/merge_parts.py [--only 01,02] OUT_STORY_DIR PACK [PACK ...]
With --only, just the chapter files whose names start with those numbers are taken, and
people and timeline entries are trimmed to the pages that exist (for landing a story in steps).
Chapters are taken in the order of each pack's story.toml; glossary terms and people are
de-duplicated by term / id (the first definition wins, people's page lists are merged);
hanzi and pinyin are dropped because the story's one source does not give them.
"""
import re
import shutil
import sys
import tomllib
from pathlib import Path


def q(s: str) -> str:
    if "\n" in s:
        return '"""\n' + s.strip("\n").replace("\\", "\\\\").replace('"""', '\\"""') + '\n"""'
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def arr(items):
    return "[" + ", ".join(q(i) for i in items) + "]"


def main() -> None:
    args = sys.argv[1:]
    only = None
    if args and args[0] == "--only":
        only = set(args[1].split(","))
        args = args[2:]
    out = Path(args[0])
    packs = [Path(p) for p in args[1:]]
    page_ids = set()
    (out / "chapters").mkdir(parents=True, exist_ok=True)
    chapters, terms, people, events = [], {}, {}, []
    aliases_seen = {}
    for pack in packs:
        st = tomllib.loads((pack / "story/story.toml").read_text())
        for ch in st["chapters"]:
            if only is not None and Path(ch).name.split("-")[0] not in only:
                continue
            shutil.copy(pack / "story" / ch, out / ch)
            chapters.append(ch)
            doc = tomllib.loads((pack / "story" / ch).read_text())
            page_ids.update(pg["id"] for pg in doc.get("pages", []))
            for d in doc.get("detours", []):
                page_ids.update(pg["id"] for pg in d.get("pages", []))
        g = pack / "story/glossary.toml"
        if g.exists():
            for t in tomllib.loads(g.read_text()).get("terms", []):
                key = t["term"].lower()
                if key in terms or key in aliases_seen:
                    continue
                t.pop("hanzi", None)
                t.pop("pinyin", None)
                al = [a for a in t.get("aliases", []) if a.lower() not in terms and a.lower() not in aliases_seen]
                t["aliases"] = al
                for a in al:
                    aliases_seen[a.lower()] = key
                terms[key] = t
        p = pack / "story/people.toml"
        if p.exists():
            for person in tomllib.loads(p.read_text()).get("people", []):
                person.pop("hanzi", None)
                person.pop("pinyin", None)
                if person["id"] in people:
                    seen = people[person["id"]]
                    seen["pages"] += [x for x in person.get("pages", []) if x not in seen["pages"]]
                else:
                    people[person["id"]] = person
        tl = pack / "story/timeline.toml"
        if tl.exists():
            events += tomllib.loads(tl.read_text()).get("events", [])
    # Remove aliases that collide with another term's own name.
    for t in terms.values():
        t["aliases"] = [a for a in t.get("aliases", []) if a.lower() not in terms]
    base = tomllib.loads((packs[0] / "story/story.toml").read_text())
    lines = [
        "format = 1",
        f"title = {q(base['title'])}",
        f"subtitle = {q(base.get('subtitle', ''))}",
        f"cover = {q(base['cover'])}",
        f"cover_alt = {q(base['cover_alt'])}",
        f"credits = {arr(base.get('credits', []))}",
        "chapters = [",
        *[f"  {q(c)}," for c in chapters],
        "]",
    ]
    (out / "story.toml").write_text("\n".join(lines) + "\n")
    g = []
    for t in sorted(terms.values(), key=lambda t: t["term"].lower()):
        g.append("[[terms]]")
        g.append(f"term = {q(t['term'])}")
        if t.get("aliases"):
            g.append(f"aliases = {arr(t['aliases'])}")
        g.append(f"definition = {q(t['definition'])}")
        if t.get("say"):
            g.append(f"say = {q(t['say'])}")
        g.append("")
    (out / "glossary.toml").write_text("\n".join(g))
    people = {k: v for k, v in people.items() if any(x in page_ids for x in v.get("pages", []))}
    for person in people.values():
        person["pages"] = [x for x in person.get("pages", []) if x in page_ids]
    events = [e for e in events if e["page"] in page_ids]
    pl = []
    for person in people.values():
        pl.append("[[people]]")
        for k in ("id", "name", "say", "role", "about"):
            if person.get(k):
                pl.append(f"{k} = {q(person[k])}")
        pl.append(f"pages = {arr(person.get('pages', []))}")
        pl.append("")
    (out / "people.toml").write_text("\n".join(pl))
    ev = []
    for e in sorted(events, key=lambda e: e["year"]):
        ev.append("[[events]]")
        ev.append(f"year = {e['year']}")
        if e.get("date"):
            ev.append(f"date = {q(e['date'])}")
        ev.append(f"title = {q(e['title'])}")
        ev.append(f"page = {q(e['page'])}")
        ev.append("")
    (out / "timeline.toml").write_text("\n".join(ev))
    print(f"{len(chapters)} chapters, {len(terms)} terms, {len(people)} people, {len(events)} events")


if __name__ == "__main__":
    main()

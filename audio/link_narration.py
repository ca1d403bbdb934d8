#!/usr/bin/env python3
"""Write the narration clip paths from audio/manifest.json into the story files (offline tool).

Adds or updates `narration = "..."` on every page, prompt question, prompt choice (its
response clip) and glossary term that has a clip, so `lantern check` can validate them.
Usage: python3 audio/link_narration.py [PACK]   (PACK defaults to the repository root)
"""
import json
import re
import sys
import tomllib
from pathlib import Path


def value_end(lines, i):
    """Index of the last line of the key/value starting at line i (handles multi-line strings)."""
    line = lines[i]
    for q in ('"""', "'''"):
        if line.count(q) == 1:
            j = i + 1
            while q not in lines[j]:
                j += 1
            return j
    return i


def set_after(lines, anchor, key_prefix, value, stop):
    """Put `narration = value` after the value at line `anchor`, replacing one already there
    before line `stop`."""
    end = value_end(lines, anchor)
    for k in range(anchor, stop):
        if lines[k].startswith("narration = "):
            lines[k] = f'narration = "{value}"'
            return
    lines.insert(end + 1, f'narration = "{value}"')


def link_chapter(path: Path, pages: dict) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    changed = 0
    i = 0
    while i < len(lines):
        m = re.match(r'^id = "([^"]+)"$', lines[i])
        entry = pages.get(m.group(1)) if m else None
        if not (m and entry):
            i += 1
            continue
        # The page runs until the next page, detour or recap table. Edit bottom-up so the
        # line numbers found first stay right.
        stop = next((k for k in range(i + 1, len(lines))
                     if lines[k].startswith(("[[pages]]", "[[detours", "[[recap]]"))), len(lines))
        prompt = entry.get("prompt")
        if prompt:
            starts = [k for k in range(i, stop) if lines[k] == "[[pages.prompt.choices]]"]
            responses = prompt.get("responses") or []
            for n in reversed(range(len(starts))):
                end = starts[n + 1] if n + 1 < len(starts) else stop
                r = next(k for k in range(starts[n], end) if lines[k].startswith("response = "))
                if n < len(responses) and responses[n]:
                    set_after(lines, r, "narration", responses[n], end)
            q = next(k for k in range(i, stop) if lines[k].startswith("question = "))
            nxt = next((k for k in range(q + 1, stop) if lines[k].startswith("[")), stop)
            if prompt.get("question"):
                set_after(lines, q, "narration", prompt["question"], nxt)
        if entry.get("clip"):
            alt = next(k for k in range(i, stop) if lines[k].startswith("alt = "))
            nxt = next((k for k in range(i, stop) if lines[k].startswith("[")), stop)
            set_after(lines, alt, "narration", entry["clip"], nxt)
            changed += 1
        i += 1
    text = "\n".join(lines)
    tomllib.loads(text)  # still valid TOML
    path.write_text(text, encoding="utf-8")
    return changed


def link_glossary(path: Path, terms: dict) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r'^term = "(.+)"$', lines[i])
        if m and terms.get(m.group(1)):
            stop = next((k for k in range(i + 1, len(lines)) if lines[k].startswith("[[terms]]")), len(lines))
            d = next(k for k in range(i, stop) if lines[k].startswith("definition = "))
            set_after(lines, d, "narration", terms[m.group(1)], stop)
        i += 1
    text = "\n".join(lines)
    tomllib.loads(text)
    path.write_text(text, encoding="utf-8")


def main() -> None:
    pack = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    manifest = json.loads((pack / "audio" / "manifest.json").read_text(encoding="utf-8"))
    story = tomllib.loads((pack / "story" / "story.toml").read_text(encoding="utf-8"))
    n = sum(link_chapter(pack / "story" / ch, manifest["pages"]) for ch in story["chapters"])
    link_glossary(pack / "story" / "glossary.toml", manifest["glossary"])
    print(f"linked {n} page clips and {len(manifest['glossary'])} glossary clips")


if __name__ == "__main__":
    main()

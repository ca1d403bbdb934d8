#!/usr/bin/env python3
"""Checks the narration clips by measuring them (no listening needed).

    python3 audio/check.py [PACK] [--plot CLIP ...] [--out DIR]

For every clip the pack needs (both speeds):
  * the .ogg decodes (ffprobe), is Vorbis, mono, 16 kHz;
  * the JSON has one entry per whitespace word of the plain text, same text, in order;
  * timings are monotonic, non-overlapping, inside the clip; the last word ends close to the end;
  * words-per-minute per clip;
  * speech bursts line up with the words: the sound inside each word is loud, and the long
    pauses between sentences (as timed) are quiet.
Then totals (minutes, MiB), and name pronunciation consistency: the phonemes each name got in
every clip (from the generator's log, $NARRATION_LOG or /tmp/narration-phonemes.jsonl).

--plot CLIP[@T0-T1] draws the waveform with the word boundaries (needs ImageMagick's convert) to
DIR/CLIP.png, e.g. --plot ch01/c01-two-empires --plot slow/glossary/kaifeng@0-4.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate as gen  # noqa: E402


def probe(path: Path) -> dict:
    r = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "stream=codec_name,channels,sample_rate:format=duration",
         "-of", "json", str(path)],
        capture_output=True, text=True, check=True,
    )
    d = json.loads(r.stdout)
    s = d["streams"][0]
    return {"codec": s["codec_name"], "channels": s["channels"], "rate": int(s["sample_rate"]),
            "duration": float(d["format"]["duration"])}


def decode(path: Path, rate: int = 16000):
    import numpy as np

    r = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", str(rate), "-"],
                       capture_output=True, check=True)
    return np.frombuffer(r.stdout, dtype="<i2").astype(np.float32) / 32768.0


def rms(x) -> float:
    import numpy as np

    return float(np.sqrt(np.mean(x * x))) if len(x) else 0.0


def burst_check(audio, words, rate=16000):
    """Quiet words (misplaced timing) and loud sentence pauses (speech where no word is)."""
    import numpy as np

    frame = int(0.02 * rate)
    n = len(audio) // frame
    env = np.sqrt(np.mean(audio[: n * frame].reshape(n, frame) ** 2, axis=1)) if n else np.zeros(0)
    loud = float(np.percentile(env, 90)) if n else 0.0
    quiet_words = []
    for w in words:
        a, b = int(w["start"] * rate), int(w["end"] * rate)
        if b - a < int(0.08 * rate):
            continue
        if rms(audio[a:b]) < 0.08 * loud:
            quiet_words.append(w["text"])
    loud_gaps = []
    for w1, w2 in zip(words, words[1:]):
        if w2["start"] - w1["end"] >= 0.25:
            a, b = int((w1["end"] + 0.05) * rate), int((w2["start"] - 0.05) * rate)
            if b > a and rms(audio[a:b]) > 0.15 * loud:
                loud_gaps.append(f"{w1['text']}|{w2['text']}")
    return quiet_words, loud_gaps


def plot(ogg: Path, js: Path, png: Path, window: tuple[float, float] | None = None) -> None:
    """Waveform with each word's span (green start, red end, name below); window = (t0, t1) s."""
    convert = "/usr/bin/convert" if Path("/usr/bin/convert").exists() else shutil.which("convert")
    data = json.loads(js.read_text(encoding="utf-8"))
    full = probe(ogg)["duration"]
    t0, t1 = window if window else (0.0, full)
    t1 = min(t1, full)
    dur = t1 - t0
    width = max(1200, int(dur * (300 if window else 110)))
    height = 360
    wave = png.with_suffix(".wave.png")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-ss", f"{t0}", "-t", f"{dur}", "-i", str(ogg), "-lavfi",
                    f"showwavespic=s={width}x{height - 80}:colors=0x3060c0:scale=sqrt", "-frames:v", "1", str(wave)], check=True)
    draws = []
    for i, w in enumerate(data["words"]):
        if w["end"] < t0 or w["start"] > t1:
            continue
        x0 = (w["start"] - t0) / dur * width
        x1 = (w["end"] - t0) / dur * width
        y = height - 76 + (i % 3) * 24
        draws += ["-fill", "rgba(40,180,60,0.18)", "-stroke", "none", "-draw", f"rectangle {x0:.1f},0 {x1:.1f},{height - 80}"]
        draws += ["-stroke", "rgb(0,140,0)", "-draw", f"line {x0:.1f},0 {x0:.1f},{height}"]
        draws += ["-stroke", "rgb(200,0,0)", "-draw", f"line {x1:.1f},0 {x1:.1f},{height - 80}"]
        draws += ["-stroke", "none", "-fill", "black", "-pointsize", "13", "-draw",
                  f"text {x0 + 2:.1f},{y + 14} '{w['text'].replace(chr(39), '')}'"]
    subprocess.run([convert, "-size", f"{width}x{height}", "xc:white", str(wave), "-geometry", "+0+0", "-composite",
                    *draws, str(png)], check=True)
    wave.unlink()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("pack", nargs="?", default=str(gen.REPO_ROOT))
    ap.add_argument("--audio", default=str(gen.AUDIO_DIR))
    ap.add_argument("--plot", action="append", default=[])
    ap.add_argument("--out", default="/tmp/narration-check")
    ap.add_argument("--no-bursts", action="store_true", help="skip decoding every clip")
    args = ap.parse_args()
    root = Path(args.audio)
    pack = gen.load_pack(Path(args.pack))
    problems: list[str] = []
    per_speed = defaultdict(lambda: {"dur": 0.0, "words": 0, "bytes": 0, "n": 0, "wpm": [], "tail": []})
    burst_issues = []
    per_kind = defaultdict(lambda: [0.0, 0])
    for clip in pack.clips:
        words = clip.text.split()
        for speed, s in gen.SPEEDS.items():
            base = root / (s["prefix"] + clip.rel)
            ogg, js = base.with_suffix(".ogg"), base.with_suffix(".json")
            name = s["prefix"] + clip.rel
            if not ogg.exists() or not js.exists():
                problems.append(f"{name}: missing")
                continue
            data = json.loads(js.read_text(encoding="utf-8"))
            info = probe(ogg)
            if (info["codec"], info["channels"], info["rate"]) != ("vorbis", 1, gen.OUT_RATE):
                problems.append(f"{name}: format {info}")
            if data.get("text_hash") != gen.sha256(clip.text) or data.get("speed") != speed:
                problems.append(f"{name}: stale hash/speed")
            ws = data["words"]
            if [w["text"] for w in ws] != words:
                problems.append(f"{name}: words differ from the text")
            prev = 0.0
            for w in ws:
                if not (prev <= w["start"] <= w["end"]):
                    problems.append(f"{name}: bad timing at {w}")
                    break
                if w["end"] == w["start"]:
                    problems.append(f"{name}: empty timing for {w['text']!r}")
                prev = w["end"]
            dur = info["duration"]
            if ws and ws[-1]["end"] > dur + 1e-3:
                problems.append(f"{name}: last word ends at {ws[-1]['end']} after clip end {dur}")
            tail = dur - (ws[-1]["end"] if ws else 0)
            if tail > 0.6:
                problems.append(f"{name}: {tail:.2f}s after the last word")
            st = per_speed[speed]
            st["dur"] += dur
            st["words"] += len(ws)
            st["bytes"] += ogg.stat().st_size
            st["n"] += 1
            st["wpm"].append(len(ws) / (dur / 60))
            per_kind[(speed, clip.kind)][0] += dur
            per_kind[(speed, clip.kind)][1] += len(ws)
            st["tail"].append(tail)
            if not args.no_bursts:
                quiet, loudgaps = burst_check(decode(ogg), ws)
                if quiet or loudgaps:
                    burst_issues.append((name, quiet, loudgaps))
    total_bytes = sum(st["bytes"] for st in per_speed.values())
    print("== totals")
    for speed, st in per_speed.items():
        wpm = st["wpm"]
        print(f"{speed:6}: {st['n']} clips, {st['dur'] / 60:.1f} min, {st['words'] / (st['dur'] / 60):.1f} wpm overall "
              f"(per clip median {statistics.median(wpm):.0f}, 10%-90% {sorted(wpm)[len(wpm) // 10]:.0f}-"
              f"{sorted(wpm)[len(wpm) * 9 // 10]:.0f}), {st['bytes'] / 2**20:.2f} MiB, "
              f"{st['bytes'] * 8 / st['dur'] / 1000:.1f} kbit/s, tail after last word max {max(st['tail']):.2f}s")
    for (speed, kind), (dur, nw) in sorted(per_kind.items()):
        print(f"  {speed:6} {kind:9}: {dur / 60:6.1f} min, {nw / (dur / 60):5.1f} wpm")
    print(f"all audio: {total_bytes / 2**20:.2f} MiB (limit 40)")
    if total_bytes > 40 * 2**20:
        problems.append("over 40 MiB")
    print(f"== burst check: {len(burst_issues)} clips with a quiet word or a loud pause")
    for name, quiet, loud in burst_issues[:40]:
        print(f"  {name}: quiet words {quiet} loud pauses {loud}")

    log = gen.PHONEME_LOG
    if log.exists():
        lex = gen.build_lexicon(pack.lexicon_sources)
        latest = {}
        for line in log.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            latest[rec["clip"]] = rec
        # every word that has a respelling, plus the espeak-read words of multi-word names
        names = set(lex.words) | {w for seq, _ in lex.names for w in seq} - {"of"}
        seen: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        doubtful = []
        unclean = []
        for rec in latest.values():
            for word, phon in rec["phonemes"]:
                core = gen.split_word(word)[1]  # "Aguda's" is compared with "Aguda's" only
                if re.sub(r"(['’]s|s['’]|s)$", "", core) in names or core in names:
                    seen[core][phon].append(rec["clip"])
            doubtful += [(rec["clip"], *d) for d in rec.get("doubtful", [])]
            unclean += [(rec["clip"], w) for w in rec.get("unclean", [])]
        varied = {k: v for k, v in seen.items() if len(v) > 1}
        print(f"== names: {len(seen)} name words heard in {len(latest)} logged clips "
              f"({sum(1 for k in seen if k in lex.words)} from respellings); {len(varied)} with more than one phoneme string")
        for k, v in sorted(varied.items()):
            why = ("English word outside the name" if k in gen.ONLY_IN_FULL_NAME
                   else "espeak-read English word, linking sound in context" if k not in lex.words else "LEXICON WORD VARIES")
            print(f"  {k} ({why}): " + "; ".join(f"{p} x{len(c)}" for p, c in v.items()))
            if k in lex.words:
                problems.append(f"name {k} said differently: " + "; ".join(f"{p} in {len(c)} clips" for p, c in v.items()))
        for k in ("Aguda", "Kaifeng", "Jurchen", "Huizong", "Song", "Jin", "Liao", "Lin'an", "Wanyan"):
            if k in seen:
                print(f"  {k} [{lex.respellings.get(k, '')}]: " + "; ".join(f"{p} x{len(c)}" for p, c in seen[k].items()))
        print(f"== word mapping: {len(unclean)} words without sounds, {len(doubtful)} words whose sounds in context "
              f"differ from the word said alone (consonants)")
        for d in (unclean + doubtful)[:20]:
            print("  ", d)

    if args.plot:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for spec in args.plot:
            c, _, win = spec.partition("@")
            window = tuple(float(x) for x in win.split("-")) if win else None
            base = root / c
            png = out / (c.replace("/", "_") + (f"@{win}" if win else "") + ".png")
            plot(base.with_suffix(".ogg"), base.with_suffix(".json"), png, window)
            print(f"plot: {png}")
    print(f"== {len(problems)} problems")
    for p in problems[:60]:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

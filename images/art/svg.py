"""Tiny SVG toolkit: number formatting, elements, groups, gradients and the document.

Every part in this package returns a *string* holding an SVG snippet. Gradients are
registered with :func:`linear` (returns ``url(#id)``) and collected by :func:`document`,
which writes them into one ``<defs>`` block. Generation is sequential and every random
choice goes through :func:`rng` with a fixed seed, so output is deterministic.
"""

from __future__ import annotations

import hashlib
import random

W, H = 1200, 900
INK = "#2A2320"

_DEFS: dict[str, str] = {}


def f(v: float) -> str:
    """Format a number compactly (at most 1 decimal)."""
    r = round(float(v), 1)
    if r == int(r):
        return str(int(r))
    return f"{r:.1f}"


def _attrs(kw: dict) -> str:
    out = []
    for k, v in kw.items():
        if v is None or v is False:
            continue
        k = k.rstrip("_").replace("_", "-")
        if isinstance(v, float):
            v = f(v)
        out.append(f'{k}="{v}"')
    return (" " + " ".join(out)) if out else ""


def el(tag: str, **kw) -> str:
    return f"<{tag}{_attrs(kw)}/>"


def rect(x, y, w, h, fill, rx=None, **kw) -> str:
    return el("rect", x=f(x), y=f(y), width=f(w), height=f(h), rx=None if rx is None else f(rx), fill=fill, **kw)


def circle(cx, cy, r, fill, **kw) -> str:
    return el("circle", cx=f(cx), cy=f(cy), r=f(r), fill=fill, **kw)


def ellipse(cx, cy, rx, ry, fill, **kw) -> str:
    return el("ellipse", cx=f(cx), cy=f(cy), rx=f(rx), ry=f(ry), fill=fill, **kw)


def line(x1, y1, x2, y2, stroke, width=3, **kw) -> str:
    return el("line", x1=f(x1), y1=f(y1), x2=f(x2), y2=f(y2), stroke=stroke, stroke_width=f(width), **kw)


def pts(points) -> str:
    return " ".join(f"{f(x)},{f(y)}" for x, y in points)


def poly(points, fill, **kw) -> str:
    return el("polygon", points=pts(points), fill=fill, **kw)


def polyline(points, stroke, width=3, **kw) -> str:
    kw.setdefault("fill", "none")
    return el("polyline", points=pts(points), stroke=stroke, stroke_width=f(width), **kw)


def path(d: str, fill, **kw) -> str:
    return el("path", d=d, fill=fill, **kw)


def ink(width=3, color=INK) -> dict:
    """Keyword args for a standard ink outline: ``path(d, fill, **ink())``.

    Round joins and caps are set once on the root ``<svg>`` (they are inherited)."""
    return {"stroke": color, "stroke_width": f(width)}


def reuse(snippet: str) -> str:
    """Store a snippet once in ``<defs>`` and return a ``<use>`` of it.

    Use for things repeated many times in one picture (trees, crowd heads, flames):
    ``place(reuse(pine(0, 0)), x, y, s)``."""
    uid = "u" + hashlib.sha1(snippet.encode()).hexdigest()[:7]
    if uid not in _DEFS:
        _DEFS[uid] = f'<g id="{uid}">{snippet}</g>'
    return f'<use href="#{uid}"/>'


def g(*children, transform=None, **kw) -> str:
    body = "".join(c for c in children if c)
    if not body:
        return ""
    if transform is None and not kw:
        return body
    return f"<g{_attrs(dict(transform=transform, **kw))}>{body}</g>"


def place(snippet: str, x=0, y=0, s=1.0, flip=False, rot=0, sy=None) -> str:
    """Translate/scale/flip a snippet drawn around its own origin."""
    parts = []
    if x or y:
        parts.append(f"translate({f(x)} {f(y)})")
    if rot:
        parts.append(f"rotate({f(rot)})")
    sx = -s if flip else s
    sy = s if sy is None else sy
    if sx != 1 or sy != 1:
        parts.append(f"scale({f(sx) if abs(sx) >= 0.1 else round(sx, 3)} {f(sy) if abs(sy) >= 0.1 else round(sy, 3)})")
    if not parts:
        return snippet
    return g(snippet, transform=" ".join(parts))


def opacity(snippet: str, o: float) -> str:
    return g(snippet, opacity=f"{o:.2f}".rstrip("0").rstrip("."))


def linear(stops, x1=0, y1=0, x2=0, y2=1) -> str:
    """Register a linear gradient (objectBoundingBox units); return ``url(#id)``.

    ``stops`` is a list of ``(offset 0..1, colour)`` or ``(offset, colour, opacity)``.
    """
    key = repr((stops, x1, y1, x2, y2))
    gid = "g" + hashlib.sha1(key.encode()).hexdigest()[:6]
    if gid not in _DEFS:
        st = []
        for s in stops:
            o = f' stop-opacity="{s[2]}"' if len(s) > 2 else ""
            st.append(f'<stop offset="{s[0]}" stop-color="{s[1]}"{o}/>')
        _DEFS[gid] = (
            f'<linearGradient id="{gid}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}">' + "".join(st) + "</linearGradient>"
        )
    return f"url(#{gid})"


def radial(stops, cx=0.5, cy=0.5, r=0.5) -> str:
    key = repr(("r", stops, cx, cy, r))
    gid = "r" + hashlib.sha1(key.encode()).hexdigest()[:6]
    if gid not in _DEFS:
        st = []
        for s in stops:
            o = f' stop-opacity="{s[2]}"' if len(s) > 2 else ""
            st.append(f'<stop offset="{s[0]}" stop-color="{s[1]}"{o}/>')
        _DEFS[gid] = f'<radialGradient id="{gid}" cx="{cx}" cy="{cy}" r="{r}">' + "".join(st) + "</radialGradient>"
    return f"url(#{gid})"


def clip(shape: str, *children) -> str:
    """Clip children to a shape snippet (e.g. a rect or path)."""
    key = shape
    cid = "c" + hashlib.sha1(key.encode()).hexdigest()[:6]
    if cid not in _DEFS:
        _DEFS[cid] = f'<clipPath id="{cid}">{shape}</clipPath>'
    return g(*children, clip_path=f"url(#{cid})")


def document(*body: str, title: str | None = None) -> str:
    """Wrap snippets in the standard 1200×900 SVG and flush registered defs."""
    defs = "".join(_DEFS[k] for k in sorted(_DEFS))
    _DEFS.clear()
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" '
        f'stroke-linecap="round" stroke-linejoin="round">'
    )
    parts = [head]
    if title:
        t = title.replace("&", "&amp;").replace("<", "&lt;")
        parts.append(f"<title>{t}</title>")
    if defs:
        parts.append(f"<defs>{defs}</defs>")
    parts.append("".join(b for b in body if b))
    parts.append("</svg>\n")
    return "\n".join(parts)


def reset() -> None:
    _DEFS.clear()


def rng(seed) -> random.Random:
    """A deterministic random generator for scattering things (trees, snow, crowds)."""
    if isinstance(seed, str):
        seed = int(hashlib.sha1(seed.encode()).hexdigest()[:8], 16)
    return random.Random(seed)


def smooth(points, closed=False) -> str:
    """A smooth path through points (Catmull-Rom → cubic Bézier)."""
    n = len(points)
    if n < 2:
        return ""
    pts_ = list(points)
    d = [f"M{f(pts_[0][0])} {f(pts_[0][1])}"]
    rng_ = range(n if closed else n - 1)
    for i in rng_:
        p0 = pts_[(i - 1) % n] if (closed or i > 0) else pts_[i]
        p1 = pts_[i]
        p2 = pts_[(i + 1) % n]
        p3 = pts_[(i + 2) % n] if (closed or i + 2 < n) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d.append(f"C{f(c1[0])} {f(c1[1])} {f(c2[0])} {f(c2[1])} {f(p2[0])} {f(p2[1])}")
    if closed:
        d.append("Z")
    return "".join(d)

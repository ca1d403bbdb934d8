"""People, crowds, horses and riders.

A figure is drawn around its feet at (0, 0), 200 px tall at scale 1, then placed with
(x, y, s). `facing=1` looks right, `-1` looks left (the figure is mirrored).
"""

from __future__ import annotations

from . import palette as P
from .palette import Side
from .svg import circle, ellipse, f, g, ink, line, path, place, polyline, rect, reuse, rng

HATS = ("jurchen", "jurchen_helmet", "song_official", "song_helmet", "emperor_song", "emperor_jin", "khitan",
        "tangut", "mongol", "topknot", "woman", "child", "scholar", "short_hair", "ponytail", "glasses", "traveller", "none")
ARMS = ("down", "wave", "point", "hold", "up", "spear", "fold", "cross", "chin", "hip", "banner", "reach", "bow_arms")

_STEEL = "#8D96A0"
_STEEL_DARK = "#5F6873"
_FUR = "#7A5634"
_FUR_LIGHT = "#A57A4E"
_TROUSERS = "#4A4038"
SILK_PINK = "#E07A8F"
JEANS = "#3E5C85"


def _stroke_arm(pts_, colour, w=17):
    """An arm as an outlined thick stroke."""
    return g(polyline(pts_, P.INK, w + 6), polyline(pts_, colour, w))


def _arm_points(kind: str, side: int, sh_y: float):
    """Shoulder → elbow → hand for one arm. side=+1 is the figure's front (facing) side."""
    sx = 30 * side
    k = {
        "down": [(sx, sh_y + 6), (sx + 10 * side, sh_y + 40), (sx + 12 * side, sh_y + 66)],
        "wave": [(sx, sh_y + 6), (sx + 26 * side, sh_y - 12), (sx + 30 * side, sh_y - 52)],
        "point": [(sx, sh_y + 6), (sx + 38 * side, sh_y + 2), (sx + 72 * side, sh_y - 6)],
        "hold": [(sx, sh_y + 6), (sx + 14 * side, sh_y + 34), (sx - 8 * side, sh_y + 44)],
        "up": [(sx, sh_y + 6), (sx + 14 * side, sh_y - 32), (sx + 20 * side, sh_y - 70)],
        "spear": [(sx, sh_y + 6), (sx + 20 * side, sh_y + 30), (sx + 18 * side, sh_y + 22)],
        "fold": [(sx, sh_y + 6), (sx + 8 * side, sh_y + 34), (sx - 22 * side, sh_y + 34)],
        "cross": [(sx, sh_y + 6), (sx + 10 * side, sh_y + 30), (sx - 44 * side, sh_y + 22)],
        "chin": [(sx, sh_y + 6), (sx + 16 * side, sh_y + 34), (sx - 18 * side, sh_y - 6)],
        "hip": [(sx, sh_y + 6), (sx + 26 * side, sh_y + 24), (sx + 12 * side, sh_y + 42)],
        "banner": [(sx, sh_y + 6), (sx + 22 * side, sh_y + 18), (sx + 24 * side, sh_y - 4)],
        "reach": [(sx, sh_y + 6), (sx + 36 * side, sh_y + 22), (sx + 66 * side, sh_y + 30)],
        "bow_arms": [(sx, sh_y + 6), (sx + 30 * side, sh_y + 2), (sx + 58 * side, sh_y - 2)],
    }
    return k[kind]


def face(cx, cy, r=27, mood="smile", look=0) -> str:
    """Dot eyes, pink cheeks and a tiny mouth. mood: smile, flat, o, worried, cross (frown), sleep."""
    ex = 9 * r / 27
    lx = look * 4
    out = [circle(cx - 16 + lx, cy + 9, 5, P.CHEEK, opacity="0.55"), circle(cx + 16 + lx, cy + 9, 5, P.CHEEK, opacity="0.55")]
    if mood == "sleep":
        out += [path(f"M{f(cx - ex - 5 + lx)} {f(cy)} Q{f(cx - ex + lx)} {f(cy + 4)} {f(cx - ex + 5 + lx)} {f(cy)}", "none", stroke=P.INK,
                     stroke_width="2.5"),
                path(f"M{f(cx + ex - 5 + lx)} {f(cy)} Q{f(cx + ex + lx)} {f(cy + 4)} {f(cx + ex + 5 + lx)} {f(cy)}", "none", stroke=P.INK,
                     stroke_width="2.5")]
    else:
        out += [circle(cx - ex + lx, cy, 3.4, P.INK), circle(cx + ex + lx, cy, 3.4, P.INK)]
    my = cy + 13
    if mood == "smile":
        out.append(path(f"M{f(cx - 7 + lx)} {f(my - 1)} Q{f(cx + lx)} {f(my + 5)} {f(cx + 7 + lx)} {f(my - 1)}", "none",
                        stroke=P.INK, stroke_width="2.5"))
    elif mood in ("flat", "sleep"):
        out.append(line(cx - 6 + lx, my + 1, cx + 6 + lx, my + 1, P.INK, 2.5))
    elif mood == "o":
        out.append(ellipse(cx + lx, my + 2, 3.5, 4.5, P.INK))
    elif mood == "cross":
        out.append(path(f"M{f(cx - 6 + lx)} {f(my + 3)} Q{f(cx + lx)} {f(my - 1)} {f(cx + 6 + lx)} {f(my + 3)}", "none",
                        stroke=P.INK, stroke_width="2.5"))
        out.append(line(cx - ex - 6 + lx, cy - 14, cx - ex + 5 + lx, cy - 9, P.INK, 3))
        out.append(line(cx + ex + 6 + lx, cy - 14, cx + ex - 5 + lx, cy - 9, P.INK, 3))
    elif mood == "worried":
        out.append(path(f"M{f(cx - 6 + lx)} {f(my + 3)} Q{f(cx + lx)} {f(my - 2)} {f(cx + 6 + lx)} {f(my + 3)}", "none",
                        stroke=P.INK, stroke_width="2.5"))
        out.append(line(cx - ex - 5 + lx, cy - 10, cx - ex + 4 + lx, cy - 13, P.INK, 2.5))
        out.append(line(cx + ex + 5 + lx, cy - 10, cx + ex - 4 + lx, cy - 13, P.INK, 2.5))
    return g(*out)


def hat(kind: str, cx: float, cy: float, side: Side, r=27) -> tuple[str, str]:
    """Headgear for a head centred at (cx, cy). Returns (behind_head, in_front) snippets."""
    top = cy - r
    back, front = [], []
    K = ink(3)
    if kind == "jurchen":
        back.append(path(f"M{f(cx - 20)} {f(cy)} C{f(cx - 38)} {f(cy + 20)} {f(cx - 34)} {f(cy + 50)} {f(cx - 30)} {f(cy + 62)}",
                         "none", stroke=P.INK, stroke_width="9"))
        back.append(circle(cx - 30, cy + 66, 5, side.main))
        front.append(path(f"M{f(cx - r - 2)} {f(cy - 8)} C{f(cx - r)} {f(top - 30)} {f(cx + r)} {f(top - 30)} {f(cx + r + 2)} {f(cy - 8)} Z",
                          side.main, **K))
        front.append(rect(cx - r - 6, cy - 18, 2 * r + 12, 16, _FUR, rx=8, **K))
        front.append(path(f"M{f(cx - r)} {f(cy - 12)} l8 -3 l6 4 l8 -4 l7 4 l8 -4 l7 4 l8 -4 l6 3", "none", stroke=_FUR_LIGHT,
                          stroke_width="2.5"))
    elif kind == "jurchen_helmet":
        back.append(path(f"M{f(cx - r - 6)} {f(cy - 10)} L{f(cx - r - 10)} {f(cy + 26)} L{f(cx - r + 8)} {f(cy + 30)} L{f(cx - r + 4)} {f(cy)} Z",
                         side.dark, **K))
        back.append(path(f"M{f(cx + r + 6)} {f(cy - 10)} L{f(cx + r + 10)} {f(cy + 26)} L{f(cx + r - 8)} {f(cy + 30)} L{f(cx + r - 4)} {f(cy)} Z",
                         side.dark, **K))
        front.append(path(f"M{f(cx - r - 5)} {f(cy - 6)} C{f(cx - r - 2)} {f(top - 28)} {f(cx + r + 2)} {f(top - 28)} {f(cx + r + 5)} {f(cy - 6)} Z",
                          _STEEL, **K))
        front.append(rect(cx - r - 8, cy - 12, 2 * r + 16, 9, _STEEL_DARK, rx=4, **K))
        front.append(line(cx, top - 20, cx, top - 32, P.INK, 5))
        front.append(circle(cx, top - 34, 5, side.main, **K))
    elif kind == "song_helmet":
        back.append(path(f"M{f(cx - r - 4)} {f(cy - 8)} Q{f(cx - r - 14)} {f(cy + 14)} {f(cx - r - 4)} {f(cy + 26)} L{f(cx - r + 6)} {f(cy + 4)} Z",
                         side.main, **K))
        back.append(path(f"M{f(cx + r + 4)} {f(cy - 8)} Q{f(cx + r + 14)} {f(cy + 14)} {f(cx + r + 4)} {f(cy + 26)} L{f(cx + r - 6)} {f(cy + 4)} Z",
                         side.main, **K))
        front.append(path(f"M{f(cx - 4)} {f(top - 18)} C{f(cx - 24)} {f(top - 44)} {f(cx + 10)} {f(top - 52)} {f(cx + 4)} {f(top - 22)} Z",
                          "#D8412F", **K))
        front.append(path(f"M{f(cx - r - 4)} {f(cy - 6)} C{f(cx - r)} {f(top - 26)} {f(cx + r)} {f(top - 26)} {f(cx + r + 4)} {f(cy - 6)} Z",
                          _STEEL, **K))
        front.append(path(f"M{f(cx - r - 10)} {f(cy - 4)} Q{f(cx)} {f(cy - 16)} {f(cx + r + 10)} {f(cy - 4)} L{f(cx + r + 4)} {f(cy - 12)} "
                          f"Q{f(cx)} {f(cy - 22)} {f(cx - r - 4)} {f(cy - 12)} Z", side.dark, **K))
    elif kind in ("song_official", "emperor_song", "scholar"):
        if kind != "scholar":
            wing = 78 if kind == "song_official" else 64
            for sgn in (-1, 1):
                x0 = cx + sgn * (r - 4)
                x1 = cx + sgn * (r + wing)
                back.append(path(f"M{f(x0)} {f(cy - 22)} L{f(x1)} {f(cy - 24)} L{f(x1)} {f(cy - 16)} L{f(x0)} {f(cy - 14)} Z", P.INK))
                back.append(ellipse(x1, cy - 20, 5, 6, P.INK))
        front.append(path(f"M{f(cx - r - 1)} {f(cy - 6)} C{f(cx - r - 2)} {f(top - 12)} {f(cx - r + 6)} {f(top - 6)} {f(cx - 12)} {f(top - 8)} "
                          f"C{f(cx - 12)} {f(top - 30)} {f(cx + 12)} {f(top - 30)} {f(cx + 12)} {f(top - 8)} "
                          f"C{f(cx + r - 6)} {f(top - 6)} {f(cx + r + 2)} {f(top - 12)} {f(cx + r + 1)} {f(cy - 6)} Z", P.INK))
        if kind == "emperor_song":
            front.append(rect(cx - r - 1, cy - 16, 2 * r + 2, 8, P.GOLD, rx=3))
            front.append(circle(cx, top - 16, 5, P.GOLD))
    elif kind == "emperor_jin":
        front.append(path(f"M{f(cx - r)} {f(cy - 10)} L{f(cx - r + 4)} {f(top - 30)} L{f(cx - 10)} {f(top - 16)} L{f(cx)} {f(top - 36)} "
                          f"L{f(cx + 10)} {f(top - 16)} L{f(cx + r - 4)} {f(top - 30)} L{f(cx + r)} {f(cy - 10)} Z", P.GOLD, **K))
        front.append(rect(cx - r - 6, cy - 20, 2 * r + 12, 16, _FUR, rx=8, **K))
        front.append(circle(cx, top - 36, 5, side.main, **K))
        back.append(path(f"M{f(cx - 20)} {f(cy)} C{f(cx - 38)} {f(cy + 20)} {f(cx - 34)} {f(cy + 50)} {f(cx - 30)} {f(cy + 62)}",
                         "none", stroke=P.INK, stroke_width="9"))
    elif kind == "khitan":
        for sgn in (-1, 1):
            back.append(path(f"M{f(cx + sgn * (r - 6))} {f(cy - 10)} Q{f(cx + sgn * (r + 14))} {f(cy + 10)} {f(cx + sgn * (r + 4))} {f(cy + 30)} "
                             f"L{f(cx + sgn * (r - 6))} {f(cy + 16)} Z", _FUR, **K))
        front.append(path(f"M{f(cx - r - 2)} {f(cy - 8)} C{f(cx - r)} {f(top - 24)} {f(cx + r)} {f(top - 24)} {f(cx + r + 2)} {f(cy - 8)} Z",
                          side.main, **K))
        front.append(rect(cx - r - 4, cy - 16, 2 * r + 8, 12, _FUR, rx=6, **K))
    elif kind == "tangut":
        front.append(path(f"M{f(cx - r)} {f(cy - 8)} L{f(cx - r + 8)} {f(top - 34)} Q{f(cx)} {f(top - 42)} {f(cx + r - 8)} {f(top - 34)} "
                          f"L{f(cx + r)} {f(cy - 8)} Z", side.main, **K))
        front.append(rect(cx - r - 3, cy - 16, 2 * r + 6, 10, P.GOLD, rx=4, **K))
    elif kind == "mongol":
        front.append(path(f"M{f(cx - r - 2)} {f(cy - 10)} C{f(cx - r + 2)} {f(top - 20)} {f(cx - 8)} {f(top - 24)} {f(cx)} {f(top - 36)} "
                          f"C{f(cx + 8)} {f(top - 24)} {f(cx + r - 2)} {f(top - 20)} {f(cx + r + 2)} {f(cy - 10)} Z", side.main, **K))
        front.append(path(f"M{f(cx - r - 10)} {f(cy - 4)} Q{f(cx - r - 8)} {f(cy - 22)} {f(cx)} {f(cy - 22)} Q{f(cx + r + 8)} {f(cy - 22)} "
                          f"{f(cx + r + 10)} {f(cy - 4)} Q{f(cx)} {f(cy - 12)} {f(cx - r - 10)} {f(cy - 4)} Z", _FUR, **K))
    elif kind in ("short_hair", "ponytail", "glasses"):
        front.append(path(f"M{f(cx - r - 2)} {f(cy + 4)} C{f(cx - r - 4)} {f(top - 16)} {f(cx + r + 4)} {f(top - 16)} {f(cx + r + 2)} {f(cy + 4)} "
                          f"L{f(cx + r - 4)} {f(cy - 6)} C{f(cx + 8)} {f(cy - 12)} {f(cx - 6)} {f(cy - 18)} {f(cx - r + 4)} {f(cy - 6)} Z",
                          "#5A3A22" if kind != "glasses" else "#7A7068"))
        if kind == "ponytail":
            back.append(path(f"M{f(cx + r - 6)} {f(cy - 16)} C{f(cx + r + 24)} {f(cy - 10)} {f(cx + r + 20)} {f(cy + 30)} {f(cx + r + 6)} {f(cy + 40)} "
                             f"C{f(cx + r + 6)} {f(cy + 16)} {f(cx + r)} {f(cy)} {f(cx + r - 10)} {f(cy - 6)} Z", "#5A3A22", **K))
            front.append(circle(cx + r - 2, cy - 12, 5, SILK_PINK))
        if kind == "glasses":
            for sx in (-1, 1):
                front.append(circle(cx + sx * 10, cy, 8, "none", stroke=P.INK, stroke_width="2.5"))
            front.append(line(cx - 2, cy, cx + 2, cy, P.INK, 2.5))
    elif kind == "traveller":
        front.append(path(f"M{f(cx - r - 2)} {f(cy - 4)} C{f(cx - r)} {f(top - 20)} {f(cx + r)} {f(top - 20)} {f(cx + r + 2)} {f(cy - 4)} Z", "#6B3A5A", **K))
        front.append(path(f"M{f(cx - r - 14)} {f(cy - 6)} Q{f(cx)} {f(cy - 20)} {f(cx + r + 14)} {f(cy - 6)} Q{f(cx)} {f(cy - 12)} {f(cx - r - 14)} {f(cy - 6)} Z",
                          "#4A2840", **K))
        front.append(path(f"M{f(cx - 16)} {f(cy + 14)} Q{f(cx)} {f(cy + 40)} {f(cx + 16)} {f(cy + 14)} Q{f(cx)} {f(cy + 22)} {f(cx - 16)} {f(cy + 14)} Z", "#8A6A4A"))
    elif kind in ("topknot", "woman", "child"):
        front.append(path(f"M{f(cx - r - 1)} {f(cy - 2)} C{f(cx - r - 2)} {f(top - 14)} {f(cx + r + 2)} {f(top - 14)} {f(cx + r + 1)} {f(cy - 2)} "
                          f"C{f(cx + r - 8)} {f(cy - 16)} {f(cx - r + 8)} {f(cy - 16)} {f(cx - r - 1)} {f(cy - 2)} Z", P.INK))
        if kind == "topknot":
            front.append(circle(cx, top - 8, 11, P.INK))
            front.append(rect(cx - 12, top - 4, 24, 6, side.main, rx=3))
        elif kind == "woman":
            front.append(ellipse(cx, top - 14, 22, 16, P.INK))
            front.append(line(cx - 30, top - 18, cx + 30, top - 10, P.GOLD, 4))
            front.append(circle(cx + 30, top - 10, 5, P.GOLD))
        else:
            front.append(circle(cx - 20, top - 4, 11, P.INK))
            front.append(circle(cx + 20, top - 4, 11, P.INK))
    return g(*back), g(*front)


def _body(side: Side, dress: str, sh_y: float, hem_y: float, hem_w: float, trim=None) -> str:
    """Robe/armour/coat from shoulders (sh_y) to hem (hem_y)."""
    K = ink(3)
    top = sh_y - 4
    mid = (sh_y + hem_y) / 2
    d = (f"M-24 {f(top)} Q0 {f(top - 5)} 24 {f(top)} C36 {f(top + 4)} 40 {f(top + 14)} 40 {f(mid - 10)} "
         f"L{f(hem_w)} {f(hem_y)} Q0 {f(hem_y + 7)} {f(-hem_w)} {f(hem_y)} L-40 {f(mid - 10)} C-40 {f(top + 14)} -36 {f(top + 4)} -24 {f(top)} Z")
    out = [path(d, side.main, **K)]
    if dress == "armour":
        d_ = []
        for row in range(4):
            yy = top + 22 + row * 15
            if yy > hem_y - 8:
                break
            for k in range(-3, 4):
                d_.append(f"M{k * 12 - 6} {f(yy)}q6 8 12 0")
        out.append(path("".join(d_), "none", stroke=side.dark, stroke_width="2.5"))
        out.append(path(f"M-40 {f(top + 4)} Q-52 {f(top + 10)} -50 {f(top + 28)} L-32 {f(top + 24)} Z", side.dark, **K))
        out.append(path(f"M40 {f(top + 4)} Q52 {f(top + 10)} 50 {f(top + 28)} L32 {f(top + 24)} Z", side.dark, **K))
    elif dress == "modern":
        out.append(path(f"M-12 {f(top - 1)} Q0 {f(top + 12)} 12 {f(top - 1)}", P.PAPER, **ink(2)))
        out.append(rect(-38, hem_y - 10, 76, 10, side.dark, rx=3))
        return g(*out)
    else:
        # cross collar
        out.append(path(f"M-16 {f(top - 1)} L14 {f(top + 34)}", "none", stroke=side.dark, stroke_width="6"))
        out.append(path(f"M-16 {f(top - 1)} L-3 {f(top + 14)}", "none", stroke=P.PAPER, stroke_width="4"))
        if dress == "coat":
            out.append(line(0, top + 40, 4, hem_y, side.dark, 3))
    belt_y = min(top + 40, hem_y - 20)
    out.append(rect(-41, belt_y, 82, 10, side.dark if not trim else trim, rx=3, **ink(2)))
    if trim:
        out.append(path(f"M{f(-hem_w)} {f(hem_y)} Q0 {f(hem_y + 7)} {f(hem_w)} {f(hem_y)} L{f(hem_w - 2)} {f(hem_y - 12)} "
                        f"Q0 {f(hem_y - 5)} {f(-hem_w + 2)} {f(hem_y - 12)} Z", trim, **ink(2)))
        out.append(path(f"M-24 {f(top)} Q0 {f(top - 5)} 24 {f(top)} L18 {f(top + 10)} Q0 {f(top + 6)} -18 {f(top + 10)} Z", trim, **ink(2)))
    return g(*out)


def _legs(pose: str, hem_y: float, bare_legs: bool, trousers=_TROUSERS) -> str:
    out = []
    if pose == "walk":
        feet = [(-24, -6), (26, -3)]
    else:
        feet = [(-16, -6), (16, -6)]
    if bare_legs:
        for fx, _ in feet:
            out.append(path(f"M{f(fx * 0.6 - 9)} {f(hem_y - 4)} L{fx - 9} -8 L{fx + 9} -8 L{f(fx * 0.6 + 9)} {f(hem_y - 4)} Z", trousers, **ink(3)))
    for fx, fy in feet:
        out.append(ellipse(fx + 4, fy, 15, 8, P.INK))
    return g(*out)


def _item(item: str, hand, side: Side) -> tuple[str, str]:
    """Something held in the front hand. Returns (behind_body, in_front)."""
    hx, hy = hand
    K = ink(3)
    if item == "spear":
        return g(line(hx, hy - 150, hx, hy + 90, P.WOOD_DARK, 6),
                 path(f"M{f(hx)} {f(hy - 178)} L{f(hx + 8)} {f(hy - 150)} L{f(hx - 8)} {f(hy - 150)} Z", _STEEL, **ink(2)),
                 rect(hx - 6, hy - 152, 12, 8, "#D8412F")), ""
    if item == "banner":
        return g(line(hx, hy - 190, hx, hy + 90, P.WOOD_DARK, 6),
                 path(f"M{f(hx)} {f(hy - 186)} L{f(hx + 70)} {f(hy - 186)} L{f(hx + 70)} {f(hy - 96)} L{f(hx + 50)} {f(hy - 110)} "
                      f"L{f(hx + 30)} {f(hy - 96)} L{f(hx)} {f(hy - 100)} Z", side.main, **K),
                 rect(hx, hy - 186, 70, 12, side.dark)), ""
    if item == "scroll":
        return "", g(rect(hx - 10, hy - 34, 20, 60, P.PAPER, rx=4, **K), rect(hx - 14, hy - 40, 28, 10, P.WOOD, rx=4, **ink(2)),
                     rect(hx - 14, hy + 22, 28, 10, P.WOOD, rx=4, **ink(2)))
    if item == "open_scroll":
        return "", g(rect(hx - 60, hy - 40, 120, 54, P.PAPER, **K), rect(hx - 70, hy - 44, 12, 62, P.WOOD, rx=5, **ink(2)),
                     rect(hx + 58, hy - 44, 12, 62, P.WOOD, rx=5, **ink(2)),
                     *[line(hx - 44 + i * 18, hy - 30, hx - 44 + i * 18, hy + 2 - (i % 2) * 10, "#B8AC95", 3) for i in range(6)])
    if item == "box":
        return "", g(rect(hx - 30, hy - 30, 60, 44, P.WOOD, rx=4, **K), rect(hx - 30, hy - 14, 60, 6, P.GOLD_DARK),
                     circle(hx, hy - 4, 5, P.GOLD, **ink(2)))
    if item == "silk":
        return "", g(rect(hx - 34, hy - 26, 68, 30, P.SILK_RED, rx=14, **K), ellipse(hx + 34, hy - 11, 8, 15, "#F0A0B0", **ink(2)))
    if item == "silver":
        return "", g(path(f"M{f(hx - 28)} {f(hy - 20)} Q{f(hx)} {f(hy - 8)} {f(hx + 28)} {f(hy - 20)} L{f(hx + 20)} {f(hy + 6)} "
                          f"Q{f(hx)} {f(hy + 12)} {f(hx - 20)} {f(hy + 6)} Z", P.SILVER, **K), ellipse(hx, hy - 14, 12, 6, P.SILVER_DARK))
    if item == "seal":
        return "", g(rect(hx - 22, hy - 26, 44, 34, P.SILK_JADE, rx=4, **K), path(f"M{f(hx - 12)} {f(hy - 26)} Q{f(hx)} {f(hy - 52)} {f(hx + 12)} {f(hy - 26)} Z",
                                                                                  P.SILK_JADE, **K))
    if item == "lantern":
        return g(line(hx, hy, hx, hy + 20, P.INK, 3)), g(ellipse(hx, hy + 44, 20, 26, "#E4572E", **K), rect(hx - 12, hy + 14, 24, 6, P.INK),
                                                        rect(hx - 12, hy + 68, 24, 6, P.INK), ellipse(hx, hy + 44, 9, 14, P.FIRE_IN, opacity="0.8"))
    if item == "bow":
        return g(path(f"M{f(hx)} {f(hy - 80)} Q{f(hx + 40)} {f(hy)} {f(hx)} {f(hy + 80)}", "none", stroke=P.WOOD_DARK, stroke_width="6",
                      stroke_linecap="round"), line(hx, hy - 80, hx, hy + 80, "#EEE", 2)), ""
    if item == "drumsticks":
        return "", g(line(hx, hy, hx + 30, hy - 50, P.WOOD_DARK, 6), circle(hx + 31, hy - 52, 8, "#D8412F", **ink(2)))
    if item == "brush":
        return "", g(line(hx, hy + 6, hx + 14, hy - 36, P.WOOD_DARK, 5), path(f"M{f(hx - 3)} {f(hy + 4)} L{f(hx + 3)} {f(hy + 6)} L{f(hx - 4)} {f(hy + 22)} Z", P.INK))
    if item == "shield":
        return "", g(rect(hx - 34, hy - 70, 68, 110, _STEEL, rx=10, **K), rect(hx - 24, hy - 60, 48, 90, "none", stroke=_STEEL_DARK, stroke_width="4", rx=6),
                     circle(hx, hy - 15, 9, side.main, **ink(2)))
    if item == "hoe":
        return g(line(hx, hy - 110, hx, hy + 90, P.WOOD, 6), path(f"M{f(hx - 2)} {f(hy - 110)} l34 6 l0 14 l-34 -8 Z", _STEEL, **ink(2))), ""
    if item == "rake":
        return g(line(hx, hy - 110, hx, hy + 90, P.WOOD, 6), rect(hx - 26, hy - 116, 52, 8, P.WOOD_DARK),
                 *[line(hx - 22 + k * 11, hy - 108, hx - 22 + k * 11, hy - 94, P.WOOD_DARK, 3) for k in range(5)]), ""
    if item == "bundle":
        return "", g(path(f"M{f(hx - 34)} {f(hy - 10)} Q{f(hx - 40)} {f(hy - 60)} {f(hx)} {f(hy - 56)} Q{f(hx + 40)} {f(hy - 60)} {f(hx + 34)} {f(hy - 10)} Z",
                          "#C98E5A", **K), path(f"M{f(hx - 8)} {f(hy - 56)} l8 -14 l8 14", "none", stroke=P.INK, stroke_width="3"))
    if item == "beam":
        return "", g(rect(hx - 120, hy - 14, 240, 20, P.WOOD_LIGHT, rx=3, **K))
    if item == "laptop":
        return "", g(path(f"M{f(hx - 50)} {f(hy)} L{f(hx + 50)} {f(hy)} L{f(hx + 60)} {f(hy + 10)} L{f(hx - 60)} {f(hy + 10)} Z", "#8A8F96", **K),
                     rect(hx - 46, hy - 64, 92, 62, "#4A5563", rx=4, **K), rect(hx - 38, hy - 56, 76, 46, "#9CC3EA"))
    if item == "fire_lance":
        return g(line(hx - 40, hy + 40, hx + 120, hy - 60, P.WOOD_DARK, 7),
                 path(f"M{f(hx + 70)} {f(hy - 22)} l50 -32 l8 12 l-50 32 Z", P.BAMBOO, **ink(2))), ""
    return "", ""


def figure(x=0, y=0, s=1.0, side: Side = P.PLAIN, hat_: str = "topknot", pose: str = "stand", arms=("down", "down"),
           facing: int = 1, mood: str = "smile", dress: str = "robe", item: str | None = None, skin: str = P.SKIN,
           trim: str | None = None, bow: float = 0, look: int | None = None, child: bool = False, beard: bool = False) -> str:
    """One person.

    pose: stand | walk | kneel | sit | ride (upper body + one leg, for horses)
    arms: (front_arm, back_arm) from ARMS. dress: robe | armour | coat | modern (sweater and jeans: modern people only).
    item: spear, banner, scroll, open_scroll, box, silk, silver, seal, lantern, bow, drumsticks, brush, fire_lance,
          shield, hoe, rake, bundle, beam, laptop (modern pages only).
    bow: lean the upper body forward by this many degrees (a polite bow).
    """
    if child:
        s *= 0.68
        if hat_ == "topknot":
            hat_ = "child"
    front_arm, back_arm = arms
    sh_y = -128
    hem_y, hem_w = -16, 46
    bare = False
    if dress == "armour":
        hem_y, hem_w, bare = -64, 44, True
    elif dress == "modern":
        hem_y, hem_w, bare = -74, 40, True
    elif dress == "coat":
        hem_y, hem_w, bare = -46, 46, True
    if pose == "kneel":
        sh_y, hem_y, hem_w, bare = -76, 0, 58, False
    elif pose == "sit":
        sh_y, hem_y, hem_w, bare = -112, -6, 60, False
    elif pose == "ride":
        sh_y, hem_y, hem_w, bare = -64, 0, 42, False
    head_y = sh_y - 32
    parts_back, parts_body, parts_front = [], [], []
    # item & arms
    fa = _arm_points(front_arm, 1, sh_y)
    ba = _arm_points(back_arm, -1, sh_y)
    item_back, item_front = ("", "")
    if item:
        hand = fa[-1]
        if item in ("spear", "banner"):
            hand = (fa[-1][0] + 6, fa[-1][1])
        item_back, item_front = _item(item, hand, side)
    sleeve = side.main
    arm_snips = []
    for pts_ in (ba, fa):
        arm_snips.append(_stroke_arm(pts_, sleeve))
        arm_snips.append(circle(pts_[-1][0], pts_[-1][1], 9, skin, **ink(2.5)))
    if pose == "kneel":
        parts_back.append(ellipse(-44, -8, 22, 9, P.INK))
    if pose == "ride":
        parts_back.append(path("M-6 -8 L14 60 L34 60 L22 -8 Z", _TROUSERS, **ink(3)))
        parts_back.append(ellipse(30, 62, 15, 8, P.INK))
    elif pose != "kneel":
        parts_body.append(_legs(pose, hem_y, bare, JEANS if dress == "modern" else _TROUSERS))
    body = _body(side, dress, sh_y, hem_y, hem_w, trim)
    hb, hf = hat(hat_, 0, head_y, side)
    if look is None:
        look = 1 if front_arm in ("point", "reach", "bow_arms") else 0
    beard_p = ""
    if beard:
        lx = look * 4
        beard_p = g(path(f"M{f(-9 + lx)} {f(head_y + 20)} Q{f(lx)} {f(head_y + 48)} {f(9 + lx)} {f(head_y + 20)} Q{f(lx)} {f(head_y + 26)} {f(-9 + lx)} {f(head_y + 20)} Z", P.INK))
    headparts = g(hb, rect(-9, head_y + 18, 18, 16, skin, **ink(2.5)), circle(0, head_y, 27, skin, **ink(3)),
                  face(0, head_y, 27, mood, look), beard_p, hf)
    upper = g(body, headparts)
    if pose == "kneel" or bow:
        ang = bow if bow else 0
        upper = g(upper, transform=f"rotate({f(ang)} 0 {f(hem_y - 10)})") if ang else upper
    fig = g(*parts_back, item_back, *parts_body, upper, g(*arm_snips, transform=(f"rotate({f(bow)} 0 {f(hem_y - 10)})" if bow else None)),
            item_front if not bow else g(item_front, transform=f"rotate({f(bow)} 0 {f(hem_y - 10)})"))
    return place(reuse(fig), x, y, s, flip=(facing < 0))


# ---------------------------------------------------------------- crowds

def crowd_row(x0, x1, y, side: Side = P.PLAIN, s=0.5, kind="soldier", seed=20, spears=True, banners=0, outline=True,
              color=None, head=None, dense=1.0, banner_color=None) -> str:
    """A simplified row of people: overlapping heads and shoulders (and spears, banners).

    kind: soldier (helmets), jurchen (fur caps), people (hair buns), mongol (pointed caps).
    y is the baseline of the shoulders; s scales the row (0.5 → heads ~27 px).
    """
    r = rng(seed)
    step = 48 * s / dense
    n = max(1, int((x1 - x0) / step))
    c = color or side.light
    out_sp, out_b, out_body = [], [], []
    K = ink(2.5 * max(s, 0.6)) if outline else {}
    helm = {"soldier": _STEEL, "jurchen": _FUR, "mongol": side.main, "people": P.INK, "song": _STEEL}[kind]
    hr = 22 * s
    unit = [path(f"M{f(-34 * s)} {f(30 * s)} C{f(-34 * s)} {f(-10 * s)} {f(34 * s)} {f(-10 * s)} {f(34 * s)} {f(30 * s)} Z", c, **K)]
    hy = -18 * s
    unit.append(circle(0, hy, hr, head or P.SKIN, **K))
    if kind in ("soldier", "song"):
        unit.append(path(f"M{f(-hr - 3 * s)} {f(hy - 2 * s)} C{f(-hr)} {f(hy - hr * 1.9)} {f(hr)} {f(hy - hr * 1.9)} "
                         f"{f(hr + 3 * s)} {f(hy - 2 * s)} Z", helm, **K))
        if kind == "song":
            unit.append(circle(0, hy - hr * 1.45, 5 * s, "#D8412F"))
    elif kind == "jurchen":
        unit.append(path(f"M{f(-hr)} {f(hy - 3 * s)} C{f(-hr)} {f(hy - hr * 2)} {f(hr)} {f(hy - hr * 2)} {f(hr)} {f(hy - 3 * s)} Z",
                         side.main, **K))
        unit.append(rect(-hr - 3 * s, hy - 9 * s, 2 * hr + 6 * s, 9 * s, _FUR, rx=4 * s))
    elif kind == "mongol":
        unit.append(path(f"M{f(-hr)} {f(hy - 3 * s)} Q{f(-hr * 0.4)} {f(hy - hr * 1.6)} 0 {f(hy - hr * 2.1)} "
                         f"Q{f(hr * 0.4)} {f(hy - hr * 1.6)} {f(hr)} {f(hy - 3 * s)} Z", helm, **K))
        unit.append(rect(-hr - 3 * s, hy - 9 * s, 2 * hr + 6 * s, 9 * s, _FUR, rx=4 * s))
    else:
        unit.append(path(f"M{f(-hr)} {f(hy - 2 * s)} C{f(-hr)} {f(hy - hr * 1.5)} {f(hr)} {f(hy - hr * 1.5)} {f(hr)} {f(hy - 2 * s)} Z",
                         P.INK))
        unit.append(circle(0, hy - hr * 1.05, 8 * s, P.INK))
    if outline and s >= 0.45:
        unit.append(circle(-7 * s, hy + 2 * s, 2.6 * s, P.INK))
        unit.append(circle(7 * s, hy + 2 * s, 2.6 * s, P.INK))
    unit_use = reuse(g(*unit))
    for i in range(n):
        x = x0 + (i + 0.5) * step + r.uniform(-4, 4) * s
        yy = y + r.uniform(-6, 6) * s
        out_body.append(place(unit_use, x, yy))
        if spears and i % 2 == 0:
            sx = x + 26 * s
            out_sp.append(line(sx, yy + 20 * s, sx, yy - 150 * s, P.WOOD_DARK, max(2, 5 * s)))
            out_sp.append(path(f"M{f(sx)} {f(yy - 172 * s)} L{f(sx + 6 * s)} {f(yy - 150 * s)} L{f(sx - 6 * s)} {f(yy - 150 * s)} Z", _STEEL_DARK))
    if banners:
        bc = banner_color or side
        for k in range(banners):
            bx = x0 + (x1 - x0) * (k + 0.5) / banners + r.uniform(-20, 20)
            out_b.append(banner(bx, y + 10 * s, s * 1.6, bc, style=("swallow" if k % 2 else "tall")))
    return g(*out_b, *out_sp, *out_body)


def banner(x, y, s=1.0, side: Side = P.SONG, style="tall", wave=0) -> str:
    """A plain coloured banner on a pole standing at (x, y). No writing or symbols.

    style: tall (long vertical flag), swallow (swallow-tail pennant), square, triangle.
    Pole is 260 px at s=1.
    """
    K = ink(3)
    out = [line(0, 0, 0, -260, P.WOOD_DARK, 7), circle(0, -264, 8, P.GOLD, **ink(2))]
    if style == "tall":
        d = f"M0 -250 L70 -250 Q{70 + wave} -190 70 -130 L0 -130 Z"
        out.append(path(d, side.main, **K))
        out.append(path("M0 -250 L70 -250 L70 -236 L0 -236 Z", side.dark))
        out.append(path("M0 -130 L70 -130 L60 -112 L48 -130 L35 -112 L22 -130 L12 -112 L0 -130 Z", side.dark, **ink(2)))
    elif style == "swallow":
        d = "M0 -250 Q50 -262 110 -250 L84 -222 L110 -194 Q50 -184 0 -194 Z"
        out.append(path(d, side.main, **K))
        out.append(path("M0 -250 L0 -194 L14 -194 L14 -250 Z", side.dark))
    elif style == "square":
        out.append(rect(0, -250, 90, 80, side.main, **K))
        out.append(rect(8, -242, 74, 64, "none", stroke=side.dark, stroke_width="6"))
    else:
        out.append(path("M0 -250 L100 -222 L0 -194 Z", side.main, **K))
    return place(g(*out), x, y, s)


# ---------------------------------------------------------------- horses

def horse(x=0, y=0, s=1.0, color=P.HORSE_BROWN, side: Side | None = None, gallop=False, facing=1, rider: str = "",
          mane=None, graze=False) -> str:
    """A horse in side view, hooves on (x, y), facing right when facing=1. ~250 px tall at s=1.

    `rider` is a figure() snippet drawn with pose="ride" at (0, 0); it is placed on the saddle.
    `side` colours the saddle cloth.
    """
    K = ink(3)
    dark = mane or _shade(color)
    legs_far, legs_near = [], []

    def leg(x0, ang, col):
        return g(path(f"M{x0 - 8} -96 L{x0 - 7} -10 L{x0 + 7} -10 L{x0 + 9} -96 Z", col, **K),
                 rect(x0 - 9, -12, 18, 12, P.INK, rx=3), transform=f"rotate({ang} {x0} -96)" if ang else None)

    if gallop:
        legs_far += [leg(-42, 32, dark), leg(58, -38, dark)]
        legs_near += [leg(-56, 18, color), leg(44, -55, color)]
    else:
        legs_far += [leg(-40, 0, dark), leg(56, 0, dark)]
        legs_near += [leg(-56, 4, color), leg(42, -3, color)]
    body = ("M-70 -128 C-40 -142 20 -140 48 -135 C62 -160 78 -188 98 -203 L104 -216 L110 -203 "
            "C122 -195 136 -178 146 -160 C150 -150 142 -142 132 -146 C120 -152 108 -160 98 -158 "
            "C88 -140 80 -118 72 -96 C62 -80 40 -76 20 -76 L-40 -76 C-62 -78 -78 -92 -78 -110 C-78 -120 -75 -126 -70 -128 Z")
    if graze:
        body = ("M-70 -128 C-40 -142 20 -140 48 -135 C70 -128 95 -100 112 -70 L120 -74 L120 -62 "
                "C130 -48 136 -34 134 -22 C132 -10 120 -10 112 -18 C106 -30 100 -40 92 -50 "
                "C84 -64 80 -80 72 -96 C62 -80 40 -76 20 -76 L-40 -76 C-62 -78 -78 -92 -78 -110 C-78 -120 -75 -126 -70 -128 Z")
    tail = path("M-72 -124 C-104 -118 -110 -80 -100 -50 C-92 -74 -84 -96 -72 -106 Z", dark, **K) if not gallop else \
        path("M-72 -124 C-110 -130 -130 -110 -140 -96 C-112 -100 -92 -100 -72 -108 Z", dark, **K)
    if graze:
        mane_p = path("M46 -135 C66 -130 90 -104 108 -74 L98 -70 C84 -94 66 -114 50 -120 Z", dark, **ink(2))
        eye = circle(118, -40, 4, P.INK)
    else:
        mane_p = path("M44 -134 C60 -160 76 -186 98 -203 L100 -190 C86 -176 74 -150 66 -122 Z", dark, **ink(2))
        eye = circle(120, -178, 4, P.INK)
    out = [*legs_far, tail, *legs_near, path(body, color, **K), mane_p, eye]
    if side is not None:
        out.append(path("M-28 -140 L32 -138 L36 -96 Q0 -90 -32 -96 Z", side.main, **K))
        out.append(path("M-32 -96 Q0 -90 36 -96 L34 -104 Q0 -98 -31 -104 Z", side.dark))
    if not graze:
        out.append(polyline([(138, -150), (112, -168), (98, -160)], P.INK, 3))
    horse_body = place(reuse(g(*out)), 0, 0, 1.18)
    if rider:
        horse_body = g(horse_body, place(rider, 2, -158, 0.92))
    return place(horse_body, x, y, s, flip=(facing < 0))


def _shade(hex_color: str, k=0.7) -> str:
    r, g_, b = int(hex_color[1:3], 16), int(hex_color[3:5], 16), int(hex_color[5:7], 16)
    return "#%02X%02X%02X" % (int(r * k), int(g_ * k), int(b * k))


def rider(x=0, y=0, s=1.0, side: Side = P.JIN, hat_="jurchen_helmet", color=P.HORSE_BROWN, gallop=False, facing=1,
          arms=("down", "down"), item=None, dress="armour", mood="smile", trim=None) -> str:
    """A horse with a rider in the given side's colours."""
    man = figure(0, 0, 1, side, hat_, "ride", arms, 1, mood, dress, item, trim=trim)
    return horse(x, y, s, color, side, gallop, facing, man)


def camel(x=0, y=0, s=1.0, facing=1, load=None) -> str:
    """A Bactrian camel (for Silk Road / Western Xia scenes). load: a side colour for a saddle-bag."""
    K = ink(3)
    c = "#C9A06A"
    d = c if True else c
    legs = [g(path(f"M{x0 - 8} -90 L{x0 - 7} -8 L{x0 + 7} -8 L{x0 + 8} -90 Z", c, **K), ellipse(x0, -4, 12, 6, P.INK)) for x0 in (-50, -30, 40, 60)]
    body = ("M-80 -110 C-80 -140 -60 -150 -45 -150 C-35 -190 -10 -190 -5 -150 C5 -190 30 -190 38 -150 "
            "C60 -150 70 -140 75 -130 C90 -160 95 -190 110 -200 C125 -208 140 -200 140 -188 C140 -180 130 -178 120 -180 "
            "C110 -160 100 -110 80 -90 L-70 -90 C-78 -95 -80 -100 -80 -110 Z")
    out = legs + [path(body, d, **K), circle(122, -194, 3.5, P.INK)]
    if load:
        out.append(rect(-20, -150, 40, 50, load, rx=6, **K))
    return place(g(*out), x, y, s, flip=(facing < 0))

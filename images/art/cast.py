"""People who turn up in several chapters, each drawn one way wherever they appear.

Each wraps `people.figure` or `people.rider` with the colours, hat, dress and defaults of one
recurring person (Yue Fei, an emperor) or kind of person (a Song soldier, an official), so that
readers know them again from page to page.
"""

from __future__ import annotations

from . import palette as P
from . import people as F
from .svg import circle, ellipse, g, ink, line, path, place, polyline, rect


def jin_rider(x, y, s=0.6, gallop=False, facing=1, color=P.HORSE_BROWN, hat="jurchen_helmet", arms=("down", "down"),
              item=None, dress="armour", mood="smile"):
    return F.rider(x, y, s, P.JIN, hat, color, gallop, facing, arms, item, dress, mood)


def song_soldier(x, y, s=0.7, facing=1, arms=("spear", "down"), item="spear", mood="smile", pose="stand"):
    return F.figure(x, y, s, P.SONG, "song_helmet", pose, arms, facing, mood, "armour", item)


def jin_soldier(x, y, s=0.7, facing=1, arms=("spear", "down"), item="spear", mood="smile", pose="stand"):
    return F.figure(x, y, s, P.JIN, "jurchen_helmet", pose, arms, facing, mood, "armour", item)


def official(x, y, s=0.8, facing=1, arms=("fold", "fold"), mood="smile", pose="stand", item=None, side=P.SONG, bow=0):
    return F.figure(x, y, s, side, "song_official", pose, arms, facing, mood, "robe", item, bow=bow)


def song_emperor(x, y, s=0.9, facing=1, arms=("down", "down"), mood="smile", pose="stand", item=None):
    return F.figure(x, y, s, P.SONG, "emperor_song", pose, arms, facing, mood, "robe", item, trim=P.GOLD)


def jin_emperor(x, y, s=0.9, facing=1, arms=("down", "down"), mood="smile", pose="stand", item=None):
    return F.figure(x, y, s, P.JIN, "emperor_jin", pose, arms, facing, mood, "robe", item, trim=P.GOLD)


def person(x, y, s=1.0, side=P.PLAIN, hat_="topknot", facing=1, behind=(), front=(), **kw) -> str:
    """A library figure plus extra parts drawn in the figure's own frame (feet at 0,0, facing right)."""
    return place(g(*behind, F.figure(0, 0, 1, side, hat_, facing=1, **kw), *front), x, y, s, flip=facing < 0)


def cloak(pose="stand", color=P.SONG.dark) -> str:
    """A general's cloak hanging behind the shoulders (Yue Fei wears one)."""
    if pose == "ride":
        d = "M-14 -70 Q-52 -60 -80 -26 Q-56 -18 -32 -12 Q-22 -34 -10 -44 Z"
    elif pose == "kneel":
        d = "M-20 -80 Q-58 -50 -66 -4 L-20 -4 Z"
    else:
        d = "M-22 -132 Q-64 -96 -74 -28 Q-46 -20 -24 -30 Z"
    return path(d, color, **ink(3))


def yue_fei(x, y, s=1.0, facing=1, pose="stand", arms=("hip", "down"), mood="smile", item=None, **kw) -> str:
    """General Yue Fei: orange armour, Song helmet and a dark-orange general's cloak."""
    return person(x, y, s, P.SONG, "song_helmet", facing, behind=(cloak(pose),), pose=pose, arms=arms, mood=mood,
                  dress="armour", item=item, **kw)


def yue_fei_rider(x, y, s=1.0, facing=1, gallop=True, arms=("point", "down"), item=None) -> str:
    """Yue Fei on his white horse."""
    man = g(cloak("ride"), F.figure(0, 0, 1, P.SONG, "song_helmet", "ride", arms, 1, "smile", "armour", item))
    return F.horse(x, y, s, P.HORSE_WHITE, P.SONG, gallop, facing, man)


def old_head(hair=P.GREY_HAIR) -> str:
    """Grey hair with a bun and a short grey beard for a standing figure's head at (0, -160)."""
    return g(path("M-28 -160 C-30 -201 30 -201 28 -160 C19 -176 -19 -176 -28 -160 Z", hair, **ink(2)),
             circle(0, -194, 11, hair, **ink(2)),
             path("M-15 -140 Q-10 -118 0 -112 Q10 -118 15 -140 Q0 -133 -15 -140 Z", hair, **ink(2)))


def crown(x, y, s=1.0, kind="emperor_song", side=P.SONG, rot=0) -> str:
    """An emperor's hat on its own (held in the hands or set on a cushion)."""
    hb, hf = F.hat(kind, 0, 0, side)
    return place(g(hb, hf), x, y, s, rot=rot)


def back_figure(x, y, s=1.0, side=P.PLAIN, hat_="topknot", walk=True, bundle=None, pole=False, step=0) -> str:
    """A person seen from behind, walking away (no face): for people leaving down a road.

    hat_: topknot, woman, song_helmet, jurchen, child. bundle: a colour for a cloth bundle on the back.
    """
    K = ink(3)
    out = []
    feet = [(-20, -4), (20, -10)] if walk and step % 2 == 0 else ([(-20, -10), (20, -4)] if walk else [(-16, -6), (16, -6)])
    for fx, fy in feet:
        out.append(path(f"M{fx - 9} -60 L{fx - 9} {fy - 4} L{fx + 9} {fy - 4} L{fx + 9} -60 Z", "#4A4038", **K))
        out.append(ellipse(fx, fy, 14, 8, P.INK))
    body = "M-24 -132 Q0 -137 24 -132 C36 -128 40 -118 40 -100 L46 -40 Q0 -33 -46 -40 L-40 -100 C-40 -118 -36 -128 -24 -132 Z"
    for sx in (-1, 1):
        pts_ = [(sx * 32, -124), (sx * 44, -92), (sx * 46, -66)]
        out.append(polyline(pts_, P.INK, 23))
        out.append(polyline(pts_, side.main, 17))
    out.append(path(body, side.main, **K))
    out.append(rect(-41, -92, 82, 10, side.dark, rx=3, **ink(2)))
    for sx in (-1, 1):
        out.append(circle(sx * 46, -62, 9, P.SKIN, **ink(2.5)))
    if bundle:
        out.append(path("M-30 -128 Q0 -150 30 -128 L36 -84 Q0 -70 -36 -84 Z", bundle, **K))
        out.append(path("M-10 -140 Q0 -128 10 -140", "none", stroke=P.INK, stroke_width="4"))
    hy = -164
    out.append(rect(-9, hy + 18, 18, 16, P.SKIN, **ink(2.5)))
    out.append(circle(0, hy, 27, P.SKIN, **K))
    if hat_ == "song_helmet":
        out.append(path(f"M-33 {hy - 6} Q-40 {hy + 18} -30 {hy + 28} L30 {hy + 28} Q40 {hy + 18} 33 {hy - 6} Z", side.main, **K))
        out.append(path(f"M-4 {hy - 45} C-24 {hy - 71} 10 {hy - 79} 4 {hy - 49} Z", "#D8412F", **K))
        out.append(path(f"M-31 {hy - 4} C-27 {hy - 52} 27 {hy - 52} 31 {hy - 4} Z", "#8D96A0", **K))
    elif hat_ == "jurchen_helmet":
        out.append(path(f"M-33 {hy - 8} L-38 {hy + 26} L38 {hy + 26} L33 {hy - 8} Z", side.dark, **K))
        out.append(path(f"M-32 {hy - 6} C-29 {hy - 56} 29 {hy - 56} 32 {hy - 6} Z", "#8D96A0", **K))
        out.append(rect(-35, hy - 12, 70, 9, "#5F6873", rx=4, **ink(2)))
        out.append(line(0, hy - 44, 0, hy - 56, P.INK, 5))
        out.append(circle(0, hy - 58, 5, side.main, **ink(2)))
    elif hat_ == "jurchen":
        out.append(circle(0, hy, 27, P.INK))
        out.append(path(f"M0 {hy + 10} L0 {hy + 70}", "none", stroke=P.INK, stroke_width="10", stroke_linecap="round"))
        out.append(path(f"M-29 {hy - 8} C-27 {hy - 56} 27 {hy - 56} 29 {hy - 8} Z", side.main, **K))
        out.append(rect(-33, hy - 18, 66, 16, P.FUR_BROWN, rx=8, **K))
    else:
        out.append(circle(0, hy, 27, P.INK))
        if hat_ == "woman":
            out.append(ellipse(0, hy - 36, 22, 16, P.INK))
            out.append(line(-30, hy - 40, 30, hy - 32, P.GOLD, 4))
        elif hat_ == "child":
            out.append(circle(-20, hy - 28, 11, P.INK))
            out.append(circle(20, hy - 28, 11, P.INK))
        else:
            out.append(circle(0, hy - 34, 11, P.INK))
    if pole:
        out.append(line(-60, -150, 70, -150, P.WOOD_DARK, 7))
        out.append(path("M-70 -150 q-20 30 0 56 q24 -4 14 -56 Z", bundle or P.SACK, **ink(2)))
        out.append(path("M70 -150 q-14 30 6 56 q24 -4 10 -56 Z", bundle or P.SACK, **ink(2)))
    return place(g(*out), x, y, s)

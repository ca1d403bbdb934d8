"""Chapter 9: The Treaty of Shaoxing — its title card and pages."""

from __future__ import annotations

import math

from art import buildings as B
from art import landscape as L
from art import objects as O
from art import palette as P
from art import people as F
from art import ships as S
from art import war as X
from art.cards import card
from art.cast import old_head, person, yue_fei, yue_fei_rider
from art.sets import hanging_map, low_table, mat, wall_hanging
from art.svg import H, W, circle, clip, ellipse, g, ink, line, linear, path, place, poly, rect, rng, smooth

from . import scene


LIGHT_BEAM = "#FFF3C4"


def face_up(head_y=-160, look=4) -> str:
    """Repaint a figure's face (in its own frame) so the eyes look up and forward."""
    return g(ellipse(0, head_y + 8, 25, 17, P.SKIN),
             circle(-16 + look, head_y + 10, 5, P.CHEEK, opacity="0.55"), circle(16 + look, head_y + 10, 5, P.CHEEK, opacity="0.55"),
             circle(-9 + look, head_y - 4, 3.6, P.INK), circle(9 + look, head_y - 4, 3.6, P.INK),
             line(-5 + look, head_y + 13, 6 + look, head_y + 13, P.INK, 2.5))


def thought_bubble(cx, cy, rx, ry, tail_to, content="") -> str:
    """A cloud-edged bubble holding a tiny picture, with little circles trailing to tail_to."""
    tx, ty = tail_to
    out = []
    n = 12
    for i in range(n):
        a = 2 * math.pi * i / n
        out.append(circle(cx + math.cos(a) * rx * 0.88, cy + math.sin(a) * ry * 0.86, min(rx, ry) * 0.32, P.WHITE, **ink(3)))
    out.append(ellipse(cx, cy, rx * 0.98, ry * 0.95, P.WHITE))
    for k, t in enumerate((0.45, 0.7, 0.88)):
        out.append(circle(cx + (tx - cx) * t, cy + (ty - cy) * t, 14 - k * 4, P.WHITE, **ink(2.5)))
    return g(*out, content)


def brush(x, y, s=1.0, color=P.SONG.main, rot=0) -> str:
    """A writing brush lying down: a coloured handle and a black tip."""
    return place(g(rect(-120, -9, 200, 18, color, rx=8, **ink(3)), rect(64, -11, 20, 22, P.GOLD_DARK, rx=3, **ink(2)),
                   path("M84 -10 Q130 -8 150 0 Q130 8 84 10 Z", P.INK), circle(-118, 0, 6, P.GOLD, **ink(2))), x, y, s, rot=rot)


def book(x, y, s=1.0, cover=P.JIN.main) -> str:
    """An open thread-bound book (pages with a few grey lines only)."""
    K = ink(3)
    out = [path("M-130 -6 L0 6 L130 -6 L130 14 L0 26 L-130 14 Z", cover, **K),
           path("M-122 -74 Q-60 -86 0 -70 L0 8 Q-60 -8 -122 2 Z", P.PAPER, **K),
           path("M122 -74 Q60 -86 0 -70 L0 8 Q60 -8 122 2 Z", P.PAPER, **K)]
    for i in range(4):
        out.append(line(-100 + i * 24, -66 + i * 1.5, -100 + i * 24, -18, "#B8AC95", 4))
        out.append(line(28 + i * 24, -70 + i * 1.5, 28 + i * 24, -22, "#B8AC95", 4))
    return place(g(*out), x, y, s)


def oil_lamp(x, y, s=1.0) -> str:
    return place(g(X.glow(0, -60, 90, P.FIRE_IN, 0.35), path("M-26 0 L26 0 L16 -20 L-16 -20 Z", P.COPPER, **ink(3)),
                   line(0, -20, 0, -40, P.COPPER, 8), ellipse(0, -44, 28, 9, P.COPPER, **ink(3)),
                   path("M0 -48 Q-10 -64 0 -84 Q10 -64 0 -48 Z", P.FIRE), path("M0 -50 Q-4 -60 0 -70 Q4 -60 0 -50 Z", P.FIRE_IN)), x, y, s)


@scene("ch09/c09-peace-or-victory.svg", "Emperor Gaozong in orange sits in his palace holding a peace scroll in one hand and a report of Yue Fei's victory in the other.",
       title="Gaozong must choose: peace or victory")
def c09_peace_or_victory():
    """Gaozong holds a peace scroll in one hand and a report of Yue Fei's victory in the other."""
    body = [B.interior(640, wall_color="#6E2A20", pillars=(60, 1140), lanterns=False)]
    body.append(B.screen(600, 600, 640, 380))
    body.append(B.throne(600, 860, 1.45, cushion=P.SONG.dark))
    gx, gy, gs = 600, 722, 1.5
    body.append(F.figure(gx, gy, gs, P.SONG, "emperor_song", "sit", ("reach", "reach"), 1, "worried", trim=P.GOLD))
    lh = (gx - 96 * gs, gy - 82 * gs)
    rh = (gx + 96 * gs, gy - 82 * gs)
    # peace: a rolled scroll tied with a jade ribbon
    body.append(place(g(rect(-22, -90, 44, 180, P.PAPER, rx=20, **ink(3)), ellipse(0, -90, 22, 9, "#E8DCC2", **ink(2)),
                        rect(-24, -14, 48, 22, P.SILK_JADE, **ink(2))), lh[0], lh[1] - 20, 1, rot=-12))
    body.append(circle(lh[0], lh[1], 13, P.SKIN, **ink(3)))
    # victory report: an open letter
    body.append(place(g(rect(-70, -100, 140, 150, P.PAPER, **ink(3)),
                        *[line(44 - i * 22, -80, 44 - i * 22, 20 - (i % 2) * 30, "#B8AC95", 5) for i in range(5)],
                        rect(-60, 10, 26, 26, "#C8402F", rx=3)), rh[0] + 10, rh[1] - 40, 1, rot=10))
    body.append(circle(rh[0], rh[1], 13, P.SKIN, **ink(3)))
    # two thoughts: a peace meeting (left) and Yue Fei's victory (right)
    peace = g(F.figure(215, 300, 0.5, P.JIN, "jurchen", "stand", ("fold", "fold"), 1, "smile", bow=12),
              F.figure(305, 300, 0.5, P.SONG, "song_official", "stand", ("fold", "fold"), -1, "smile", bow=12))
    body.append(thought_bubble(260, 230, 170, 120, (lh[0] + 20, lh[1] - 130), peace))
    win = g(path("M830 310 Q940 250 1060 310 Z", P.GRASS_DARK, **ink(2)), F.banner(1010, 300, 0.5, P.SONG, "tall"),
            yue_fei_rider(925, 305, 0.42, 1, True, ("point", "down")))
    body.append(thought_bubble(945, 230, 170, 120, (rh[0] - 10, rh[1] - 160), win))
    return body


@scene("ch09/c09-yue-fei-called-back.svg", "A messenger in orange hands Yue Fei a scroll with the emperor's seal, while behind him his soldiers begin to turn their horses around to the south.",
       title="Yue Fei is called back")
def c09_yue_fei_called_back():
    """A messenger hands Yue Fei a scroll with the emperor's seal; his soldiers turn their horses south."""
    body = [L.sky("day", top="#B9CFE0", bottom="#F3E6C6"), L.mountains(430, P.MTN_FAR, 130, 5, 60, 130)]
    body.append(rect(0, 430, W, 470, linear([(0, "#D9C98F"), (1, "#C4B06F")])))
    body.append(g(B.tent(1010, 470, 130, 90, P.SONG), B.tent(1130, 480, 120, 80, P.SONG)))
    # riders in the distance, turning round to go back south (left)
    body.append(F.rider(1130, 590, 0.48, P.SONG, "song_helmet", P.HORSE_GREY, False, 1))
    body.append(F.rider(880, 610, 0.52, P.SONG, "song_helmet", P.HORSE_CHESTNUT, False, -1, ("banner", "down"), "banner"))
    body.append(F.rider(1040, 650, 0.58, P.SONG, "song_helmet", P.HORSE_BROWN, False, -1))
    body.append(path("M985 700 Q930 720 870 700", "none", stroke=P.INK, stroke_width="6", stroke_linecap="round", opacity="0.6"))
    body.append(poly([(860, 696), (884, 686), (880, 712)], P.INK, opacity="0.6"))
    # the messenger's horse
    body.append(F.horse(150, 760, 0.75, P.HORSE_BLACK, P.SONG, False, 1))
    # the messenger kneels and holds up the emperor's order
    body.append(F.figure(340, 850, 1.35, P.SONG, "topknot", "kneel", ("bow_arms", "hold"), 1, "smile", bow=6))
    body.append(place(g(rect(-60, -40, 120, 80, P.PAPER, **ink(3)), rect(-72, -46, 14, 92, P.WOOD, rx=6, **ink(2)),
                        rect(58, -46, 14, 92, P.WOOD, rx=6, **ink(2)),
                        *[line(36 - i * 20, -26, 36 - i * 20, 14 - (i % 2) * 14, "#B8AC95", 4) for i in range(4)],
                        rect(-44, 2, 30, 30, "#C8402F", rx=3), circle(-29, 17, 7, P.GOLD)), 520, 730))
    # Yue Fei takes it
    body.append(yue_fei(660, 870, 1.4, -1, arms=("reach", "down"), mood="flat"))
    body.append(L.grass_tufts(131, 7, 860, 900, color="#A89A58"))
    return body


@scene("ch09/c09-yue-fei-in-prison.svg", "Yue Fei, without his armour, sits in a plain prison room with one small window, looking up at the light.",
       title="Yue Fei in prison")
def c09_yue_fei_in_prison():
    """Yue Fei, without his armour, sits in a plain prison room with one small window, looking up at the light."""
    body = [rect(0, 0, W, 660, linear([(0, "#8C8680"), (1, "#A49D94")])), rect(0, 660, W, 240, linear([(0, "#7D746A"), (1, "#665E55")]))]
    r = rng(140)
    for row in range(8):
        yy = 40 + row * 80
        off = 0 if row % 2 else 90
        for k in range(8):
            xx = off + k * 180 + r.uniform(-8, 8)
            body.append(rect(xx, yy, 168, 70, "#9A938A", rx=8, opacity="0.45"))
    # the window, high on the wall, and its beam of light
    body.append(poly([(330, 200), (430, 200), (820, 780), (520, 800)], LIGHT_BEAM, opacity="0.35"))
    body.append(rect(314, 120, 132, 100, P.INK))
    body.append(rect(322, 128, 116, 84, linear([(0, "#8FC9EC"), (1, "#DDF1FA")])))
    body.append(L.cloud(390, 190, 0.35))
    for k in range(1, 3):
        body.append(line(322 + k * 39, 128, 322 + k * 39, 212, P.INK, 6))
    body.append(rect(304, 212, 152, 16, STONE_SILL, **ink(3)))
    # a little sparrow on the sill
    body.append(g(ellipse(420, 198, 18, 13, "#8A6A4A", **ink(2)), circle(432, 188, 9, "#8A6A4A", **ink(2)),
                  poly([(440, 186), (450, 189), (440, 192)], P.GOLD_DARK), circle(434, 186, 2, P.INK),
                  line(414, 210, 412, 216, P.INK, 2), line(424, 210, 426, 216, P.INK, 2)))
    # a plain bench, a mat and a bowl
    body.append(ellipse(690, 800, 230, 34, "#B99F6A", **ink(3)))
    body.append(g(rect(560, 700, 26, 80, P.WOOD_DARK, **ink(3)), rect(800, 700, 26, 80, P.WOOD_DARK, **ink(3)),
                  rect(530, 676, 320, 30, P.WOOD, rx=6, **ink(3))))
    body.append(g(path("M920 770 L1000 770 L990 800 L930 800 Z", "#A8886A", **ink(3)), ellipse(960, 770, 40, 8, "#8A6A4A")))
    # Yue Fei in a plain robe, sitting, looking up at the window
    body.append(person(690, 684, 1.5, P.SONG, "topknot", -1, front=(face_up(-144),), pose="sit", arms=("fold", "fold"), mood="flat"))
    body.append(g(*[line(560 + k * 40, 810 + (k % 3) * 8, 590 + k * 40, 800 + (k % 2) * 10, "#D9C27A", 4) for k in range(7)]))
    return body


STONE_SILL = "#B9B2A8"


@scene("ch09/c09-treaty-of-shaoxing.svg", "A map of China with a river drawn across it from west to east; the land north of the river is shaded blue and the land south of it is shaded orange, with carts of silver and silk heading north.",
       title="The Treaty of Shaoxing: the Huai River border")
def c09_treaty_of_shaoxing():
    """A map: the Huai River across China; north blue (Jin), south orange (Song); carts of silver and silk go north."""
    frame = (80, 70, 1120, 830)
    body = [rect(0, 0, W, H, "#6E4A2C")]
    hm, box = hanging_map(*frame, year=1142, zoom=(101.0, 43.0, 127.0, 22.0), rods=False)
    body.append(hm)
    inside = rect(frame[0], frame[1], frame[2] - frame[0], frame[3] - frame[1], "#000")
    hua = [O.proj(lo, la, box) for lo, la in ((111.5, 33.0), (113.2, 32.4), (115.4, 32.5), (117, 32.8), (118.6, 33.2), (119.4, 33.6),
                                           (120.3, 34.0))]
    body.append(clip(inside, path(smooth(hua), "none", stroke=P.WHITE, stroke_width="30", stroke_linecap="round"),
                     path(smooth(hua), "none", stroke=P.WATER_DARK, stroke_width="18", stroke_linecap="round")))
    # tribute goes north every year: carts of silver and silk on a road from Lin'an into Jin lands
    a = O.proj(119.6, 30.6, box)
    body.append(O.arrow_path([a, O.proj(117.4, 32.4, box), O.proj(116.0, 35.0, box), O.proj(115.6, 38.6, box)], P.GOLD, 22, 52))
    body.append(O.map_dot(*O.proj(120.2, 30.3, box), 14, P.SONG.dark))
    c1 = O.proj(117.0, 31.0, box)
    c2 = O.proj(115.9, 36.6, box)
    body.append(O.cart(c1[0] - 60, c1[1] + 30, 0.42, "chests", True, 1))
    body.append(O.cart(c2[0] - 150, c2[1] + 30, 0.42, "silk", True, 1))
    return body


def shelf(x0, y0, w, h, cols=3, rows=4, gap=(1, 2), color=P.SONG.main, dark=P.SONG.dark) -> str:
    """A tall archive shelf of scroll cubbies; the cubby at `gap` (col, row) stands empty."""
    K = ink(3)
    out = [rect(x0, y0, w, h, color, **K)]
    cw, ch = (w - 30) / cols, (h - 30) / rows
    for c in range(cols):
        for r_ in range(rows):
            cx, cy = x0 + 15 + c * cw + 8, y0 + 15 + r_ * ch + 8
            out.append(rect(cx, cy, cw - 16, ch - 16, "#4A2A12", **ink(2)))
            if (c, r_) == gap:
                out.append(rect(cx + 14, cy + 14, cw - 44, ch - 44, "none", stroke=P.PARCHMENT, stroke_width="5",
                                stroke_dasharray="16 12", rx=10))
                continue
            for k in range(3):
                for j in range(2 if k < 2 else 1):
                    sx = cx + 26 + k * (cw - 52) / 2
                    sy = cy + ch - 44 - j * 34
                    if k == 2:
                        sy = cy + ch - 62
                    out.append(circle(sx, sy, 16, P.PAPER, **ink(2)))
                    out.append(circle(sx, sy, 6, P.WOOD))
    out.append(rect(x0 - 10, y0 - 16, w + 20, 22, dark, **K))
    return g(*out)


@scene("ch09/c09-a-shameful-treaty.svg", "A Jin scholar in blue reads an old book about a Jurchen life, while on the other side of the picture an empty orange shelf has a gap where a scroll should be.",
       title="The treaty's words were not kept in Chinese records")
def c09_a_shameful_treaty():
    """A Jin scholar reads an old book about a Jurchen life; an orange shelf has a gap where a scroll should be."""
    body = [rect(0, 0, 600, 660, linear([(0, "#C9D6E2"), (1, "#E6ECF1")])), rect(600, 0, 600, 660, linear([(0, "#EADCC0"), (1, "#F4EBD8")])),
            rect(0, 660, W, 240, linear([(0, "#B08C62"), (1, "#8E6C48")]))]
    # left: the Jin scholar's study
    body.append(rect(80, 120, 200, 180, "#F7F3EA", **ink(3)))
    for k in range(1, 4):
        body.append(line(80 + k * 50, 120, 80 + k * 50, 300, P.WOOD_DARK, 4))
    body.append(line(80, 210, 280, 210, P.WOOD_DARK, 4))
    body.append(wall_hanging(380, 60, 100, 240, P.JIN.main))
    body.append(mat(230, 856, 300))
    body.append(F.figure(190, 856, 1.8, P.JIN, "jurchen", "kneel", ("hold", "hold"), 1, "smile", look=1))
    body.append(low_table(410, 880, 300, 80, book(405, 792, 0.95)))
    body.append(oil_lamp(530, 782, 0.85))
    # the divide
    body.append(rect(582, 0, 36, 700, P.PILLAR, **ink(3)))
    body.append(rect(572, 660, 56, 40, P.STONE, **ink(3)))
    # right: the Song archive shelf with a missing scroll
    body.append(shelf(720, 140, 380, 600, 3, 4, (1, 2)))
    body.append(ellipse(910, 760, 240, 20, "#7A5A3A", opacity="0.4"))
    return body


@scene("ch09/c09-peace-and-trade.svg", "At a river crossing, traders with carts and boats swap goods between a blue-flagged bank and an orange-flagged bank.",
       title="Trade starts again across the border")
def c09_peace_and_trade():
    """At a river crossing, traders with carts and boats swap goods between a blue-flagged and an orange-flagged bank."""
    body = [L.sky("day"), L.clouds(150, 3, 60, 140, 0.6, 0.9), L.mountains(300, P.MTN_FAR, 151, 5, 60, 120)]
    # the far (northern) bank: Jin flags, tents, a horse
    body.append(rect(0, 296, W, 104, "#B9CC86"))
    body.append(g(B.tent(180, 360, 110, 80, P.JIN, outline=False), B.tent(300, 368, 100, 70, P.JIN, outline=False)))
    for bx in (420, 980):
        body.append(F.banner(bx, 380, 0.5, P.JIN, "swallow"))
    body.append(F.horse(620, 390, 0.35, P.HORSE_GREY, P.JIN))
    body.append(O.cart(820, 392, 0.3, "chests", True, -1))
    body.append(F.figure(720, 392, 0.4, P.JIN, "jurchen", "stand", ("wave", "down"), 1, "smile", "coat"))
    # the river
    body.append(L.water(400, h=300))
    body.append(L.ripples(152, 14, 420, 690))
    # a ferry in the middle of the river
    body.append(S.sampan(560, 540, 0.7, -1, True, P.WOOD_LIGHT,
                         F.figure(0, 0, 1, P.PLAIN, "topknot", "stand", ("hold", "down"), 1, "smile", "coat")))
    body.append(O.silk_bolt(560, 490, 0.45, P.SILK_JADE))
    # the near (southern) bank
    body.append(path("M-10 910 L-10 690 Q300 670 600 690 Q900 710 1210 680 L1210 910 Z", "#A5C76A", **ink(3)))
    body.append(path("M780 700 L1210 690 L1210 740 L820 760 Z", "#C9A877"))
    for bx in (60, 1150):
        body.append(F.banner(bx, 720, 0.7, P.SONG, "tall"))
    # a Jin trader has just crossed with furs; a Song trader offers silk; they swap
    body.append(S.sampan(980, 740, 0.9, -1, False))
    body.append(F.figure(480, 860, 1.25, P.JIN, "jurchen", "stand", ("reach", "down"), 1, "smile", "coat"))
    body.append(place(g(ellipse(0, 0, 46, 26, "#8A5A36", **ink(3)), path("M-40 -6 Q0 -24 40 -6", "none", stroke="#A57A4E", stroke_width="6")),
                      480 + 96 * 1.25, 860 - 98 * 1.25 - 14))
    body.append(F.figure(780, 860, 1.25, P.SONG, "topknot", "stand", ("reach", "down"), -1, "smile", item=None))
    body.append(O.silk_bolt(780 - 96 * 1.25 - 10, 860 - 98 * 1.25 + 10, 0.6, P.SILK_RED))
    body.append(O.silk_pile(930, 880, 0.55, 4))
    body.append(O.cart(230, 900, 0.45, "silk", False, 1))
    body.append(L.reeds(40, 900, 1.0, seed=153))
    return body


@scene("ch09/c09-a-national-hero.svg", "A painted wall in a palace shows Yue Fei in orange armour riding into battle, while children and grown-ups stand in front of it looking up.",
       title="Yue Fei, a national hero")
def c09_a_national_hero():
    """A painted wall shows Yue Fei in armour riding into battle; children and grown-ups look up at it."""
    body = [rect(0, 0, W, 640, "#E9D9BA"), rect(0, 640, W, 260, linear([(0, "#B78A5A"), (1, "#8E6440")]))]
    for k in range(1, 4):
        body.append(line(0, 640 + k * 80, W, 640 + k * 80, "#8E6440", 2, opacity="0.6"))
    fx0, fy0, fx1, fy1 = 150, 70, 1050, 520
    mural = [rect(fx0, fy0, fx1 - fx0, fy1 - fy0, linear([(0, "#F2DDB0"), (1, "#EAD3A0")])),
             L.mountains(380, "#C9B894", 160, 4, 80, 160, x0=fx0, x1=fx1),
             path(f"M{fx0} 520 L{fx0} 400 Q400 360 700 410 Q900 440 {fx1} 390 L{fx1} 520 Z", "#C8C08A"),
             F.crowd_row(fx0, 470, 430, P.SONG, 0.45, "song", seed=161, banners=2, color=P.SONG.light),
             yue_fei_rider(640, 500, 0.95, 1, True, ("banner", "down"), "banner"),
             L.birds(850, 150, 3, 1.2, "#8A7A5A")]
    body.append(rect(fx0 - 26, fy0 - 26, fx1 - fx0 + 52, fy1 - fy0 + 52, P.WOOD_DARK, rx=8, **ink(3)))
    body.append(clip(rect(fx0, fy0, fx1 - fx0, fy1 - fy0, "#000"), g(*mural),
                     rect(fx0, fy0, fx1 - fx0, fy1 - fy0, P.PARCHMENT, opacity="0.22")))
    body.append(rect(fx0, fy0, fx1 - fx0, fy1 - fy0, "none", stroke=P.GOLD_DARK, stroke_width="6"))
    for px in (50, 1150):
        body.append(rect(px - 28, 0, 56, 670, P.PILLAR, **ink(3)))
    # visitors look up at the painting
    body.append(person(260, 880, 1.2, P.TEAL_CLOTH, "none", 1, front=(old_head(),), arms=("point", "down"), mood="smile"))
    body.append(F.figure(420, 880, 1.25, P.PLAIN, "topknot", "stand", ("up", "down"), 1, "o", child=True))
    body.append(F.figure(840, 880, 1.2, P.TEAL_CLOTH, "woman", "stand", ("hold", "down"), -1, "smile"))
    body.append(F.figure(700, 880, 1.2, P.PLAIN, "topknot", "stand", ("up", "down"), 1, "o", child=True))
    body.append(F.figure(990, 880, 1.2, P.PLAIN, "topknot", "stand", ("fold", "fold"), -1, "smile"))
    return body


@scene("ch09/c09-whose-choice.svg", "Qin Hui in orange official robes bows low before Emperor Gaozong in a quiet palace room.",
       title="Qin Hui bows before Gaozong")
def c09_whose_choice():
    """Qin Hui bows low before Emperor Gaozong in a quiet palace room."""
    body = [rect(0, 0, W, 640, linear([(0, "#E4CFA8"), (1, "#D8BF92")])), rect(0, 640, W, 260, linear([(0, "#9C7450"), (1, "#7A5636")]))]
    # a round moon window at dusk, with bamboo outside
    cx, cy, rr = 330, 320, 200
    win = g(rect(cx - rr, cy - rr, 2 * rr, 2 * rr, linear([(0, "#6C5B9E"), (1, "#F3A76B")])),
            circle(cx + 80, cy + 40, 40, P.SUN, opacity="0.8"),
            path(f"M{cx - rr} {cy + rr} L{cx - rr} {cy + rr - 60} Q{cx} {cy + rr - 100} {cx + rr} {cy + rr - 50} L{cx + rr} {cy + rr} Z", "#5E7A5A"),
            L.bamboo(cx - 110, cy + rr - 30, 0.9, 4, 170), L.bamboo(cx + 150, cy + rr - 20, 0.8, 3, 171))
    body.append(circle(cx, cy, rr + 24, P.WOOD_DARK, **ink(3)))
    body.append(clip(circle(cx, cy, rr, "#000"), win))
    body.append(circle(cx, cy, rr, "none", stroke=P.INK, stroke_width="3"))
    body.append(rect(0, 620, W, 24, P.WOOD_DARK, **ink(3)))
    # the emperor on a low dais
    body.append(rect(700, 700, 420, 70, "#8E3A28", **ink(3)))
    body.append(rect(680, 760, 460, 24, P.STONE, **ink(3)))
    body.append(B.screen(910, 700, 360, 300))
    body.append(rect(830, 670, 160, 36, P.SONG.dark, rx=14, **ink(3)))
    body.append(F.figure(910, 690, 1.3, P.SONG, "emperor_song", "sit", ("hold", "hip"), -1, "flat", trim=P.GOLD))
    # Qin Hui bows low
    body.append(F.figure(450, 830, 1.5, P.SONG, "song_official", "kneel", ("fold", "fold"), 1, "flat", bow=26))
    # incense: a thin curl of smoke
    body.append(g(rect(600, 780, 50, 50, P.COPPER, rx=6, **ink(3)),
                  path("M625 780 Q605 740 630 710 Q655 680 630 640 Q610 610 630 580", "none", stroke=P.SMOKE_LIGHT, stroke_width="6",
                       stroke_linecap="round", opacity="0.7")))
    return body


@scene("ch09/title.svg", "The title card: a long scroll lies on a table between a blue Jin brush and an orange Song brush, with a river drawn across the middle of it.",
       title="Chapter 9: The Treaty of Shaoxing")
def card09():
    """Title card: a long scroll on a table between a blue Jin brush and an orange Song brush, a river drawn across it."""
    em = [L.sky("dawn"), L.hills(600, "#B9CF8A", 180, 4, 40, 90)]
    em.append(path("M0 820 L0 640 Q600 580 1200 640 L1200 820 Z", P.GRASS_DARK, **ink(3)))
    # the table (seen a little from above)
    em.append(g(rect(180, 720, 34, 100, P.WOOD_DARK, **ink(3)), rect(986, 720, 34, 100, P.WOOD_DARK, **ink(3)),
                poly([(90, 700), (1110, 700), (1050, 430), (150, 430)], P.WOOD, **ink(3)),
                rect(90, 700, 1020, 30, P.WOOD_DARK, **ink(3))))
    # the scroll lying open, a river drawn across it; north tinted blue, south orange
    em.append(poly([(260, 660), (940, 660), (912, 460), (288, 460)], P.PAPER, **ink(3)))
    em.append(poly([(288, 462), (912, 462), (920, 540), (280, 540)], P.JIN.light, opacity="0.6"))
    em.append(poly([(278, 580), (922, 580), (938, 658), (262, 658)], P.SONG.light, opacity="0.6"))
    em.append(path("M284 560 Q380 520 470 552 Q570 590 650 548 Q750 510 840 556 Q890 578 926 556", "none", stroke=P.WATER_DARK,
                   stroke_width="18", stroke_linecap="round"))
    em.append(g(rect(238, 450, 30, 222, P.WOOD, rx=12, **ink(3)), rect(932, 450, 30, 222, P.WOOD, rx=12, **ink(3))))
    # the two brushes, one each side
    em.append(brush(168, 580, 0.9, P.JIN.main, rot=72))
    em.append(brush(1032, 580, 0.9, P.SONG.main, rot=108))
    return [card(9, g(*em))]

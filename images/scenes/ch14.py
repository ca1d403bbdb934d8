"""Chapter 14: What the Wars Changed — its title card and pages."""

from __future__ import annotations

from art import palette as P
from art.buildings import city, hall, house, interior, pagoda, roof, table, wall
from art.cards import card
from art.cast import back_figure
from art.landscape import (bamboo, clouds, forest, hills, moon, mountains, ripples, river_across, river_band, rolling,
                           sky, stars, sun, water, willow)
from art.objects import silk_bolt, silk_pile
from art.palette import FUR_BROWN, JIN, PLAIN, ROPE_DARK, SONG, TEAL_CLOTH
from art.people import banner, crowd_row, figure, horse, rider
from art.props import book_stack, hanging_lantern, paper_sheet, supply_cart, tally_board
from art.sets import round_tree, shelf
from art.ships import junk, paddle_boat, sampan, wake
from art.svg import W, circle, clip, ellipse, f, g, ink, line, linear, path, place, poly, polyline, rect, rng, smooth
from art.war import glow, siege_tower, smoke, trebuchet

from . import scene


BAMBOO_DARK = "#557A33"


ROPE = "#C9B48A"


CLAY = "#A5754A"


CLAY_DARK = "#7A5233"


LEATHER = "#8E5F3A"


def bomb(x, y, r=20, color=CLAY, iron=False) -> str:
    """A round fire bomb (clay, or dark cast iron) with a short fuse; centre (x, y)."""
    c = "#4E5258" if iron else color
    hi = "#7A7F86" if iron else "#C99A6C"
    return g(circle(x, y, r, c, **ink(3)), circle(x - r * 0.35, y - r * 0.35, r * 0.28, hi, opacity="0.8"),
             rect(x - r * 0.22, y - r - 6, r * 0.44, 8, CLAY_DARK, **ink(2)),
             path(f"M{f(x)} {f(y - r - 6)} q6 -10 -2 -18", "none", stroke=ROPE_DARK, stroke_width="3", stroke_linecap="round"))


def bomb_pile(x, y, r=20, rows=3, iron=False) -> str:
    """A pyramid of round bombs, bottom row on y, centred on x."""
    out = []
    for row in range(rows):
        n = rows - row
        for i in range(n):
            bx = x + (i - (n - 1) / 2) * r * 2.05
            by = y - r - row * r * 1.75
            out.append(bomb(bx, by, r, iron=iron))
    return g(*out)


def leather_bag(x, y, s=1.0) -> str:
    d = "M-26 0 Q-38 -26 -22 -48 L-10 -54 L10 -54 L22 -48 Q38 -26 26 0 Z"
    return place(g(path(d, LEATHER, **ink(3)), path("M-12 -54 Q0 -64 12 -54", "none", stroke=P.INK, stroke_width="4"),
                   path("M-16 -20 Q0 -14 16 -22", "none", stroke="#6A4428", stroke_width="3")), x, y, s)


def arrow_bundle(x, y, s=1.0, fire=True) -> str:
    """A bundle of arrows standing upright, tied in the middle; fire arrows have a little tube."""
    out = []
    for k in range(-3, 4):
        out.append(line(k * 6, 0, k * 9, -120, P.WOOD_LIGHT, 4))
        out.append(path(f"M{k * 9} -120 l-5 10 l10 0 Z", "#8D96A0"))
        if fire:
            out.append(rect(k * 9 - 4, -110, 8, 16, BAMBOO_DARK))
        out.append(path(f"M{k * 6 - 4} -4 l4 -14 l4 14", "none", stroke="#E8E2D4", stroke_width="3"))
    out.append(rect(-26, -60, 52, 12, ROPE, rx=4, **ink(2)))
    return place(g(*out), x, y, s)


def fire_lance(x, y, s=1.0, rot=0, tube=BAMBOO_DARK) -> str:
    """A fire lance lying or standing: a wooden spear with a bamboo tube bound near its tip.

    Drawn horizontally, butt at (0, 0), tip at (520, 0); rotate with rot.
    """
    out = [rect(0, -7, 470, 14, P.WOOD, rx=6, **ink(3)),
           path("M468 -12 L530 0 L468 12 Z", "#8D96A0", **ink(3)),
           rect(300, -30, 150, 30, P.BAMBOO if tube == BAMBOO_DARK else tube, rx=6, **ink(3))]
    for k in (340, 400):
        out.append(line(k, -29, k, -1, BAMBOO_DARK, 4))
    out.append(ellipse(450, -15, 6, 14, "#3A3A2A", **ink(2)))
    for k in (318, 372, 430):
        out.append(rect(k - 6, -34, 12, 38, ROPE, rx=3, **ink(2)))
        out.append(line(k - 6, -22, k + 6, -18, ROPE_DARK, 2))
    out.append(path("M300 -20 q-16 -10 -26 4", "none", stroke=ROPE_DARK, stroke_width="3", stroke_linecap="round"))
    return place(g(*out), x, y, s, rot=rot)


def low_desk(cx, base, w=170, h=50, color=P.WOOD) -> str:
    """A low writing desk seen from the front (for people kneeling/sitting behind it)."""
    K = ink(3)
    return g(rect(cx - w / 2 + 10, base - h, 14, h, P.WOOD_DARK, **K), rect(cx + w / 2 - 24, base - h, 14, h, P.WOOD_DARK, **K),
             rect(cx - w / 2, base - h - 14, w, 16, color, rx=3, **K))


def chess_board(cx, cy, w=220, h=130) -> str:
    """A Chinese chess board seen from a low angle: grid, river gap, round plain pieces."""
    K = ink(3)
    out = [poly([(cx - w / 2, cy + h / 2), (cx - w / 2 + 30, cy - h / 2), (cx + w / 2 - 30, cy - h / 2), (cx + w / 2, cy + h / 2)],
                "#E8C98A", **K)]
    for i in range(1, 8):
        t = i / 8
        xb = cx - w / 2 + w * t
        xt = cx - w / 2 + 30 + (w - 60) * t
        out.append(line(xt, cy - h / 2, xb, cy + h / 2, "#9E7A44", 2))
    for j in range(1, 9):
        if j == 5:
            continue
        t = j / 9
        yy = cy - h / 2 + h * t
        dx = 30 * (1 - t)
        out.append(line(cx - w / 2 + dx, yy, cx + w / 2 - dx, yy, "#9E7A44", 2))
    r = rng(140)
    for k in range(9):
        t = r.uniform(0.1, 0.9)
        row = r.choice([0.12, 0.25, 0.75, 0.88])
        yy = cy - h / 2 + h * row
        dx = 30 * (1 - row)
        xx = cx - w / 2 + dx + (w - 2 * dx) * t
        col = "#C8402F" if row > 0.5 else P.INK
        out.append(ellipse(xx, yy, 11, 7, "#F3E3C0", stroke=col, stroke_width="3"))
    return g(*out)


def teacup(x, y, s=1.0, color="#DDEBE6") -> str:
    return place(g(path("M-18 -26 L18 -26 Q16 -4 0 0 Q-16 -4 -18 -26 Z", color, **ink(3)),
                   ellipse(0, -26, 18, 5, "#7A9A6A", **ink(2))), x, y, s)


def teapot(x, y, s=1.0, color="#6E8C7A") -> str:
    return place(g(path("M30 -40 Q58 -48 62 -64", "none", stroke=P.INK, stroke_width="9", stroke_linecap="round"),
                   path("M30 -40 Q58 -48 62 -64", "none", stroke=color, stroke_width="5", stroke_linecap="round"),
                   path("M-30 -36 Q-52 -30 -36 -14", "none", stroke=P.INK, stroke_width="6"),
                   ellipse(0, -30, 34, 28, color, **ink(3)), rect(-14, -64, 28, 8, color, rx=3, **ink(2)),
                   circle(0, -68, 5, color, **ink(2))), x, y, s)


def rice_paddy(y0, y1, seed=150) -> str:
    """Flooded terraced rice fields: pale water plots with earth dykes and rows of green shoots."""
    r = rng(seed)
    out = [rect(0, y0, W, y1 - y0, linear([(0, "#BFE0E8"), (1, "#8FC3D6")]))]
    rows = 4
    for i in range(rows + 1):
        t = i / rows
        yy = y0 + (y1 - y0) * t ** 1.4
        out.append(path(f"M0 {f(yy)} Q{W / 2} {f(yy - 12 - 10 * t)} {W} {f(yy + 4)}", "none", stroke=P.EARTH, stroke_width=f(6 + 12 * t)))
    for i in range(rows):
        t0 = i / rows
        t1 = (i + 1) / rows
        ya = y0 + (y1 - y0) * t0 ** 1.4
        yb = y0 + (y1 - y0) * t1 ** 1.4
        for k in range(3):
            yy = ya + (yb - ya) * (k + 1) / 4
            n = int(7 + 5 * t0)
            for j in range(n):
                xx = (j + 0.5 + (k % 2) * 0.5) * W / n + r.uniform(-6, 6)
                hh = 10 + 16 * t1
                out.append(path(f"M{f(xx)} {f(yy)} l{f(-hh * 0.3)} {f(-hh)} M{f(xx)} {f(yy)} l0 {f(-hh * 1.1)} "
                                f"M{f(xx)} {f(yy)} l{f(hh * 0.3)} {f(-hh)}", "none", stroke="#5E9B3A", stroke_width=f(2 + 2 * t1),
                                stroke_linecap="round"))
    return g(*out)


def stall(cx, base, w=220, awning=P.SILK_JADE, goods="silk", seed=160) -> str:
    """A market stall: a table under a sloping cloth awning on two poles, with goods on top."""
    K = ink(3)
    out = [line(cx - w / 2 + 10, base, cx - w / 2 + 10, base - 190, P.WOOD_DARK, 8),
           line(cx + w / 2 - 10, base, cx + w / 2 - 10, base - 170, P.WOOD_DARK, 8),
           path(f"M{f(cx - w / 2 - 20)} {f(base - 200)} L{f(cx + w / 2 + 20)} {f(base - 176)} L{f(cx + w / 2 + 20)} {f(base - 150)} "
                f"L{f(cx - w / 2 - 20)} {f(base - 172)} Z", awning, **K)]
    for k in range(5):
        x_ = cx - w / 2 - 20 + k * (w + 40) / 5
        out.append(path(f"M{f(x_)} {f(base - 172 + k * 4.4)} q{f((w + 40) / 10)} 16 {f((w + 40) / 5)} 4", "none",
                        stroke=P.INK, stroke_width="3"))
    out.append(rect(cx - w / 2, base - 70, w, 70, P.WOOD, **K))
    out.append(rect(cx - w / 2 - 6, base - 82, w + 12, 14, P.WOOD_LIGHT, **K))
    if goods == "silk":
        out.append(silk_bolt(cx - 50, base - 82, 0.6, P.SILK_RED))
        out.append(silk_bolt(cx + 40, base - 82, 0.6, P.GOLD))
        out.append(silk_bolt(cx - 5, base - 104, 0.6, P.SILK_JADE))
    elif goods == "pots":
        for k in range(3):
            px = cx - 60 + k * 60
            out.append(path(f"M{f(px - 22)} {f(base - 82)} Q{f(px - 30)} {f(base - 120)} {f(px - 12)} {f(base - 126)} L{f(px + 12)} {f(base - 126)} "
                            f"Q{f(px + 30)} {f(base - 120)} {f(px + 22)} {f(base - 82)} Z", ("#6E8C7A", CLAY, "#C9B27E")[k], **ink(2)))
    elif goods == "fruit":
        r = rng(seed)
        for k in range(9):
            out.append(circle(cx - 70 + (k % 5) * 34 + (k // 5) * 17, base - 96 - (k // 5) * 22, 14,
                              r.choice(["#E4572E", P.FIRE, "#F2C230"]), **ink(2)))
    elif goods == "furs":
        for k in range(3):
            px = cx - 60 + k * 60
            out.append(path(f"M{f(px - 26)} {f(base - 82)} Q{f(px - 30)} {f(base - 130)} {f(px)} {f(base - 128)} Q{f(px + 30)} {f(base - 130)} "
                            f"{f(px + 26)} {f(base - 82)} Z", (FUR_BROWN, "#A57A4E", "#5E4630")[k], **ink(2)))
    return g(*out)


def fur_pelt(x, y, s=1.0, color=FUR_BROWN) -> str:
    """A hanging animal fur (a soft rounded pelt), top-centre at (x, y)."""
    d = "M-26 0 Q-40 10 -36 40 Q-46 70 -30 96 Q0 112 30 96 Q46 70 36 40 Q40 10 26 0 Q0 8 -26 0 Z"
    return place(g(path(d, color, **ink(3)), path("M-16 30 Q0 40 16 30 M-20 64 Q0 74 20 64", "none", stroke="#5E4630",
                                                   stroke_width="4", stroke_linecap="round")), x, y, s)


def book_box(x, y, s=1.0) -> str:
    """A small wooden box of books and rolled scrolls, carried in both hands; centre (x, y)."""
    K = ink(3)
    return place(g(rect(-24, -44, 14, 40, P.PAPER, rx=5, **ink(2)), rect(-6, -50, 14, 46, P.PAPER, rx=5, **ink(2)),
                   rect(12, -40, 26, 12, "#3E5C7A", **ink(2)), rect(12, -28, 26, 10, "#C9B27E", **ink(2)),
                   rect(-40, -20, 80, 44, P.WOOD, rx=4, **K), line(-40, -6, 40, -6, P.WOOD_DARK, 3)), x, y, s)


def back_bundle(x, y, s=1.0, color="#C9B27E") -> str:
    """A cloth bundle tied on a walker's back: draw it *before* the figure at the figure's feet point."""
    return place(g(circle(-38, -150, 38, color, **ink(3)), path("M-60 -168 Q-38 -150 -14 -176", "none", stroke=P.INK,
                                                                 stroke_width="3")), x, y, s)


@scene("ch14/title.svg", "The title card: a road running from a cold northern forest down to a busy southern city, with travelers, carts and boats along the way.")
def card14():
    rd = smooth([(250, 330), (360, 420), (330, 500), (520, 560), (760, 590), (905, 600)])
    e = [sky("day", "#9CCCEA", "#EEF6F2"),
         mountains(420, "#C3CFDB", seed=1401, n=4, hmin=90, hmax=160, snow=True, x0=120, x1=700),
         rect(0, 415, W, 485, linear([(0, "#DDE6DA"), (0.3, "#B9D08A"), (1, "#9CC46A")])),
         path("M0 415 L0 520 Q200 500 400 440 L560 415 Z", P.SNOW),
         forest(430, seed=1402, n=4, s0=0.32, s1=0.45, x0=150, x1=440, snow=True),
         # the busy southern city by the river (lower right)
         city(720, 1060, 600, 90, SONG, gate_x=900, towers=(730, 1050), banners=2, roofs_behind=3, seed=1404),
         river_across(630, 90, seed=1403, amp=8),
         path(rd, "none", stroke=P.EARTH, stroke_width="30", stroke_linecap="round"),
         rect(860, 612, 90, 20, P.WOOD, **ink(2)),
         supply_cart(560, 575, 0.28, load="sacks", ox=True),
         back_figure(400, 470, 0.25, PLAIN, "topknot", bundle="#C9B27E"),
         back_figure(700, 595, 0.3, TEAL_CLOTH, "woman", step=1),
         rider(335, 430, 0.16, JIN, "jurchen"),
         sampan(430, 690, 0.4), junk(700, 705, 0.22, P.CANVAS_SAIL, 2), sampan(1000, 700, 0.35, facing=-1),
         willow(250, 650, 0.45)]
    return [card(14, g(*e))]


@scene("ch14/c14-jurchens-move.svg", "A few Jurchen families in blue ride into a crowded Chinese market town, where many townspeople go about their day.")
def c14_jurchens_move():
    b = [sky("day", "#9DD0EE", "#EEF7F6"),
         rect(0, 520, W, 380, linear([(0, "#D8C9A0"), (1, "#C7B487")])),
         # the busy street: houses and shops on both sides
         house(150, 540, 260, 130), house(420, 520, 200, 110, wall_color="#EADCC0"),
         house(780, 520, 200, 110), house(1060, 540, 260, 130, wall_color="#EADCC0"),
         pagoda(600, 470, 70, 5),
         stall(300, 640, 200, P.SILK_JADE, "pots"), stall(930, 640, 200, P.SILK_RED, "fruit", seed=1411),
         crowd_row(160, 1080, 690, PLAIN, 0.6, "people", seed=1412, spears=False, color=P.PLAIN.light),
         crowd_row(-20, 1220, 770, TEAL_CLOTH, 0.75, "people", seed=1413, spears=False, color="#C9D6CF"),
         # the Jurchen newcomers riding in
         rider(340, 880, 0.9, JIN, "jurchen", dress="coat", color=P.HORSE_CHESTNUT, arms=("wave", "down")),
         rider(620, 870, 0.78, JIN, "woman", dress="robe", color=P.HORSE_GREY),
         # townspeople going about their day
         figure(900, 900, 1.15, PLAIN, "topknot", arms=("hold", "down"), item="box", facing=-1, skin=P.SKIN2),
         figure(1080, 900, 1.2, TEAL_CLOTH, "woman", arms=("fold", "down"), facing=-1),
         figure(780, 900, 0.75, PLAIN, "topknot", arms=("wave", "down"), child=True),
         figure(90, 900, 1.2, PLAIN, "topknot", arms=("hip", "down"), mood="o", look=1)]
    return b


@scene("ch14/c14-jin-change.svg", "Young Jurchen men in blue robes sit at rows of desks in a hall, writing answers for an exam while an official watches.")
def c14_jin_change():
    rows = []
    for (y, s_, xs) in ((560, 0.62, (330, 530, 730)), (690, 0.8, (250, 540, 830)), (860, 1.05, (170, 560))):
        for i, x in enumerate(xs):
            hat_ = "jurchen" if (i + int(y)) % 2 == 0 else "scholar"
            rows.append(figure(x, y - 10 * s_, s_ * 1.1, JIN, hat_, pose="sit", arms=("reach", "down"), item="brush", mood="flat",
                               skin=P.SKIN if i % 2 else P.SKIN2))
            rows.append(low_desk(x + 40 * s_, y + 16 * s_, 190 * s_, 60 * s_))
            rows.append(paper_sheet(x + 55 * s_, y - 50 * s_, 90 * s_, 26 * s_, 4))
    b = [rect(0, 0, W, 470, linear([(0, "#E9DFC8"), (1, "#F3EBD8")])),
         rect(0, 470, W, 430, linear([(0, "#C9A77A"), (1, "#9C7A50")])),
         *[line(0, 470 + k * 70, W, 470 + k * 70, "#9C7A50", 2, opacity="0.5") for k in range(1, 7)],
         rect(0, 0, W, 50, P.WOOD_DARK, **ink(3)),
         *[rect(x, 0, 36, 490, P.WOOD, **ink(3)) for x in (40, 420, 744, 1124)],
         *[g(rect(x + 30, 120, 220, 200, "#F8EFD8", **ink(3)),
             *[line(x + 30 + k * 44, 120, x + 30 + k * 44, 320, P.WOOD_DARK, 4) for k in range(1, 5)],
             *[line(x + 30, 120 + k * 50, x + 250, 120 + k * 50, P.WOOD_DARK, 4) for k in range(1, 4)]) for x in (100, 840)],
         rect(470, 130, 260, 170, "#E3D3AE", **ink(3)),
         *rows,
         # the examiner watching
         figure(1050, 890, 1.35, JIN, "song_official", arms=("fold", "fold"), facing=-1, mood="flat")]
    return b


def _script_scroll(x, y, w, h, kind) -> str:
    """A hanging scroll with one kind of 'writing' drawn as simple shapes (never real letters)."""
    out = [rect(x - w / 2, y, w, h, P.PAPER, **ink(3)), rect(x - w / 2 - 10, y - 14, w + 20, 16, P.WOOD, rx=6, **ink(3)),
           rect(x - w / 2 - 10, y + h - 2, w + 20, 16, P.WOOD, rx=6, **ink(3)), line(x, y - 14, x, y - 40, P.INK, 3)]
    cols = 4
    for c in range(cols):
        cx = x + w / 2 - 30 - c * (w - 60) / (cols - 1)
        for r_ in range(6):
            cy = y + 34 + r_ * (h - 70) / 5
            if kind == "squares":
                out.append(rect(cx - 9, cy - 9, 18, 18, "none", stroke="#6E6456", stroke_width="3"))
                out.append(line(cx - 9, cy, cx + 9, cy, "#6E6456", 3))
            elif kind == "dots":
                out.append(circle(cx, cy - 5, 5, "#6E6456"))
                out.append(line(cx - 8, cy + 6, cx + 8, cy + 6, "#6E6456", 3))
            else:
                out.append(polyline([(cx - 10, cy + 6), (cx - 4, cy - 8), (cx + 3, cy + 6), (cx + 10, cy - 8)], "#6E6456", 3))
    return g(*out)


@scene("ch14/c14-three-scripts.svg", "A Jin scholar in blue copies a book by brush at a desk, with three open scrolls in three different kinds of writing beside him (shown as simple shapes, not real letters).")
def c14_three_scripts():
    b = [rect(0, 0, W, 640, linear([(0, "#D9CDB2"), (1, "#E9DFC8")])),
         rect(0, 640, W, 260, linear([(0, "#A57B50"), (1, "#7E5A38")])),
         rect(0, 0, W, 40, P.WOOD_DARK, **ink(3)),
         # the three kinds of writing hanging side by side
         _script_scroll(170, 110, 180, 380, "squares"),
         _script_scroll(400, 110, 180, 380, "dots"),
         _script_scroll(630, 110, 180, 380, "zigzag"),
         # the scholar copying at his desk
         figure(930, 760, 1.6, JIN, "scholar", pose="sit", arms=("reach", "down"), item="brush", facing=-1, mood="smile"),
         rect(380, 690, 800, 32, P.WOOD, rx=4, **ink(3)), rect(410, 722, 740, 178, P.WOOD_DARK, **ink(3)),
         rect(440, 746, 680, 154, "#4A2E16", rx=6),
         # the open book he is copying and his new page
         poly([(470, 690), (600, 696), (600, 660), (476, 652)], P.PAPER, **ink(3)),
         poly([(600, 696), (730, 690), (724, 652), (600, 660)], P.PAPER, **ink(3)),
         *[line(500 + k * 22, 660, 500 + k * 22, 684, "#8E8474", 3) for k in range(4)],
         *[polyline([(620 + k * 22, 680), (626 + k * 22, 664), (632 + k * 22, 680)], "#8E8474", 3) for k in range(4)],
         paper_sheet(810, 672, 110, 30, 4),
         rect(1040, 656, 50, 32, P.INK, rx=6), book_stack(440, 690, 0.7, 4, 1421)]
    return b


@scene("ch14/c14-wanyan-liang.svg", "Wanyan Liang in a fine blue robe sips tea and plays Chinese chess at a low table inside a new palace.")
def c14_wanyan_liang():
    b = [interior(600, "#2F5C57", floor_color="#C29A66", pillars=(80, 1120), lanterns=False, beam=True),
         # open doors onto the new palace's golden roofs
         rect(330, 150, 540, 380, "#BFE3F2", **ink(3)),
         clip(rect(330, 150, 540, 380, "#000"), hall(600, 560, 380, 120, P.ROOF_GOLD, double=True, platform=True, outline=True),
              rolling(520, 10, P.GRASS, seed=1441, bottom=560)),
         rect(330, 150, 540, 380, "none", stroke=P.PILLAR, stroke_width="16"),
         hanging_lantern(230, 86, 1.0), hanging_lantern(970, 86, 1.0),
         # the chess game on the low table
         figure(330, 790, 1.45, JIN, "emperor_jin", pose="sit", arms=("hold", "down"), trim=P.GOLD, mood="smile"),
         teacup(362, 668, 0.9),
         figure(880, 790, 1.35, JIN, "scholar", pose="sit", arms=("point", "down"), facing=-1, mood="o", skin=P.SKIN2),
         rect(420, 720, 360, 26, P.WOOD, rx=6, **ink(3)), rect(440, 746, 24, 90, P.WOOD_DARK, **ink(3)),
         rect(736, 746, 24, 90, P.WOOD_DARK, **ink(3)),
         chess_board(600, 690, 300, 70),
         teapot(740, 712, 0.6), teacup(470, 716, 0.6)]
    return b


def _noble_back(x, y, s, kind) -> str:
    """A noble seen from behind: Jurchen fur cap and braid, or a Chinese winged official's hat."""
    if kind == "jurchen":
        return back_figure(x, y, s, JIN, "jurchen", walk=False)
    hy = -164
    wings = g(rect(-100, hy - 26, 200, 8, P.INK), ellipse(-100, hy - 22, 5, 6, P.INK), ellipse(100, hy - 22, 5, 6, P.INK),
              path(f"M-28 {hy - 6} C-28 {hy - 50} 28 {hy - 50} 28 {hy - 6} Z", P.INK))
    return g(back_figure(x, y, s, JIN, "topknot", walk=False), place(wings, x, y, s))


@scene("ch14/c14-shizong.svg", "Emperor Shizong in blue holds up a scroll of new rules before Jurchen nobles, some in Jurchen dress and some in Chinese robes.")
def c14_shizong():
    b = [sky("day", "#93C8EA", "#EAF4F6"),
         hall(600, 470, 640, 170, P.ROOF_GOLD, double=True, platform=False),
         rect(0, 470, W, 430, linear([(0, P.STONE), (1, P.STONE_DARK)])),
         rect(330, 470, 540, 90, "#DDD6CA", **ink(3)), *[line(340, 470 + k * 18, 860, 470 + k * 18, P.STONE_DARK, 2) for k in range(1, 5)],
         banner(300, 560, 0.9, JIN, "tall"), banner(900, 560, 0.9, JIN, "tall"),
         # Emperor Shizong holds up his new rules
         figure(600, 560, 1.25, JIN, "emperor_jin", arms=("up", "down"), item="open_scroll", trim=P.GOLD, mood="smile"),
         # the nobles, seen from behind: some in Jurchen dress, some in Chinese robes
         _noble_back(150, 900, 1.3, "jurchen"), _noble_back(390, 870, 1.2, "official"),
         _noble_back(820, 870, 1.2, "jurchen"), _noble_back(1060, 900, 1.3, "official"),
         _noble_back(610, 930, 1.35, "jurchen")]
    return b


@scene("ch14/c14-fleeing-south.svg", "Families carrying bundles walk south along a road, and among them a woman poet holds a box of books and scrolls.")
def c14_fleeing_south():
    rd = smooth([(-40, 620), (300, 660), (640, 720), (1000, 800), (1260, 860)])
    b = [sky("dawn", "#F3B98E", "#FCE9CC"), sun(200, 330, 50, "#FFD9A0"),
         mountains(480, "#D7B8A8", seed=1461, n=6, hmin=60, hmax=140),
         rect(0, 478, W, 422, linear([(0, "#D6C99A"), (1, "#BFAE7C")])),
         willow(980, 560, 0.7), willow(1140, 580, 0.6),
         path(rd, "none", stroke="#D9C39A", stroke_width="150", stroke_linecap="round"),
         # people further along the road
         figure(180, 650, 0.5, PLAIN, "topknot", pose="walk", arms=("hold", "down"), item="box", mood="flat"),
         figure(260, 660, 0.5, TEAL_CLOTH, "woman", pose="walk", mood="flat"),
         back_bundle(440, 720, 0.75, "#9DB3A6"),
         figure(440, 720, 0.75, PLAIN, "topknot", pose="walk", arms=("fold", "down"), mood="flat", skin=P.SKIN2),
         figure(520, 730, 0.55, PLAIN, "topknot", pose="walk", arms=("wave", "down"), child=True),
         # a family in front, and the poet with her box of books and scrolls
         back_bundle(260, 880, 1.15),
         figure(260, 880, 1.15, PLAIN, "topknot", pose="walk", arms=("fold", "down"), mood="flat"),
         back_bundle(900, 880, 1.05, "#C98F7A"),
         figure(900, 880, 1.05, TEAL_CLOTH, "woman", pose="walk", arms=("down", "down"), mood="flat"),
         figure(1010, 900, 1.0, PLAIN, "topknot", pose="walk", arms=("wave", "down"), child=True, mood="o"),
         figure(610, 890, 1.3, SONG, "woman", pose="walk", arms=("hold", "hold"), mood="flat"),
         book_box(640, 778, 1.05)]
    return b


@scene("ch14/c14-new-homes.svg", "Farmers in orange clothes plant rice in new fields beside a river, with a few new houses behind them.")
def c14_new_homes():
    b = [sky("day", "#8FCAEA", "#EAF5F2"), clouds(1471, 3, 60, 160, 0.8, 1.1),
         hills(420, "#8DBB5E", seed=1472, n=4, hmin=60, hmax=120, bottom=460),
         river_across(430, 60, seed=1473, amp=6),
         rect(0, 480, W, 80, "#9CC46A"),
         house(220, 540, 190, 95, roof_color=P.ROOF), house(470, 530, 160, 85, wall_color="#EADCC0"),
         house(900, 540, 200, 100), round_tree(690, 540, 0.45, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         bamboo(1100, 560, 0.55, 4, seed=1474),
         rice_paddy(560, 900, seed=1475),
         # farmers planting rice shoots
         figure(260, 740, 1.1, SONG, "topknot", arms=("reach", "down"), bow=24, mood="smile"),
         figure(560, 780, 1.2, SONG, "woman", arms=("reach", "hold"), bow=28, mood="smile", skin=P.SKIN2),
         figure(880, 820, 1.3, SONG, "topknot", arms=("reach", "down"), bow=20, facing=-1, mood="smile"),
         *[ellipse(x, y - 4, 60 * s_, 10 * s_, "#8FC3D6", opacity="0.9") for x, y, s_ in ((260, 740, 1.1), (560, 780, 1.2),
                                                                                        (880, 820, 1.3))],
         *[ellipse(x, y - 4, 70 * s_, 14 * s_, "none", stroke="#DDF0F5", stroke_width="3") for x, y, s_ in
           ((260, 740, 1.1), (560, 780, 1.2), (880, 820, 1.3))],
         ]
    return b


@scene("ch14/c14-song-trade.svg", "Song traders in orange and Jin traders in blue swap furs, horses and bolts of cloth at a busy riverside market.")
def c14_song_trade():
    b = [sky("day", "#8CC6EA", "#ECF6F4"), clouds(1481, 3, 60, 150, 0.8, 1.1),
         hills(400, "#9DBE7A", seed=1482, n=4, hmin=40, hmax=90, bottom=430),
         water(420, P.WATER, P.WATER_DARK, h=160), ripples(1483, 10, 440, 570, P.WATER_LIGHT),
         junk(300, 520, 0.45, P.CANVAS_SAIL, 2), sampan(800, 560, 0.6), junk(1050, 500, 0.35, P.RED_SAIL, 2),
         rect(0, 570, W, 330, linear([(0, "#D7C094"), (1, "#C2A877")])),
         rect(0, 566, W, 16, P.WOOD, **ink(3)),
         stall(170, 720, 230, SONG.main, "silk"), stall(1040, 720, 230, JIN.main, "furs", seed=1484),
         crowd_row(280, 920, 700, PLAIN, 0.55, "people", seed=1485, spears=False, color=P.PLAIN.light),
         # the trade in the middle: cloth for furs, and a horse
         figure(420, 900, 1.35, SONG, "topknot", arms=("reach", "down"), item="silk", mood="smile"),
         horse(1000, 900, 0.8, P.HORSE_CHESTNUT, None, facing=-1),
         figure(740, 900, 1.35, JIN, "jurchen", arms=("reach", "down"), dress="coat", facing=-1, mood="smile", skin=P.SKIN2),
         fur_pelt(625, 740, 0.9),
         silk_pile(140, 890, 0.7, 4)]
    return b


def _fire_lance_up(hx, hy, s=1.0) -> str:
    """A fire lance held upright: the grip at (hx, hy), tip pointing straight up."""
    return fire_lance(hx, hy + 130 * s, s, rot=-90)


@scene("ch14/c14-new-weapons.svg", "A Song soldier in orange holds up a long spear with a bamboo tube tied near its tip, standing on a town wall.")
def c14_new_weapons():
    b = [sky("day", "#7FBDE6", "#E6F3F8"), clouds(1491, 3, 60, 200, 0.9, 1.3),
         mountains(560, "#A9BDD0", seed=1492, n=5, hmin=60, hmax=120),
         rect(0, 558, W, 100, "#B5C97E"),
         # the wall walk seen from behind the parapet
         rect(0, 620, W, 280, linear([(0, P.WALL_LIGHT), (1, P.WALL)])),
         *[rect(40 + k * 180, 560, 110, 64, P.WALL, **ink(3)) for k in range(7)],
         rect(0, 620, W, 12, P.WALL_SHADE),
         banner(120, 700, 1.2, SONG, "tall"),
         figure(1000, 760, 0.8, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", facing=-1, mood="flat"),
         # the soldier proudly holds up his fire lance
         _fire_lance_up(540 + 48 * 1.7, 880 - 106 * 1.7, 1.6),
         figure(540, 880, 1.7, SONG, "song_helmet", arms=("spear", "hip"), dress="armour", mood="smile")]
    return b


@scene("ch14/c14-fire-bombs.svg", "A large wooden trebuchet stands in a yard with round clay bombs stacked beside it, while Song workers in orange check the ropes.")
def c14_fire_bombs():
    b = [sky("day", "#96C7E6", "#EEF4EE"),
         wall(-20, 1220, 470, 170),
         rect(0, 470, W, 430, linear([(0, "#D3BE8E"), (1, "#BFA674")])),
         rect(900, 330, 260, 140, P.WOOD_LIGHT, **ink(3)), roof(1030, 330, 300, 70),
         # the big trebuchet
         trebuchet(560, 760, 1.45),
         # stacks of clay bombs
         bomb_pile(180, 820, 26, 3), bomb_pile(330, 850, 22, 2), bomb_pile(960, 840, 26, 3),
         *[line(560 + 130 * 1.45, 760 - 230 * 1.45, x2, 770, ROPE_DARK, 6) for x2 in (720, 760, 800)],
         # Song workers checking the ropes
         figure(800, 870, 1.2, SONG, "topknot", arms=("up", "reach"), facing=-1, mood="o"),
         figure(1100, 870, 1.15, SONG, "topknot", arms=("hold", "down"), facing=-1, skin=P.SKIN2),
         bomb(1075, 780, 22)]
    return b


@scene("ch14/c14-book-ends.svg", "A calm evening view over a river, with a northern city in blue on one bank and a southern city in orange on the other, lanterns glowing in both.")
def c14_book_ends():
    b = [sky("dusk", "#3E3C6E", "#E79B6B"), moon(960, 150, 38), stars(1501, 14, 260),
         mountains(470, "#6D628E", seed=1502, n=6, hmin=60, hmax=130),
         rect(0, 468, W, 432, "#56704E"),
         river_band(470, 900, 140, 620, 600, 600, "#6F8FB8", "#3F5F8A", bend=80),
         ripples(1503, 14, 500, 880, "#F3C99A", x0=420, x1=780, o=0.6),
         # the northern city (left bank)
         city(-40, 380, 560, 130, JIN, gate_x=190, towers=(20, 350), banners=2, roofs_behind=3, seed=1504),
         # the southern city (right bank)
         city(820, 1240, 560, 130, SONG, gate_x=1010, towers=(850, 1180), banners=2, roofs_behind=3, seed=1505),
         banner(110, 460, 0.8, JIN, "tall"), banner(270, 460, 0.8, JIN, "swallow"),
         banner(930, 460, 0.8, SONG, "tall"), banner(1090, 460, 0.8, SONG, "swallow"),
         # lanterns glowing on both banks
         line(40, 640, 400, 660, P.INK, 3), line(800, 660, 1160, 640, P.INK, 3),
         *[hanging_lantern(60 + k * 80, 642 + k * 4, 0.75) for k in range(5)],
         *[hanging_lantern(820 + k * 80, 660 - k * 4, 0.75) for k in range(5)],
         sampan(600, 780, 0.55),
         hanging_lantern(600, 660, 0.5),
         path("M0 760 Q200 740 440 780 L470 900 L0 900 Z", "#3F5A3A"),
         path("M1200 760 Q1000 740 760 780 L730 900 L1200 900 Z", "#3F5A3A"),
         willow(140, 900, 0.8, "#6E8F4A", "#4E6E34"), willow(1080, 900, 0.8, "#6E8F4A", "#4E6E34"),
         glow(200, 520, 170, P.FIRE_IN, 0.28), glow(1010, 520, 170, P.FIRE_IN, 0.28)]
    return b


@scene("ch14/c14-fire-lance-1.svg", "Song soldiers in orange, led by Chen Gui, work at tables on a town wall, tying bamboo tubes to long spears.")
def c14_fire_lance_1():
    b = [sky("day", "#A4C9E2", "#EEF2EA"), clouds(1511, 3, 60, 170, 0.8, 1.2),
         hills(500, "#A7BD84", seed=1512, n=4, hmin=40, hmax=80, bottom=520),
         # the parapet at the back of the wall walk
         rect(0, 480, W, 120, P.WALL, **ink(3)), *[rect(30 + k * 170, 430, 100, 54, P.WALL, **ink(3)) for k in range(7)],
         rect(0, 600, W, 300, linear([(0, P.WALL_LIGHT), (1, P.WALL)])),
         # a rack of finished lances
         *[fire_lance(990 + k * 36, 740, 0.62, rot=-84) for k in range(4)],
         rect(960, 680, 170, 16, P.WOOD_DARK, **ink(3)),
         # soldiers at the work tables
         figure(400, 790, 1.45, SONG, "song_helmet", arms=("reach", "down"), dress="armour", mood="smile"),
         figure(740, 790, 1.45, SONG, "song_helmet", arms=("reach", "down"), dress="armour", facing=-1, mood="o", skin=P.SKIN2),
         table(570, 880, 660, 110, P.WOOD_LIGHT),
         fire_lance(270, 730, 1.0), fire_lance(290, 752, 0.8, tube=P.BAMBOO),
         *[rect(360 + k * 70, 730, 56, 22, P.BAMBOO, rx=7, **ink(2)) for k in range(2)],
         circle(830, 728, 22, ROPE, **ink(2)), circle(830, 728, 9, ROPE_DARK),
         # Chen Gui directing the work
         figure(130, 890, 1.55, SONG, "song_helmet", arms=("point", "hip"), dress="armour", trim=P.GOLD_DARK, mood="smile")]
    return b


@scene("ch14/c14-fire-lance-2.svg", "A close view of a fire lance: a wooden spear with a bamboo tube bound to it with rope, resting on a workbench.")
def c14_fire_lance_2():
    b = [rect(0, 0, W, 300, linear([(0, "#D8CCB0"), (1, "#E6DCC4")])),
         *[line(0, k * 70, W, k * 70, "#C9BC9C", 3) for k in range(1, 5)],
         # tools hanging on the wall: a saw, a mallet, a coil of cord
         g(rect(150, 80, 160, 36, "#9AA3AD", **ink(3)), rect(300, 76, 60, 44, P.WOOD, rx=8, **ink(3)),
           *[path(f"M{160 + k * 14} 116 l7 10 l7 -10", "none", stroke=P.INK, stroke_width="2") for k in range(10)]),
         g(rect(520, 70, 26, 120, P.WOOD, rx=6, **ink(3)), rect(490, 50, 86, 44, P.WOOD_DARK, rx=8, **ink(3))),
         circle(820, 130, 56, ROPE, **ink(3)), circle(820, 130, 32, ROPE_DARK, **ink(2)), circle(820, 130, 14, "#D8CCB0"),
         rect(0, 280, W, 40, P.WOOD_DARK, **ink(3)),
         # the bench top
         rect(0, 310, W, 590, linear([(0, P.WOOD_LIGHT), (1, P.WOOD)])),
         *[line(0, 360 + k * 90, W, 360 + k * 90 + 10, P.WOOD, 3, opacity="0.6") for k in range(6)],
         # spare bamboo tubes and cord
         g(rect(90, 410, 220, 44, P.BAMBOO, rx=14, **ink(3)), ellipse(310, 432, 11, 22, "#C9D98E", **ink(2)),
           line(150, 411, 150, 453, BAMBOO_DARK, 4), line(240, 411, 240, 453, BAMBOO_DARK, 4)),
         g(rect(380, 440, 180, 40, P.BAMBOO, rx=13, **ink(3)), ellipse(560, 460, 10, 20, "#C9D98E", **ink(2)),
           line(460, 441, 460, 479, BAMBOO_DARK, 4)),
         path("M700 470 q60 -40 120 0 q60 40 130 -6 q40 -26 90 4", "none", stroke=ROPE, stroke_width="9", stroke_linecap="round"),
         # the fire lance itself, big and clear
         fire_lance(40, 680, 2.1, rot=-4),
         path("M140 800 q40 30 90 10 q40 -16 80 6", "none", stroke=ROPE, stroke_width="8", stroke_linecap="round"),
         path("M760 800 q-30 -26 10 -40 q40 -10 60 14", "none", stroke=ROPE, stroke_width="8", stroke_linecap="round")]
    return b


@scene("ch14/c14-fire-lance-3.svg", "A tall wooden Jin siege tower in blue rolls slowly toward a town wall, where Song soldiers in orange wait with fire lances.")
def c14_fire_lance_3():
    sy = 480  # where the defenders stand
    b = [sky("winter", "#A9B6C2", "#E8E6DC"), clouds(1531, 3, 60, 170, 1.0, 1.3, "#DCE1E6", 0.9),
         rect(0, 560, W, 340, linear([(0, "#C1B58E"), (1, "#A99C72")])),
         # the Jin siege tower rolling in slowly, pushed by a crowd behind it
         crowd_row(20, 330, 800, JIN, 0.6, "soldier", seed=1532, spears=False),
         siege_tower(380, 860, 1.35, JIN, facing=1),
         *[path(f"M{x} 866 q-20 -10 -40 0", "none", stroke="#8E8464", stroke_width="5", stroke_linecap="round") for x in (250, 320, 400, 470)],
         # the town wall, with Song soldiers waiting with fire lances
         rect(720, sy - 40, 520, 480, P.WALL, **ink(3)),
         *[line(730, sy + 40 + k * 56, 1240, sy + 40 + k * 56, P.WALL_SHADE, 2, opacity="0.6") for k in range(7)],
         *[_fire_lance_up(x + 48 * 0.95, sy - 106 * 0.95, 0.75) for x in (800, 940, 1080)],
         *[figure(x, sy, 0.95, SONG, "song_helmet", arms=("spear", "down"), dress="armour", mood="flat", facing=1) for x in (800, 940, 1080)],
         rect(720, sy - 70, 520, 80, P.WALL, **ink(3)), *[rect(730 + k * 100, sy - 110, 60, 42, P.WALL, **ink(3)) for k in range(6)],
         rect(720, sy, 520, 12, P.WALL_SHADE)]
    return b


@scene("ch14/c14-fire-bombs-1.svg", "Song defenders in orange on a city wall face a tall Jin siege tower in blue, with small round bombs stacked on both sides.")
def c14_fire_bombs_1():
    b = [sky("smoke"), smoke(820, 420, 0.8, P.SMOKE_LIGHT, 0.5, seed=1541, lean=0.4),
         rect(0, 600, W, 300, linear([(0, "#B3A47E"), (1, "#9A8A66")])),
         # the Jin siege tower across the gap, with its own pile of bombs on top
         siege_tower(860, 760, 1.3, JIN, facing=-1),
         rect(760, 285, 200, 14, P.WOOD_DARK, **ink(2)), bomb_pile(860, 285, 16, 3),
         # the Song wall walk in front
         rect(0, 640, W, 260, linear([(0, P.WALL_LIGHT), (1, P.WALL)])),
         figure(200, 780, 1.35, SONG, "song_helmet", arms=("point", "down"), dress="armour", mood="o"),
         figure(460, 790, 1.3, SONG, "song_helmet", arms=("hold", "down"), dress="armour", mood="flat", skin=P.SKIN2),
         bomb(488, 680, 24),
         rect(0, 700, 640, 200, P.WALL, **ink(3)), *[rect(10 + k * 130, 660, 80, 44, P.WALL, **ink(3)) for k in range(5)],
         bomb_pile(560, 860, 24, 3), banner(60, 760, 1.05, SONG, "swallow")]
    return b


@scene("ch14/c14-fire-bombs-2.svg", "A Song paddle-wheel ship in orange with a trebuchet on its deck, and a cloud of white smoke drifting over Jin boats in blue on a river.")
def c14_fire_bombs_2():
    b = [sky("day", "#9EC6DD", "#ECF0EA"),
         hills(420, "#9DBA80", seed=1551, n=4, hmin=40, hmax=90, bottom=440),
         water(430, P.WATER, P.WATER_DARK), ripples(1552, 16, 450, 880, P.WATER_LIGHT),
         # Jin boats upstream, lost in the white lime smoke
         junk(900, 560, 0.45, JIN.light, 2, JIN), junk(1110, 600, 0.4, JIN.light, 1, JIN, facing=-1),
         smoke(880, 560, 1.1, "#F4F4F0", 0.85, seed=1553, lean=0.3, puffs=5),
         smoke(1080, 580, 0.9, "#FFFFFF", 0.8, seed=1554, lean=-0.2, puffs=4),
         # a clay bomb flying toward the boats
         path("M520 480 Q700 300 860 420", "none", stroke="#FFFFFF", stroke_width="6", stroke_dasharray="14 16", opacity="0.8"),
         bomb(700, 360, 18),
         # the Song paddle-wheel ship with a trebuchet on deck
         trebuchet(340, 628, 0.6, arm_up=True),
         paddle_boat(380, 760, 0.95, SONG, wheels=3),
         wake(380, 780, 520)]
    return b


@scene("ch14/c14-fire-bombs-3.svg", "A Song storeroom in orange stacked high with round bombs, bundles of arrows and leather bags, with a clerk counting them on a tally board.")
def c14_fire_bombs_3():
    b = [rect(0, 0, W, 640, linear([(0, "#7A5A3E"), (1, "#9C7A56")])),
         *[line(k * 100, 0, k * 100, 640, "#6A4C32", 4) for k in range(1, 12)],
         rect(0, 640, W, 260, linear([(0, "#8E6A48"), (1, "#6E5034")])),
         rect(0, 0, W, 46, P.WOOD_DARK, **ink(3)),
         hanging_lantern(600, 46, 0.8),
         # shelves stacked with bombs and bags
         shelf(40, 560, 300), shelf(40, 560, 470),
         bomb_pile(160, 300, 20, 3), bomb_pile(420, 300, 20, 3),
         *[leather_bag(90 + k * 80, 470, 0.9) for k in range(6)],
         # orange Song cloth hangings mark the storeroom
         rect(640, 60, 110, 220, SONG.main, **ink(3)), rect(640, 60, 110, 24, SONG.dark),
         rect(1040, 60, 110, 220, SONG.main, **ink(3)), rect(1040, 60, 110, 24, SONG.dark),
         # bundles of fire arrows and a floor pile of bombs
         arrow_bundle(700, 640, 1.2), arrow_bundle(790, 650, 1.1), arrow_bundle(1100, 640, 1.2),
         bomb_pile(260, 760, 30, 4),
         # the clerk counting on his tally board
         figure(930, 880, 1.45, SONG, "scholar", arms=("hold", "point"), facing=-1, mood="smile"),
         tally_board(890, 800, 0.9),
         leather_bag(560, 860, 1.3), leather_bag(650, 880, 1.1)]
    return b

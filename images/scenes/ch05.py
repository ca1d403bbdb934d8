"""Chapter 5: The Fall of Kaifeng — its title card and pages."""

from __future__ import annotations

from art import buildings as B
from art import landscape as L
from art import objects as O
from art import palette as P
from art import people as F
from art import war as X
from art.cards import card
from art.cast import jin_rider, jin_soldier, official, song_emperor, song_soldier
from art.sets import kaifeng
from art.svg import H, W, circle, clip, ellipse, g, ink, line, linear, path, place, poly, rect

from . import scene


@scene("ch05/title.svg", "The title card: the walls of Kaifeng at dusk, with blue Jin banners now flying where orange Song flags used to be.")
def card05():
    em = [L.sky("dusk", h=800), L.sun(930, 470, 60, "#FFC878"),
          kaifeng(640, 260, P.JIN, 0, towers=(150, 1050), roofs=5),
          F.banner(150, 420, 0.9, P.JIN, "tall"), F.banner(1050, 420, 0.9, P.JIN, "tall"),
          F.banner(420, 380, 0.7, P.JIN, "swallow"), F.banner(780, 380, 0.7, P.JIN, "swallow"),
          rect(0, 640, W, 160, "#6E6A4C"), L.ripples(51, 8, 680, 780, color="#8C8A6A")]
    return [card(5, g(*em))]


@scene("ch05/c05-deal-broken.svg", "A Song army in orange marches north under gray skies, past fields, toward hills where blue Jin banners wait.")
def c05_deal_broken():
    out = [L.sky("winter", "#8E99A6", "#D3D9DE"), L.cloud(300, 120, 1.6, "#7D8794", 0.8), L.cloud(850, 90, 1.8, "#737D8A", 0.8),
           L.hills(380, "#8FA172", 501, 4, 60, 140),
           L.ground(370, "#B9B98A"),
           L.field_rows(440, 900, "#C9C08C", "#A9A070", 10, (600, 300))]
    for x in (180, 520, 860, 1080):
        out.append(F.banner(x, 340, 0.55, P.JIN, "swallow"))
    # the marching column: a diagonal from front-left to back-right
    out.append(poly([(-20, 900), (300, 900), (900, 420), (820, 420)], "#D9CFA6"))
    for i, (x, y, s) in enumerate(((820, 440, 0.2), (720, 500, 0.26), (600, 570, 0.33), (470, 650, 0.42))):
        out.append(F.crowd_row(x - 70 * s / 0.2, x + 70 * s / 0.2, y, P.SONG, s, "song", seed=502 + i, banners=1, outline=s > 0.3))
    out.append(song_soldier(260, 800, 0.95, facing=1, arms=("spear", "down")))
    out.append(song_soldier(100, 900, 1.1, facing=1, arms=("banner", "down"), item="banner"))
    return out


@scene("ch05/c05-taiyuan-falls.svg", "Jin soldiers in blue pour through the broken gate of Taiyuan, while tired Song defenders in orange lower their flag on the wall.")
def c05_taiyuan_falls():
    out = [L.sky("smoke", "#9A938C", "#E0CFB4"), X.smoke(200, 260, 0.8, P.SMOKE, 0.45, seed=511),
           B.city(-40, 1240, 600, 300, None, 600, (120, 1080), open_=True, gatehouse=False, roofs_behind=0),
           L.ground(600, "#C4B68E")]
    # broken gate: a fallen door leaning outward
    out.append(poly([(500, 600), (560, 470), (610, 480), (560, 610)], P.WOOD, **ink(3)))
    # the lowering flag on the wall, and tired defenders
    out.append(place(g(line(0, 0, 0, -200, P.WOOD_DARK, 7),
                       path("M0 -110 L80 -100 L74 -40 L0 -50 Z", P.SONG.main, **ink(3))), 860, 300))
    out.append(F.figure(800, 300, 0.75, P.SONG, "song_helmet", "stand", ("reach", "down"), 1, "flat", "armour"))
    out.append(F.figure(960, 300, 0.7, P.SONG, "song_helmet", "stand", ("down", "down"), -1, "flat", "armour"))
    out.append(F.figure(330, 300, 0.7, P.SONG, "song_helmet", "stand", ("down", "down"), 1, "flat", "armour"))
    # Jin soldiers pouring through the gate toward the viewer
    out.append(F.crowd_row(520, 690, 620, P.JIN, 0.42, "jurchen", seed=512))
    out.append(jin_soldier(460, 760, 0.85, facing=-1))
    out.append(jin_soldier(720, 780, 0.9, facing=1, arms=("banner", "down"), item="banner"))
    out.append(jin_soldier(260, 900, 1.05, facing=-1))
    out.append(jin_soldier(930, 900, 1.1, facing=1))
    return out


@scene("ch05/c05-peace-side.svg", "Emperor Qinzong in orange sits on his throne reading a letter with bad news, while officials in orange robes crowd around him.")
def c05_peace_side():
    out = [B.interior(620, wall_color="#7A3A2A", pillars=(40, 1160)),
           B.screen(600, 620, 620, 380),
           B.throne(600, 760, 1.4, P.GOLD, P.SONG.main)]
    out.append(song_emperor(600, 780, 1.5, pose="sit", arms=("hold", "hold"), mood="worried", item="open_scroll"))
    out.append(official(220, 860, 1.35, facing=1, arms=("fold", "fold"), mood="worried"))
    out.append(official(380, 900, 1.2, facing=1, arms=("reach", "down"), mood="o", bow=10))
    out.append(official(980, 860, 1.35, facing=-1, arms=("fold", "fold"), mood="worried"))
    out.append(official(820, 900, 1.2, facing=-1, arms=("fold", "fold"), mood="flat", bow=10))
    return out


@scene("ch05/c05-qinzong-mistake.svg", "A map-like picture: small groups of Song soldiers in orange march away from Kaifeng in different directions, leaving only a few guards on its walls.")
def c05_qinzong_mistake():
    out = [rect(0, 0, W, H, P.PARCHMENT), rect(18, 18, W - 36, H - 36, "none", stroke=P.PARCHMENT_EDGE, stroke_width="14", rx=10)]
    # roads radiating out of the city
    cx, cy = 600, 450
    ends = [(120, 140), (1080, 120), (1120, 760), (100, 780), (600, 860), (1140, 440)]
    for ex, ey in ends:
        out.append(line(cx, cy, ex, ey, "#D8C08A", 36))
    out.append(path("M-20 620 C300 560 500 700 800 640 C1000 600 1100 660 1220 640", "none", stroke=P.WATER, stroke_width="22"))
    # Kaifeng from above: a square wall with a few guards
    out.append(rect(cx - 150, cy - 130, 300, 260, P.WALL, **ink(4)))
    out.append(rect(cx - 120, cy - 100, 240, 200, "#E9DDC0", **ink(3)))
    for k in range(3):
        out.append(rect(cx - 90 + k * 60, cy - 60, 40, 30, P.ROOF, **ink(2)))
        out.append(rect(cx - 90 + k * 60, cy + 20, 40, 30, P.ROOF, **ink(2)))
    for gx, gy in ((cx, cy - 130), (cx + 150, cy), (cx - 150, cy + 40)):
        out.append(F.figure(gx, gy + 20, 0.28, P.SONG, "song_helmet", "stand", ("spear", "down"), 1, "worried", "armour", "spear"))
    # groups marching away along the roads, with arrows
    for ex, ey in ends[:5]:
        t = 0.62
        gx, gy = cx + (ex - cx) * t, cy + (ey - cy) * t
        out.append(F.crowd_row(gx - 60, gx + 60, gy, P.SONG, 0.3, "song", seed=int(gx), spears=True))
        t2 = 0.88
        out.append(O.arrow_path([(cx + (ex - cx) * 0.75, cy + (ey - cy) * 0.75), (cx + (ex - cx) * t2, cy + (ey - cy) * t2)], P.SONG.main, 12, 30))
    return out


@scene("ch05/c05-second-siege.svg", "Two Jin armies in blue, with banners, arrive from different directions and meet outside the walls of Kaifeng.")
def c05_second_siege():
    out = [L.sky("winter", "#9FAEBF", "#DCE3E9"), L.snowfall(521, 30, 0, 500),
           kaifeng(360, 170, P.SONG, 3, towers=(200, 1000), roofs=3, x0=60, x1=1140),
           L.ground(360, "#E6E7E2"), L.rolling(420, 8, "#D9DBD4", 522)]
    # army from the left
    for i, (x, y, s) in enumerate(((120, 520, 0.45), (190, 690, 0.65))):
        out.append(jin_rider(x, y, s, facing=1, color=[P.HORSE_BROWN, P.HORSE_GREY, P.HORSE_BLACK][i], arms=("banner", "down") if i == 1 else ("down", "down"),
                             item="banner" if i == 1 else None))
    out.append(F.crowd_row(-20, 300, 470, P.JIN, 0.3, "jurchen", seed=523, banners=2))
    # army from the right
    for i, (x, y, s) in enumerate(((1080, 520, 0.45), (1010, 690, 0.65))):
        out.append(jin_rider(x, y, s, facing=-1, color=[P.HORSE_CHESTNUT, P.HORSE_BROWN, P.HORSE_GREY][i], arms=("banner", "down") if i == 1 else ("down", "down"),
                             item="banner" if i == 1 else None))
    out.append(F.crowd_row(900, 1220, 470, P.JIN, 0.3, "soldier", seed=524, banners=2))
    # the two leaders meet in the middle
    out.append(jin_rider(400, 880, 0.95, facing=1, color=P.HORSE_WHITE, arms=("wave", "down")))
    out.append(jin_rider(810, 880, 0.95, facing=-1, color=P.HORSE_BLACK, arms=("wave", "down"), hat="jurchen", dress="coat"))
    return out


@scene("ch05/c05-walls-broken.svg", "Jin soldiers in blue climb over a broken part of Kaifeng's wall, while Song officials in orange carry chests of treasure out of a palace gate. No one is hurt.")
def c05_walls_broken():
    out = [L.sky("smoke", "#8D8884", "#D8C6AA"), X.smoke(300, 250, 0.8, P.SMOKE, 0.4, seed=531)]
    # broken wall in the back-left: a gap with a slope of rubble
    out.append(B.wall(-20, 260, 500, 260))
    out.append(B.wall(520, 760, 500, 260))
    out.append(poly([(250, 500), (260, 330), (300, 360), (330, 300), (380, 340), (420, 310), (470, 350), (530, 320), (530, 500)], P.WALL_SHADE, **ink(3)))
    out.append(poly([(180, 520), (300, 380), (460, 400), (600, 520)], "#B89C72", **ink(3)))
    for x, y in ((280, 420), (350, 395), (420, 420), (500, 450)):
        out.append(circle(x, y, 14, P.WALL_LIGHT, **ink(2)))
    out.append(jin_soldier(330, 410, 0.5, facing=1, arms=("up", "down"), item=None))
    out.append(jin_soldier(430, 420, 0.5, facing=-1, arms=("banner", "down"), item="banner"))
    out.append(jin_soldier(240, 470, 0.45, facing=1))
    out.append(L.ground(500, "#C9BC98"))
    # palace gate on the right, officials carrying chests out
    out.append(rect(760, 260, 460, 300, P.PILLAR, **ink(3)))
    out.append(B.roof(990, 260, 520, 90, P.ROOF_GOLD))
    out.append(rect(900, 340, 180, 220, "#2B211C", **ink(3)))
    out.append(rect(740, 540, 500, 30, P.STONE, **ink(3)))
    for x, y, s, fc in ((640, 760, 1.0, -1), (880, 820, 1.1, -1), (440, 880, 1.2, -1)):
        out.append(official(x, y, s, facing=fc, arms=("hold", "hold"), mood="worried"))
        out.append(O.chest(x + 4 * s, y - 36 * s, 0.5 * s))
    out.append(official(1100, 900, 1.25, facing=-1, arms=("hold", "hold"), mood="flat", item="silver"))
    return out


@scene("ch05/c05-taken-north.svg", "A long line of carts and walking people in orange Song court robes travels north across bare, cold land, with Jin riders in blue beside them. No one is hurt.")
def c05_taken_north():
    out = [L.sky("winter", "#A9B5C2", "#E5EAEE"),
           L.mountains(360, "#BCC7D2", seed=541, n=6, hmin=60, hmax=140, snow=True),
           L.ground(350, "#D7D3C4"), L.snowfall(542, 60, 0, 900),
           poly([(560, 360), (600, 360), (1220, 700), (1220, 840)], "#E6E3D8")]
    line_ = [(600, 375, 0.12, "cart"), (680, 400, 0.15, "walk"), (760, 430, 0.19, "cart"), (850, 470, 0.23, "walk"),
             (950, 520, 0.29, "walk"), (1050, 580, 0.36, "cart")]
    for x, y, s, k in line_:
        if k == "cart":
            out.append(O.cart(x, y, s, "chests", ox=True, facing=-1))
        else:
            out.append(F.figure(x, y, s * 1.6, P.SONG, "song_official", "walk", ("down", "down"), -1, "flat", "robe"))
            out.append(F.figure(x + 50 * s, y + 4, s * 1.5, P.SONG, "woman", "walk", ("fold", "fold"), -1, "flat", "robe"))
    out.append(F.figure(620, 820, 1.05, P.SONG, "song_official", "walk", ("down", "down"), -1, "flat", "robe"))
    out.append(F.figure(800, 860, 1.0, P.SONG, "woman", "walk", ("fold", "fold"), -1, "flat", "robe"))
    out.append(jin_rider(300, 700, 0.75, facing=-1, color=P.HORSE_BROWN, arms=("spear", "down"), item="spear"))
    out.append(jin_rider(1060, 900, 0.95, facing=-1, color=P.HORSE_GREY, hat="jurchen", dress="coat"))
    return out


@scene("ch05/c05-captivity.svg", "Qinzong, now in plain clothes, sits quietly in a simple wooden room far in the north. A Jin official in blue hands him a scroll naming him a duke.")
def c05_captivity():
    out = [rect(0, 0, W, H, linear([(0, "#7A5E42"), (1, "#9E7F5C")]))]
    for k in range(12):
        out.append(line(0, 30 + k * 52, W, 30 + k * 52, "#6A4F36", 5, opacity="0.6"))
    out.append(rect(0, 640, W, 260, "#8E6E4A"))
    # small window with snow outside
    out.append(rect(780, 140, 240, 200, "#D7E3EC", **ink(5)))
    out.append(clip(rect(780, 140, 240, 200, "#000"), L.pine(860, 360, 0.6, snow=True), L.pine(970, 380, 0.8, snow=True),
                    L.snowfall(551, 14, 140, 340)))
    out.append(line(900, 140, 900, 340, P.WOOD_DARK, 8))
    # a plain bench
    out.append(rect(180, 700, 360, 26, P.WOOD_LIGHT, **ink(3)))
    out.append(rect(200, 724, 24, 90, P.WOOD_DARK, **ink(3)))
    out.append(rect(496, 724, 24, 90, P.WOOD_DARK, **ink(3)))
    out.append(F.figure(360, 720, 1.55, P.PLAIN, "topknot", "sit", ("reach", "down"), 1, "flat", "robe"))
    out.append(F.figure(820, 880, 1.75, P.JIN, "jurchen", "stand", ("reach", "down"), -1, "smile", "robe"))
    out.append(O.scroll(590, 520, 0.55, 200, 140))
    return out


@scene("ch05/c05-why-song-lost.svg", "Emperor Huizong in orange robes paints a picture of birds in a garden, while far away on a plain, Jin horsemen in blue ride past Song foot soldiers.")
def c05_why_song_lost():
    out = [L.sky("day", "#A6D2EC", "#ECF6F9"), L.clouds(561, 2, 40, 100, 0.6, 0.8),
           L.mountains(300, P.MTN_FAR, seed=563, n=6, hmin=40, hmax=90),
           L.ground(295, "#C8C590"),
           # far plain: Jin horsemen ride past Song foot soldiers
           F.crowd_row(640, 1180, 440, P.SONG, 0.38, "song", seed=562, spears=True),
           jin_rider(420, 420, 0.3, gallop=True, facing=1), jin_rider(640, 380, 0.28, gallop=True, facing=1, color=P.HORSE_GREY),
           jin_rider(860, 370, 0.26, gallop=True, facing=1, color=P.HORSE_BLACK), jin_rider(1060, 360, 0.24, gallop=True, facing=1),
           # garden wall across the middle
           rect(-20, 480, 1240, 90, P.PLASTER, **ink(3)), B.roof(600, 480, 1300, 40, P.ROOF, ridge=False),
           rect(0, 570, W, 330, "#9CC27A")]
    out.append(L.leafy_tree(110, 760, 1.0, blossom="#F2A6B8"))
    out.append(L.rock(1100, 860, 1.3))
    # painting table with a silk painting of birds
    out.append(B.table(720, 890, 560, 120))
    out.append(rect(470, 700, 500, 70, "#F4ECD8", **ink(3)))
    out.append(path("M490 750 Q640 720 780 735 Q860 742 950 720", "none", stroke="#7A5A3A", stroke_width="5"))
    for bx, by in ((560, 726), (700, 716), (860, 722)):
        out.append(ellipse(bx, by, 16, 10, "#6E9BD0", **ink(2)))
        out.append(circle(bx + 12, by - 8, 7, "#6E9BD0", **ink(2)))
        out.append(path(f"M{bx + 18} {by - 8} l8 2 l-8 3 Z", P.GOLD))
    out.append(F.figure(330, 890, 1.8, P.SONG, "emperor_song", "stand", ("reach", "down"), 1, "smile", "robe", "brush", trim=P.GOLD,
                        beard=True))
    return out

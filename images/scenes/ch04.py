"""Chapter 4: The First Invasion — its title card and pages."""

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
from art.svg import circle, clip, g, ink, path, poly, rect, rng, smooth

from . import scene


@scene("ch04/title.svg", "The title card: two columns of Jin riders in blue march south through hills toward the far-off walls of a great Song city with orange flags.")
def card04():
    em = [L.sky("day", h=800), L.clouds(41, 3, 230, 300, 0.6, 0.8),
          B.city(380, 820, 400, 70, P.SONG, 600, (400, 800), banners=2, outline=False, roofs_behind=3),
          L.hills(420, "#A9C77C", 42, 4, 40, 90),
          L.hills(520, "#93B866", 43, 3, 60, 140)]
    for i in range(5):
        t = i / 4
        em.append(jin_rider(140 + 180 * t, 820 - 230 * t, 0.5 - 0.28 * t, facing=1, color=[P.HORSE_BROWN, P.HORSE_GREY, P.HORSE_BLACK][i % 3]))
        em.append(jin_rider(1060 - 180 * t, 820 - 230 * t, 0.5 - 0.28 * t, facing=-1, color=[P.HORSE_GREY, P.HORSE_CHESTNUT, P.HORSE_BROWN][i % 3]))
    em.append(F.banner(260, 760, 0.6, P.JIN, "swallow"))
    em.append(F.banner(940, 760, 0.6, P.JIN, "swallow"))
    return [card(4, g(*em))]


def jin_tents(rows, seed=400):
    """Rows of Jin army tents: rows = [(y, scale, x0, x1), ...] back to front."""
    r = rng(seed)
    out = []
    for i, (y, s, x0, x1) in enumerate(rows):
        n = max(1, int((x1 - x0) / (190 * s)))
        for k in range(n):
            x = x0 + (k + 0.5) * (x1 - x0) / n + r.uniform(-20, 20) * s
            out.append(B.tent(x, y + r.uniform(-6, 6) * s, 160 * s, 120 * s, P.JIN, outline=s > 0.35, flag=(k % 2 == 0)))
    return g(*out)


@scene("ch04/c04-two-armies.svg", "A long column of Jin riders in blue, led by Zonghan, winds through mountain passes toward a walled city with orange flags.")
def c04_two_armies():
    out = [L.sky("winter", "#9DB8D0", "#E4ECF2"), L.clouds(401, 2, 60, 120, 0.8, 1.0),
           L.mountains(360, "#B5C2D0", seed=402, n=5, hmin=120, hmax=230, snow=True),
           L.ground(358, "#C9C7B0"),
           B.city(860, 1120, 380, 70, P.SONG, 990, (870, 1110), banners=3, outline=False, roofs_behind=2),
           L.mountains(520, "#8C9CAE", seed=403, n=4, hmin=160, hmax=300, x0=-200, x1=700, bottom=905),
           path("M-20 900 L-20 430 C120 470 260 520 300 600 C340 700 260 800 240 900 Z", "#7A8796", **ink(3)),
           path("M1220 900 L1220 560 C1100 560 980 600 940 660 C900 740 960 820 1000 900 Z", "#7A8796", **ink(3))]
    # the winding pass road
    road = [(330, 900), (420, 760), (700, 690), (600, 560), (820, 470), (960, 395)]
    out.append(path(smooth(road), "none", stroke="#CDBE9A", stroke_width="70"))
    out.append(path(smooth(road), "none", stroke="#DCCFAF", stroke_width="50"))
    # riders from far (leader, Zonghan, with a banner) to near
    spots = [(905, 430, 0.16), (830, 470, 0.19), (700, 520, 0.23), (620, 570, 0.27), (660, 640, 0.33), (560, 700, 0.4),
             (420, 760, 0.5), (360, 880, 0.62)]
    for i, (x, y, s) in enumerate(spots):
        col = [P.HORSE_BROWN, P.HORSE_GREY, P.HORSE_BLACK, P.HORSE_CHESTNUT][i % 4]
        fc = 1
        if i == 0:
            out.append(F.rider(x, y, s, P.JIN, "jurchen_helmet", P.HORSE_WHITE, False, 1, ("banner", "down"), "banner", "armour",
                               trim=P.GOLD))
        else:
            out.append(jin_rider(x, y, s, facing=fc, color=col, item="spear" if i % 3 == 0 else None,
                                 arms=("spear", "down") if i % 3 == 0 else ("down", "down")))
    return out


@scene("ch04/c04-wang-bing.svg", "Wang Bing, a Song commander in orange armor, stands on the wall of Taiyuan with his soldiers, looking out at Jin tents in blue all around the city.")
def c04_wang_bing():
    out = [L.sky("winter", "#A7B6C6", "#E3E8EC"),
           L.mountains(330, "#A3AFBE", seed=411, n=6, hmin=80, hmax=180, snow=True),
           L.ground(320, "#CFC6A6"),
           jin_tents([(360, 0.22, 300, 1200), (410, 0.3, 380, 1220), (480, 0.4, 520, 1220), (570, 0.5, 700, 1220)], 412),
           F.banner(900, 560, 0.5, P.JIN, "swallow"), F.banner(1100, 600, 0.55, P.JIN, "tall")]
    # the wall walk in the foreground, running across the bottom-left
    out.append(poly([(-20, 620), (560, 560), (1220, 760), (1220, 900), (-20, 900)], P.WALL_LIGHT, **ink(3)))
    out.append(poly([(-20, 900), (-20, 760), (560, 690), (1220, 880), (1220, 900)], P.WALL, **ink(3)))
    for k in range(9):
        t = k / 8
        x = -20 + t * 1240
        y = (760 + (690 - 760) * (x + 20) / 580) if x < 560 else (690 + (880 - 690) * (x - 560) / 660)
        out.append(rect(x - 30, y - 70, 60, 70, P.WALL, **ink(3)))
    out.append(song_soldier(120, 700, 1.0, facing=1, arms=("spear", "down")))
    out.append(F.figure(330, 690, 1.35, P.SONG, "song_helmet", "stand", ("point", "hip"), 1, "flat", "armour", trim=P.GOLD))
    out.append(song_soldier(520, 660, 0.95, facing=1, arms=("bow_arms", "down"), item="bow"))
    out.append(F.banner(620, 660, 1.0, P.SONG, "tall"))
    return out


@scene("ch04/c04-eastern-army.svg", "Guo Yaoshi, a general, rides out of the gate of Yanjing to greet Zongwang and his Jin army in blue. Townspeople watch quietly from the walls.")
def c04_eastern_army():
    out = [L.sky("winter", "#B9C7D3", "#EEF1F3"),
           B.city(-40, 640, 540, 270, None, 320, (40, 600), open_=True, roofs_behind=0),
           F.crowd_row(60, 580, 280, P.PLAIN, 0.4, "people", seed=421, spears=False),
           L.ground(540, "#D3C9A6"),
           F.crowd_row(720, 1220, 560, P.JIN, 0.42, "jurchen", seed=422, banners=3)]
    guo = F.figure(0, 0, 1, P.SONG, "song_helmet", "ride", ("wave", "down"), 1, "smile", "armour")
    out.append(F.horse(420, 800, 0.95, P.HORSE_BROWN, P.SONG, facing=1, rider=guo))
    zw = F.figure(0, 0, 1, P.JIN, "jurchen_helmet", "ride", ("wave", "down"), 1, "smile", "armour", trim=P.GOLD)
    out.append(F.horse(900, 860, 1.05, P.HORSE_BLACK, P.JIN, facing=-1, rider=zw))
    out.append(jin_soldier(1150, 900, 0.9, facing=-1, arms=("banner", "down"), item="banner"))
    return out


@scene("ch04/c04-new-emperor.svg", "In a palace hall, Huizong in orange robes steps down from the throne as his son Qinzong steps up to take his place. Officials bow low.")
def c04_new_emperor():
    out = [B.interior(600, pillars=(70, 1130)),
           B.screen(600, 460, 460, 300)]
    # dais with steps
    out.append(rect(330, 460, 540, 40, "#8E3A28", **ink(3)))
    for k in range(4):
        out.append(rect(300 - k * 30, 500 + k * 35, 600 + k * 60, 35, P.STONE if k % 2 else "#DDD6CA", **ink(3)))
    out.append(B.throne(600, 480, 0.8, P.GOLD, P.SONG.main))
    out.append(song_emperor(380, 610, 1.25, facing=-1, arms=("down", "wave"), mood="smile").replace("", "") if False else
               F.figure(380, 610, 1.25, P.SONG, "emperor_song", "walk", ("down", "wave"), -1, "smile", "robe", trim=P.GOLD, beard=True))
    out.append(F.figure(820, 570, 1.2, P.SONG, "emperor_song", "walk", ("fold", "fold"), -1, "flat", "robe", trim=P.GOLD))
    for x, fc in ((150, 1), (330, 1), (880, -1), (1060, -1)):
        out.append(official(x, 880, 1.0, facing=fc, pose="kneel", bow=22, mood="flat"))
    return out


@scene("ch04/c04-huizong-flees.svg", "At dawn, Huizong in orange robes rides out of a gate of Kaifeng with a few riders, heading south. Behind him rise the city walls with orange flags.")
def c04_huizong_flees():
    out = [L.sky("dawn", "#EFA27C", "#FBE2BE"), L.sun(180, 360, 60, "#FFE39A"),
           kaifeng(450, 230, P.SONG, 4, open_=True, gate_x=720, towers=(140, 1140), roofs=5),
           L.ground(450, "#C7B78A"),
           poly([(660, 450), (780, 450), (1220, 780), (1220, 900), (900, 900)], "#DCCBA0")]
    hz = F.figure(0, 0, 1, P.SONG, "emperor_song", "ride", ("down", "down"), 1, "worried", "robe", trim=P.GOLD, beard=True)
    out.append(song_soldier(0, 0, 0.01) if False else "")
    out.append(F.rider(820, 560, 0.45, P.SONG, "song_helmet", P.HORSE_BLACK, True, 1, ("spear", "down"), "spear"))
    out.append(F.horse(780, 760, 0.85, P.HORSE_WHITE, P.SONG, gallop=True, facing=1, rider=hz, mane="#C9C2B6"))
    out.append(F.rider(420, 700, 0.65, P.SONG, "song_helmet", P.HORSE_BROWN, True, 1, ("banner", "down"), "banner"))
    out.append(F.rider(1040, 880, 0.9, P.SONG, "song_helmet", P.HORSE_CHESTNUT, True, 1))
    for k in range(5):
        out.append(circle(560 + k * 40, 720 + k * 30, 40, "#E6D3A3", opacity="0.6"))
    return out


@scene("ch04/c04-kaifeng-surrounded.svg", "The huge walls of Kaifeng, ringed by Jin tents and banners in blue. A Jin rider carries a scroll with the terms toward the city gate.")
def c04_kaifeng_surrounded():
    out = [L.sky("winter", "#A8B5C4", "#E2E7EC"),
           kaifeng(400, 230, P.SONG, 4, towers=(120, 1080), roofs=6),
           L.ground(400, "#C9C0A0"),
           jin_tents([(470, 0.32, -20, 430), (470, 0.32, 770, 1220), (580, 0.45, -20, 380), (590, 0.45, 820, 1220),
                      (740, 0.65, -60, 330), (760, 0.65, 870, 1260)], 431),
           poly([(560, 400), (640, 400), (760, 900), (440, 900)], "#DCD0AE")]
    for x, y in ((300, 560), (900, 560), (200, 760), (1000, 780)):
        out.append(F.banner(x, y, 0.75, P.JIN, "swallow"))
    out.append(F.rider(600, 640, 0.7, P.JIN, "jurchen_helmet", P.HORSE_GREY, False, -1, ("up", "down"), None))
    out.append(O.rolled_scroll(566, 432, 0.45))
    return out


@scene("ch04/c04-huge-price.svg", "A huge pile of treasure outside Kaifeng's gate: chests of silver and gold, rolls of silk, and a long line of horses, mules, cattle and camels.")
def c04_huge_price():
    out = [L.sky("day", "#A2CDEA", "#E8F4F8"),
           kaifeng(430, 240, P.SONG, 2, gate_x=330, towers=(40, 640), x0=-40, x1=700, roofs=3),
           L.ground(430, "#CDBF91")]
    # line of animals walking away to the right, far to near
    animals = [(760, 480, 0.22, "camel"), (850, 510, 0.26, "horse"), (950, 545, 0.3, "ox"), (1060, 585, 0.34, "mule"),
               (1160, 630, 0.4, "camel")]
    for x, y, s, kind in animals:
        if kind == "camel":
            out.append(F.camel(x, y, s * 1.2, facing=1))
        elif kind == "ox":
            out.append(O.ox_(x, y, s * 1.3))
        elif kind == "mule":
            out.append(F.horse(x, y, s, "#8C7B6A", facing=1, mane="#5A4C40"))
        else:
            out.append(F.horse(x, y, s, P.HORSE_CHESTNUT, facing=1))
    # the treasure pile
    out.append(O.chest(250, 760, 1.0, open_=True))
    out.append(O.chest(520, 790, 1.1, open_=True, fill="silk"))
    out.append(O.chest(390, 660, 0.8, color=P.WOOD_DARK))
    out.append(O.ingot_pile(150, 880, 1.0, 6, P.GOLD, P.GOLD_DARK))
    out.append(O.silk_pile(720, 890, 1.1, 6))
    out.append(O.ingot_pile(420, 890, 1.1, 6))
    out.append(O.coin_string(900, 720, 1.2, 11))
    out.append(O.silk_pile(1020, 900, 0.9, 4))
    return out


@scene("ch04/c04-court-argues.svg", "In a palace hall, Song officials in orange robes argue in two groups. Li Gang points toward the city walls, while Emperor Qinzong listens from his throne.")
def c04_court_argues():
    out = [B.interior(600, pillars=(60, 1140), lanterns=False)]
    # an open window showing the city wall
    out.append(rect(800, 140, 260, 250, "#BFD7E6", **ink(4)))
    out.append(clip(rect(800, 140, 260, 250, "#000"), B.wall(780, 1080, 340, 90, outline=True), F.banner(930, 250, 0.35, P.SONG, "tall"),
                    L.ground(340, "#CDBF91")))
    out.append(rect(800, 140, 260, 250, "none", stroke=P.WOOD_DARK, stroke_width="14"))
    out.append(B.throne(560, 560, 0.8, P.GOLD, P.SONG.main))
    out.append(song_emperor(560, 580, 0.95, pose="sit", arms=("hip", "hip"), mood="worried"))
    # two arguing groups
    out.append(official(170, 820, 1.15, facing=1, arms=("wave", "fold"), mood="o"))
    out.append(official(330, 870, 1.2, facing=1, arms=("reach", "fold"), mood="cross"))
    out.append(official(80, 900, 1.25, facing=1, arms=("fold", "fold"), mood="worried"))
    out.append(official(830, 880, 1.3, facing=1, arms=("point", "up"), mood="cross"))
    out.append(official(1010, 840, 1.15, facing=-1, arms=("up", "fold"), mood="o"))
    out.append(official(1120, 900, 1.2, facing=-1, arms=("fold", "fold"), mood="flat"))
    return out


@scene("ch04/c04-siege-ends.svg", "Jin soldiers in blue march away from Kaifeng with loaded carts, while Song people in orange watch quietly from the top of the city wall.")
def c04_siege_ends():
    out = [L.sky("day", "#B2D3EA", "#EEF5F8"), L.clouds(441, 3, 60, 160, 0.7, 1.0),
           L.mountains(380, "#B9C4D0", seed=442, n=5, hmin=50, hmax=110),
           L.ground(370, "#CFC49C"),
           poly([(-20, 470), (100, 450), (640, 380), (680, 380), (380, 470)], "#E0D4AE")]
    # the Jin column leaving toward the far left
    for i, (x, y, s) in enumerate(((600, 395, 0.16), (480, 410, 0.2), (330, 430, 0.26), (150, 455, 0.32))):
        out.append(O.cart(x, y, s, "chests" if i % 2 else "silk", facing=-1))
        out.append(jin_soldier(x + 80 * s, y + 4, s * 1.1, facing=-1, arms=("spear", "down")))
    out.append(F.crowd_row(360, 700, 420, P.JIN, 0.18, "jurchen", seed=443, outline=False))
    # the wall top in the foreground with Song people watching
    out.append(poly([(-20, 620), (1220, 560), (1220, 900), (-20, 900)], P.WALL_LIGHT, **ink(3)))
    out.append(B.crenels(-20, 1220, 600, P.WALL, 40))
    out.append(F.figure(260, 860, 1.2, P.SONG, "topknot", "stand", ("down", "down"), -1, "flat", "robe"))
    out.append(F.figure(470, 880, 1.3, P.SONG, "woman", "stand", ("fold", "fold"), -1, "flat", "robe"))
    out.append(F.figure(640, 880, 0.95, P.SONG, "child", "stand", ("down", "down"), -1, "o", "robe", child=True))
    out.append(song_soldier(860, 860, 1.2, facing=-1, mood="flat"))
    out.append(F.figure(1060, 870, 1.25, P.SONG, "song_official", "stand", ("fold", "fold"), -1, "flat", "robe"))
    return out


@scene("ch04/c04-fire-bombs-1.svg", "A wooden trebuchet, a big throwing machine with a long arm, stands inside a city wall. Song soldiers in orange load a small round fire bomb into its sling.")
def c04_fire_bombs_1():
    out = [L.sky("day", "#A9CDE6", "#E5F1F6"),
           B.wall(-20, 1220, 470, 250), L.ground(470, "#CDBF91"),
           B.house(1060, 470, 180, 80), ]
    out.append(X.trebuchet(620, 760, 1.45, facing=1, arm_up=False, load="bomb"))
    # the sling hangs low on the left; the bomb is being placed in it
    out.append(song_soldier(180, 870, 1.15, facing=1, arms=("reach", "reach"), item=None))
    out.append(song_soldier(440, 880, 1.15, facing=-1, arms=("reach", "down"), item=None))
    out.append(song_soldier(1000, 880, 1.1, facing=-1, arms=("up", "down"), item=None, mood="o"))
    out.append(O.chest(820, 880, 0.7, open_=False))
    return out


@scene("ch04/c04-fire-bombs-2.svg", "At the walls of Kaifeng, Song defenders in orange throw fire bombs from the wall, while a tall wooden Jin siege tower with blue banners stands outside. Flames and smoke, no one hurt.")
def c04_fire_bombs_2():
    out = [L.sky("smoke"),
           X.smoke(380, 560, 1.1, P.SMOKE, 0.5, seed=461), X.smoke(720, 520, 0.9, P.SMOKE_LIGHT, 0.55, seed=462),
           L.ground(640, "#BFB08A")]
    # Kaifeng's wall on the right, defenders on top
    out.append(B.wall(700, 1240, 760, 420))
    out.append(F.crowd_row(720, 1220, 330, P.SONG, 0.45, "song", seed=463, spears=False))
    out.append(song_soldier(820, 345, 0.8, facing=-1, arms=("up", "down"), item=None, mood="o"))
    out.append(song_soldier(1050, 345, 0.8, facing=-1, arms=("up", "down"), item=None))
    # fire bombs flying out in arcs
    for (x0, y0, x1, y1) in ((800, 160, 520, 240), (1020, 170, 600, 420)):
        out.append(path(f"M{x0} {y0} Q{(x0 + x1) / 2} {min(y0, y1) - 120} {x1} {y1}", "none", stroke="#FFD166", stroke_width="5",
                        stroke_dasharray="10 14", opacity="0.9"))
        out.append(circle(x1, y1, 16, "#5A4A3E", **ink(3)))
        out.append(X.flame(x1 + 4, y1 - 10, 0.35, int(x1)))
    # the Jin siege tower outside, with blue banners
    out.append(X.siege_tower(420, 820, 1.3, P.JIN, facing=1))
    out.append(F.banner(200, 820, 1.0, P.JIN, "tall"))
    out.append(X.fire(300, 560, 820, 0.9, 464))
    out.append(X.glow(430, 800, 260))
    return out

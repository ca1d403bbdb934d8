"""Chapter 2: An Alliance by Sea — its title card and pages."""

from __future__ import annotations

from art import buildings as B
from art import landscape as L
from art import objects as O
from art import palette as P
from art import people as F
from art import ships as S
from art.cards import card
from art.cast import jin_rider, jin_soldier, official, song_emperor, song_soldier
from art.sets import jin_hall
from art.svg import H, W, circle, ellipse, f, g, ink, line, linear, path, place, poly, rect

from . import scene


@scene("ch02/title.svg", "The title card: a small ship with orange sails crosses a stormy sea toward a distant shore, where Jin riders in blue wait on the beach.")
def card02():
    em = [L.sky("winter", "#5E6E86", "#C9D3DE", h=800),
          L.cloud(300, 280, 1.5, "#4E5A6E", 0.9), L.cloud(900, 300, 1.3, "#56627A", 0.8),
          L.rain(21, 40),
          path("M700 470 C820 440 1000 430 1220 450 L1220 520 L700 520 Z", P.SAND),
          L.forest(470, 22, 6, 0.25, 0.35, 900, 1200, color=P.PINE_DARK, outline=False),
          L.water(500, "#4A7FA8", "#24506F"),
          F.rider(900, 508, 0.3, P.JIN, "jurchen_helmet", P.HORSE_BROWN), F.rider(980, 505, 0.3, P.JIN, "jurchen_helmet", P.HORSE_GREY),
          F.rider(1060, 510, 0.3, P.JIN, "jurchen_helmet", P.HORSE_BLACK),
          F.banner(1120, 500, 0.4, P.JIN, "tall"),
          L.waves(560, "#CFE3F0", 12, 10), L.waves(640, "#CFE3F0", 16, 8),
          S.junk(420, 730, 0.85, "#F0A55A", 2, P.SONG, 1, 0, length=420),
          L.waves(760, "#E8F2F8", 20, 7, 6), L.waves(800, "#E8F2F8", 22, 6, 6)]
    return [card(2, g(*em))]


def fur_rug(cx, cy, w=420, h=90, color="#A57A4E"):
    return path(f"M{f(cx - w / 2)} {f(cy)} Q{f(cx - w / 2 - 20)} {f(cy - h / 2)} {f(cx - w / 2 + 20)} {f(cy - h / 2)} L{f(cx + w / 2 - 20)} {f(cy - h / 2)} "
                f"Q{f(cx + w / 2 + 20)} {f(cy - h / 2)} {f(cx + w / 2)} {f(cy)} Q{f(cx + w / 2 + 20)} {f(cy + h / 2)} {f(cx + w / 2 - 20)} {f(cy + h / 2)} "
                f"L{f(cx - w / 2 + 20)} {f(cy + h / 2)} Q{f(cx - w / 2 - 20)} {f(cy + h / 2)} {f(cx - w / 2)} {f(cy)} Z", color, **ink(3))


@scene("ch02/c02-huizong-chance.svg", "Emperor Huizong of the Song, in orange robes, stands in his palace reading a letter, while an official points to a map of lands in the north.")
def c02_huizong_chance():
    out = [B.interior(640, pillars=(80, 1120), lanterns=False)]
    # a map on a stand
    out.append(rect(640, 150, 470, 330, P.WOOD_DARK, **ink(4)))
    out.append(O.china_map(1115, (660, 170, 1090, 460), dim=["xia"], highlight="liao"))
    out.append(line(700, 480, 680, 700, P.WOOD_DARK, 10))
    out.append(line(1050, 480, 1070, 700, P.WOOD_DARK, 10))
    # the Sixteen Prefectures: a ring on the map
    px, py = O.map_point("yanjing", (660, 170, 1090, 460))
    out.append(ellipse(px - 20, py - 4, 60, 34, "none", stroke="#FFFFFF", stroke_width="8", stroke_dasharray="10 8"))
    out.append(official(830, 900, 1.75, facing=1, arms=("point", "down"), mood="o"))
    out.append(song_emperor(330, 900, 2.0, facing=1, arms=("hold", "hold"), item="open_scroll", mood="o"))
    return out


@scene("ch02/c02-talks-by-sea.svg", "A Song ship with orange sails crosses a grey sea. On deck, a messenger holds a sealed letter tightly and looks toward the far coast.")
def c02_talks_by_sea():
    out = [L.sky("winter", "#8C9AAA", "#D7DEE5"),
           L.cloud(900, 120, 1.6, "#B5BFCA", 0.9), L.cloud(300, 90, 1.2, "#C2CAD3", 0.8),
           L.water(470, "#6F8BA3", "#3A5D7A"),
           # far coast on the left
           path("M-20 470 L-20 430 C60 420 120 400 200 420 C260 430 300 450 340 470 Z", "#7E8E7A"),
           L.waves(520, "#C9D7E2", 8, 14, 3), L.waves(600, "#C9D7E2", 10, 12, 4)]
    ship = S.junk(0, 0, 1, P.SONG.main, 2, P.SONG, facing=-1, length=700)
    out.append(place(ship, 700, 820, 1.15))
    # the messenger standing on deck
    out.append(F.figure(560, 750, 1.35, P.SONG, "scholar", "stand", ("hold", "hold"), -1, "flat", "robe", "scroll"))
    out.append(L.waves(810, "#E3ECF3", 18, 8, 6))
    out.append(L.waves(870, "#E3ECF3", 20, 6, 6))
    out.append(L.birds(180, 300, 3, 1.0))
    return out


@scene("ch02/c02-deal-1120.svg", "A Song envoy in orange and a Jin envoy in blue sit across a low table, each holding one half of a sealed agreement.")
def c02_deal_1120():
    out = [rect(0, 0, W, H, linear([(0, "#E9D7B0"), (1, "#D5BD8E")])),
           # tent cloth folds
           *[path(f"M{x} 0 Q{x + 60} 300 {x} 620", "none", stroke="#C8AE7E", stroke_width="6") for x in range(100, 1200, 200)],
           rect(0, 620, W, 280, "#A98A5C"),
           fur_rug(600, 800, 1100, 170, "#B9875A"),
           B.brazier(600, 600, 1.0)]
    out.append(F.figure(250, 860, 1.9, P.SONG, "song_official", "sit", ("reach", "down"), 1, "smile", "robe"))
    out.append(F.figure(950, 860, 1.9, P.JIN, "jurchen", "sit", ("reach", "down"), -1, "smile", "coat"))
    # low table
    out.append(rect(400, 760, 400, 28, P.WOOD, rx=5, **ink(3)))
    out.append(rect(420, 786, 24, 70, P.WOOD_DARK, **ink(3)))
    out.append(rect(756, 786, 24, 70, P.WOOD_DARK, **ink(3)))
    out.append(O.cup(520, 760, 1.0))
    out.append(O.cup(680, 760, 1.0))
    # two halves of the agreement, each with a red seal, held up toward each other
    out.append(place(g(rect(-100, -75, 100, 150, P.PAPER, **ink(3)), line(-70, -50, -70, 40, "#B8AC95", 6), line(-40, -50, -40, 20, "#B8AC95", 6),
                       circle(-16, 44, 18, "#C8402F")), 470, 600, 1, rot=-8))
    out.append(place(g(rect(0, -75, 100, 150, P.PAPER, **ink(3)), line(30, -50, 30, 40, "#B8AC95", 6), line(60, -50, 60, 20, "#B8AC95", 6),
                       circle(16, 44, 18, "#C8402F")), 730, 600, 1, rot=8))
    return out


@scene("ch02/c02-jin-change-minds.svg", "Jin riders in blue gallop through the open gate of a big Liao city, their banners flying.")
def c02_jin_change_minds():
    out = [L.sky("day", "#86C1E8", "#E3F2F8"), L.clouds(201, 3, 50, 130),
           B.city(-20, 1220, 520, 260, P.LIAO, 700, (260, 1140), open_=True, banners=0, roofs_behind=4),
           F.banner(260, 240, 0.8, P.LIAO, "swallow"), F.banner(1140, 240, 0.8, P.LIAO, "swallow"),
           L.ground(520, "#D8C58E"),
           poly([(640, 520), (760, 520), (900, 900), (380, 900)], "#E6D3A3")]
    out.append(jin_rider(700, 560, 0.4, gallop=True, facing=1, color=P.HORSE_GREY))
    out.append(F.banner(640, 600, 0.7, P.JIN, "swallow"))
    out.append(jin_rider(540, 680, 0.6, gallop=True, facing=1, color=P.HORSE_BLACK, arms=("banner", "down"), item="banner"))
    out.append(jin_rider(280, 800, 0.8, gallop=True, facing=1, color=P.HORSE_BROWN, arms=("spear", "down"), item="spear"))
    out.append(jin_rider(760, 900, 0.95, gallop=True, facing=1, color=P.HORSE_CHESTNUT, hat="jurchen", dress="coat", arms=("wave", "down")))
    for k in range(5):
        out.append(circle(60 + k * 70, 860 - k * 20, 40 - k * 4, "#E6D3A3", opacity="0.7"))
    return out


@scene("ch02/c02-song-delays.svg", "A Song army in orange marches north along a dusty road toward the far-off walls of Yanjing.")
def c02_song_delays():
    out = [L.sky("dawn", "#E8C48E", "#F6E6C4"),
           L.mountains(360, "#C8B79A", seed=211, n=6, hmin=50, hmax=120),
           L.ground(350, "#D9C28A"),
           B.city(520, 700, 362, 30, P.LIAO, 610, (530, 690), banners=2, outline=False, gatehouse=True),
           L.road(610, 360, 200, 1000, 24, "#EBD9A8")]
    rows = [(360, 0.1), (400, 0.16), (450, 0.22), (520, 0.3), (610, 0.42), (730, 0.58)]
    for i, (y, s) in enumerate(rows):
        t = (y - 360) / 540
        half = 20 + 380 * t
        out.append(F.crowd_row(610 - half, 610 + half, y, P.SONG, s, "song", seed=212 + i, banners=1 if i >= 2 else 0,
                               outline=s > 0.2))
    out.append(song_soldier(300, 900, 1.0, facing=1, arms=("banner", "down"), item="banner"))
    out.append(song_soldier(920, 900, 1.0, facing=-1))
    for k in range(6):
        out.append(circle(120 + k * 190, 880, 60, "#E8D6A6", opacity="0.55"))
    return out


@scene("ch02/c02-tong-guan-fails.svg", "The Song general Tong Guan, in orange armor, rides away from the walls of Yanjing with his tired soldiers following him.")
def c02_tong_guan_fails():
    out = [L.sky("winter", "#9AA4B0", "#DCE0E3"),
           B.city(640, 1240, 470, 170, P.LIAO, 940, (700, 1180), banners=3, outline=True, roofs_behind=3),
           L.ground(470, "#B8AE86"), L.rolling(520, 10, "#ADA27A", 221)]
    out.append(F.crowd_row(560, 900, 560, P.SONG, 0.35, "song", seed=222, spears=True))
    out.append(song_soldier(620, 720, 0.7, facing=-1, mood="flat", arms=("down", "down"), item=None))
    out.append(song_soldier(820, 790, 0.85, facing=-1, mood="worried", arms=("spear", "down")))
    out.append(song_soldier(1000, 870, 1.0, facing=-1, mood="flat", arms=("down", "down"), item=None))
    general = F.figure(0, 0, 1, P.SONG, "song_helmet", "ride", ("down", "down"), 1, "worried", "armour")
    out.append(F.horse(330, 880, 1.0, P.HORSE_GREY, P.SONG, facing=-1, rider=general))
    out.append(F.banner(520, 860, 0.9, P.SONG, "swallow", wave=10))
    return out


@scene("ch02/c02-jin-take-yanjing.svg", "Jin soldiers in blue lead carts piled with goods out through the gate of Yanjing, while a line of city people walks beside them. No one is hurt.")
def c02_jin_take_yanjing():
    out = [L.sky("day", "#9DCBEA", "#E6F2F7"), L.clouds(231, 3, 60, 150),
           B.city(-40, 560, 500, 230, P.JIN, 300, (40,), open_=True, banners=2, roofs_behind=2),
           L.ground(500, "#CDBB86"),
           poly([(240, 500), (360, 500), (1220, 760), (1220, 900), (700, 900)], "#E0CD9C")]
    out.append(O.cart(560, 610, 0.45, "chests"))
    out.append(jin_soldier(770, 620, 0.45, facing=1))
    out.append(O.cart(760, 780, 0.65, "silk"))
    out.append(jin_soldier(1060, 790, 0.65, facing=1, arms=("wave", "down"), item=None))
    # a line of city people walking beside the carts (in front)
    for i, (x, y, s) in enumerate(((330, 720, 0.55), (430, 780, 0.62), (530, 840, 0.7), (640, 900, 0.78))):
        out.append(F.figure(x, y, s, [P.PLAIN, P.TEAL_CLOTH][i % 2], ["topknot", "woman"][i % 2], "walk", ("down", "hold"), 1, "flat",
                            "robe", "silk" if i == 1 else None))
    out.append(jin_soldier(140, 880, 0.85, facing=1))
    return out


@scene("ch02/c02-hard-talks.svg", "Aguda in blue sits with his arms folded, frowning, as a Song envoy in orange unrolls a long list in front of him.")
def c02_hard_talks():
    out = [jin_hall(620, posts=(40, 1160)), fur_rug(820, 800, 620, 130)]
    out.append(F.banner(1020, 620, 1.5, P.JIN, "tall"))
    out.append(B.throne(840, 760, 1.25, P.WOOD_LIGHT, P.JIN.main))
    out.append(F.figure(840, 780, 1.7, P.JIN, "emperor_jin", "sit", ("cross", "cross"), -1, "cross", "robe", trim=P.GOLD))
    out.append(F.figure(260, 900, 1.7, P.SONG, "song_official", "stand", ("reach", "hold"), 1, "smile", "robe"))
    # the long list, unrolling from the envoy's hands down across the floor
    out.append(path("M330 640 C380 600 470 610 500 650 L470 660 C450 640 380 636 350 660 Z", P.PAPER, **ink(3)))
    out.append(path("M380 650 L470 650 C480 720 470 790 520 860 L640 880 L560 900 L420 900 C400 800 400 720 380 650 Z", P.PAPER, **ink(3)))
    for k in range(7):
        out.append(line(410 + k * 6, 680 + k * 30, 450 + k * 8, 680 + k * 30, "#B8AC95", 5))
    out.append(ellipse(620, 884, 26, 14, P.PAPER, **ink(3)))
    return out


@scene("ch02/c02-treaty-1123.svg", "Song soldiers in orange march through the gate into Yanjing. The streets are quiet and the market stalls stand empty.")
def c02_treaty_1123():
    out = [L.sky("winter", "#B5C4D2", "#E9EEF2"),
           B.wall(-20, 1220, 430, 200), B.gate(600, 430, 150, 180, open_=True),
           B.pavilion(600, 230, 300, 90),
           L.ground(430, "#CDBE9A"),
           poly([(500, 430), (700, 430), (1000, 900), (200, 900)], "#DDD0B2")]
    for k in range(6):
        y = 460 + k * 80
        out.append(line(600 - (y - 430) * 0.63, y, 600 + (y - 430) * 0.63, y, "#C9BB98", 3))
    out.append(F.crowd_row(540, 660, 470, P.SONG, 0.3, "song", seed=241, spears=True))
    out.append(song_soldier(560, 600, 0.6, facing=1, mood="flat"))
    out.append(song_soldier(650, 640, 0.65, facing=-1, mood="flat"))
    out.append(F.banner(500, 600, 0.7, P.SONG, "tall"))
    # empty stalls on both sides of the street
    out.append(B.stall(200, 640, 220, 170, "#8C7B64", goods=False))
    out.append(B.stall(1000, 640, 220, 170, "#8C7B64", goods=False))
    out.append(B.stall(80, 860, 260, 200, "#A0826A", goods=False))
    out.append(B.stall(1120, 860, 260, 200, "#A0826A", goods=False))
    out.append(song_soldier(480, 880, 0.95, facing=1, mood="o"))
    out.append(song_soldier(730, 900, 1.0, facing=-1, mood="flat"))
    # a few leaves blowing along the empty street
    for x, y in ((820, 760), (880, 720), (300, 800)):
        out.append(ellipse(x, y, 10, 5, "#B88A4A", transform=f"rotate(30 {x} {y})"))
    return out

"""Chapter 12: The Mongols Rise — its title card and pages."""

from __future__ import annotations

from art import palette as P
from art.buildings import city, hall, interior, roof, table, tower, yurt
from art.cards import card
from art.cast import back_figure
from art.landscape import (bamboo, clouds, grass_tufts, ground, hills, mountains, pine, reeds, ripples, road, rock,
                           rolling, sky, sun)
from art.objects import china_map, rolled_scroll, scroll
from art.palette import JIN, MONGOL, SONG, XIA
from art.people import banner, crowd_row, figure, horse, rider
from art.props import paper_sheet, supply_cart
from art.sets import palisade, round_tree, shelf
from art.svg import W, circle, clip, ellipse, g, ink, line, linear, path, place, poly, rect, smooth
from art.war import flame, glow

from . import scene


def empty_chest(x, y, s=1.0) -> str:
    """An open wooden chest, seen a little from above, with nothing inside; the lid stands open."""
    K = ink(3)
    out = [poly([(-66, -134), (66, -134), (74, -200), (-74, -200)], P.WOOD_LIGHT, **K),
           *[line(bx, -136, bx * 1.1, -198, P.GOLD_DARK, 10) for bx in (-40, 40)],
           poly([(-80, -90), (80, -90), (66, -134), (-66, -134)], P.WOOD_DARK, **K),
           poly([(-70, -96), (70, -96), (60, -128), (-60, -128)], "#2B211C"),
           rect(-80, -90, 160, 90, P.WOOD, rx=6, **K)]
    for bx in (-50, 50):
        out.append(rect(bx - 7, -90, 14, 90, P.GOLD_DARK, **ink(2)))
    return place(g(*out), x, y, s)


def account_book(x, y, s=1.0, closing=True) -> str:
    """A big thread-bound account book lying open with its cover swinging shut."""
    K = ink(3)
    out = [poly([(-130, 0), (0, 10), (0, -14), (-126, -24)], P.PAPER, **K)]
    for k in range(4):
        out.append(line(-110 + k * 26, -12, -104 + k * 26, 2, "#B8AC95", 3))
    if closing:
        out.append(poly([(0, 10), (0, -14), (70, -120), (110, -104)], "#3E5C7A", **K))
        out.append(line(6, -12, 74, -114, "#2C4258", 4))
        out.append(poly([(0, 10), (130, 0), (126, -24), (0, -14)], P.PAPER, **K))
    else:
        out.append(poly([(0, 10), (130, 0), (126, -24), (0, -14)], P.PAPER, **K))
    out.append(poly([(-134, 4), (0, 16), (134, 4), (130, 0), (0, 10), (-130, 0)], "#3E5C7A", **ink(2)))
    return place(g(*out), x, y, s)


@scene("ch12/title.svg", "The title card: Mongol riders in green gallop across wide grassland toward a Jin city wall in blue, far in the distance.")
def card12():
    e = [sky("day", "#86C3EA", "#E8F4F8"), clouds(1201, 4, 280, 380, 0.9, 1.3),
         mountains(560, "#B9C6D3", seed=1202, n=5, hmin=60, hmax=120, x0=150, x1=1050),
         rect(0, 555, W, 345, linear([(0, "#D3D08C"), (1, P.STEPPE)])),
         # the Jin city far away
         city(790, 1000, 560, 60, JIN, gate_x=895, towers=(800, 990), banners=0, outline=False),
         banner(800, 520, 0.45, JIN, "tall"), banner(990, 520, 0.45, JIN, "swallow"),
         grass_tufts(1203, 16, 600, 800, "#B3B06A", x0=60, x1=1140, s=0.9),
         rider(840, 660, 0.5, MONGOL, "mongol", gallop=True, dress="coat", color=P.HORSE_CHESTNUT),
         rider(250, 760, 0.75, MONGOL, "mongol", gallop=True, dress="coat", color=P.HORSE_GREY, arms=("up", "down")),
         rider(530, 800, 0.85, MONGOL, "mongol", gallop=True, dress="coat", color=P.HORSE_BROWN, arms=("banner", "down"),
               item="banner"),
         ]
    return [card(12, g(*e))]


@scene("ch12/c12-mongols-unite.svg", "Mongol riders in green gather around round felt tents on a wide, grassy plain, with horses grazing nearby.")
def c12_mongols_unite():
    b = [sky("day", "#7FBCE6", "#E4F3F8"), clouds(1211, 4, 60, 200, 0.9, 1.4), sun(1050, 110, 50),
         mountains(480, "#B3C2D2", seed=1212, n=6, hmin=50, hmax=110),
         rect(0, 478, W, 422, linear([(0, "#CFCB86"), (1, P.STEPPE)])),
         rolling(520, 12, "#C1BE78", seed=1213),
         # the camp of round felt tents
         yurt(150, 575, 170, 115, MONGOL.main, smoke=True), yurt(380, 560, 130, 90, MONGOL.main),
         yurt(870, 565, 150, 100, MONGOL.main, smoke=True), yurt(1080, 580, 180, 120, MONGOL.main),
         banner(600, 560, 0.55, MONGOL, "swallow"),
         # horses grazing
         horse(1020, 760, 0.55, P.HORSE_GREY, graze=True, facing=-1),
         horse(1150, 820, 0.6, P.HORSE_CHESTNUT, graze=True),
         horse(130, 700, 0.45, P.HORSE_BLACK, graze=True),
         grass_tufts(1214, 16, 760, 895, "#A9A55E"),
         # riders gathering
         rider(360, 830, 0.8, MONGOL, "mongol", dress="coat", color=P.HORSE_BROWN, arms=("wave", "down")),
         rider(820, 830, 0.8, MONGOL, "mongol", dress="coat", color=P.HORSE_CHESTNUT, facing=-1, arms=("point", "down")),
         rider(620, 700, 0.55, MONGOL, "mongol", dress="coat", color=P.HORSE_WHITE, facing=-1),
         figure(600, 890, 1.0, MONGOL, "mongol", dress="coat", arms=("up", "down"))]
    return b


@scene("ch12/c12-mongols-attack.svg", "Song officials in orange robes stand in a palace hall, arguing over a map that shows the Jin lands in blue.")
def c12_mongols_attack():
    m = china_map(1142, box=(330, 140, 870, 500), parchment=True)
    b = [interior(720, "#6E3A2A", pillars=(70, 1130), lanterns=False),
         # the map hanging between two rollers
         rect(300, 110, 600, 420, P.PARCHMENT, **ink(3)), m,
         rect(286, 96, 628, 22, P.WOOD, rx=10, **ink(3)), rect(286, 522, 628, 22, P.WOOD, rx=10, **ink(3)),
         line(600, 96, 600, 60, P.INK, 3),
         # officials arguing in front of it
         figure(200, 890, 1.45, SONG, "song_official", arms=("point", "down"), mood="o"),
         figure(470, 870, 1.3, SONG, "scholar", arms=("up", "down"), mood="o", skin=P.SKIN2),
         figure(730, 870, 1.3, SONG, "scholar", arms=("fold", "fold"), facing=-1, mood="flat"),
         figure(1000, 890, 1.45, SONG, "song_official", arms=("wave", "down"), facing=-1, mood="smile", skin=P.SKIN2)]
    return b


@scene("ch12/c12-song-wait.svg", "A Western Xia envoy bows before a Song official in orange, who raises his hand to turn down the offer.")
def c12_song_wait():
    b = [sky("day", "#9CCFEE", "#EAF6FA"), clouds(1231, 3, 60, 160, 0.8, 1.1),
         # garden: pond, rocks, a pine; the hall stands on the right
         rect(0, 560, W, 340, linear([(0, "#BFD59A"), (1, P.GRASS)])),
         ellipse(230, 640, 200, 40, P.WATER, **ink(3)), ripples(1232, 5, 625, 660, P.WATER_LIGHT, x0=80, x1=380, s=0.6),
         rock(80, 620, 0.6), pine(330, 600, 1.1),
         hall(980, 600, 360, 150, P.ROOF_GOLD, double=False, platform=False),
         # stone terrace and steps
         rect(560, 600, 640, 110, P.STONE, **ink(3)), line(560, 640, 1200, 640, P.STONE_DARK, 2),
         line(560, 675, 1200, 675, P.STONE_DARK, 2),
         poly([(560, 600), (500, 710), (560, 710)], "#DDD6CA", **ink(3)),
         rect(0, 710, W, 190, linear([(0, "#E4DED3"), (1, P.STONE)])),
         # the Song official turns the offer down
         figure(800, 600, 1.35, SONG, "song_official", arms=("wave", "down"), facing=-1, mood="flat"),
         # the Western Xia envoy bows, offering a gift box
         figure(380, 860, 1.3, XIA, "tangut", pose="kneel", arms=("hold", "hold"), item="box", mood="smile", skin=P.SKIN2,
                bow=8),
         figure(120, 880, 1.05, XIA, "tangut", arms=("fold", "fold"), mood="flat")]
    return b


@scene("ch12/c12-jin-move.svg", "A long line of Jin carts and riders in blue leaves a walled city and heads south along a road.")
def c12_jin_move():
    rd = smooth([(370, 380), (520, 470), (420, 560), (640, 660), (900, 740), (1260, 900)])
    b = [sky("dawn"), sun(980, 170, 45),
         mountains(330, "#D9B9A6", seed=1241, n=6, hmin=60, hmax=130),
         rect(0, 328, W, 572, linear([(0, "#D6C79B"), (1, "#C3AE78")])),
         # Zhongdu, left behind in the north
         city(40, 560, 380, 120, JIN, gate_x=370, towers=(70, 530), banners=2, roofs_behind=3, seed=1242),
         path(rd, "none", stroke=P.INK, stroke_width="64", stroke_linecap="round", stroke_linejoin="round"),
         path(rd, "none", stroke=P.EARTH, stroke_width="58", stroke_linecap="round", stroke_linejoin="round"),
         # the long line of carts and riders heading south
         rider(505, 470, 0.22, JIN, "jurchen", color=P.HORSE_GREY),
         supply_cart(455, 548, 0.25, cover=JIN, facing=-1),
         rider(560, 620, 0.3, JIN, "jurchen_helmet", arms=("spear", "down"), item="spear"),
         supply_cart(700, 690, 0.4, cover=JIN, ox=True),
         rider(860, 750, 0.48, JIN, "jurchen"),
         supply_cart(950, 850, 0.62, cover=JIN, ox=True),
         rider(650, 820, 0.6, JIN, "jurchen_helmet", color=P.HORSE_CHESTNUT, arms=("banner", "down"), item="banner"),
         round_tree(120, 760, 0.6, "#C9A24A", "#9C7A30", "#E3C06A"), round_tree(280, 870, 0.5, "#C9A24A", "#9C7A30", "#E3C06A"),
         grass_tufts(1243, 10, 760, 890, "#B29A5E", x0=0, x1=500)]
    return b


@scene("ch12/c12-jin-attack.svg", "Jin soldiers in blue cross a shallow river at the border, heading toward green Song hills in the south.")
def c12_jin_attack():
    b = [sky("day", "#8CC8EC", "#E6F4F8"), clouds(1251, 3, 60, 150, 0.8, 1.2),
         # the green Song hills to the south, beyond the river, with a watchtower
         hills(470, "#8DBB5E", seed=1252, n=4, hmin=90, hmax=170, bottom=520),
         hills(500, "#76A84A", seed=1253, n=5, hmin=40, hmax=90, bottom=540),
         tower(900, 420, 60, 80, P.WALL, roof_color=P.ROOF),
         round_tree(300, 470, 0.35, P.LEAF, P.LEAF_DARK, "#7DB35F"), round_tree(1080, 480, 0.4, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         path("M0 520 Q600 500 1200 525 L1200 560 L0 560 Z", "#E3D4A6"),
         rect(0, 550, W, 250, linear([(0, P.WATER_LIGHT), (1, P.WATER)])),
         ripples(1254, 14, 570, 780, "#FFFFFF", o=0.6),
         # Jin soldiers wading across, seen from the northern bank (cut off at the waterline)
         clip(rect(0, 0, W, 632, "#000"), back_figure(260, 660, 0.55, JIN, "jurchen_helmet"),
              back_figure(380, 652, 0.5, JIN, "jurchen_helmet", step=1), back_figure(760, 660, 0.55, JIN, "jurchen_helmet", step=1),
              banner(330, 660, 0.7, JIN, "tall")),
         ripples(1259, 5, 630, 640, "#FFFFFF", x0=220, x1=800, s=0.6, o=0.9),
         clip(rect(0, 0, W, 735, "#000"), back_figure(470, 790, 0.9, JIN, "jurchen_helmet"),
              back_figure(640, 780, 0.85, JIN, "jurchen_helmet", step=1),
              rider(1000, 770, 0.6, JIN, "jurchen_helmet", color=P.HORSE_CHESTNUT)),
         *[path(f"M{x - 50} 736 Q{x} 724 {x + 50} 736", "none", stroke="#FFFFFF", stroke_width="5", stroke_linecap="round",
                opacity="0.85") for x in (470, 640, 1010)],
         # the northern bank in front
         path("M0 800 Q300 770 600 790 Q900 810 1200 780 L1200 900 L0 900 Z", "#C9B27A", **ink(3)),
         reeds(90, 820, 1.2, seed=1256), reeds(1120, 810, 1.1, seed=1257),
         grass_tufts(1258, 8, 850, 895, "#A8975E")]
    return b


@scene("ch12/c12-shi-miyuan.svg", "Shi Miyuan in an orange robe sits at a desk piled with letters, holding a brush above an unsigned order.")
def c12_shi_miyuan():
    moonwin = circle(880, 300, 170, "#DCEFF5", **ink(4))
    b = [rect(0, 0, W, 640, linear([(0, "#E9DDC4"), (1, "#D9C7A4")])),
         rect(0, 640, W, 260, linear([(0, "#A57B50"), (1, "#7E5A38")])),
         moonwin, clip(circle(880, 300, 166, "#000"), bamboo(820, 480, 0.9, 4, seed=1261), bamboo(990, 480, 0.8, 3, seed=1262)),
         circle(880, 300, 170, "none", stroke=P.WOOD_DARK, stroke_width="14"),
         # shelf of letters behind
         shelf(60, 420, 300), *[rolled_scroll(130 + k * 90, 280, 0.45, ribbon=(P.SILK_RED, P.SILK_JADE, P.GOLD, P.SILK_RED)[k]) for k in range(4)],
         # Shi Miyuan at his desk, brush raised over an order he has not yet signed
         figure(500, 740, 1.75, SONG, "song_official", pose="sit", arms=("reach", "down"), item="brush", mood="flat"),
         rect(100, 690, 1000, 34, P.WOOD, rx=4, **ink(3)), rect(130, 724, 940, 176, P.WOOD_DARK, **ink(3)),
         rect(160, 750, 880, 150, "#4A2E16", rx=6),
         scroll(690, 664, 0.8, 300, 80, lines=0, seal=False),
         *[paper_sheet(200 + (k % 3) * 20, 676 - k * 16, 130, 30, 5) for k in range(7)],
         *[rolled_scroll(990 + (k % 2) * 20, 676 - k * 24, 0.55) for k in range(3)],
         rect(860, 650, 56, 36, P.INK, rx=6), ellipse(888, 652, 22, 7, "#555"),
         # a lamp
         glow(1120, 480, 130, P.FIRE_IN, 0.4), rect(1112, 500, 16, 190, P.WOOD_DARK, **ink(2)), flame(1120, 500, 0.35, 7)]
    return b


@scene("ch12/c12-zaoyang.svg", "Song soldiers in orange cheer on the walls of a town as Jin soldiers in blue march away in the distance.")
def c12_zaoyang():
    b = [sky("day", "#86C5EE", "#E8F5FA"), clouds(1271, 4, 60, 200, 0.8, 1.2), sun(180, 120, 48),
         mountains(470, "#AFC3D3", seed=1272, n=5, hmin=50, hmax=110),
         rect(0, 468, W, 432, linear([(0, "#C9D58E"), (1, P.GRASS)])),
         path("M300 600 Q700 520 1250 500", "none", stroke=P.EARTH, stroke_width="34", stroke_linecap="round"),
         # the Jin column marching away in the distance
         crowd_row(760, 1080, 525, JIN, 0.35, "soldier", seed=1273, banners=2),
         rider(1130, 520, 0.22, JIN, "jurchen_helmet"),
         # cheering Song soldiers on the wall walk
         figure(170, 860, 1.4, SONG, "song_helmet", arms=("up", "up"), dress="armour"),
         figure(420, 860, 1.35, SONG, "song_helmet", arms=("spear", "up"), item="spear", dress="armour", mood="o"),
         figure(660, 860, 1.4, SONG, "song_helmet", arms=("up", "wave"), dress="armour", facing=-1),
         figure(890, 860, 1.3, SONG, "song_helmet", arms=("up", "down"), dress="armour", mood="o"),
         banner(1030, 820, 1.3, SONG, "tall"), banner(290, 820, 1.1, SONG, "swallow"),
         # the parapet in front of them
         rect(0, 770, W, 130, P.WALL, **ink(3)),
         *[rect(20 + k * 150, 722, 90, 52, P.WALL, **ink(3)) for k in range(8)],
         rect(0, 770, W, 14, P.WALL_LIGHT),
         *[line(0, 820 + k * 36, W, 820 + k * 36, P.WALL_SHADE, 2, opacity="0.6") for k in range(2)]]
    return b


@scene("ch12/c12-more-fights.svg", "Jin soldiers in blue hold a narrow mountain pass, while far below a Song army in orange rides across a plain toward a Jin city.")
def c12_more_fights():
    b = [sky("day", "#8FC3E4", "#E6F2F6"), clouds(1281, 3, 80, 200, 0.7, 1.0),
         mountains(470, "#A9B8C9", seed=1282, n=5, hmin=80, hmax=160, x0=400),
         rect(0, 468, W, 432, linear([(0, "#CBD08E"), (1, "#B5BE74")])),
         # the Jin city on the plain (right) and the Song riders racing toward it
         city(900, 1180, 560, 90, JIN, gate_x=1040, towers=(910, 1170), banners=2, outline=False),
         path("M420 800 Q700 700 1040 570", "none", stroke="#D8C38A", stroke_width="26", stroke_linecap="round"),
         rider(660, 720, 0.34, SONG, "song_helmet", gallop=True, arms=("spear", "down"), item="spear"),
         rider(780, 680, 0.3, SONG, "song_helmet", gallop=True, color=P.HORSE_CHESTNUT),
         rider(560, 780, 0.38, SONG, "song_helmet", gallop=True, arms=("banner", "down"), item="banner", color=P.HORSE_GREY),
         # the mountain pass held by the Jin, high on the left
         path("M0 0 L0 900 L420 900 Q380 700 330 600 L300 300 Q280 160 220 0 Z", P.ROCK, **ink(3)),
         path("M0 0 L120 0 Q160 160 150 300 L130 520 L0 600 Z", "#5B5F67"),
         path("M320 345 L330 200 Q360 120 400 170 L440 330 L520 900 L340 900 Z", "#7E828B", **ink(3)),
         path("M140 330 L330 330 L330 360 L140 360 Z", "#8A7E6A", **ink(3)),
         palisade(150, 320, 340, 60, seed=1283),
         figure(190, 330, 0.75, JIN, "jurchen_helmet", arms=("spear", "down"), item="spear", dress="armour"),
         figure(290, 330, 0.75, JIN, "jurchen_helmet", arms=("point", "down"), dress="armour", mood="o"),
         banner(240, 330, 0.75, JIN, "tall"),
         pine(60, 680, 0.8, P.PINE_DARK), pine(380, 900, 0.7, P.PINE_DARK), rock(260, 860, 1.1)]
    return b


@scene("ch12/c12-qizhou.svg", "Song soldiers in orange march through an open city gate at Qizhou as the last Jin riders in blue leave by the far road.")
def c12_qizhou():
    b = [sky("day", "#93CBEB", "#EEF6F4"), clouds(1291, 3, 60, 160, 0.7, 1.1),
         hills(470, "#9CBF6E", seed=1292, n=4, hmin=60, hmax=120, bottom=560),
         # the far road over the hill to the right, with the last Jin riders leaving
         path("M860 560 Q980 470 1220 430", "none", stroke=P.EARTH, stroke_width="26", stroke_linecap="round"),
         rider(1060, 470, 0.2, JIN, "jurchen_helmet", gallop=True), rider(1150, 448, 0.17, JIN, "jurchen", gallop=True,
                                                                           color=P.HORSE_GREY),
         ground(560, "#B5C97E", P.GRASS),
         # Qizhou with its gate thrown open
         city(-20, 820, 600, 260, None, gate_x=400, towers=(60, 760), open_=True, roofs_behind=0, seed=1293),
         banner(60, 300, 0.7, SONG, "tall"), banner(760, 300, 0.7, SONG, "swallow"),
         road(400, 600, 150, 780, 110, "#CDB98C"),
         # the Song column marching in
         back_figure(390, 600, 0.45, SONG, "song_helmet"), back_figure(420, 620, 0.5, SONG, "song_helmet", step=1),
         back_figure(350, 690, 0.7, SONG, "song_helmet", step=1), back_figure(460, 700, 0.72, SONG, "song_helmet"),
         banner(520, 720, 0.9, SONG, "swallow"),
         back_figure(300, 840, 1.0, SONG, "song_helmet"), back_figure(520, 860, 1.05, SONG, "song_helmet", step=1),
         line(565, 700, 565, 500, P.WOOD_DARK, 6), path("M565 478 l8 24 l-16 0 Z", "#8D96A0", **ink(2)),
         grass_tufts(1294, 8, 820, 895, P.GRASS_DARK, x0=700, x1=1200)]
    return b


@scene("ch12/c12-peace-1224.svg", "A Song clerk in orange closes a large account book beside empty silver chests, while a Jin envoy in blue rides away through a gate.")
def c12_peace_1224():
    b = [sky("day", "#9BCFEA", "#F0F6EE"),
         # the courtyard wall and its gate, with the Jin envoy riding out
         rect(0, 200, W, 360, P.PLASTER),
         rect(0, 180, W, 36, P.ROOF, **ink(3)), *[line(k * 40, 180, k * 40, 214, P.ROOF_DARK, 3) for k in range(1, 30)],
         rect(0, 540, W, 360, linear([(0, P.STONE), (1, P.STONE_DARK)])),
         *[line(0, 540 + k * 60, W, 540 + k * 60, P.STONE_DARK, 2, opacity="0.5") for k in range(1, 6)],
         rect(700, 250, 300, 300, "#CFE6D0", **ink(3)),
         round_tree(930, 560, 0.9, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         rider(800, 540, 0.62, JIN, "jurchen", color=P.HORSE_GREY, facing=1),
         rect(680, 230, 24, 320, P.PILLAR, **ink(3)), rect(996, 230, 24, 320, P.PILLAR, **ink(3)),
         roof(850, 230, 380, 90),
         # the clerk closing the big account book beside the empty chests
         figure(330, 780, 1.35, SONG, "scholar", arms=("reach", "down"), mood="smile"),
         table(380, 880, 420, 110, P.WOOD),
         account_book(380, 748, 1.1),
         empty_chest(760, 870, 1.0), empty_chest(1000, 890, 1.1), empty_chest(560, 740, 0.6)]
    return b

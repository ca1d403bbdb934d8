"""Chapter 11: The Song Seek Revenge — its title card and pages."""

from __future__ import annotations

import math

from art import palette as P
from art.buildings import city, interior, roof, screen, table, tent, wall
from art.cards import card
from art.cast import back_figure
from art.landscape import (birds, clouds, grass_tufts, ground, hills, mountains, rain, reeds, ripples, road, rolling,
                           sky, snowfall, willow)
from art.objects import chest, rolled_scroll, scroll, silk_pile
from art.palette import JIN, PLAIN, SACK, SONG, TEAL_CLOTH
from art.people import banner, crowd_row, figure, horse, rider
from art.props import book_stack, hanging_lantern, paper_sheet, supply_cart
from art.sets import palisade, round_tree, shelf
from art.svg import W, ellipse, f, g, ink, line, linear, path, rect, rng

from . import scene


def locusts(cx, cy, w=300, h=120, n=70, seed=111) -> str:
    """A far-off swarm of locusts: a brownish haze full of dark specks with tiny wings."""
    r = rng(seed)
    out = [ellipse(cx, cy, w * 0.55, h * 0.6, "#8A7A4A", opacity="0.22"),
           ellipse(cx + w * 0.1, cy - h * 0.1, w * 0.35, h * 0.4, "#8A7A4A", opacity="0.2")]
    for _ in range(n):
        a = r.uniform(0, 2 * math.pi)
        d = math.sqrt(r.uniform(0, 1))
        x, y = cx + math.cos(a) * d * w / 2, cy + math.sin(a) * d * h / 2
        k = r.uniform(0.8, 1.4)
        out.append(ellipse(x, y, 5 * k, 2.6 * k, "#4E4426"))
        out.append(path(f"M{f(x - 1)} {f(y - 1)} l{f(-4 * k)} {f(-6 * k)} M{f(x + 1)} {f(y - 1)} l{f(4 * k)} {f(-6 * k)}",
                        "none", stroke="#4E4426", stroke_width="1.6", opacity="0.8"))
    return g(*out)


def mist(y, seed=170, n=5, color="#FFFFFF", o=0.5, s=1.4) -> str:
    return clouds(seed, n, y - 20, y + 20, s * 0.8, s * 1.2, color, o)


@scene("ch11/title.svg", "The title card: a Song army in orange marches north under autumn clouds, with banners raised toward a distant Jin fort in blue.")
def card11():
    e = [sky("dawn", "#F4C38E", "#FBE7C8"), clouds(1101, 4, 290, 360, 0.9, 1.2, "#FFF4E4", 0.95),
         mountains(540, "#C9B8A4", seed=1102, n=5, hmin=80, hmax=150, x0=150, x1=1050),
         rolling(540, 18, "#C9B36A", seed=1103),
         # the distant Jin fort on its hill, flying blue banners
         path("M640 556 Q800 440 980 556 Z", "#B9A25E"),
         city(710, 920, 520, 80, JIN, gate_x=815, towers=(720, 910), banners=0, outline=False, gatehouse=True),
         banner(720, 478, 0.6, JIN, "tall"), banner(910, 478, 0.6, JIN, "swallow"), banner(815, 440, 0.5, JIN, "tall"),
         rolling(600, 16, "#C2A65A", seed=1104),
         round_tree(250, 630, 0.5), round_tree(1000, 640, 0.42, "#E0A040"),
         # the Song army marching north (toward the fort)
         crowd_row(40, 660, 650, SONG, 0.6, "song", seed=1105, banners=4),
         crowd_row(20, 720, 720, SONG, 0.75, "song", seed=1106),
         crowd_row(0, 780, 800, SONG, 0.9, "song", seed=1108),
         banner(700, 800, 1.2, SONG, "swallow"), banner(90, 800, 1.2, SONG, "tall"),
         birds(470, 320, 4, 1.1, seed=1107)]
    return [card(11, g(*e))]


@scene("ch11/c11-jin-troubles.svg", "A muddy flood covers Jin farm fields while a Jin family in blue watches from a low hill; locusts swarm in the distant sky.")
def c11_jin_troubles():
    b = [sky("winter", "#9EAFC0", "#E3E6E2"), clouds(1111, 3, 60, 140, 0.9, 1.3, "#EEF1F3", 0.8),
         locusts(880, 250, 380, 140, 70),
         mountains(430, P.MTN_FAR, seed=1112, n=6, hmin=70, hmax=150),
         rect(0, 428, W, 472, linear([(0, "#D1B578"), (1, P.MUDDY_DARK)])),
         # drowned farm: roofs, tree tops, fence posts and a haystack poke out of the flood
         roof(760, 510, 200, 70), roof(1030, 480, 150, 52),
         round_tree(905, 610, 0.55, P.LEAF, P.LEAF_DARK, "#7DB35F"), round_tree(615, 560, 0.42, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         round_tree(1140, 590, 0.5, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         rect(0, 490, W, 410, linear([(0, P.MUDDY), (1, P.MUDDY_DARK)])),
         path("M1030 530 Q1075 470 1120 530 Z", P.FIELD, **ink(3)),
         *[rect(560 + k * 70, 560 - k * 4, 12, 40, P.WOOD, **ink(2)) for k in range(6)],
         ripples(1113, 22, 510, 880, "#E6D09A", x0=480, x1=1200, o=0.8),
         ripples(1114, 8, 520, 880, "#8E6E3E", x0=520, x1=1200, o=0.5),
         # the low hill where the family stands
         path("M0 600 C180 560 420 570 560 640 C660 690 700 800 740 900 L0 900 Z", P.GRASS, **ink(3)),
         path("M0 700 C160 680 360 700 520 760 C580 790 610 850 620 900 L0 900 Z", P.GRASS_DARK),
         figure(175, 640, 1.12, JIN, "jurchen", arms=("point", "down"), dress="coat", mood="o"),
         figure(330, 650, 1.05, JIN, "woman", arms=("fold", "down"), mood="flat", skin=P.SKIN2),
         figure(455, 690, 1.0, JIN, "topknot", arms=("hip", "down"), mood="o", child=True),
         grass_tufts(1115, 10, 820, 890, P.GRASS, x0=0, x1=560),
         reeds(700, 760, 1.0, seed=1116), reeds(1150, 840, 1.2, seed=1117)]
    return b


@scene("ch11/c11-han-tuozhou.svg", "Han Tuozhou, a Song official in an orange robe, stands beside a printing table where workers stack freshly printed history books.")
def c11_han_tuozhou():
    T = 700  # table top
    sheets = [line(560, 95, 1060, 110, P.INK, 2)]
    for k in range(5):
        x = 590 + k * 95
        sheets.append(paper_sheet(x, 140 + k * 3, 60, 80, 4))
    b = [rect(0, 0, W, 620, linear([(0, "#E4D6BA"), (1, "#F1E7D3")])),
         rect(0, 620, W, 280, linear([(0, "#B78A5A"), (1, "#8E6440")])),
         *[line(0, 620 + k * 46, W, 620 + k * 46, "#8E6440", 2, opacity="0.5") for k in range(1, 6)],
         rect(0, 0, W, 60, P.WOOD_DARK, **ink(3)), rect(80, 0, 40, 640, P.WOOD, **ink(3)), rect(1080, 0, 40, 640, P.WOOD, **ink(3)),
         *sheets,
         # shelves of finished books
         shelf(620, 1060, 320), shelf(620, 1060, 460),
         book_stack(680, 320, 0.8, 5, 131), book_stack(780, 320, 0.8, 4, 132), book_stack(880, 320, 0.8, 6, 133),
         book_stack(990, 320, 0.8, 3, 134), book_stack(690, 460, 0.8, 6, 135), book_stack(800, 460, 0.8, 5, 136),
         book_stack(920, 460, 0.8, 4, 137), book_stack(1010, 460, 0.8, 6, 138),
         # a window with paper lattice
         rect(200, 130, 300, 220, "#F8EFD8", **ink(3)),
         *[line(200 + k * 50, 130, 200 + k * 50, 350, P.WOOD_DARK, 4) for k in range(1, 6)],
         *[line(200, 130 + k * 55, 500, 130 + k * 55, P.WOOD_DARK, 4) for k in range(1, 4)],
         # printer behind the table, laying a sheet on the inked block
         figure(530, 800, 1.3, PLAIN, "topknot", arms=("reach", "down"), facing=1, skin=P.SKIN2),
         table(760, T + 100, 520, 84, P.WOOD_LIGHT),
         rect(590, T - 58, 210, 44, P.WOOD_DARK, rx=4, **ink(3)),
         *[line(608 + k * 24, T - 50, 608 + k * 24, T - 22, "#3A2A1C", 4) for k in range(8)],
         rect(600, T - 74, 170, 20, P.PAPER, **ink(2)),
         ellipse(850, T - 22, 32, 10, P.INK), line(835, T - 26, 880, T - 80, P.WOOD_DARK, 7),
         book_stack(930, T - 16, 0.9, 6, 139), book_stack(1040, T - 16, 0.9, 4, 140),
         # second worker carrying a fresh stack
         figure(1080, 890, 1.05, TEAL_CLOTH, "topknot", arms=("hold", "hold"), facing=-1),
         book_stack(1052, 800, 0.85, 4, 141),
         # Han Tuozhou
         figure(300, 880, 1.35, SONG, "song_official", arms=("point", "down"), mood="smile")]
    return b


@scene("ch11/c11-war-declared.svg", "A Song herald in orange reads a long scroll aloud to a crowd at a city gate, with banners flying.")
def c11_war_declared():
    b = [sky("day"), clouds(1121, 3, 70, 150, 0.8, 1.1),
         ground(520, P.EARTH, P.FIELD),
         city(0, W, 540, 230, SONG, gate_x=600, towers=(170, 1030), banners=4, roofs_behind=0, seed=1122),
         # wooden platform in front of the gate
         rect(430, 600, 340, 28, P.WOOD_LIGHT, **ink(3)), rect(445, 628, 310, 70, P.WOOD, **ink(3)),
         *[line(445 + k * 62, 628, 445 + k * 62, 698, P.WOOD_DARK, 3) for k in range(1, 5)],
         banner(445, 610, 0.95, SONG, "tall"), banner(755, 610, 0.95, SONG, "swallow"),
         figure(600, 610, 1.15, SONG, "song_official", arms=("hold", "hold"), item="open_scroll", mood="o"),
         # the listening crowd
         crowd_row(0, 420, 700, PLAIN, 0.75, "people", seed=1123, spears=False),
         crowd_row(780, 1200, 700, TEAL_CLOTH, 0.75, "people", seed=1124, spears=False, color=TEAL_CLOTH.light),
         crowd_row(-20, 1220, 790, PLAIN, 1.0, "people", seed=1125, spears=False, color="#C9B99C"),
         crowd_row(-40, 1240, 880, PLAIN, 1.15, "people", seed=1126, spears=False, color="#B5A488"),
         figure(120, 940, 1.2, TEAL_CLOTH, "woman", arms=("up", "down"), mood="o"),
         figure(1070, 940, 1.2, PLAIN, "topknot", arms=("wave", "down"), facing=-1, skin=P.SKIN2)]
    return b


@scene("ch11/c11-attack-1206.svg", "Song defenders in orange stand on the walls of Chuzhou as a Jin army camp in blue packs up its tents to leave.")
def c11_attack_1206():
    b = [sky("day", "#9FCBE6", "#F3E5C8"), clouds(1131, 3, 80, 190, 0.8, 1.2),
         mountains(560, P.MTN_FAR, seed=1132, n=5, hmin=60, hmax=140, x0=400),
         rolling(560, 14, "#CDB573", seed=1133, x0=300),
         round_tree(1160, 590, 0.4), round_tree(560, 585, 0.35, "#E0A040"),
         # the Jin camp packing up: one tent still up, one heaped on the ground, carts and riders leaving
         tent(640, 660, 120, 95, JIN),
         path("M735 662 Q780 628 830 640 Q880 626 905 662 Z", JIN.main, **ink(2)),
         line(760, 662, 820, 604, P.WOOD_DARK, 5), line(800, 662, 850, 612, P.WOOD_DARK, 5),
         supply_cart(880, 770, 0.55, cover=JIN, facing=1, ox=True),
         rider(1090, 700, 0.42, JIN, "jurchen_helmet", gallop=True),
         rider(1000, 640, 0.32, JIN, "jurchen", color=P.HORSE_GREY, gallop=True),
         crowd_row(560, 860, 800, JIN, 0.55, "soldier", seed=1134, banners=1),
         # the wall of Chuzhou, close on the left
         wall(-20, 480, 900, 430),
         rect(480, 470, 30, 430, P.WALL_SHADE, **ink(3)),
         banner(50, 455, 0.95, SONG, "tall"), banner(430, 455, 0.9, SONG, "swallow"),
         figure(140, 520, 1.0, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", facing=1),
         figure(260, 520, 1.05, SONG, "song_helmet", arms=("point", "down"), dress="armour", mood="o"),
         figure(380, 520, 1.0, SONG, "song_helmet", arms=("up", "down"), dress="armour"),
         # front parapet hides the defenders' legs
         rect(-20, 448, 500, 72, P.WALL, **ink(3)), rect(-20, 505, 500, 15, P.WALL_SHADE),
         *[rect(-10 + k * 70, 420, 42, 30, P.WALL, **ink(3)) for k in range(7)],
         grass_tufts(1135, 5, 860, 895, P.GRASS_DARK, x0=900, x1=1200)]
    return b


@scene("ch11/c11-no-uprising.svg", "Tired Song soldiers in orange huddle in cold rain beside empty supply carts, while a few walk away down a muddy road.")
def c11_no_uprising():
    b = [sky("winter", "#7F8C99", "#C3CBD2"), clouds(1141, 5, 60, 200, 1.1, 1.6, "#9AA4AE", 0.8),
         mountains(470, "#95A2AF", seed=1142, n=6, hmin=60, hmax=130),
         ground(470, "#8C8A6A", "#6F6446"),
         road(900, 470, 560, 1200, 30, "#9C8560"),
         ellipse(880, 800, 90, 16, "#8FA3B2", opacity="0.7"), ellipse(930, 600, 50, 10, "#8FA3B2", opacity="0.7"),
         round_tree(1120, 520, 0.42, "#8C8A5A", "#6E6A44", "#A3A070"),
         # a few soldiers walking away up the road, their backs to us
         back_figure(905, 520, 0.28, SONG, "song_helmet", step=1),
         back_figure(935, 580, 0.38, SONG, "song_helmet"),
         back_figure(880, 640, 0.5, SONG, "song_helmet", step=1, bundle=SACK),
         # empty supply carts
         supply_cart(620, 600, 0.5, facing=1),
         supply_cart(430, 700, 0.72, facing=-1),
         # tired soldiers huddled in the rain
         rect(260, 780, 150, 60, P.WOOD, **ink(3)),
         figure(335, 800, 1.05, SONG, "song_helmet", pose="sit", arms=("fold", "fold"), dress="armour", mood="sleep", bow=8),
         figure(130, 870, 1.12, SONG, "song_helmet", arms=("fold", "fold"), dress="armour", mood="flat", bow=6),
         figure(560, 885, 1.1, SONG, "song_helmet", pose="kneel", arms=("hold", "hold"), dress="armour", mood="flat", facing=-1),
         rain(1143, 110, "#E4EDF3")]
    return b


def _karst(x, base, w, h, color) -> str:
    return path(f"M{f(x - w / 2)} {f(base)} C{f(x - w / 2)} {f(base - h * 0.7)} {f(x - w * 0.3)} {f(base - h)} {f(x)} {f(base - h)} "
                f"C{f(x + w * 0.3)} {f(base - h)} {f(x + w / 2)} {f(base - h * 0.7)} {f(x + w / 2)} {f(base)} Z", color)


@scene("ch11/c11-wu-xi.svg", "In a mountain fort in Sichuan, Wu Xi in a Song robe hands a rolled letter to a Jin messenger in blue, while Song officers watch from a doorway.")
def c11_wu_xi():
    b = [sky("dusk", "#8C79B0", "#F6C08A"),
         _karst(150, 520, 240, 330, "#9A9BB8"), _karst(420, 520, 200, 400, "#8E92B0"), _karst(760, 520, 260, 300, "#9A9BB8"),
         _karst(1060, 520, 240, 420, "#8E92B0"),
         mist(420, 1151, 5, "#FCE3CC", 0.7),
         _karst(280, 600, 220, 230, "#5E8A6A"), _karst(960, 600, 260, 260, "#557F61"),
         # courtyard of the mountain fort
         rect(0, 560, W, 340, linear([(0, P.STONE), (1, P.STONE_DARK)])),
         *[line(0, 560 + k * 60, W, 560 + k * 60, P.STONE_DARK, 2, opacity="0.6") for k in range(1, 6)],
         wall(560, 1220, 620, 130, P.STONE, shade=P.STONE_DARK, light="#E4DED3"),
         # the fort building and its doorway, with two Song officers watching
         rect(-10, 230, 420, 420, P.PLASTER, **ink(3)),
         roof(200, 230, 460, 110),
         rect(90, 360, 190, 290, "#2B211C", **ink(3)),
         rect(40, 640, 300, 22, P.STONE_DARK, **ink(3)),
         figure(150, 646, 0.95, SONG, "song_helmet", arms=("down", "down"), dress="armour", mood="o", look=1),
         figure(235, 646, 0.95, SONG, "song_helmet", arms=("hip", "down"), dress="armour", mood="flat", look=1),
         rect(72, 360, 18, 290, P.PILLAR, **ink(2)), rect(280, 360, 18, 290, P.PILLAR, **ink(2)),
         # Wu Xi hands a rolled letter to the Jin messenger
         figure(600, 860, 1.3, SONG, "song_official", arms=("reach", "down"), mood="flat"),
         figure(900, 860, 1.3, JIN, "jurchen", arms=("reach", "down"), dress="coat", facing=-1, skin=P.SKIN2),
         rolled_scroll(752, 708, 0.75),
         horse(1150, 760, 0.55, P.HORSE_BROWN, JIN, facing=-1)]
    return b


@scene("ch11/c11-war-stuck.svg", "Song soldiers in orange and Jin soldiers in blue wait behind two wooden walls facing each other across an empty field in winter.")
def c11_war_stuck():
    b = [sky("winter"), mountains(470, "#9FB0C2", seed=1161, n=5, hmin=90, hmax=170, snow=True),
         ground(470, P.SNOW, P.SNOW_SHADE),
         path("M0 520 Q600 490 1200 530 L1200 560 Q600 520 0 550 Z", P.SNOW_SHADE),
         # the empty field between, with a bare tree
         path("M600 600 L598 480 M598 520 L565 482 M600 505 L635 462 M566 484 L556 470", "none", stroke=P.TRUNK,
              stroke_width="8", stroke_linecap="round"),
         # Song side (left)
         crowd_row(10, 400, 620, SONG, 0.6, "song", seed=1162, banners=2),
         figure(110, 770, 1.05, SONG, "song_helmet", arms=("fold", "down"), dress="armour", mood="flat"),
         figure(270, 770, 1.05, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", mood="flat"),
         palisade(0, 420, 800, 120, seed=1163),
         # Jin side (right)
         crowd_row(800, 1190, 620, JIN, 0.6, "soldier", seed=1164, banners=2),
         figure(930, 770, 1.05, JIN, "jurchen_helmet", arms=("spear", "down"), item="spear", dress="armour", facing=-1, mood="flat"),
         figure(1090, 770, 1.05, JIN, "jurchen_helmet", arms=("fold", "down"), dress="armour", facing=-1, mood="flat"),
         palisade(780, 1200, 800, 120, seed=1165),
         path("M0 800 Q600 760 1200 810 L1200 900 L0 900 Z", P.SNOW),
         *[ellipse(480 + k * 60, 840 + (k % 2) * 24, 10, 5, P.SNOW_SHADE) for k in range(5)],
         snowfall(1166, 100)]
    return b


@scene("ch11/c11-han-falls.svg", "Empress Yang and Shi Miyuan in fine Song robes talk quietly with a group of officials in a palace hall, while guards stand at the doors.")
def c11_han_falls():
    doors = [rect(250, 260, 150, 380, "#2B211C", **ink(3)), rect(800, 260, 150, 380, "#2B211C", **ink(3))]
    b = [interior(660, "#7A2E22", pillars=(60, 1140), panel=g(*doors, screen(600, 640, 300, 300))),
         figure(325, 660, 0.85, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", mood="flat"),
         figure(875, 660, 0.85, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", mood="flat", facing=-1),
         # officials gathered around, listening
         figure(175, 850, 1.1, SONG, "song_official", arms=("fold", "fold"), mood="flat", look=1),
         figure(1025, 850, 1.1, SONG, "song_official", arms=("fold", "fold"), facing=-1, mood="flat", skin=P.SKIN2),
         # Empress Yang and Shi Miyuan talking quietly in the middle
         figure(490, 880, 1.4, SONG, "woman", arms=("hold", "down"), trim=P.GOLD, mood="flat", bow=5),
         figure(720, 880, 1.4, SONG, "song_official", arms=("fold", "fold"), facing=-1, mood="flat", skin=P.SKIN2, bow=5)]
    return b


@scene("ch11/c11-peace-1208.svg", "Song officials in orange and Jin officials in blue sit at a long table with a signed scroll; chests of silver and stacks of cloth wait nearby.")
def c11_peace_1208():
    T = 640
    b = [sky("day"), hills(560, "#9DBE7A", seed=1181, n=4, hmin=40, hmax=90),
         willow(170, 560, 0.7), round_tree(1040, 560, 0.6, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         rect(0, 560, W, 340, linear([(0, P.STONE), (1, P.STONE_DARK)])),
         # the Song officials (left) and the Jin officials (right) behind the long table
         figure(190, 650, 1.2, SONG, "song_official", pose="sit", arms=("hold", "down"), mood="flat"),
         figure(400, 650, 1.2, SONG, "scholar", pose="sit", arms=("fold", "fold"), mood="flat", skin=P.SKIN2),
         figure(800, 650, 1.2, JIN, "jurchen", pose="sit", arms=("fold", "fold"), facing=-1, dress="coat"),
         figure(1000, 650, 1.2, JIN, "jurchen", pose="sit", arms=("point", "down"), facing=-1, dress="coat", skin=P.SKIN2),
         rect(90, T, 1020, 30, P.WOOD, rx=4, **ink(3)), rect(110, T + 30, 980, 90, P.WOOD_DARK, **ink(3)),
         rect(110, T + 30, 980, 14, "#4A2E16"),
         scroll(600, T - 34, 0.62, 280, 110, lines=6, seal=True),
         # the payment waiting nearby
         chest(170, 880, 0.95, open_=True), chest(360, 890, 0.8, open_=True),
         silk_pile(870, 885, 0.85, 6), silk_pile(1050, 892, 0.75, 4),
         # the pavilion eaves framing the top
         rect(0, 0, W, 130, P.ROOF, **ink(3)),
         *[line(k * 60, 0, k * 60, 112, P.ROOF_DARK, 4) for k in range(1, 20)],
         rect(0, 108, W, 34, "#3E7B6E", **ink(3)), rect(0, 116, W, 8, P.GOLD),
         hanging_lantern(300, 142, 0.9), hanging_lantern(900, 142, 0.9),
         rect(20, 130, 44, 770, P.PILLAR, **ink(3)), rect(1136, 130, 44, 770, P.PILLAR, **ink(3))]
    return b

"""Chapter 13: The Fall of the Jin — its title card and pages."""

from __future__ import annotations

from art import palette as P
from art.buildings import city, interior, screen, tent, throne, yurt
from art.cards import card
from art.landscape import birds, clouds, grass_tufts, ground, hills, mountains, reeds, rolling, sky, sun, water, waves
from art.palette import JIN, MONGOL, SONG
from art.people import banner, crowd_row, figure, rider
from art.props import sack, supply_cart, tally_board
from art.sets import round_tree
from art.ships import junk, wake, warship
from art.svg import H, W, circle, g, ink, line, linear, path, place, poly, rect
from art.war import smoke

from . import scene


def broken_banner(x, y, s=1.0, side=JIN) -> str:
    """A fallen banner lying in the grass: the pole snapped in two, the cloth crumpled (nobody near)."""
    K = ink(3)
    out = [line(-200, 0, 40, -14, P.WOOD_DARK, 8), line(60, -6, 190, 4, P.WOOD_DARK, 8),
           path("M52 -14 l8 -6 l6 8 l-6 6 Z", P.WOOD_LIGHT, **ink(2)),
           path("M-190 -4 Q-150 -40 -110 -30 Q-60 -50 -30 -24 Q-10 -10 -40 4 Q-100 14 -150 8 Q-190 10 -190 -4 Z", side.main, **K),
           path("M-150 -30 Q-120 -20 -90 -34 M-120 2 Q-80 -14 -50 -6", "none", stroke=side.dark, stroke_width="5", stroke_linecap="round"),
           circle(198, 4, 8, P.GOLD, **ink(2))]
    return place(g(*out), x, y, s)


def folded_banner(cx, cy, s=1.0, side=JIN) -> str:
    """A banner folded into a neat flat pile, with its tassel (for the empty throne)."""
    K = ink(3)
    out = [rect(-110, -30, 220, 30, side.main, rx=4, **K), rect(-100, -54, 200, 26, side.main, rx=4, **K),
           rect(-90, -76, 180, 24, side.dark, rx=4, **K), line(-84, -64, 84, -64, side.light, 3),
           line(-104, -16, 104, -16, side.dark, 4), path("M110 -20 q24 10 18 40", "none", stroke=P.GOLD, stroke_width="5"),
           circle(128, 24, 7, P.GOLD, **ink(2))]
    return place(g(*out), cx, cy, s)


@scene("ch13/title.svg", "The title card: a small walled town under a grey sky, with Mongol tents in green on one side and Song tents in orange on the other.")
def card13():
    e = [sky("winter", "#9AA9B8", "#DCE2E6"), clouds(1301, 4, 280, 380, 1.0, 1.4, "#C9D1D8", 0.9),
         mountains(580, "#AAB5C0", seed=1302, n=5, hmin=60, hmax=120),
         rect(0, 575, W, 325, linear([(0, "#B9B88C"), (1, "#A2A46E")])),
         # the small walled town in the middle
         city(450, 750, 660, 130, JIN, gate_x=600, towers=(460, 740), banners=2, roofs_behind=2, seed=1303),
         # Mongol tents on one side, Song tents on the other
         tent(140, 680, 130, 100, MONGOL), tent(320, 730, 150, 115, MONGOL), yurt(150, 790, 170, 105, MONGOL.main),
         tent(380, 810, 120, 90, MONGOL), banner(250, 770, 0.75, MONGOL, "swallow"),
         tent(860, 690, 130, 100, SONG), tent(1050, 730, 150, 115, SONG), tent(880, 800, 140, 100, SONG),
         tent(1080, 820, 120, 90, SONG), banner(960, 780, 0.75, SONG, "tall")]
    return [card(13, g(*e))]


@scene("ch13/c13-kaifeng-falls.svg", "Mongol soldiers in green stand outside the tall gates of Kaifeng, while Jin officials in blue leave by a back road in covered carts.")
def c13_kaifeng_falls():
    b = [sky("winter", "#A3AFBA", "#E0E4E6"), clouds(1311, 3, 60, 160, 1.0, 1.3, "#D5DCE1", 0.9),
         smoke(330, 300, 0.9, P.SMOKE_LIGHT, 0.6, seed=1312, lean=0.6),
         hills(520, "#A9B39A", seed=1313, n=4, hmin=40, hmax=90, bottom=560),
         # the back road leading away to the south-east, with the Jin court's covered carts
         ground(540, "#C4BC94", "#AFA77C"),
         path("M700 620 Q900 560 1000 520 Q1100 490 1230 480", "none", stroke=P.EARTH, stroke_width="40", stroke_linecap="round"),
         supply_cart(1080, 520, 0.3, cover=JIN, ox=True),
         supply_cart(900, 590, 0.4, cover=JIN, ox=True),
         rider(1170, 505, 0.22, JIN, "jurchen"),
         # Kaifeng's tall wall and gate, now flying Mongol banners
         city(-30, 760, 640, 300, None, gate_x=330, towers=(40, 680), roofs_behind=0, seed=1314),
         banner(40, 300, 0.8, MONGOL, "tall"), banner(680, 300, 0.8, MONGOL, "swallow"),
         # Mongol soldiers standing outside the gate
         crowd_row(-20, 760, 720, MONGOL, 0.65, "mongol", seed=1315, banners=0),
         figure(190, 880, 1.2, MONGOL, "mongol", arms=("spear", "down"), item="spear", dress="coat", mood="flat"),
         figure(450, 880, 1.2, MONGOL, "mongol", arms=("banner", "down"), item="banner", dress="coat"),
         figure(640, 890, 1.25, MONGOL, "mongol", arms=("point", "down"), dress="coat", mood="o", look=1),
         supply_cart(760, 660, 0.5, cover=JIN, ox=True),
         grass_tufts(1316, 6, 840, 895, "#9A9468", x0=760, x1=1200)]
    return b


@scene("ch13/c13-aizong-asks.svg", "Two Jin envoys in blue kneel before Song officials in orange in a palace hall, holding out a rolled letter.")
def c13_aizong_asks():
    b = [interior(560, "#6A2B22", pillars=(90, 1110), lanterns=True),
         screen(900, 560, 380, 300),
         # a red carpet runs up to the Song officials' dais
         poly([(420, 560), (760, 560), (900, 900), (120, 900)], "#A8322A", opacity="0.9"),
         rect(640, 600, 560, 50, P.STONE, **ink(3)), rect(620, 640, 600, 30, "#E9E4DA", **ink(3)),
         # Song officials receive the envoys
         figure(780, 610, 1.15, SONG, "song_official", arms=("fold", "fold"), facing=-1, mood="flat"),
         figure(1000, 610, 1.25, SONG, "song_official", arms=("hip", "down"), facing=-1, mood="flat", skin=P.SKIN2),
         figure(1120, 640, 1.05, SONG, "song_helmet", arms=("spear", "down"), item="spear", dress="armour", facing=-1, mood="flat"),
         # the two Jin envoys kneeling with their rolled letter
         figure(270, 850, 1.35, JIN, "jurchen", pose="kneel", arms=("hold", "hold"), item="scroll", mood="flat", bow=4),
         figure(470, 820, 1.2, JIN, "jurchen", pose="kneel", arms=("fold", "fold"), mood="flat", bow=8, skin=P.SKIN2)]
    return b


@scene("ch13/c13-mongol-alliance.svg", "Song carts in orange loaded with sacks of grain roll into a Mongol camp of green tents, where Mongol officers count the sacks.")
def c13_mongol_alliance():
    b = [sky("day", "#8EC4E8", "#E8F3F4"), clouds(1321, 3, 60, 160, 0.8, 1.2),
         mountains(470, "#B4C1CF", seed=1322, n=5, hmin=50, hmax=110),
         rect(0, 468, W, 432, linear([(0, "#CFCB86"), (1, "#BDB874")])),
         # the Mongol camp of green tents
         yurt(760, 560, 150, 100, MONGOL.main, smoke=True), tent(940, 560, 140, 110, MONGOL), yurt(1110, 580, 170, 115, MONGOL.main),
         tent(620, 540, 110, 85, MONGOL),
         banner(860, 575, 0.7, MONGOL, "swallow"),
         # Song carts rolling in with grain
         supply_cart(170, 640, 0.55, load="sacks", cloth=SONG, ox=True),
         supply_cart(220, 850, 0.9, load="sacks", cloth=SONG, ox=True),
         figure(90, 860, 1.0, SONG, "topknot", arms=("hold", "down"), skin=P.SKIN2),
         # sacks being counted
         sack(700, 800, 1.1), sack(780, 805, 1.1), sack(860, 800, 1.1), sack(740, 745, 1.05), sack(820, 745, 1.05),
         sack(780, 690, 1.0),
         figure(960, 880, 1.3, MONGOL, "mongol", arms=("point", "down"), dress="coat", facing=-1, mood="o"),
         figure(1110, 870, 1.2, MONGOL, "mongol", arms=("hold", "down"), dress="coat", facing=-1, skin=P.SKIN2),
         tally_board(1050, 800, 0.7),
         grass_tufts(1323, 10, 820, 895, "#A9A55E", x0=300, x1=700)]
    return b


@scene("ch13/c13-caizhou.svg", "Meng Gong in orange armor sits on horseback outside the walls of Caizhou, with Song soldiers behind him and Mongol tents in green farther along the walls.")
def c13_caizhou():
    b = [sky("winter", "#9FB4C6", "#E2E8EA"), clouds(1331, 3, 60, 170, 1.0, 1.4, "#EEF2F4", 0.9),
         rect(0, 470, W, 430, linear([(0, "#B9BC92"), (1, "#A4A878")])),
         # the walls of Caizhou, with Mongol tents farther along them
         city(300, 1220, 540, 150, JIN, gate_x=760, towers=(330, 1180), banners=2, roofs_behind=3, seed=1332),
         tent(980, 600, 120, 90, MONGOL), tent(1110, 610, 130, 95, MONGOL), yurt(1050, 650, 110, 70, MONGOL.main),
         banner(1170, 640, 0.55, MONGOL, "swallow"),
         # the Song army behind its general
         crowd_row(-20, 560, 600, SONG, 0.6, "song", seed=1333, banners=3),
         crowd_row(-20, 460, 700, SONG, 0.8, "song", seed=1334),
         grass_tufts(1335, 8, 830, 895, "#8F935E"),
         # Meng Gong on horseback
         rider(600, 890, 1.4, SONG, "song_helmet", color=P.HORSE_WHITE, arms=("point", "down"), mood="flat")]
    return b


@scene("ch13/c13-aizong-end.svg", "A Jin banner in blue lies folded on an empty throne in a quiet, dim hall.")
def c13_aizong_end():
    b = [rect(0, 0, W, 620, linear([(0, "#1E1416"), (1, "#3A2522")])),
         rect(0, 620, W, 280, linear([(0, "#4A3426"), (1, "#2A1E18")])),
         # a pale shaft of light from a high window
         rect(560, 60, 120, 90, "#5E5A6E", **ink(3)), line(620, 60, 620, 150, "#2A1E18", 5),
         poly([(560, 150), (680, 150), (860, 760), (400, 760)], "#F3E6C2", opacity="0.12"),
         rect(120, 0, 60, 650, "#5A2A20", **ink(3)), rect(1020, 0, 60, 650, "#5A2A20", **ink(3)),
         # the empty throne with the folded Jin banner
         throne(600, 760, 1.35, color="#B8901A", cushion=JIN.dark),
         folded_banner(600, 595, 0.9, JIN),
         # cold braziers
         path("M230 700 L330 700 L310 760 L250 760 Z", P.COPPER, **ink(3)), line(255, 760, 245, 800, P.INK, 5),
         line(305, 760, 315, 800, P.INK, 5),
         path("M870 700 L970 700 L950 760 L890 760 Z", P.COPPER, **ink(3)), line(895, 760, 885, 800, P.INK, 5),
         line(945, 760, 955, 800, P.INK, 5),
         rect(0, 0, W, H, "#101018", opacity="0.18")]
    return b


@scene("ch13/c13-wars-end.svg", "A quiet field at sunset with a broken Jin banner in blue on the ground and a Song banner in orange standing upright nearby.")
def c13_wars_end():
    b = [sky("dusk"), sun(860, 470, 70, "#FFC46B"),
         clouds(1351, 3, 80, 200, 0.9, 1.3, "#F7C9A8", 0.6),
         mountains(500, "#8E7FA6", seed=1352, n=6, hmin=60, hmax=130),
         rect(0, 498, W, 402, linear([(0, "#B9A86A"), (1, "#8C8A4E")])),
         rolling(560, 14, "#A8A060", seed=1353),
         birds(300, 260, 3, 1.0, P.INK, seed=1354),
         grass_tufts(1355, 18, 640, 895, "#76743E"),
         # the Song banner still standing
         banner(820, 780, 1.6, SONG, "tall"),
         # the broken Jin banner lying in the grass
         broken_banner(430, 800, 1.9, JIN),
         reeds(1050, 860, 1.2, color="#8E8A4A", seed=1356), reeds(130, 880, 1.1, color="#8E8A4A", seed=1357)]
    return b


@scene("ch13/c13-mongols-turn.svg", "Song ships with orange sails and Mongol ships with green sails face each other on a wide sea near a green southern coast, with smoke far away.")
def c13_mongols_turn():
    b = [sky("day", "#86BDE0", "#E4F1F5"), clouds(1361, 3, 60, 170, 0.9, 1.3),
         smoke(760, 440, 0.5, P.SMOKE, 0.45, seed=1362, lean=0.5),
         # the green southern coast
         path("M700 440 Q800 330 920 380 Q1030 300 1130 360 Q1200 340 1220 360 L1220 470 L700 470 Z", "#5E9B4A"),
         path("M760 460 Q860 400 960 430 Q1060 390 1220 420 L1220 480 L760 480 Z", "#76A84A"),
         round_tree(1000, 440, 0.25, P.LEAF, P.LEAF_DARK, "#7DB35F"), round_tree(1150, 430, 0.28, P.LEAF, P.LEAF_DARK, "#7DB35F"),
         water(460, P.WATER, P.WATER_DARK),
         waves(520, P.WATER_LIGHT, 8, 14, 4, 0.8), waves(640, P.WATER_LIGHT, 10, 10, 5, 0.8),
         # the fleets face each other
         warship(300, 640, 0.55, SONG, sail=SONG.main),
         junk(130, 560, 0.45, SONG.light, 2, SONG),
         warship(900, 700, 0.6, MONGOL, facing=-1, sail=MONGOL.main),
         junk(1100, 600, 0.45, MONGOL.light, 2, MONGOL, facing=-1),
         waves(780, P.WATER_LIGHT, 12, 8, 6, 0.9), wake(300, 660, 420), wake(900, 720, 440)]
    return b

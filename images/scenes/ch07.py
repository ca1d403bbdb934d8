"""Chapter 7: The Move South — its title card and pages."""

from __future__ import annotations

from art import buildings as B
from art import landscape as L
from art import objects as O
from art import palette as P
from art import people as F
from art import ships as S
from art import war as X
from art.cards import card
from art.cast import jin_rider, jin_soldier, official, song_soldier
from art.sets import kaifeng
from art.svg import H, W, circle, clip, g, ink, line, linear, path, place, poly, rect, rng, smooth

from . import scene


@scene("ch07/title.svg", "The title card: a line of Song boats with orange sails travels down a wide canal toward the south, past green rice fields.")
def card07():
    em = [L.sky("day", h=800), L.clouds(71, 3, 230, 300),
          L.ground(420, "#8CC06A"),
          path("M560 420 L640 420 L1000 800 L160 800 Z", linear([(0, P.WATER_LIGHT), (1, P.WATER)])),
          L.willow(460, 470, 0.45), L.willow(760, 470, 0.45), L.willow(300, 600, 0.7), L.willow(930, 600, 0.7)]
    for k in range(6):
        yy = 440 + k * 50
        em.append(line(0, yy, 470 - (yy - 420) * 0.9, yy, "#6FA352", 4))
        em.append(line(730 + (yy - 420) * 0.9, yy, W, yy, "#6FA352", 4))
    em += [S.junk(575, 470, 0.13, P.SONG.main, 1, P.SONG), S.junk(640, 540, 0.2, P.SONG.main, 1, P.SONG),
           S.junk(520, 640, 0.3, P.SONG.main, 2, P.SONG), S.junk(700, 790, 0.46, P.SONG.main, 2, P.SONG)]
    return [card(7, g(*em))]


@scene("ch07/c07-jin-not-ready.svg", "Jin leaders in blue stand around a large map of China in a tent, looking surprised at how much of the north is now coloured blue.")
def c07_jin_not_ready():
    out = [rect(0, 0, W, H, linear([(0, "#D9C9A4"), (1, "#C4B088")])),
           *[path(f"M{x} 0 Q{x + 50} 280 {x} 560", "none", stroke="#B59E74", stroke_width="6") for x in range(80, 1200, 180)],
           path("M-20 -20 L1220 -20 L1220 90 Q600 180 -20 90 Z", P.JIN.main, **ink(4)),
           rect(0, 560, W, 340, "#9C8462")]
    # the big map hanging on a frame
    out.append(rect(300, 150, 600, 420, P.WOOD_DARK, **ink(4)))
    out.append(O.china_map(1142, (320, 170, 880, 550), dim=["xia"], highlight="jin"))
    out.append(F.figure(170, 880, 1.55, P.JIN, "jurchen_helmet", "stand", ("up", "down"), 1, "o", "armour"))
    out.append(F.figure(450, 900, 1.5, P.JIN, "jurchen", "stand", ("point", "hip"), 1, "o", "coat"))
    out.append(F.figure(770, 900, 1.5, P.JIN, "jurchen", "stand", ("up", "up"), -1, "o", "robe", trim=P.GOLD))
    out.append(F.figure(1040, 880, 1.55, P.JIN, "jurchen_helmet", "stand", ("hip", "down"), -1, "o", "armour"))
    return out


@scene("ch07/c07-da-chu.svg", "Zhang Bangchang sits stiffly on a throne while Jin officers in blue stand behind him; through a window, villagers with farm tools gather on a hillside.")
def c07_da_chu():
    out = [B.interior(640, wall_color="#7E3526", pillars=(60, 1140), lanterns=False)]
    # the window on the right with the hillside outside
    out.append(rect(760, 140, 320, 260, "#BFE0F2", **ink(4)))
    out.append(clip(rect(760, 140, 320, 260, "#000"),
                    path("M740 420 L740 300 C820 250 960 240 1100 290 L1100 420 Z", "#9CC27A", **ink(2)),
                    *[F.figure(x, y, 0.3, P.PLAIN, "topknot", "stand", (a, "down"), -1, "cross", "coat", it)
                      for x, y, a, it in ((840, 330, "spear", "hoe"), (900, 320, "wave", None), (960, 318, "spear", "rake"),
                                          (1020, 326, "spear", "hoe"), (880, 370, "up", None), (990, 372, "spear", "rake"))]))
    out.append(rect(760, 140, 320, 260, "none", stroke=P.WOOD_DARK, stroke_width="14"))
    out.append(line(920, 140, 920, 400, P.WOOD_DARK, 8))
    out.append(F.figure(240, 700, 1.3, P.JIN, "jurchen_helmet", "stand", ("spear", "down"), 1, "flat", "armour", "spear"))
    out.append(F.figure(640, 700, 1.3, P.JIN, "jurchen_helmet", "stand", ("hip", "down"), -1, "flat", "armour"))
    out.append(B.throne(440, 800, 1.2, P.GOLD, "#8C7B64"))
    out.append(F.figure(440, 820, 1.45, P.TEAL_CLOTH, "emperor_song", "sit", ("down", "down"), 1, "flat", "robe", trim=P.GOLD, beard=True))
    return out


@scene("ch07/c07-zhao-gou-escapes.svg", "A young Song prince in orange rides with a few guards along a country road at dusk, looking back over his shoulder toward the north.")
def c07_zhao_gou_escapes():
    out = [L.sky("dusk"), L.sun(1000, 420, 50, "#FFC27A"),
           L.hills(450, "#7D7A9A", 701, 4, 60, 130),
           L.ground(450, "#8E8A6E"),
           path("M-20 620 C300 560 700 600 1220 520 L1220 600 C700 680 300 640 -20 700 Z", "#C9B48A"),
           L.leafy_tree(1080, 560, 0.8, color="#5E7A4A"), L.willow(160, 560, 0.7, "#6E8A56", "#4E6A3A")]
    prince = F.figure(0, 0, 1, P.SONG, "scholar", "ride", ("down", "down"), 1, "worried", "robe", trim=P.GOLD, look=-1)
    out.append(F.rider(960, 700, 0.75, P.SONG, "song_helmet", P.HORSE_BROWN, False, 1, ("banner", "down"), "banner"))
    out.append(F.rider(240, 720, 0.8, P.SONG, "song_helmet", P.HORSE_BLACK, False, 1, ("spear", "down"), "spear"))
    out.append(F.horse(600, 820, 1.15, P.HORSE_WHITE, P.SONG, facing=1, rider=prince, mane="#C9C2B6"))
    out.append(L.grass_tufts(702, 10, 800, 900, "#6F7A52"))
    out.append(L.birds(600, 200, 3, 1.0, "#3A3350"))
    return out


@scene("ch07/c07-end-of-da-chu.svg", "Zhang Bangchang takes off a crown and places it on a table in an empty palace hall, while Song officials in orange watch from the doorway.")
def c07_end_of_da_chu():
    out = [B.interior(640, wall_color="#6E2E22", pillars=(80, 700), lanterns=False)]
    # doorway on the right with officials peeking
    out.append(rect(820, 160, 320, 500, "#F3D9A6", **ink(4)))
    out.append(official(900, 660, 1.05, facing=-1, arms=("fold", "fold"), mood="o"))
    out.append(official(1060, 680, 1.1, facing=-1, arms=("hip", "down"), mood="flat"))
    out.append(rect(800, 140, 360, 30, P.WOOD_DARK, **ink(3)))
    out.append(rect(800, 140, 30, 520, P.PILLAR, **ink(3)))
    out.append(rect(1130, 140, 30, 520, P.PILLAR, **ink(3)))
    # table with the crown being set down
    out.append(B.table(520, 860, 320, 110))
    out.append(F.figure(300, 880, 1.6, P.TEAL_CLOTH, "topknot", "stand", ("reach", "down"), 1, "flat", "robe", trim=P.GOLD, beard=True))
    out.append(place(g(path("M-40 0 L-44 -50 L-20 -30 L0 -60 L20 -30 L44 -50 L40 0 Z", P.GOLD, **ink(3)), rect(-44, -8, 88, 12, P.GOLD_DARK, **ink(2))),
                     500, 740))
    return out


@scene("ch07/c07-zong-ze-begs.svg", "General Zong Ze in orange armour kneels before young Emperor Gaozong, pointing north toward the walls of Kaifeng in the distance.")
def c07_zong_ze_begs():
    out = [L.sky("day", "#A3CFEA", "#EAF5F9"), L.clouds(711, 3, 50, 130),
           kaifeng(430, 60, P.SONG, 2, x0=40, x1=520, gate_x=280, towers=(60, 500), roofs=2, outline=False),
           L.ground(430, "#C7C592"), L.rolling(480, 10, "#BBB985", 712),
           rect(560, 620, 660, 280, P.STONE, **ink(3)), rect(560, 610, 660, 16, "#E9E4DA", **ink(3))]
    out.append(F.figure(930, 860, 1.55, P.SONG, "emperor_song", "stand", ("down", "hip"), -1, "flat", "robe", trim=P.GOLD))
    out.append(F.figure(620, 860, 1.55, P.SONG, "song_helmet", "kneel", ("up", "fold"), -1, "worried", "armour", beard=True))
    out.append(O.arrow_path([(520, 560), (420, 500), (330, 470)], "#FFFFFF", 10, 26))
    out.append(F.banner(1160, 620, 1.0, P.SONG, "tall"))
    return out


@scene("ch07/c07-southern-song-begins.svg", "Boats with orange flags carry the Song court down a long, straight canal lined with willow trees, heading south.")
def c07_southern_song_begins():
    out = [L.sky("day", "#9ED0EE", "#EAF6FA"), L.clouds(721, 4, 50, 150),
           L.ground(440, "#A9CB7E"),
           rect(0, 560, W, 150, linear([(0, P.WATER_LIGHT), (1, P.WATER)])),
           rect(0, 550, W, 14, "#C9B48A"), rect(0, 704, W, 14, "#C9B48A"),
           L.ground(716, "#9CC27A")]
    for x in (60, 280, 500, 720, 940, 1160):
        out.append(L.willow(x, 560, 0.75))
    out.append(S.junk(200, 690, 0.42, P.CANVAS_SAIL, 1, P.SONG, facing=1, length=420))
    out.append(S.junk(560, 690, 0.5, P.CANVAS_SAIL, 2, P.SONG, facing=1, length=460))
    out.append(S.junk(960, 690, 0.42, P.CANVAS_SAIL, 1, P.SONG, facing=1, length=420))
    out.append(L.ripples(722, 10, 600, 700, s=0.8))
    for x in (120, 420, 780, 1080):
        out.append(L.willow(x, 890, 1.0))
    out.append(L.grass_tufts(723, 10, 820, 900, "#7FA34D"))
    return out


@scene("ch07/c07-escape-on-horseback.svg", "Emperor Gaozong gallops on a horse along a road with a few orange-clad guards, while far behind, a cloud of dust shows Jin riders in blue.")
def c07_escape_on_horseback():
    out = [L.sky("day", "#9CCBE8", "#E8F4F8"), L.clouds(731, 3, 50, 150),
           L.hills(420, "#A6C07E", 732, 4, 40, 100), L.ground(420, "#C2BE8A"),
           poly([(-20, 470), (300, 440), (1220, 720), (1220, 860), (-20, 520)], "#E0D0A2")]
    # dust cloud far behind, with small Jin riders
    for k in range(6):
        out.append(circle(40 + k * 50, 440 - (k % 2) * 20, 50 + k * 4, "#E6D6AA", opacity="0.8"))
    for x, y in ((90, 470), (170, 462), (240, 470)):
        out.append(jin_rider(x, y, 0.16, gallop=True, facing=1))
    out.append(F.rider(560, 660, 0.6, P.SONG, "song_helmet", P.HORSE_BROWN, True, 1, ("banner", "down"), "banner"))
    gz = F.figure(0, 0, 1, P.SONG, "emperor_song", "ride", ("down", "down"), 1, "worried", "robe", trim=P.GOLD, look=-1)
    out.append(F.horse(820, 820, 1.0, P.HORSE_CHESTNUT, P.SONG, gallop=True, facing=1, rider=gz))
    out.append(F.rider(380, 820, 0.8, P.SONG, "song_helmet", P.HORSE_GREY, True, 1))
    for k in range(4):
        out.append(line(180 + k * 40, 700 + k * 40, 280 + k * 40, 700 + k * 40, "#FFFFFF", 6, opacity="0.6"))
    return out


@scene("ch07/c07-wuzhu-crosses.svg", "Wuzhu in blue armour stands in a boat crossing a very wide river, with many more Jin boats behind him and a walled city on the far bank.")
def c07_wuzhu_crosses():
    out = [L.sky("winter", "#A9BCCD", "#E6ECF0"),
           L.hills(330, "#9FB094", 741, 5, 20, 60),
           B.city(300, 900, 330, 50, P.SONG, 600, (320, 880), banners=2, outline=False, roofs_behind=3),
           L.water(330, "#7FA9C8", "#3E739C"),
           L.ripples(742, 20, 360, 880)]
    boats = [(200, 400, 0.18), (420, 390, 0.16), (700, 410, 0.2), (950, 395, 0.17), (120, 470, 0.26), (520, 480, 0.28),
             (860, 470, 0.26), (1100, 490, 0.3), (300, 580, 0.38), (1000, 600, 0.4)]
    for x, y, s in boats:
        out.append(S.sampan(x, y, s * 1.6, facing=1, cover=False, color=P.WOOD))
        out.append(F.crowd_row(x - 70 * s * 1.6, x + 60 * s * 1.6, y - 40 * s * 1.6, P.JIN, 0.5 * s * 1.6, "jurchen", seed=int(x), spears=True,
                               outline=s > 0.3))
        out.append(F.banner(x + 90 * s * 1.6, y - 20 * s, 0.35 * s * 1.6 / 0.5, P.JIN, "triangle"))
    # Wuzhu's boat in front
    out.append(S.sampan(620, 820, 1.5, facing=1, cover=False, color=P.WOOD))
    out.append(F.figure(600, 770, 1.3, P.JIN, "jurchen_helmet", "stand", ("point", "hip"), 1, "smile", "armour", trim=P.GOLD))
    out.append(F.banner(800, 790, 0.9, P.JIN, "tall"))
    out.append(jin_soldier(420, 790, 0.9, facing=1, arms=("spear", "down")))
    out.append(L.waves(860, P.WATER_LIGHT, 10, 10, 5))
    return out


@scene("ch07/c07-battle-near-ningbo.svg", "Song soldiers in orange hold a line across a coastal road near a town, blocking Jin soldiers in blue, while a small group rides away behind them.")
def c07_battle_near_ningbo():
    out = [L.sky("day", "#9ACBEA", "#E6F3F8"), L.clouds(751, 3, 40, 120),
           L.water(380, "#5FA3CF", "#3D7BA8"), L.waves(420, P.WATER_LIGHT, 6, 10, 3),
           path("M-20 900 L-20 380 L700 380 C800 420 860 520 900 600 C940 700 980 800 1000 900 Z", "#C3C18E"),
           B.house(420, 420, 120, 50, outline=False), B.house(560, 425, 110, 46, outline=False), B.pagoda(660, 430, 50, 5, outline=False),
           poly([(440, 430), (520, 430), (560, 900), (160, 900)], "#E0D0A2")]
    # a small group riding away behind the Song line (toward the town)
    out.append(F.rider(470, 470, 0.2, P.SONG, "emperor_song", P.HORSE_WHITE, True, -1, trim=P.GOLD))
    out.append(F.rider(520, 480, 0.2, P.SONG, "song_helmet", P.HORSE_BROWN, True, -1))
    out.append(F.rider(420, 485, 0.2, P.SONG, "song_helmet", P.HORSE_BLACK, True, -1))
    # the Song line across the road, facing the viewer's left-front where the Jin come from
    out.append(F.crowd_row(140, 800, 600, P.SONG, 0.55, "song", seed=752, spears=True, banners=3))
    for x in (200, 360, 520, 680):
        out.append(song_soldier(x, 760, 0.9, facing=-1, arms=("hold", "spear"), item="shield"))
    # Jin soldiers held back in the foreground left
    out.append(jin_soldier(60, 900, 1.1, facing=1))
    out.append(jin_soldier(880, 900, 1.1, facing=-1, arms=("spear", "hip")))
    out.append(F.banner(980, 900, 1.0, P.JIN, "tall"))
    return out


@scene("ch07/c07-emperor-at-sea.svg", "Song ships with orange sails sail past small green islands on a blue sea; far behind, a few Jin boats with blue flags turn back toward the shore.")
def c07_emperor_at_sea():
    out = [L.sky("day", "#7FC0EA", "#E2F2FA"), L.sun(1050, 120, 50), L.clouds(761, 3, 60, 180),
           path("M-20 360 L-20 330 C80 320 200 330 300 360 Z", "#8FA878"),
           L.water(360, "#4FA0D6", "#2A6A9E"),
           path("M620 400 C660 340 760 330 820 400 Z", "#6FAE5A", **ink(2)), L.leafy_tree(720, 370, 0.25),
           path("M950 430 C990 380 1080 380 1120 430 Z", "#7DBA63", **ink(2)),
           path("M300 470 C340 420 420 410 470 470 Z", "#6FAE5A", **ink(2)),
           L.waves(480, P.WATER_LIGHT, 6, 12, 3)]
    for x, y in ((120, 380), (200, 385)):
        out.append(S.sampan(x, y, 0.18, facing=-1, cover=False))
        out.append(F.banner(x - 10, y - 10, 0.18, P.JIN, "triangle"))
    out.append(S.junk(760, 560, 0.42, P.SONG.main, 2, P.SONG, facing=1))
    out.append(S.junk(300, 720, 0.62, P.SONG.main, 2, P.SONG, facing=1, crew=3, crew_side=P.SONG))
    out.append(S.junk(900, 870, 0.75, P.SONG.main, 3, P.SONG, facing=1))
    out.append(L.waves(800, "#D5EAF6", 12, 8, 5))
    return out


@scene("ch07/c07-trapped-on-the-yangtze.svg", "Tall Song warships with orange sails block a wide river, while small Jin boats with blue flags wait along the southern bank.")
def c07_trapped_on_the_yangtze():
    out = [L.sky("winter", "#9FB6CA", "#E1E9EF"),
           L.hills(300, "#98AE8E", 771, 4, 30, 80),
           L.water(300, "#6A9CC2", "#35709C"), L.ripples(772, 14, 320, 640)]
    for x, y, s in ((200, 470, 0.55), (620, 500, 0.62), (1040, 470, 0.55)):
        out.append(S.warship(x, y, s, P.SONG, facing=1 if x < 600 else -1, sail=P.SONG.main))
    # southern bank in front, with small Jin boats tied up
    out.append(path("M-20 900 L-20 700 C200 680 500 700 700 690 C900 680 1100 700 1220 690 L1220 900 Z", "#B9B58A", **ink(3)))
    for x in (150, 420, 700, 980):
        out.append(S.sampan(x, 700, 0.55, facing=1, cover=False, color=P.WOOD))
        out.append(F.banner(x + 60, 690, 0.45, P.JIN, "triangle"))
    out.append(jin_soldier(300, 880, 0.9, facing=1, mood="worried"))
    out.append(jin_soldier(820, 900, 0.95, facing=-1, mood="flat", arms=("hip", "down"), item=None))
    out.append(L.reeds(560, 900, 1.2, seed=773))
    out.append(L.bamboo(1120, 900, 0.9, 4, 774))
    return out


@scene("ch07/c07-fire-arrows.svg", "At night, Jin archers in blue on the riverbank shoot glowing fire arrows toward tall Song ships with orange sails, which are catching fire. No one is hurt.")
def c07_fire_arrows():
    out = [L.sky("night"), L.stars(781, 40, 300), L.moon(160, 110, 36),
           L.water(380, "#24345E", "#141D38")]
    out.append(S.warship(820, 560, 0.75, P.SONG, facing=-1, sail=P.SONG.main, crew=False))
    out.append(S.warship(350, 520, 0.5, P.SONG, facing=1, sail=P.SONG.main, crew=False))
    out.append(X.glow(820, 360, 360, P.FIRE, 0.45))
    out.append(X.fire(700, 960, 330, 1.0, 782))
    out.append(X.fire(300, 420, 330, 0.6, 783))
    out.append(X.smoke(860, 200, 0.8, P.SMOKE, 0.5, seed=784))
    out.append(path("M-20 900 L-20 700 C300 660 600 680 1220 720 L1220 900 Z", "#2E3A2E", **ink(3)))
    for x, y, ang in ((560, 520, -18), (660, 470, -22), (480, 430, -26), (740, 420, -20)):
        out.append(X.fire_arrow(x, y, ang, 1.0))
    for x, y, s in ((160, 860, 1.0), (380, 880, 1.05), (600, 860, 0.95)):
        out.append(jin_soldier(x, y, s, facing=1, arms=("bow_arms", "down"), item="bow"))
    out.append(F.banner(60, 860, 0.9, P.JIN, "tall"))
    return out


@scene("ch07/c07-linan-capital.svg", "A bird's-eye view of Lin'an: a walled city beside a big lake, with flooded rice fields around it and the sea in the distance, and orange Song flags on the walls.")
def c07_linan_capital():
    out = [L.sky("day", "#A5D3EE", "#EAF6FA", h=200),
           L.water(160, "#6FB0DA", "#4F94C6", h=80),
           rect(0, 230, W, 670, "#9CC27A")]
    # flooded rice-field patchwork
    r = rng(791)
    for row in range(6):
        y = 240 + row * 110
        for col in range(9):
            x = col * 140 - (row % 2) * 60
            out.append(rect(x + 6, y + 6, 128, 98, r.choice(["#B7DCD0", "#A8D3C6", "#9CC98A", "#B5D88E"]), rx=8))
    # West Lake on the left
    out.append(path(smooth([(60, 420), (160, 330), (340, 340), (440, 430), (420, 600), (300, 700), (140, 680), (50, 560)], closed=True),
                    P.WATER, **ink(4)))
    out.append(L.ripples(792, 8, 420, 660, x0=100, x1=400))
    out.append(path("M140 600 L360 420", "none", stroke="#C9B48A", stroke_width="10"))
    # the walled city seen from above (a slanted rectangle)
    wall_ = [(520, 330), (1100, 300), (1160, 760), (560, 820)]
    out.append(poly(wall_, P.WALL, **ink(5)))
    inner = [(550, 360), (1080, 332), (1130, 736), (585, 790)]
    out.append(poly(inner, "#E9DEC4", **ink(3)))
    for i in range(4):
        for j in range(3):
            x = 600 + i * 120 + j * 12
            y = 390 + j * 130 + i * -6
            out.append(rect(x, y, 90, 56, P.PLASTER, **ink(2)))
            out.append(poly([(x - 6, y + 4), (x + 45, y - 26), (x + 96, y + 4)], P.ROOF, **ink(2)))
    out.append(line(560, 560, 1140, 530, "#C9B48A", 14))
    for bx, by in ((520, 330), (1100, 300), (1160, 760), (560, 820), (830, 315), (860, 790)):
        out.append(F.banner(bx, by, 0.4, P.SONG, "tall"))
    out.append(path("M1180 240 C1100 400 1200 600 1160 900", "none", stroke=P.WATER, stroke_width="26"))
    return out


@scene("ch07/c07-linan-grew-big.svg", "A busy street in Lin'an with shops, crowds, carts and boats on a canal, and families with bundles arriving through a city gate.")
def c07_linan_grew_big():
    out = [L.sky("day", "#A9D4EE", "#ECF7FA"),
           B.wall(-20, 1220, 330, 180), B.gate(900, 330, 120, 140, open_=True), B.pavilion(900, 150, 260, 70),
           F.banner(770, 150, 0.45, P.SONG, "tall"), F.banner(1030, 150, 0.45, P.SONG, "tall"),
           rect(0, 330, W, 330, "#D9CCAA")]
    # families arriving through the gate
    out.append(F.figure(880, 420, 0.45, P.PLAIN, "topknot", "walk", ("hold", "down"), -1, "smile", "coat", "bundle"))
    out.append(F.figure(940, 430, 0.42, P.TEAL_CLOTH, "woman", "walk", ("hold", "down"), -1, "smile", "robe", "bundle"))
    out.append(F.figure(990, 440, 0.42, P.PLAIN, "child", "walk", ("wave", "down"), -1, "smile", "robe", child=True))
    # shops along the street
    out.append(B.house(140, 470, 220, 110, P.ROOF))
    out.append(B.stall(380, 520, 200, 150, "#C8553D"))
    out.append(B.house(620, 500, 200, 100, P.ROOF))
    out.append(F.crowd_row(200, 760, 560, P.PLAIN, 0.45, "people", seed=801, spears=False))
    out.append(O.cart(860, 640, 0.5, "silk", facing=-1))
    out.append(F.figure(300, 650, 0.8, P.SONG, "topknot", "walk", ("wave", "down"), 1, "smile", "coat"))
    out.append(F.figure(520, 660, 0.8, P.TEAL_CLOTH, "woman", "stand", ("hold", "down"), -1, "smile", "robe", "silk"))
    # canal in front with boats
    out.append(rect(0, 690, W, 210, linear([(0, P.WATER_LIGHT), (1, P.WATER)])))
    out.append(rect(0, 680, W, 16, P.STONE, **ink(2)))
    out.append(S.sampan(300, 820, 0.8, facing=1, boatman=F.figure(0, 0, 1, P.PLAIN, "topknot", "stand", ("spear", "down"), 1, "smile", "coat")))
    out.append(S.sampan(880, 860, 0.9, facing=-1, cover=False, color=P.WOOD))
    out.append(O.silk_pile(880, 820, 0.45, 4))
    out.append(L.ripples(802, 8, 740, 890))
    return out


@scene("ch07/c07-linan-grew-palace.svg", "Workers build a long covered walkway with a tiled roof beside a small palace, while others move a palace wall outward.")
def c07_linan_grew_palace():
    out = [L.sky("day", "#A3D0EC", "#EBF6FA"), L.clouds(811, 3, 40, 130),
           L.hills(380, "#A9C990", 812, 4, 40, 110),
           L.ground(380, "#D4C7A2"),
           B.hall(300, 470, 320, 110, P.ROOF_GOLD, double=False)]
    # covered walkway: finished part with roof, then bare posts
    for k in range(8):
        x = 460 + k * 90
        out.append(rect(x - 8, 470, 16, 130, P.PILLAR, **ink(2)))
    out.append(poly([(440, 470), (820, 470), (820, 440), (460, 430)], P.ROOF, **ink(3)))
    out.append(rect(440, 464, 380, 12, P.ROOF_DARK))
    out.append(rect(440, 590, 700, 14, P.STONE, **ink(2)))
    out.append(F.figure(880, 600, 0.6, P.PLAIN, "topknot", "stand", ("up", "up"), 1, "smile", "coat"))
    out.append(rect(850, 470, 200, 14, P.WOOD_LIGHT, **ink(2)))
    out.append(F.figure(1020, 600, 0.6, P.PLAIN, "topknot", "stand", ("up", "up"), -1, "smile", "coat"))
    # the wall being moved outward: old wall low, new wall rising in wooden frames with tampers
    out.append(rect(-20, 700, 500, 50, P.WALL_SHADE, **ink(3)))
    out.append(rect(-20, 760, 1240, 20, "#B89C72"))
    out.append(rect(560, 660, 640, 110, P.WALL, **ink(3)))
    for x in (560, 760, 960, 1160):
        out.append(rect(x - 6, 600, 12, 180, P.WOOD_DARK, **ink(2)))
    out.append(rect(560, 640, 640, 14, P.WOOD, **ink(2)))
    for x in (660, 860, 1060):
        out.append(F.figure(x, 660, 0.6, P.PLAIN, "topknot", "stand", ("up", "up"), 1, "smile", "coat"))
        out.append(line(x + 10, 560, x + 10, 650, P.WOOD_DARK, 7))
    out.append(F.figure(260, 900, 1.1, P.PLAIN, "topknot", "walk", ("hold", "hold"), 1, "smile", "coat", "beam"))
    out.append(F.figure(520, 900, 1.05, P.TEAL_CLOTH, "topknot", "walk", ("up", "down"), 1, "smile", "coat"))
    out.append(O.cart(760, 900, 0.6, "chests", ox=False))
    return out


@scene("ch07/c07-marco-polo.svg", "Marco Polo, a traveller in a long coat, stands on a bridge over a canal in Lin'an, looking out at the crowded city and its boats.")
def c07_marco_polo():
    out = [L.sky("dawn", "#F2C48E", "#FBE8C8"),
           B.pagoda(1080, 330, 90, 7),
           B.house(100, 400, 200, 90), B.house(330, 390, 180, 80), B.house(900, 400, 200, 90), B.house(680, 395, 160, 76),
           F.crowd_row(0, 560, 420, P.PLAIN, 0.35, "people", seed=821, spears=False),
           F.crowd_row(680, 1200, 425, P.PLAIN, 0.35, "people", seed=822, spears=False),
           rect(0, 430, W, 470, linear([(0, P.WATER_LIGHT), (1, P.WATER)]))]
    out.append(S.sampan(200, 560, 0.55, facing=1, cover=True))
    out.append(S.sampan(1000, 580, 0.6, facing=-1, cover=True))
    out.append(S.sampan(880, 800, 0.9, facing=-1, cover=False, color=P.WOOD,
                        boatman=F.figure(0, 0, 1, P.PLAIN, "topknot", "stand", ("spear", "down"), 1, "smile", "coat")))
    out.append(L.ripples(823, 10, 600, 880))
    # an arched stone bridge across the front
    out.append(path("M-20 900 L-20 690 C200 600 380 560 600 560 C820 560 1000 600 1220 690 L1220 900 L880 900 "
                    "C860 780 740 700 600 700 C460 700 340 780 320 900 Z", P.STONE, **ink(4)))
    out.append(path("M-20 700 C200 610 380 572 600 572 C820 572 1000 610 1220 700", "none", stroke=P.STONE_DARK, stroke_width="6"))
    for k in range(11):
        x = 60 + k * 108
        y = 560 + (abs(x - 600) / 600) ** 2 * 130
        out.append(rect(x - 10, y - 50, 20, 50, "#DAD4CA", **ink(3)))
    out.append(F.figure(600, 600, 1.2, P.Side("marco", "#7A3A5A", "#4A2840", "#C9A2B5"), "traveller", "stand", ("point", "hip"), 1,
                        "o", "coat", beard=False))
    return out

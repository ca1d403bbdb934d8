"""Chapter 10: Wanyan Liang's War — its title card and pages."""

from __future__ import annotations

from art import buildings as B
from art import landscape as L
from art import objects as O
from art import palette as P
from art import people as F
from art import ships as S
from art import war as X
from art.cards import card
from art.cast import crown, old_head, person
from art.palette import Side
from art.sets import hanging_map, stake_fence
from art.svg import H, W, circle, clip, ellipse, g, ink, line, linear, path, place, poly, rect, rng, smooth

from . import scene


SHADOW = "#1B2238"


def watchtower(x, base, s=1.0, roof_on=True) -> str:
    """A wooden watchtower on four legs with a platform, railing and ladder."""
    K = ink(3)
    out = [line(-70, 0, -52, -300, P.WOOD_DARK, 14), line(70, 0, 52, -300, P.WOOD_DARK, 14),
           line(-62, -40, 60, -150, P.WOOD, 8), line(62, -40, -60, -150, P.WOOD, 8),
           line(-58, -160, 56, -270, P.WOOD, 8), line(58, -160, -56, -270, P.WOOD, 8),
           rect(-90, -312, 180, 22, P.WOOD_LIGHT, **K)]
    out.append(rect(-84, -370, 168, 58, "none", stroke=P.WOOD_DARK, stroke_width="8"))
    for k in range(5):
        out.append(line(-84 + k * 42, -370, -84 + k * 42, -312, P.WOOD_DARK, 6))
    if roof_on:
        out.append(path("M-110 -374 Q0 -430 110 -374 L92 -366 Q0 -408 -92 -366 Z", P.ROOF, **K))
    out.append(X.ladder(110, 0, 70, -300, 34, P.WOOD_LIGHT))
    return place(g(*out), x, base, s)


def log(x, y, s=1.0, length=260, rot=0) -> str:
    return place(g(rect(-length / 2, -16, length, 32, P.WOOD_LIGHT, rx=16, **ink(3)),
                   ellipse(length / 2 - 4, 0, 10, 16, "#D9B27A", **ink(2)), circle(length / 2 - 4, 0, 5, P.WOOD)), x, y, s, rot=rot)


def light_boat(x, y, s=1.0, facing=1, crew=3, seed=5, oars=True, mood_kind="jurchen") -> str:
    """A small, hastily built Jin boat of rough planks, with rowers and a blue pennant."""
    K = ink(3)
    out = [line(70, -40, 70, -200, P.WOOD_DARK, 6), poly([(70, -200), (140, -182), (70, -160)], P.JIN.main, **ink(2.5)),
           rect(70, -200, 10, 40, P.JIN.dark)]
    if crew:
        out.append(F.crowd_row(-100, -100 + crew * 46, -50, P.JIN, 0.55, mood_kind, seed=seed, spears=False))
    out.append(path("M-140 -44 L140 -44 L112 8 L-116 8 Z", P.WOOD_LIGHT, **K))
    out.append(line(-128, -24, 126, -24, P.WOOD, 3))
    for k in range(-2, 3):
        out.append(line(k * 52, -40, k * 52 + 4, 4, P.WOOD, 2))
    if oars:
        for k in range(crew):
            ox = -70 + k * 46
            out.append(line(ox, -46, ox - 60, 22, P.WOOD_DARK, 6))
    return place(g(*out), x, y, s, flip=facing < 0)


def paddle_warship(x, y, s=1.0, facing=1, arm_up=False) -> str:
    """A Song paddle-wheel warship with a trebuchet on its top deck."""
    out = [S.paddle_boat(0, 0, 1, P.SONG, 1, 3, 520),
           rect(-160, -200, 260, 56, P.WOOD_LIGHT, **ink(3)),
           *[rect(-140 + k * 46, -186, 22, 26, P.WOOD_DARK, rx=3) for k in range(6)],
           rect(-184, -214, 308, 18, P.WOOD_DARK, **ink(3)),
           F.crowd_row(30, 120, -232, P.SONG, 0.42, "song", seed=9, spears=False),
           rect(-176, -224, 292, 12, P.SONG.main, **ink(2)),
           X.trebuchet(-60, -222, 0.46, 1, None, arm_up)]
    return place(g(*out), x, y, s, flip=facing < 0)


def bomb(x, y, r=20) -> str:
    """A round clay-shelled bomb with a lit fuse (a pili huoqiu)."""
    return g(circle(x, y, r, "#5B524C", **ink(3)), ellipse(x - r * 0.35, y - r * 0.35, r * 0.3, r * 0.2, "#8E857D"),
             line(x + r * 0.5, y - r * 0.8, x + r * 0.9, y - r * 1.5, P.INK, 3),
             circle(x + r * 0.95, y - r * 1.6, 7, P.FIRE), circle(x + r * 0.95, y - r * 1.6, 3.5, P.FIRE_IN))


def smoke_burst(cx, cy, s=1.0, seed=60) -> str:
    """A thick white cloud of lime smoke (soft round puffs)."""
    r = rng(seed)
    puffs = [(0, 0, 120), (-130, 30, 95), (130, 25, 100), (-70, -80, 90), (80, -85, 95), (0, -130, 80),
             (-200, 70, 70), (210, 70, 70), (-40, 80, 90), (70, 80, 85), (-150, -40, 70), (170, -40, 70)]
    back, front = [], []
    for dx, dy, rr in puffs:
        rr2 = rr * r.uniform(0.9, 1.1)
        back.append(circle(dx + 6, dy + 10, rr2, "#C9C4BC"))
        front.append(circle(dx, dy, rr2 * 0.94, "#F4F2EE"))
    hi = [circle(dx - rr * 0.3, dy - rr * 0.3, rr * 0.35, P.WHITE, opacity="0.8") for dx, dy, rr in puffs[:6]]
    return place(g(g(*back, opacity="0.95"), *front, *hi), cx, cy, s)


@scene("ch10/c10-wanyan-liang.svg", "Wanyan Liang in blue imperial robes stands in his palace, looking at a big map of all of China with both the north and the south under his hand.",
       title="Wanyan Liang dreams of ruling all of China")
def c10_wanyan_liang():
    """Wanyan Liang in blue imperial robes lays his hand on a big map of all China, north and south."""
    body = [B.interior(700, wall_color="#2F4F6E", floor_color="#9C8A72", pillars=(40, 1160), lanterns=False)]
    frame = (80, 120, 960, 640)
    es, feet = 2.0, 880
    hand_y = feet - 198 * es
    lat_span = 24.0
    lat_top = 33.9 + (hand_y - frame[1]) / (frame[3] - frame[1]) * lat_span
    hm, box = hanging_map(*frame, year=1142, zoom=(99.0, lat_top, 127.0, lat_top - lat_span))
    body.append(hm)
    # his raised hand rests right on the border: over both the north and the south
    hand = O.proj(119.4, 33.9, box)
    body.append(F.figure(hand[0] + 50 * es, feet, es, P.JIN, "emperor_jin", "stand", ("up", "hip"), -1, "smile", trim=P.GOLD))
    return body


@scene("ch10/c10-reason-for-war.svg", "Jin officials in blue read out an order in a village square, while unhappy young men and their families stand listening.",
       title="Wanyan Liang forces men into his army")
def c10_reason_for_war():
    """Jin officials read out an order in a village square; unhappy young men and their families listen."""
    body = [L.sky("winter"), L.hills(420, "#B8C4A8", 200, 4, 40, 80)]
    body.append(g(B.house(160, 470, 220, 100), B.house(980, 460, 240, 100)))
    body.append(L.willow(560, 470, 0.8))
    body.append(rect(0, 466, W, 434, linear([(0, "#CDB88E"), (1, "#B39D70")])))
    # the officials on the steps of the village hall (right)
    body.append(g(rect(760, 560, 420, 60, P.STONE, **ink(3)), rect(730, 610, 470, 40, P.STONE_DARK, **ink(3))))
    body.append(F.figure(880, 566, 1.15, P.JIN, "jurchen", "stand", ("hold", "down"), -1, "flat", item="open_scroll"))
    body.append(F.figure(1060, 566, 1.1, P.JIN, "jurchen_helmet", "stand", ("spear", "down"), -1, "flat", "armour", "spear"))
    body.append(F.banner(1150, 566, 0.7, P.JIN, "tall"))
    # a family listens: two young men, a mother, a father, a child
    body.append(person(110, 860, 1.25, P.PLAIN, "none", 1, front=(old_head(),), arms=("fold", "fold"), mood="worried"))
    body.append(F.figure(270, 870, 1.3, P.TEAL_CLOTH, "woman", "stand", ("hold", "down"), 1, "worried"))
    body.append(F.figure(360, 880, 1.25, P.PLAIN, "topknot", "stand", ("down", "down"), 1, "flat", child=True))
    body.append(F.figure(480, 870, 1.3, P.PLAIN, "topknot", "stand", ("fold", "fold"), 1, "worried", "coat", skin=P.SKIN2))
    body.append(F.figure(620, 860, 1.25, P.PLAIN, "topknot", "stand", ("hip", "down"), 1, "flat", "coat"))
    body.append(L.grass_tufts(201, 6, 870, 900))
    return body


@scene("ch10/c10-song-gets-ready.svg", "Song soldiers in orange build wooden walls and watchtowers along the bank of a wide river, while Emperor Gaozong reads a letter in a palace far behind.",
       title="The Song get ready along the Yangtze")
def c10_song_gets_ready():
    """Song soldiers build wooden walls and watchtowers along a wide river; Gaozong reads a letter in a palace far behind."""
    body = [L.sky("day", top="#9CCBEA", bottom="#E8F3F4"), L.clouds(210, 2, 60, 120, 0.6, 0.8)]
    body.append(L.mountains(330, P.MTN_FAR, 211, 4, 80, 150))
    body.append(L.hills(380, "#A9C57A", 212, 3, 60, 140))
    # the palace far behind, with the emperor reading a letter on its terrace
    body.append(path("M700 420 Q760 330 960 320 Q1160 330 1220 420 Z", "#A9C57A"))
    body.append(B.hall(960, 330, 260, 80, P.ROOF_GOLD, double=False, steps=False))
    body.append(F.figure(960, 312, 0.5, P.SONG, "emperor_song", "stand", ("hold", "down"), 1, "worried", trim=P.GOLD,
                          item="open_scroll"))
    # the riverbank where the soldiers work
    body.append(path("M-10 700 L-10 430 Q400 400 800 440 Q1000 460 1210 430 L1210 700 Z", "#B7CE84", **ink(3)))
    body.append(stake_fence(380, 1210, 640, 120))
    body.append(watchtower(270, 650, 0.9, roof_on=False))
    body.append(F.figure(270, 650 - 312 * 0.9, 0.6, P.SONG, "song_helmet", "stand", ("point", "down"), 1, "smile", "armour"))
    # two soldiers carry a log; one hammers a stake
    body.append(F.figure(560, 694, 1.0, P.SONG, "song_helmet", "walk", ("up", "down"), 1, "smile", "armour"))
    body.append(F.figure(760, 694, 1.0, P.SONG, "song_helmet", "walk", ("up", "up"), 1, "smile", "armour"))
    body.append(log(660, 482, 1.0, 360, 0))
    body.append(F.figure(950, 686, 1.0, P.SONG, "song_helmet", "stand", ("up", "down"), -1, "smile", "armour"))
    body.append(place(g(line(0, 0, 0, 70, P.WOOD_DARK, 8), rect(-24, -22, 48, 30, P.WOOD, rx=6, **ink(3))), 902, 468, rot=-20))
    body.append(g(log(120, 690, 0.7, 240, -4), log(130, 664, 0.7, 240, 3)))
    # the wide river in front
    body.append(L.water(704, h=196))
    body.append(L.ripples(213, 12, 730, 890))
    body.append(L.reeds(1100, 900, 1.1, seed=214))
    return body


@scene("ch10/c10-invasion-begins.svg", "A long Jin army in blue, led by Wanyan Liang on horseback, marches south out of the gates of Kaifeng.",
       title="Wanyan Liang marches out of Kaifeng")
def c10_invasion_begins():
    """A long Jin army led by Wanyan Liang on horseback marches south out of the gates of Kaifeng."""
    body = [L.sky("day", top="#B3CDE0", bottom="#F4E8CC"), L.clouds(225, 2, 60, 110, 0.6, 0.8)]
    body.append(B.city(360, 1240, 430, 170, gate_x=820, towers=(540, 1100), open_=True, roofs_behind=3, seed=220))
    for bx in (500, 580, 1060, 1140):
        body.append(F.banner(bx, 222, 0.5, P.JIN, "tall" if bx % 3 else "swallow"))
    body.append(rect(0, 430, W, 470, linear([(0, "#D9C28A"), (1, "#C2A66C")])))
    # the road from the gate, winding down toward the viewer and off to the south
    road = [(820, 430), (790, 520), (640, 630), (420, 740), (200, 870)]
    body.append(path(smooth(road), "none", stroke="#E6D3A3", stroke_width="120", stroke_linecap="round"))
    for (x0, x1, y, s_, sd) in ((775, 865, 440, 0.28, 221), (740, 860, 500, 0.36, 226), (660, 830, 570, 0.44, 222),
                                 (540, 760, 650, 0.52, 223)):
        body.append(F.crowd_row(x0, x1, y, P.JIN, s_, "soldier" if sd % 2 else "jurchen", seed=sd, banners=1 if sd in (222, 226) else 0,
                                 outline=s_ > 0.3))
    body.append(F.rider(520, 790, 0.55, P.JIN, "jurchen_helmet", P.HORSE_BROWN, False, -1, ("banner", "down"), "banner"))
    # Wanyan Liang leads on a black horse
    body.append(F.rider(310, 880, 0.95, P.JIN, "emperor_jin", P.HORSE_BLACK, False, -1, ("point", "down"), None, "robe", "smile", P.GOLD))
    body.append(L.leafy_tree(1080, 790, 0.8))
    body.append(L.grass_tufts(224, 6, 860, 900, color="#A8914E"))
    return body


@scene("ch10/c10-at-caishi.svg", "Across a wide river, small hastily built Jin boats with blue flags gather on the north bank, while Song soldiers in orange watch from the south bank.",
       title="The two armies face each other at Caishi")
def c10_at_caishi():
    """Small Jin boats gather on the north bank; Song soldiers watch from the south bank."""
    body = [L.sky("dusk"), L.sun(880, 300, 50)]
    body.append(L.mountains(330, "#8A7FA8", 230, 5, 40, 90))
    body.append(rect(0, 330, W, 70, "#8E9A6E"))
    # the north bank: Jin tents, banners, soldiers and a crowd of light boats
    body.append(g(*[B.tent(x, 360, 70, 50, P.JIN, outline=False, flag=False) for x in (120, 220, 330, 990, 1100)]))
    body.append(F.crowd_row(420, 820, 370, P.JIN, 0.3, "jurchen", seed=231, outline=False, banners=3))
    body.append(L.water(395, h=505))
    body.append(rect(0, 395, W, 505, linear([(0, "#F3A76B", 0.35), (0.4, "#F3A76B", 0.0)])))
    for i, (x, y, s_) in enumerate(((170, 440, 0.38), (330, 450, 0.4), (520, 440, 0.38), (700, 455, 0.42), (880, 440, 0.38),
                                      (1060, 452, 0.4), (420, 490, 0.48), (800, 500, 0.5))):
        body.append(light_boat(x, y, s_, 1 if i % 2 else -1, 2, seed=232 + i))
    body.append(L.ripples(233, 12, 560, 760, o=0.6))
    # the south bank in front: Song soldiers keep watch
    body.append(path("M-10 910 L-10 720 Q300 690 620 730 Q900 760 1210 720 L1210 910 Z", "#6F8F4A", **ink(3)))
    body.append(L.reeds(60, 760, 1.1, seed=234))
    body.append(L.reeds(1140, 760, 1.0, seed=235))
    body.append(F.banner(980, 900, 1.0, P.SONG, "tall"))
    body.append(F.figure(220, 900, 1.2, P.SONG, "song_helmet", "stand", ("point", "down"), 1, "flat", "armour"))
    body.append(F.figure(470, 910, 1.25, P.SONG, "song_helmet", "stand", ("spear", "down"), 1, "flat", "armour", "spear"))
    # Yu Yunwen, the official in charge
    body.append(F.figure(680, 900, 1.2, P.SONG, "song_official", "stand", ("fold", "fold"), 1, "flat"))
    return body


@scene("ch10/c10-battle-of-caishi.svg", "A Song paddle-wheel ship with orange flags and a trebuchet on its top deck moves through the river toward small Jin boats with blue flags.",
       title="The Battle of Caishi")
def c10_battle_of_caishi():
    """A Song paddle-wheel ship with a trebuchet on its top deck moves toward small Jin boats."""
    body = [L.sky("day", top="#87BFE3", bottom="#E4F2F8"), L.clouds(240, 3, 70, 170, 0.7, 1.1)]
    body.append(L.mountains(380, P.MTN_FAR, 241, 5, 50, 110))
    body.append(rect(0, 376, W, 30, "#9BB57A"))
    body.append(L.water(400))
    body.append(L.waves(470, P.WATER_LIGHT, 8, 10, 4, 0.7))
    # the Jin boats on the right, small and light
    body.append(light_boat(900, 540, 0.62, -1, 3, seed=242))
    body.append(light_boat(1090, 600, 0.68, -1, 3, seed=243))
    body.append(light_boat(960, 720, 0.85, -1, 3, seed=244))
    # the Song paddle-wheel warship pushes forward
    body.append(paddle_warship(420, 760, 1.05, 1))
    body.append(S.wake(420, 770, 560))
    body.append(L.ripples(245, 10, 790, 890, s=1.2))
    return body


@scene("ch10/c10-smoke-bombs.svg", "A round bomb flies from a Song trebuchet and bursts into a thick white cloud of smoke over the river near Jin boats. No one is hurt.",
       title="Smoke bombs at Caishi")
def c10_smoke_bombs():
    """A round bomb flies from a Song trebuchet and bursts into a white smoke cloud over the river near Jin boats."""
    body = [L.sky("day", top="#A7C4D8", bottom="#EEF2EA")]
    body.append(L.mountains(600, "#B9C4CF", 250, 5, 40, 100))
    body.append(L.water(600))
    body.append(L.ripples(251, 12, 620, 880, o=0.7))
    # Jin boats under the cloud (the crew are fine: the lime smoke only makes it hard to see)
    body.append(light_boat(1080, 700, 0.62, -1, 2, seed=253))
    body.append(light_boat(850, 790, 0.8, -1, 3, seed=252))
    body.append(smoke_burst(930, 440, 1.05, 254))
    # the bomb's path through the air, from the trebuchet's sling to the cloud
    body.append(path("M170 470 Q460 40 780 330", "none", stroke=P.WHITE, stroke_width="8", stroke_dasharray="2 22",
                     stroke_linecap="round", opacity="0.9"))
    body.append(bomb(530, 205, 28))
    # the Song ship's bow and trebuchet in the bottom-left corner
    body.append(place(g(path("M-300 0 L260 0 Q330 -6 360 -70 L-300 -70 Z", P.WOOD_DARK, **ink(3)),
                        rect(-300, -96, 600, 30, P.WOOD_LIGHT, **ink(3)),
                        X.trebuchet(30, -96, 0.9, 1, P.SONG, True),
                        F.banner(300, -90, 0.9, P.SONG, "swallow")), 260, 900))
    body.append(L.waves(880, P.WATER_LIGHT, 8, 9, 4, 0.8))
    return body


def old_painting(x0, y0, w, h) -> str:
    """A faded old hand-scroll painting of a huge battle on a river (in soft sepia tones)."""
    inner = [rect(x0, y0, w, h, "#F1E2BE"),
             path(f"M{x0} {y0 + h * 0.5} Q{x0 + w * 0.3} {y0 + h * 0.4} {x0 + w * 0.55} {y0 + h * 0.48} Q{x0 + w * 0.8} {y0 + h * 0.55} {x0 + w} {y0 + h * 0.45} "
                  f"L{x0 + w} {y0 + h} L{x0} {y0 + h} Z", "#D8C7A0"),
             rect(x0, y0 + h * 0.62, w, h * 0.38, "#C9D3C8"),
             F.crowd_row(x0, x0 + w * 0.6, y0 + h * 0.5, P.JIN, 0.26, "jurchen", seed=260, outline=False, banners=4, color="#9CB3C9"),
             F.crowd_row(x0 + w * 0.02, x0 + w * 0.55, y0 + h * 0.6, P.JIN, 0.3, "soldier", seed=261, outline=False, banners=0, color="#A9BDD0"),
             S.junk(x0 + w * 0.72, y0 + h * 0.82, 0.35, P.RED_SAIL, 2, P.SONG),
             S.junk(x0 + w * 0.9, y0 + h * 0.9, 0.3, P.RED_SAIL, 2, P.SONG),
             light_boat(x0 + w * 0.3, y0 + h * 0.86, 0.35, 1, 2, seed=262), light_boat(x0 + w * 0.5, y0 + h * 0.92, 0.3, -1, 2, seed=263)]
    return g(clip(rect(x0, y0, w, h, "#000"), g(*inner, opacity="0.6")),
             rect(x0, y0, w, h, "none", stroke=P.PARCHMENT_EDGE, stroke_width="8"),
             rect(x0 - 22, y0 - 12, 22, h + 24, P.WOOD, rx=9, **ink(3)), rect(x0 + w, y0 - 12, 22, h + 24, P.WOOD, rx=9, **ink(3)))


@scene("ch10/c10-how-big-a-battle.svg", "A modern historian walks along a riverbank with a notebook and measuring tape, while a faded old painting of a huge battle floats in the sky above.",
       title="How big was the Battle of Caishi?")
def c10_how_big_a_battle():
    """A modern historian walks a riverbank with a notebook and a measuring tape; a faded old battle painting floats above."""
    body = [L.sky("day", top="#9FD0EE", bottom="#EAF6FB")]
    for cx, cy, s_ in ((200, 120, 1.3), (1000, 100, 1.4), (600, 60, 1.1)):
        body.append(L.cloud(cx, cy, s_, o=0.95))
    body.append(old_painting(200, 70, 800, 300))
    body.append(L.hills(480, "#9DC07A", 270, 4, 30, 70))
    body.append(L.water(480, h=130))
    body.append(L.ripples(271, 8, 500, 600, o=0.6))
    body.append(path("M-10 910 L-10 600 Q400 580 800 610 Q1000 625 1210 600 L1210 910 Z", P.GRASS, **ink(3)))
    body.append(path("M-10 910 L-10 760 Q500 730 1210 770 L1210 910 Z", "#D9C69A"))
    # the measuring tape, stretched from a stake along the path to the historian's hand
    body.append(g(rect(150, 700, 12, 90, P.WOOD_DARK, **ink(2)), circle(156, 700, 8, "#D8412F", **ink(2))))
    tape_end = (760, 708)
    body.append(line(160, 770, tape_end[0], tape_end[1], P.INK, 12))
    body.append(line(160, 770, tape_end[0], tape_end[1], P.GOLD, 8))
    for k in range(1, 12):
        t = k / 12
        tx, ty = 160 + (tape_end[0] - 160) * t, 770 + (tape_end[1] - 770) * t
        body.append(line(tx, ty - 4, tx, ty + 4, P.INK, 2))
    # the historian (a person of today) with glasses, a notebook and the tape reel
    hx, hy, hs = 820, 860, 1.35
    body.append(F.figure(hx, hy, hs, P.TEAL_CLOTH, "glasses", "walk", ("hold", "reach"), 1, "smile", "modern"))
    body.append(place(g(rect(-34, -44, 68, 56, P.PAPER, **ink(3)), line(0, -44, 0, 12, P.INK, 2),
                        *[line(-26, -32 + k * 12, -6, -32 + k * 12, "#B8AC95", 3) for k in range(3)],
                        rect(6, -40, 24, 16, SKETCH_BLUE, opacity="0.6")), hx + 22 * hs, hy - 84 * hs, 1))
    body.append(g(circle(tape_end[0], tape_end[1], 20, P.GOLD_DARK, **ink(3)), circle(tape_end[0], tape_end[1], 7, P.INK)))
    body.append(L.grass_tufts(272, 6, 860, 900))
    return body


SKETCH_BLUE = "#9CC3EA"


@scene("ch10/c10-death-of-wanyan-liang.svg", "At night, a Jin army camp of blue tents stands quiet under the moon, with a few officers talking together in the shadows outside the largest tent.",
       title="A quiet night in the Jin camp")
def c10_death_of_wanyan_liang():
    """At night a Jin camp of blue tents stands quiet; a few officers talk together in the shadows by the largest tent."""
    body = [L.sky("night"), L.stars(280, 40, 380), L.moon(960, 150, 50)]
    body.append(L.hills(520, "#263352", 281, 4, 40, 100))
    body.append(rect(0, 520, W, 380, linear([(0, "#2E3D52"), (1, "#1E2838")])))
    dark = Side("jin_night", "#24528A", "#163660", "#5E86B8")
    for x, w, base in ((90, 150, 560), (260, 160, 570), (960, 160, 570), (1120, 150, 560)):
        body.append(B.tent(x, base, w, 110, dark))
    # the largest tent, a lamp glowing at its door
    body.append(B.tent(610, 680, 440, 330, dark))
    body.append(X.glow(610, 640, 120, P.FIRE_IN, 0.35))
    body.append(F.banner(400, 640, 0.8, dark, "swallow"))
    body.append(F.banner(820, 640, 0.8, dark, "tall"))
    # officers talking quietly in the shadows
    officers = g(F.figure(900, 840, 1.05, P.JIN, "jurchen_helmet", "stand", ("fold", "down"), -1, "flat", "armour", bow=6),
                 F.figure(1040, 850, 1.05, P.JIN, "jurchen_helmet", "stand", ("hip", "down"), -1, "flat", "armour"),
                 F.figure(780, 850, 1.05, P.JIN, "jurchen", "stand", ("fold", "fold"), 1, "flat", bow=6))
    body.append(officers)
    body.append(X.glow(910, 740, 300, SHADOW, 0.6))
    body.append(X.camp_fire(260, 800, 0.9))
    body.append(X.glow(260, 760, 140, P.FIRE, 0.3))
    return body


@scene("ch10/c10-war-ends.svg", "Jin soldiers in blue march north away from the river, while in a Song palace an older Emperor Gaozong sets his crown down on a cushion.",
       title="The war ends and Gaozong steps down")
def c10_war_ends():
    """Jin soldiers march north away from the river; in a Song palace an older Gaozong sets his crown on a cushion."""
    # left: outdoors
    left = [L.sky("day", top="#A9CDE6", bottom="#F1EEDD"), L.mountains(300, P.MTN_FAR, 290, 3, 70, 130, x0=-40, x1=700),
            L.rolling(300, 10, "#B5CC86", 291, x1=700)]
    road = [(280, 790), (320, 620), (400, 470), (470, 330)]
    left.append(path(smooth(road), "none", stroke="#DCC596", stroke_width="60", stroke_linecap="round"))
    for (x0, x1, y, s_, sd) in ((430, 510, 360, 0.26, 292), (360, 470, 480, 0.34, 293), (290, 420, 610, 0.44, 294)):
        left.append(F.crowd_row(x0, x1, y, P.JIN, s_, "jurchen", seed=sd, banners=1, outline=s_ > 0.3))
    left.append(L.river_across(760, 160, seed=295))
    left.append(L.ripples(296, 6, 790, 900, x1=640))
    left.append(F.figure(150, 740, 0.9, P.JIN, "jurchen_helmet", "walk", ("banner", "down"), 1, "smile", "armour", "banner"))
    body = [clip(rect(0, 0, 620, H, "#000"), *left)]
    # right: inside the Song palace
    right = [rect(620, 0, 580, 640, linear([(0, "#5A2019"), (1, "#7A2E22")])), rect(620, 640, 580, 260, linear([(0, "#B78A5A"), (1, "#8E6440")])),
             B.screen(960, 620, 380, 300)]
    right.append(g(rect(1030, 760, 18, 110, P.WOOD_DARK, **ink(3)), rect(1136, 760, 18, 110, P.WOOD_DARK, **ink(3)),
                   rect(1006, 736, 172, 28, P.WOOD, rx=5, **ink(3)), rect(1016, 698, 152, 42, P.SILK_RED, rx=18, **ink(3))))
    right.append(person(860, 870, 1.4, P.SONG, "none", 1, front=(old_head(),), arms=("reach", "down"), mood="smile", trim=P.GOLD))
    right.append(crown(1022, 702, 0.95, "emperor_song", P.SONG))
    body.append(clip(rect(620, 0, 580, H, "#000"), *right))
    body.append(rect(598, 0, 44, H, P.PILLAR, **ink(3)))
    body.append(rect(592, 0, 56, 30, P.GOLD, **ink(3)))
    return body


@scene("ch10/c10-peace-of-1165.svg", "A Song official in orange and a Jin official in blue each sign a scroll at a table beside a river, with boxes of silver stacked nearby.",
       title="The peace of 1165")
def c10_peace_of_1165():
    """A Song official and a Jin official each sign a scroll at a table beside a river; boxes of silver are stacked nearby."""
    body = [L.sky("day", top="#9BCBE8", bottom="#EAF4F2"), L.mountains(380, P.MTN_FAR, 300, 4, 60, 120)]
    body.append(L.water(380, h=200))
    body.append(S.junk(950, 520, 0.45, P.CANVAS_SAIL, 2))
    body.append(L.ripples(301, 8, 400, 560, o=0.6))
    body.append(path("M-10 910 L-10 560 Q600 540 1210 570 L1210 910 Z", P.GRASS, **ink(3)))
    body.append(L.willow(1110, 620, 0.9))
    # the pavilion by the river
    body.append(rect(160, 720, 700, 40, P.STONE, **ink(3)))
    for px in (200, 820):
        body.append(rect(px - 14, 250, 28, 480, P.PILLAR, **ink(3)))
    body.append(B.roof(510, 260, 720, 130, P.ROOF))
    # the two officials sign
    body.append(F.figure(330, 760, 1.2, P.SONG, "song_official", "stand", ("reach", "down"), 1, "smile", item=None))
    body.append(F.figure(690, 760, 1.2, P.JIN, "jurchen", "stand", ("reach", "down"), -1, "smile"))
    body.append(B.table(510, 760, 300, 90, P.WOOD, O.scroll(510, 636, 0.8, 280, 60, lines=7, seal=True)))
    for hx, col in ((330 + 96 * 1.2, P.SONG.main), (690 - 96 * 1.2, P.JIN.main)):
        body.append(place(g(line(0, 6, 0, -46, col, 7), path("M-4 4 L4 4 L0 20 Z", P.INK)), hx, 760 - 98 * 1.2, 1))
    # boxes of silver stacked nearby
    body.append(g(O.chest(920, 870, 0.8), O.chest(1070, 880, 0.8), O.chest(995, 800, 0.75, open_=True)))
    body.append(O.ingot_pile(160, 880, 0.9, 6))
    return body


@scene("ch10/title.svg", "The title card: Song paddle-wheel ships with orange flags on a wide river, with a trebuchet on the top deck of the nearest ship.",
       title="Chapter 10: Wanyan Liang's War")
def card10():
    """Title card: Song paddle-wheel ships with orange flags on a wide river, a trebuchet on the nearest one."""
    em = [L.sky("day", top="#8FC9EC", bottom="#F2EBD2"), L.mountains(520, P.MTN_FAR, 310, 5, 80, 150)]
    em.append(L.hills(560, "#A9C57A", 311, 4, 20, 50))
    em.append(L.water(560))
    em.append(S.paddle_boat(1000, 640, 0.5, P.SONG, -1, 3))
    em.append(S.paddle_boat(240, 650, 0.45, P.SONG, 1, 3))
    em.append(paddle_warship(590, 760, 0.95, 1))
    em.append(S.wake(590, 770, 500))
    em.append(L.waves(800, P.WATER_LIGHT, 8, 10, 4, 0.8))
    return [card(10, g(*em))]

"""The book's cover."""

from __future__ import annotations

from art import landscape as L
from art import palette as P
from art import people as F
from art import ships as S
from art.cast import jin_rider, song_soldier
from art.svg import ink, path

from . import scene


@scene("cover.svg", "Jin horsemen in blue and Song soldiers in orange face each other across a wide river under an evening sky.")
def cover():
    """Hero composition: one big Jin horseman (left) and one big Song soldier (right) on either bank,
    their armies small behind them, the river between. Top 22 % kept calm for the title."""
    out = [L.sky("dusk", "#6E62A2", "#F8BC80"),
           L.sun(600, 395, 64, "#FFE2A6"),
           L.mountains(440, "#A493B8", seed=81, n=6, hmin=70, hmax=170),
           L.mountains(470, "#8A86AC", seed=82, n=5, hmin=40, hmax=100),
           L.ground(460, "#8FA86A"),
           L.river_band(462, 905, 150, 560, 600, 620, color="#F1C48E", color2=P.WATER_DARK, bend=40, ripple_seed=83,
                        ripple_n=18),
           # far armies on each bank
           F.crowd_row(20, 420, 500, P.JIN, 0.3, "jurchen", seed=86, banners=3, outline=False),
           F.crowd_row(800, 1180, 505, P.SONG, 0.3, "song", seed=87, banners=3, outline=False),
           S.junk(640, 560, 0.22, P.RED_SAIL, 2, P.SONG, facing=-1),
           # near banks
           path("M-20 900 L-20 600 C120 590 260 600 330 640 C370 700 360 800 330 900 Z", "#7E9A57", **ink(3)),
           path("M1220 900 L1220 610 C1080 600 940 610 880 650 C840 720 850 820 900 900 Z", "#86A25B", **ink(3)),
           F.banner(70, 700, 1.0, P.JIN, "tall"),
           jin_rider(150, 890, 1.0, facing=1, color=P.HORSE_GREY, item="spear", arms=("spear", "down")),
           F.banner(1150, 720, 1.0, P.SONG, "tall"),
           song_soldier(1020, 890, 1.25, facing=-1, arms=("spear", "hip")),
           L.reeds(360, 900, 1.3, seed=88), L.reeds(860, 900, 1.2, seed=89)]
    return out

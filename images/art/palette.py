"""The palette from images/STYLE.md. Use these names, not raw hex values, in scenes."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Side:
    name: str
    main: str
    dark: str
    light: str


JIN = Side("jin", "#2E6DB4", "#1D4A80", "#9CC3EA")
SONG = Side("song", "#E8862A", "#B45F14", "#F7C48C")
LIAO = Side("liao", "#7B4FA3", "#54337A", "#C7AEDE")
XIA = Side("xia", "#B8333F", "#7F1F2A", "#E9A0A6")
MONGOL = Side("mongol", "#2F8F4E", "#1E6135", "#A3D6AE")
PLAIN = Side("plain", "#8C7B64", "#5E5140", "#D3C6AE")
# Extra clothing colours for non-side people (servants, scholars, townsfolk).
TEAL_CLOTH = Side("cloth", "#5D8C8A", "#3E6462", "#B5D1CF")
SIDES = {s.name: s for s in (JIN, SONG, LIAO, XIA, MONGOL, PLAIN)}

GOLD = "#F2C230"
GOLD_DARK = "#B8901A"
INK = "#2A2320"
SKIN = "#F2CDA5"
SKIN2 = "#E2B48A"
CHEEK = "#EE9E8A"
WHITE = "#FFFFFF"

SKIES = {
    "day": ("#8FC9EC", "#DDF1FA"),
    "dawn": ("#F6B98A", "#FCE6C4"),
    "dusk": ("#6C5B9E", "#F3A76B"),
    "night": ("#16213F", "#33406B"),
    "winter": ("#AFC0CF", "#E6EDF2"),
    "smoke": ("#8E8A86", "#D9C3A5"),
}
CLOUD = "#FFFFFF"
SUN = "#FFD45C"
MOON = "#F6F1D5"
STAR = "#FFF6D8"

GRASS = "#A5C76A"
GRASS_DARK = "#7FA34D"
FIELD = "#D9C98F"
EARTH = "#C9A877"
EARTH_DARK = "#A98A5C"
SAND = "#E6D3A3"
SNOW = "#F5F8FC"
SNOW_SHADE = "#D5E1EC"
STEPPE = "#C8C77E"

WATER = "#4E9BD0"
WATER_DARK = "#2F6E9F"
WATER_LIGHT = "#A9D4EE"
MUDDY = "#C7A25E"
MUDDY_DARK = "#A5814A"

MTN_FAR = "#A7B6C9"
MTN_MID = "#7E90A8"
ROCK = "#6B6F77"

PINE = "#2F6B4F"
PINE_DARK = "#234F3B"
LEAF = "#5E9B4A"
LEAF_DARK = "#467A37"
TRUNK = "#6B4A2E"
BAMBOO = "#7DAA4E"

WOOD = "#8B5A2B"
WOOD_DARK = "#5E3B1C"
WOOD_LIGHT = "#B07A45"

WALL = "#C9A87A"
WALL_SHADE = "#A88656"
WALL_LIGHT = "#E0C79C"
ROOF = "#4A5563"
ROOF_DARK = "#343C47"
ROOF_GOLD = "#E0B03A"
ROOF_GOLD_DARK = "#B48722"
PILLAR = "#B5432F"
PLASTER = "#F0E6D2"
STONE = "#C8C2B8"
STONE_DARK = "#9E978C"

PARCHMENT = "#F1E2BE"
PARCHMENT_EDGE = "#C9A86B"
PAPER = "#FBF5E6"

FIRE_OUT = "#E4572E"
FIRE = "#F59A23"
FIRE_IN = "#FFD166"
SMOKE = "#6E6A6A"
SMOKE_LIGHT = "#B8B2AA"

SILVER = "#D9DEE3"
SILVER_DARK = "#9AA3AD"
SILK_RED = "#D94F6A"
SILK_JADE = "#3FA7A0"
COPPER = "#C08A3E"

HORSE_BROWN = "#8A5A36"
HORSE_CHESTNUT = "#A8673A"
HORSE_GREY = "#B9B4AD"
HORSE_BLACK = "#3B3330"
HORSE_WHITE = "#EDE8DF"
GREY_HAIR = "#CFCAC2"
FUR_BROWN = "#7A5634"

# Sacks, rope and autumn leaves, which recur from chapter 11 on.
SACK = "#D8C49A"
SACK_DARK = "#AE9A70"
ROPE_DARK = "#9C8660"
AUTUMN = "#D9913A"
AUTUMN_DARK = "#B86F25"

CANVAS_SAIL = "#E9DCC0"
RED_SAIL = "#B5643C"
FELT = "#EFE6D2"
CARD_FRAME = "#1E2A3A"

#!/usr/bin/env python3
"""Make the embedded Atkinson Hyperlegible TTFs (offline; never run by the app).

Source: the npm package @fontsource/atkinson-hyperlegible 5.3.0 (SIL OFL 1.1, Braille Institute),
which ships WOFF files only. Usage:
    npm pack @fontsource/atkinson-hyperlegible@5.3.0 && tar xzf fontsource-*.tgz
    pip install fonttools && python3 src/fonts/convert_atkinson.py package/files
"""
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

here = Path(__file__).parent
src = Path(sys.argv[1])
for weight, name in (("400", "Regular"), ("700", "Bold")):
    font = TTFont(src / f"atkinson-hyperlegible-latin-{weight}-normal.woff")
    font.flavor = None  # WOFF -> plain sfnt (TrueType)
    font.save(here / f"AtkinsonHyperlegible-{name}.ttf")

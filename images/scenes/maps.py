"""The "Map through time" pictures, `maps/<year>.svg`.

`maps/generate.py` draws them from its own data (see `maps/README.md`); registering them here
lets `generate.py` write and check them with every other picture. Their alt texts live in
`story/maps.toml`, so they carry no brief of their own.
"""

from __future__ import annotations

import functools
import importlib.util
import os

from . import register

_SCRIPT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "maps", "generate.py")


def _load_maps():
    spec = importlib.util.spec_from_file_location("maps_generate", _SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_maps = _load_maps()
for _m in _maps.MAPS:
    register(f"maps/{_m['year']}.svg", functools.partial(_maps.render, _m), None, __name__)

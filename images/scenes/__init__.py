"""The scene registry: every picture that `generate.py` writes, by its path under `images/`.

Each module in this folder registers its pictures here: one module a chapter (its title card and
pages), `cover.py`, and `maps.py` for the maps that `maps/generate.py` draws. A page picture is a
function decorated with `@scene(path, alt)`, returning its SVG snippets back to front. `alt` is
the page's alt text the picture was drawn from, so that `generate.py --check` notices when a
writer changes the page and the picture no longer matches it.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable, NamedTuple

from art import svg


class Scene(NamedTuple):
    path: str                    # under images/, as a page's `image` minus "images/"
    render: Callable[[], str]    # the finished SVG text
    alt: str | None              # the brief; None where the words live elsewhere (maps: story/maps.toml)
    module: str                  # where it is registered, for messages


SCENES: dict[str, Scene] = {}


def register(path: str, render: Callable[[], str], alt: str | None, module: str) -> None:
    if path in SCENES:
        raise ValueError(f"scene {path} is registered twice: in {SCENES[path].module} and in {module}")
    SCENES[path] = Scene(path, render, alt, module)


def scene(path: str, alt: str, title: str | None = None):
    """Register the decorated function as the picture at `path`; `title` becomes the SVG's <title>."""
    def deco(fn):
        def render() -> str:
            # Gradients and <use> parts collect in svg's defs until document() flushes them; a scene
            # that failed half-way must not leave its defs in the next picture.
            svg.reset()
            body = fn()
            if not isinstance(body, list):
                raise TypeError(f"scene {path} ({fn.__module__}.{fn.__name__}) must return a list of SVG snippets")
            return svg.document(*body, title=title)
        register(path, render, alt, fn.__module__)
        return fn
    return deco


def load() -> tuple[dict[str, Scene], list[str]]:
    """Import every scene module; return the registry and the modules that failed to import.

    A broken module is reported rather than raised, so the pictures of every other chapter
    can still be written and checked."""
    errors = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        name = f"{__name__}.{info.name}"
        try:
            importlib.import_module(name)
        except Exception as e:  # noqa: BLE001 - any failure is reported with its module's name
            errors.append(f"{name}: {e!r}")
    return SCENES, errors

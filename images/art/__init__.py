"""Lantern illustration library: the SVG parts every picture is built from.

Modules: svg (toolkit), palette (STYLE.md colours), landscape, people, buildings, ships, war,
objects, cards (chapter title-card frame), and the parts that several chapters share: cast
(recurring people), sets (recurring places) and props (small things). The pictures themselves are
in ../scenes/.
"""

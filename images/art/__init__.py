"""Lantern illustration generator: a library of SVG parts and one composition per page.

Modules: svg (toolkit), palette (STYLE.md colours), landscape, people, buildings, ships, war,
objects, cards (cover and chapter title cards), scenes (one function per page).
"""

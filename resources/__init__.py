"""The icon, the desktop entry and the screenshots, installed as ``facilitator.assets`` (see
setup.py).

This file makes the folder a package, so that ``importlib.resources`` finds them the same way in a
checkout (an editable install maps the folder) and in an installed wheel.
"""

"""Packages for setuptools (everything else is in pyproject.toml).

The seed programmes (``data/``) and the icon, desktop entry and screenshots (``resources/``) stay
at the top level of the project, where people look for them, and are mapped into the package at
build time as ``facilitator.seeds`` and ``facilitator.assets``. pyproject.toml alone cannot add
mapped packages to the ones it finds, hence this file.
"""

from setuptools import find_packages, setup

MAPPED = {"facilitator.seeds": "data", "facilitator.assets": "resources"}

setup(
    packages=[*find_packages(include=["facilitator", "facilitator.*"]), *MAPPED],
    package_dir=MAPPED,
)

"""The seed programmes, installed as the package ``facilitator.seeds`` (see setup.py).

This file makes the folder a package, so that ``importlib.resources`` finds the programmes the
same way in a checkout (an editable install maps the folder) and in an installed wheel.
"""

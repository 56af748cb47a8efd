"""Renderers: they only format findings; they decide nothing."""

"""Kommunpodd: a podcast pipeline for a municipal contact center."""

__version__ = "0.1.0"

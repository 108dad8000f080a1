"""Handout Builder: branded, easy-to-read psychoeducation handouts, offline."""

__version__ = "0.1.0"
APP_NAME = "Handout Builder"

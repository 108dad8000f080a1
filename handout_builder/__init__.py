"""Handout Builder: branded, easy-to-read psychoeducation handouts, offline."""

__version__ = "0.1.0"
APP_NAME = "Handout Builder"
APP_ID = "org.handoutbuilder.HandoutBuilder"
"""Reverse-DNS application id: the desktop entry's file name (without
``.desktop``), the AppStream component id, the icon name and the Wayland app id."""

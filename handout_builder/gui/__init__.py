"""The desktop app (PySide6). Talks to the core through gui/operations.py."""

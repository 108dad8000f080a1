"""User actions, one small function each, and the one error presenter.

The window wires its widgets to these; each does its work through the core,
long work off the UI thread (the render service, background tasks), and
reports failure through :func:`show_error`. See :mod:`.op` for the shape.

- :mod:`.files` — open and save handouts, and the file pickers
- :mod:`.export` — export the PDF, print it (each recorded in the history)
- :mod:`.history` — record an export or print; read, reprint and delete records
- :mod:`.packs` — check a practice pack, import it
- :mod:`.sections` — add topics, reset wording, compare with the library
- :mod:`.library` — reload the library, save a section to it
- :mod:`.brands` — the brand profiles list, duplicate and delete a profile
- :mod:`.preferences` — save preferences
"""

from handout_builder.gui.operations.op import Op, RenderOp, show_error, show_note

__all__ = ["Op", "RenderOp", "show_error", "show_note"]

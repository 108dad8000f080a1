"""Qt paints on the UI thread alone.

Qt's raster engine hands each large fill and image blend to a pool of helper
threads and waits for them. On a 2-core machine that is also rendering (the
render worker takes a core), the helpers wait for a core and the UI thread
waits for them: in one run of the preview benchmark the UI thread spent 2.4 s
in those waits (about 3 ms each, 793 of them); in another, 0.08 s. Painting on
the UI thread alone costs the same work without the waits
(``QT_NO_GUI_THREADPOOL``, read once, before the first paint).
"""

from __future__ import annotations

import os


def paint_on_ui_thread() -> None:
    """Turn Qt's painting helper threads off, unless the environment says
    otherwise (call before anything is painted)."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

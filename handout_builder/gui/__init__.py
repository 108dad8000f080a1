"""The desktop app (PySide6). The window talks to the core through the user
actions in gui/operations/.

Importing this package first applies :mod:`handout_builder.gui.none_guard`, the
work-around for PySide6 6.12.0 losing a reference to ``None`` on every call that
returns nothing and to ``True`` on every signal emit (fatal on Python 3.11 after
a few thousand calls), :mod:`handout_builder.gui.feature_scan` (PySide6 reads
no module's source to see whether it uses PySide) and
:mod:`handout_builder.gui.paint_threads` (Qt paints on the UI thread alone,
without waiting for helper threads).
"""

from handout_builder.gui.feature_scan import skip_source_scans
from handout_builder.gui.none_guard import protect_none
from handout_builder.gui.paint_threads import paint_on_ui_thread

protect_none()  # imports PySide6.QtCore
skip_source_scans()
paint_on_ui_thread()

"""Layouts in the window: the layout picker's items, and a watcher that notices
when a layout is added or changed on disk.

The watcher polls modification times (about once a second) instead of using
``QFileSystemWatcher``: editors that save by writing a new file and renaming
it over the old one silently end such a watch, and a poll of a few small
folders costs next to nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox

from handout_builder.core import paths
from handout_builder.core.layout.authoring import Snapshot, snapshot, watched_folders
from handout_builder.core.layout.layouts import MANIFEST, LayoutScan, scan_layouts
from handout_builder.gui.i18n import QT_TRANSLATE_NOOP, arg, shown_language

POLL_MS = 1000
BROKEN_SUFFIX = QT_TRANSLATE_NOOP("LayoutWatcher", " (has problems)")  # translated where shown
_TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole


def fill_layout_combo(
    combo: QComboBox, current: str | None, scan: LayoutScan | None = None
) -> None:
    """Built-in layouts first, then the user's; a user layout whose manifest is
    broken is listed too (choosing it shows its problems in the preview), so the
    picker always shows what the handout uses and another layout can be chosen.
    ``scan``: the layouts to list (default: every one, :func:`scan_layouts`)."""
    scan = scan if scan is not None else scan_layouts()
    combo.blockSignals(True)
    try:
        combo.clear()
        broken = QCoreApplication.translate("LayoutWatcher", BROKEN_SUFFIX)
        language = shown_language()
        ordered = sorted(
            scan.layouts.values(), key=lambda item: (not item.builtin, item.title_in(language))
        )
        for layout in ordered:
            title = layout.title_in(language)
            label = (
                title
                if layout.builtin
                else arg(QCoreApplication.translate("LayoutWatcher", "%1 (practice)"), title)
                if layout.source == "practice"
                else arg(QCoreApplication.translate("LayoutWatcher", "%1 (yours)"), title)
            )
            combo.addItem(label, layout.name)
            combo.setItemData(combo.count() - 1, layout.description_in(language), _TOOLTIP_ROLE)
        for name, problems in sorted(scan.broken.items()):
            if name in scan.layouts:
                index = combo.findData(name)
                combo.setItemText(index, combo.itemText(index) + broken)
            else:
                combo.addItem(name + broken, name)
            combo.setItemData(combo.findData(name), str(problems[0]), _TOOLTIP_ROLE)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(
                arg(QCoreApplication.translate("LayoutWatcher", "%1 (not found)"), current), current
            )
        if current is not None:
            combo.setCurrentIndex(combo.findData(current))
    finally:
        combo.blockSignals(False)


class LayoutWatcher(QObject):
    """Signals when the user's layouts folder or the watched layout's files change.

    ``layouts_changed``: a layout was added, removed or renamed, or a manifest
    changed. ``files_changed``: a template, stylesheet or asset of the watched
    layout (or of a layout it extends) changed.
    """

    layouts_changed = Signal()
    files_changed = Signal()

    def __init__(
        self, parent: QObject | None = None, *, interval_ms: int = POLL_MS, start: bool = True
    ) -> None:
        super().__init__(parent)
        self._layout_name: str | None = None
        self._folders: list[Path] = []
        self._files: Snapshot = {}
        self._manifests: Snapshot = {}
        self._started = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        if start:
            self.start()

    def start(self) -> None:
        """Take note of the files as they are now and watch from now on (with
        ``start=False``: once the window is on screen; its first paint did not
        wait for the ~3 ms of reading the layout again and of looking at its
        files). A preview rendered after this shows any later change."""
        if self._started:
            return
        self._started = True
        self._manifests = self._manifest_snapshot()
        if self._layout_name is not None:
            self._folders = self._folders_of(self._layout_name)
            self._files = snapshot(self._folders)
        self.timer.start()

    def watch_layout(self, name: str) -> None:
        """Watch the files of the layout called ``name`` (and its ancestors)."""
        if name == self._layout_name:
            return
        self._layout_name = name
        if self._started:
            self._folders = self._folders_of(name)
            self._files = snapshot(self._folders)

    def check_now(self) -> None:
        if not self._started:
            return  # nothing noted yet to compare with
        manifests = self._manifest_snapshot()
        if manifests != self._manifests:
            self._manifests = manifests
            if self._layout_name is not None:
                self._folders = self._folders_of(self._layout_name)
                self._files = snapshot(self._folders)
            self.layouts_changed.emit()
            return
        files = snapshot(self._folders)
        if files != self._files:
            self._files = files
            self.files_changed.emit()

    @staticmethod
    def _folders_of(name: str) -> list[Path]:
        """The layout's folders, without the practice folder's (a network drive
        is watched off the UI thread: :mod:`.practice_watch`)."""
        scan = scan_layouts()
        if name in scan.layouts:
            folders = watched_folders(scan.layouts[name].directory)
            return [folder for folder in folders if not paths.is_in_practice(folder)]
        folder = paths.layouts_dir() / name
        return [folder] if folder.is_dir() else []

    @staticmethod
    def _manifest_snapshot() -> Snapshot:
        folder = paths.layouts_dir()
        seen: Snapshot = {}
        if not folder.is_dir():
            return seen
        for child in sorted(folder.iterdir()):
            manifest = child / MANIFEST
            try:
                info = manifest.stat()
            except OSError:
                seen[str(child)] = (0, 0)
                continue
            seen[str(manifest)] = (info.st_mtime_ns, info.st_size)
        return seen

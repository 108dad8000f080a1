"""The main window's keyboard: undo and redo in the handout's text fields
(keys and context menus), the Edit menu's clipboard entries, and the order Tab
moves in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from handout_builder.gui.widgets import set_tab_order

if TYPE_CHECKING:
    from handout_builder.gui.main_window import MainWindow
    from handout_builder.gui.window.menus import WindowMenus

TextField = QLineEdit | QTextEdit | QPlainTextEdit


def set_up_keys(window: MainWindow) -> None:
    """Undo keys and menus in the handout's text fields, the clipboard
    entries of the Edit menu, and a Tab order that reads like the window."""
    library, outline, editor = window.library_panel, window.outline, window.editor
    undo_keys = UndoKeys(editor.flush, window)
    menus = window.menus
    for field in (
        outline.title,
        outline.subtitle,
        outline.prepared_for,
        outline.date,
        editor.title,
        editor.summary,
        editor.text,
    ):
        field.installEventFilter(undo_keys)
        if isinstance(field, QLineEdit):  # the editor's menu also has fixes (EditorChecks)
            field.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            field.customContextMenuRequested.connect(
                lambda point, f=field: _popup(
                    edit_menu(f, menus, editor.flush), f.mapToGlobal(point)
                )
            )
    ClipboardActions(menus, window)
    chain: list[QWidget] = [
        *toolbar_controls(menus.toolbar),
        library.search,
        library.audience,
        library.tag,
        library.list,
        library.preview,
        library.add_button,
        outline.title,
        outline.subtitle,
        outline.prepared_for,
        outline.date_check,
        outline.date,
        outline.list,
        outline.up_button,
        outline.down_button,
        outline.duplicate_button,
        outline.remove_button,
        outline.reset_button,
        editor.title,
        editor.summary,
        editor.text,
        editor.compare_button,
        *toolbar_controls(window.preview.toolbar),
        window.preview.view,
        window.preview.problems,
        window.health_panel,
        *window.health_panel.focus_chain(),
    ]
    set_tab_order(chain)


def toolbar_controls(bar: QToolBar) -> list[QWidget]:
    """The controls of ``bar`` that take the focus, left to right."""
    # Not a separator's widget: a class of Qt's own that PySide6 does not know,
    # which it would load every QtWidgets class to look for (~8 ms, see
    # widgets.own_viewport); it never takes the focus anyway.
    found = [bar.widgetForAction(action) for action in bar.actions() if not action.isSeparator()]
    return [w for w in found if w is not None and w.focusPolicy() != Qt.FocusPolicy.NoFocus]


def edit_menu(field: TextField, menus: WindowMenus, flush: Callable[[], None]) -> QMenu:
    """``field``'s usual context menu, whose Undo and Redo are the handout's
    (the Edit menu's, with the same keys) rather than the field's own."""
    flush()  # typing on its way is an undo step too
    menu = field.createStandardContextMenu()
    for action in menu.actions():
        shared = {"edit-undo": menus.undo_action, "edit-redo": menus.redo_action}.get(
            action.objectName()
        )
        if shared is not None:
            menu.insertAction(action, shared)
            menu.removeAction(action)
    return menu


def _popup(menu: QMenu, at: QPoint) -> None:
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(at)


def focused_text_field() -> TextField | None:
    """The text field with the keyboard focus (a spin box's text counts)."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    return widget if isinstance(widget, TextField) else None


class ClipboardActions(QObject):
    """Edit ▸ Cut, Copy, Paste and Select All act on the focused text field and
    are enabled when they can do something there."""

    def __init__(self, menus: WindowMenus, parent: QObject) -> None:
        super().__init__(parent)
        self.menus = menus
        for action, name in (
            (menus.cut_action, "cut"),
            (menus.copy_action, "copy"),
            (menus.paste_action, "paste"),
            (menus.select_all_action, "selectAll"),
        ):
            action.triggered.connect(lambda _c=False, n=name: self._run(n))
        menus.edit_menu.aboutToShow.connect(self.refresh)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)  # ends with this object
        self._field: TextField | None = None
        self.refresh()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        field = focused_text_field()
        if self._field is not None and shiboken6.isValid(self._field):
            self._field.selectionChanged.disconnect(self.refresh)
        self._field = field
        if field is not None:
            field.selectionChanged.connect(self.refresh)
        self.refresh()

    def _run(self, name: str) -> None:
        if (field := focused_text_field()) is not None:
            getattr(field, name)()

    def refresh(self) -> None:
        field = focused_text_field()
        editable = field is not None and not field.isReadOnly()
        if isinstance(field, QLineEdit):
            selected = field.hasSelectedText()
        else:
            selected = field is not None and field.textCursor().hasSelection()
        menus = self.menus
        menus.cut_action.setEnabled(editable and selected)
        menus.copy_action.setEnabled(selected)
        menus.paste_action.setEnabled(editable)
        menus.select_all_action.setEnabled(field is not None)


class UndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) reach Edit ▸ Undo/Redo from the
    handout's text fields, which would otherwise take the keys for their own,
    separate (or disabled) undo and do nothing. Pending typing is sent first
    (``flush``), so undo takes back what was just typed."""

    def __init__(self, flush: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._flush = flush

    @staticmethod
    def _is_undo_key(event: QKeyEvent) -> bool:
        combo = QKeySequence(event.keyCombination())
        return (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or combo in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        keys = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if kind in keys and isinstance(event, QKeyEvent) and self._is_undo_key(event):
            if kind == QEvent.Type.ShortcutOverride:
                self._flush()
                event.ignore()  # not for the field: the window's shortcut runs
            return True  # never the field's own undo (nothing to undo there)
        return super().eventFilter(watched, event)

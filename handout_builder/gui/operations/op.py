"""The shape of a user action: what it does, then what happens on success and on
failure, with one way of presenting errors (modelled on Anki's
``aqt.operations.CollectionOp``).

An operation is built by a small function (``files.save_handout(parent, …)``)
and run by the window::

    save_handout(self, document, path).success(self._saved).run()

Work that can fail raises :class:`~handout_builder.core.errors.HandoutBuilderError`
with a one-line message; the operation shows it with :func:`show_error` (titled
by the operation) unless the caller set its own ``failure``. Other exceptions
are bugs: they reach the app's error handler.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Self, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.gui.i18n import arg, error_text, problem_headline
from handout_builder.gui.services.render_service import RenderService
from handout_builder.gui.services.tasks import BackgroundTasks

if TYPE_CHECKING:  # the render messages load with the render worker, after the first paint
    from handout_builder.core.jobs import RenderResult
    from handout_builder.gui.services.render_service import RequestSource

T = TypeVar("T")


def show_error(parent: QWidget | None, title: str, message: str, detail: str = "") -> None:
    """The one error presenter: a short, readable dialog (``detail`` in smaller
    type under ``message``, for the file, field and line at fault)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    if detail:
        box.setInformativeText(detail)
    box.setObjectName("error-dialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal, without blocking the event loop


def left_out(problems: list[Problem], what: str) -> list[Problem]:
    """Files left out for a mistake, in the clinician's words ("The brand profile
    “x.toml” was left out: …"), place underneath; notes such as "your entry
    replaces …" are not listed."""
    return [
        p.explained(
            arg(
                QCoreApplication.translate("Operations", "%1 “%2” was left out: %3"),
                what,
                Path(p.file or "").name,
                problem_headline(p),
            )
        )
        for p in problems
        if p.severity == "error"
    ]


def show_note(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A short piece of information the user should not miss (not an error)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("note-dialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class _Outcome(Generic[T]):
    """Success and failure callbacks, and the default failure: the error dialog
    titled ``title`` (with ``message`` as its headline and the error under it,
    or the error as the headline)."""

    def __init__(self, parent: QWidget | None, *, title: str, message: str = "") -> None:
        self.parent = parent
        self.title = title
        self.message = message
        self._on_success: list[Callable[[T], object]] = []
        self._on_failure: Callable[[HandoutBuilderError], object] | None = None

    def success(self, callback: Callable[[T], object]) -> Self:
        """Also call ``callback(result)`` when the action succeeds (in order added)."""
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[HandoutBuilderError], object]) -> Self:
        """Call ``callback(error)`` instead of showing the error dialog."""
        self._on_failure = callback
        return self

    def _succeed(self, result: T) -> None:
        for callback in self._on_success:
            callback(result)

    def _fail(self, error: Exception) -> None:
        if not isinstance(error, HandoutBuilderError):
            raise error  # a bug: the app's error handler logs it and says so
        if self._on_failure is not None:
            self._on_failure(error)
        elif self.message:
            show_error(self.parent, self.title, self.message, error_text(error))
        else:
            show_error(self.parent, self.title, error_text(error))


class Op(_Outcome[T]):
    """A user action whose ``work`` runs on the UI thread (:meth:`run`, for quick
    file work the clinician waits for) or on a background thread
    (:meth:`run_in_background`)."""

    def __init__(
        self, parent: QWidget | None, work: Callable[[], T], *, title: str, message: str = ""
    ) -> None:
        super().__init__(parent, title=title, message=message)
        self.work = work

    def run(self) -> bool:
        """Do it now; True when it succeeded."""
        try:
            result = self.work()
        except HandoutBuilderError as error:
            self._fail(error)
            return False
        self._succeed(result)
        return True

    def run_in_background(self, tasks: BackgroundTasks, *, key: Hashable | None = None) -> None:
        """Do it on ``tasks``' thread; callbacks run on the UI thread. With ``key``,
        a waiting run with the same key is replaced by this one."""
        tasks.submit(self.work, self._succeed, failed=self._fail, key=key)


class RenderOp(_Outcome[T]):
    """A user action on the finished PDF: render ``request`` in the worker
    (through the render service, off the UI thread), run the pre-flight checks
    on the result, then ``deliver`` it on the UI thread (write it, print it).
    A failed render fails the action with the renderer's one-line error."""

    def __init__(
        self,
        parent: QWidget | None,
        service: RenderService,
        request: RequestSource,
        deliver: Callable[[RenderResult], T],
        *,
        title: str,
        message: str = "",
    ) -> None:
        super().__init__(parent, title=title, message=message)
        self.service = service
        self.request = request
        self.deliver = deliver
        self._checks: list[Callable[[RenderResult], bool]] = []

    def before(self, check: Callable[[RenderResult], bool]) -> Self:
        """Add a pre-flight check: it sees the rendered result before it is
        delivered and returns False to stop the action quietly (the clinician
        chose to go back); checks run in the order added."""
        self._checks.append(check)
        return self

    def run(self) -> None:
        """Start rendering; the rest happens when the result is back."""
        self.service.submit(self.request, self._rendered)

    def _rendered(self, result: RenderResult) -> None:
        if result.pdf is None:
            self._fail(
                HandoutBuilderError(
                    result.error
                    or QCoreApplication.translate("Operations", "the pages could not be made")
                )
            )
            return
        if not all(check(result) for check in self._checks):
            return
        try:
            delivered = self.deliver(result)
        except HandoutBuilderError as error:
            self._fail(error)
            return
        self._succeed(delivered)

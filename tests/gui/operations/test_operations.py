"""User actions: success and failure callbacks, the one error presenter, and
the pre-flight checks that may stop an export before anything is written."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from handout_builder.core.errors import HandoutBuilderError
from handout_builder.core.jobs import RenderRequest, RenderResult
from handout_builder.core.model.documents import render_request
from handout_builder.gui.document import HandoutDocument
from handout_builder.gui.operations import Op
from handout_builder.gui.operations.export import export_pdf
from handout_builder.gui.operations.files import open_handout, save_handout
from handout_builder.gui.services.render_service import RenderService
from tests.gui.fake_renderer import FakeRenderer


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def error_boxes(parent: QWidget) -> list[tuple[str, str, str]]:
    return [
        (box.windowTitle(), box.text(), box.informativeText())
        for box in parent.findChildren(QMessageBox)
        if box.objectName() == "error-dialog" and box.isVisible()
    ]


def fails() -> None:
    raise HandoutBuilderError("sam.handout: folder does not exist")


def test_success_callbacks_run_in_order_with_the_result(parent):
    seen: list[str] = []
    op = Op(parent, lambda: "done", title="Never shown")
    assert op.success(lambda r: seen.append(f"1 {r}")).success(lambda r: seen.append("2")).run()
    assert seen == ["1 done", "2"] and error_boxes(parent) == []


def test_a_failure_is_one_readable_dialog_titled_by_the_action(parent):
    called: list[object] = []
    assert not Op(parent, fails, title="Cannot save handout").success(called.append).run()
    assert error_boxes(parent) == [
        ("Cannot save handout", "sam.handout: folder does not exist", "")
    ]
    assert called == []


def test_a_headline_puts_the_reason_under_it(parent):
    Op(parent, fails, title="Cannot open", message="“sam.handout” could not be opened.").run()
    assert error_boxes(parent) == [
        ("Cannot open", "“sam.handout” could not be opened.", "sam.handout: folder does not exist")
    ]


def test_a_failure_callback_replaces_the_dialog(parent):
    errors: list[str] = []
    Op(parent, fails, title="Cannot save").failure(lambda e: errors.append(str(e))).run()
    assert errors == ["sam.handout: folder does not exist"] and error_boxes(parent) == []


def test_a_bug_is_not_dressed_up_as_a_user_error(parent):
    def bug() -> None:
        raise KeyError("oops")

    with pytest.raises(KeyError):
        Op(parent, bug, title="Cannot save").run()


def test_saving_where_no_folder_is_says_so_and_keeps_the_changes(parent, make_handout, tmp_path):
    document = HandoutDocument(make_handout("anxiety-alarm"))
    document.set_field("title", "For Sam")
    assert not save_handout(parent, document, tmp_path / "missing" / "sam.handout").run()
    assert document.modified and document.path is None
    [(title, message, _)] = error_boxes(parent)
    assert title == "Cannot save handout" and "missing" in message


def test_opening_a_missing_file_changes_nothing(parent, tmp_path):
    opened: list[HandoutDocument] = []
    assert not open_handout(parent, tmp_path / "gone.handout").success(opened.append).run()
    assert opened == []
    [(_, message, detail)] = error_boxes(parent)
    assert message == "“gone.handout” could not be opened. Nothing was changed."
    assert "file not found" in detail


class BrokenRenderer(FakeRenderer):
    def render(self, request: RenderRequest, time_limit: float | None = None) -> RenderResult:
        return RenderResult(request.render_id, error="the renderer stopped unexpectedly")


@pytest.fixture
def export_request(make_handout, brand) -> RenderRequest:
    return render_request(make_handout("anxiety-alarm", title="For Sam"), brand, None)


def run_export(qtbot, parent, renderer, request, path, *checks):
    """Export with ``checks``; returns what reached success or failure, and the
    names of the checks that ran, once the action has finished either way."""
    service = RenderService(parent, renderer=renderer)
    service.start()
    outcome: list[object] = []
    ran: list[str] = []
    op = export_pdf(parent, service, request, path).success(outcome.append)
    for name, answer in checks:
        op.before(lambda _result, name=name, answer=answer: ran.append(name) or answer)
    op.failure(outcome.append)
    op.run()
    stopped = checks and not checks[0][1]
    qtbot.waitUntil(lambda: bool(outcome) or (stopped and bool(ran)))
    qtbot.wait(20)  # nothing more arrives
    service.close()
    return outcome, ran


def test_export_writes_the_pdf_after_its_checks(qtbot, parent, export_request, tmp_path):
    path = tmp_path / "sam.pdf"
    outcome, ran = run_export(
        qtbot, parent, FakeRenderer(), export_request, path, ("fit", True), ("other", True)
    )
    assert ran == ["fit", "other"] and isinstance(outcome[0], RenderResult)
    assert path.read_bytes().startswith(b"%PDF-")


def test_a_check_that_says_go_back_stops_before_anything_is_written(
    qtbot, parent, export_request, tmp_path
):
    path = tmp_path / "sam.pdf"
    outcome, ran = run_export(
        qtbot, parent, FakeRenderer(), export_request, path, ("fit", False), ("other", True)
    )
    assert ran == ["fit"] and outcome == [] and not path.exists()
    assert error_boxes(parent) == []


def test_a_failed_render_fails_the_export_with_the_renderers_words(
    qtbot, parent, export_request, tmp_path
):
    path = tmp_path / "sam.pdf"
    outcome, ran = run_export(qtbot, parent, BrokenRenderer(), export_request, path, ("fit", True))
    assert [str(e) for e in outcome] == ["the renderer stopped unexpectedly"]
    assert ran == [] and not path.exists()

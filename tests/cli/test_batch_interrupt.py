"""Ctrl-C in the middle of a batch: it stops at once, writes nothing more,
and says what was written."""

from __future__ import annotations

import os
import signal
import threading

from handout_builder.cli.batch import BatchItem, render_batch
from handout_builder.core.jobs import RenderResult

PDF = b"%PDF-1.7\n% a stand-in\n"


class InterruptedWorker:
    """A stand-in render worker: the second render is where the user presses
    Ctrl-C; it then renders on (as a real worker would) until it is aborted."""

    def __init__(self) -> None:
        self.rendered: list[str] = []
        self.aborted = threading.Event()

    def render(self, request: str) -> RenderResult:
        self.rendered.append(request)
        if len(self.rendered) == 2:
            os.kill(os.getpid(), signal.SIGINT)  # as Ctrl-C does
            if not self.aborted.wait(20):
                return RenderResult(0, pdf=PDF, page_count=1)  # finished after all
            return RenderResult(0, error="stopped", stopped=True)
        return RenderResult(0, pdf=PDF, page_count=1)

    def abort(self) -> None:
        self.aborted.set()


def test_ctrl_c_stops_the_batch_and_reports_what_was_written(tmp_path, capsys):
    worker = InterruptedWorker()
    folder = tmp_path / "group"
    folder.mkdir()
    items = [
        BatchItem(f"person {n}", folder / f"{n}.pdf", lambda item: item.label) for n in range(1, 11)
    ]
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        code = render_batch(items, [worker])  # type: ignore[list-item]
    except KeyboardInterrupt:
        code = -1  # it escaped, after rendering everything
    finally:
        signal.signal(signal.SIGINT, before)
    out, err = capsys.readouterr()
    assert code == 130  # as a shell reports Ctrl-C
    assert worker.aborted.is_set()
    assert worker.rendered == ["person 1", "person 2"]  # nothing started after Ctrl-C
    assert sorted(path.name for path in folder.iterdir()) == ["1.pdf"]
    assert out.splitlines() == [f"person 1: {folder / '1.pdf'} (1 page)"]
    assert err.splitlines()[-1] == "handout-builder: interrupted: 1 of 10 written, the others not"


class SlowFirstWorker:
    """A stand-in render worker on which the first file finishes last."""

    def __init__(self) -> None:
        self.others_done = threading.Event()
        self.count = 0
        self.lock = threading.Lock()

    def render(self, request: str) -> RenderResult:
        if request == "person 1":
            assert self.others_done.wait(20)
        else:
            with self.lock:
                self.count += 1
                if self.count == 3:
                    self.others_done.set()
        return RenderResult(0, pdf=PDF, page_count=1)

    def abort(self) -> None:
        pass


def test_result_lines_come_in_the_order_the_files_were_given(tmp_path, capsys):
    """A user matches the lines against the command line: person 1 finishes
    last, yet its line comes first."""
    worker = SlowFirstWorker()
    items = [
        BatchItem(f"person {n}", tmp_path / f"{n}.pdf", lambda item: item.label)
        for n in range(1, 5)
    ]
    assert render_batch(items, [worker, worker]) == 0  # type: ignore[list-item]
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"person {n}: {tmp_path / f'{n}.pdf'} (1 page)" for n in range(1, 5)
    ]

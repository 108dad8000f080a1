"""A fast stand-in for the render worker process in window tests.

Renders are a small valid PDF holding the words a layout would print first —
the handout's title, subtitle, "prepared for", the practice and its crisis line,
each section's title and wording — one line each, so tests can read the
clinician's edits in the preview or the exported file without WeasyPrint.
What a real layout does with them is tested with the real worker
(``tests/render``, and the window tests that use ``real_window``). Analyses
(reading grades, health-literacy reports) run the real analysis code, here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from handout_builder.core.checks.analysis import run_analysis
from handout_builder.core.jobs import AnalysisRequest, AnalysisResult, RenderRequest, RenderResult

LINES_PER_PAGE = 50
_MARKUP = re.compile(r"[*#>`]|^\s*(?:[-+]|\d+\.)\s", re.MULTILINE)


class FakeRenderer:
    """Has what ``RenderService`` needs; ``requests`` lists every render asked for."""

    def __init__(self) -> None:
        self.requests: list[RenderRequest] = []

    def start(self) -> None:
        pass

    def render(self, request: RenderRequest, time_limit: float | None = None) -> RenderResult:
        self.requests.append(request)
        pages = text_pdf(printed_lines(request))
        return RenderResult(request.render_id, pdf=pages[0], page_count=pages[1])

    def analyze(self, request: AnalysisRequest, time_limit: float | None = None) -> AnalysisResult:
        # In this process the test's data home is already set: never switch it
        # from this thread (the worker process does, for callers with other homes).
        return run_analysis(replace(request, data_home=""))

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


def printed_lines(request: RenderRequest) -> list[str]:
    handout, brand = request.handout, request.brand
    lines = [handout.title, handout.subtitle, handout.prepared_for, brand.practice_name]
    for section in handout.sections:
        lines.append(section.title)
        lines += _MARKUP.sub("", section.body).splitlines()
    lines.append(brand.crisis_line)
    return [line for line in lines if line.strip()]


def text_pdf(lines: list[str]) -> tuple[bytes, int]:
    """A PDF (PDF 1.4, Helvetica) with ``lines`` on as many pages as they need;
    returns the file and its page count."""
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[]]
    count = len(pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
        + b"] /Count %d >>" % count,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for number, page in enumerate(pages):
        text = b"".join(b"(%s) Tj T* " % _pdf_string(line) for line in page)
        stream = b"BT /F1 10 Tf 12 TL 40 800 Td " + text + b"ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * number)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for index, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (index, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out), count


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

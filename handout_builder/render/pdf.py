"""HTML → tagged PDF with WeasyPrint (imported here and in the fetcher only)."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import weasyprint
from weasyprint.text.fonts import FontConfiguration

from handout_builder.core import paths
from handout_builder.core.errors import HandoutBuilderError, Problem
from handout_builder.core.jobs import RenderRequest, RenderResult
from handout_builder.core.templating import PreparedHtml, TemplateProblem, prepare_html
from handout_builder.render.fetcher import RestrictedURLFetcher

# Tagged PDF/UA-1: title, language, structure tags, embedded fonts.
PDF_OPTIONS: dict[str, Any] = {"pdf_variant": "pdf/ua-1", "pdf_tags": True}
_IGNORED_WARNINGS = ("Anchor defined twice",)


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage().splitlines()[0] if record.getMessage() else ""
        if message and not message.startswith(_IGNORED_WARNINGS):
            self.messages.append(message)


@contextmanager
def collect_warnings() -> Iterator[list[str]]:
    """WeasyPrint's warnings during the block, as one-line messages."""
    logger = logging.getLogger("weasyprint")
    collector = _Collector()
    logger.addHandler(collector)
    previous = logger.propagate
    logger.propagate = False
    try:
        yield collector.messages
    finally:
        logger.removeHandler(collector)
        logger.propagate = previous


def write_pdf(
    prepared: PreparedHtml, font_config: FontConfiguration | None = None
) -> tuple[bytes, int, list[Problem]]:
    """Render prepared HTML to PDF bytes; returns (pdf, page count, problems)."""
    fetcher = RestrictedURLFetcher(prepared.allowed_roots)
    with collect_warnings() as warnings:
        html = weasyprint.HTML(
            string=prepared.html, base_url=prepared.base_url, url_fetcher=fetcher
        )
        document = html.render(font_config=font_config, **PDF_OPTIONS)
        # Whatever the layout's <head> says, the PDF carries these.
        document.metadata.title = prepared.title
        document.metadata.authors = [prepared.author] if prepared.author else []
        document.metadata.lang = prepared.language
        pdf = document.write_pdf(**PDF_OPTIONS)
    problems = [Problem(f"not loaded: {url}", severity="warning") for url in fetcher.refused]
    problems += [
        Problem(message, severity="warning")
        for message in warnings
        if "refused to load" not in message
    ]
    return pdf, len(document.pages), problems


def render_request(
    request: RenderRequest, font_config: FontConfiguration | None = None
) -> RenderResult:
    """Render one request; failures become a result with ``error`` and problems."""
    started = time.perf_counter()
    result = RenderResult(render_id=request.render_id)
    previous_home = os.environ.get(paths.ENV_HOME)
    if request.data_home:
        os.environ[paths.ENV_HOME] = request.data_home
    try:
        prepared = prepare_html(request)
        pdf, pages, problems = write_pdf(prepared, font_config)
        result.pdf, result.page_count = pdf, pages
        result.problems = prepared.problems + problems
    except TemplateProblem as exc:
        result.error, result.problems = str(exc), list(exc.problems)
    except HandoutBuilderError as exc:
        result.error = str(exc)
        result.problems = list(getattr(exc, "problems", [])) or [Problem(str(exc))]
    finally:
        if request.data_home:
            if previous_home is None:
                os.environ.pop(paths.ENV_HOME, None)
            else:
                os.environ[paths.ENV_HOME] = previous_home
    result.seconds = time.perf_counter() - started
    return result


WARM_UP_HTML = """<!doctype html><html lang="en"><head><title>warm-up</title><style>{fonts}
body {{ font-family: 'Atkinson Hyperlegible'; }}</style></head>
<body><h1>Warm-up</h1><p>A <b>short</b> <i>paragraph</i>.</p></body></html>"""


def warm_up() -> FontConfiguration:
    """A FontConfiguration with the default font loaded, after one small render."""
    from handout_builder.core.fonts import DEFAULT_FONT, font_dirs, font_face_css
    from handout_builder.core.templating import PreparedHtml

    font_config = FontConfiguration()
    html = WARM_UP_HTML.format(fonts=font_face_css([DEFAULT_FONT]))
    prepared = PreparedHtml(
        html=html, base_url="", allowed_roots=font_dirs(), title="warm-up", author="", language="en"
    )
    with contextlib.suppress(Exception):
        write_pdf(prepared, font_config)
    return font_config

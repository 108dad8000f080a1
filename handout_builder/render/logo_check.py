"""Drawing a brand logo on its own, in the render worker.

After a render was stopped by a limit, the worker draws just the logo: when
that is stopped too, the logo (not the layout or the content) is the cause,
and the message can say so.
"""

from __future__ import annotations

import html
import time
from pathlib import Path

from weasyprint.text.fonts import FontConfiguration

from handout_builder.core.jobs import LogoRequest, RenderResult
from handout_builder.core.layout.templating import PreparedHtml
from handout_builder.core.model.logo import logo_files
from handout_builder.render.pdf import write_pdf

LOGO_HTML = """<!doctype html><html lang="en"><head><title>logo</title></head>
<body><img src="{src}" alt="" style="width: 40mm"></body></html>"""


def render_logo(request: LogoRequest, font_config: FontConfiguration | None = None) -> RenderResult:
    """A one-page PDF of the logo alone, as the layouts print it (40 mm wide)."""
    started = time.perf_counter()
    logo = Path(request.logo)
    prepared = PreparedHtml(
        html=LOGO_HTML.format(src=html.escape(logo.as_uri())),
        base_url=logo.as_uri(),
        allowed_roots=logo_files(logo),
        title="logo",
        author="",
        language="en",
    )
    pdf, pages, problems = write_pdf(prepared, font_config)
    return RenderResult(
        request.render_id,
        pdf=pdf,
        page_count=pages,
        problems=problems,
        seconds=time.perf_counter() - started,
    )

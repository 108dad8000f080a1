"""What the fit check costs: the time to walk the laid-out pages, as a share of
the render itself (layout and PDF), for each built-in layout with the sample
handout. Goal: at most 10 %."""

from __future__ import annotations

import time

import weasyprint

from handout_builder.core.layout.authoring import sample_handout
from handout_builder.core.layout.templating import prepare_html
from handout_builder.core.model.brand import sample_brand
from handout_builder.core.model.documents import render_request
from handout_builder.render import fit
from handout_builder.render.fetcher import RestrictedURLFetcher
from handout_builder.render.pdf import PDF_OPTIONS, warm_up
from tests.benchmarks.conftest import summary, verdict

RUNS = 5
GOAL = 0.10  # the fit check costs at most a tenth of the render it checks


def test_fit_check_against_the_render(builtin_library):
    font_config = warm_up()
    print()
    for layout in ("classic", "large-print", "worksheet", "coping-cards", "trifold"):
        handout = sample_handout(builtin_library)
        handout.options.layout = layout
        prepared = prepare_html(render_request(handout, sample_brand(), builtin_library))
        sections = dict(prepared.sections)
        renders, checks = [], []
        for _ in range(RUNS):
            fetcher = RestrictedURLFetcher(prepared.allowed_roots)
            started = time.perf_counter()
            html = weasyprint.HTML(
                string=prepared.html, base_url=prepared.base_url, url_fetcher=fetcher
            )
            document = html.render(font_config=font_config, **PDF_OPTIONS)
            document.write_pdf(**PDF_OPTIONS)
            rendered = time.perf_counter()
            fit.inspect(document.pages, sections)
            renders.append(rendered - started)
            checks.append(time.perf_counter() - rendered)
        print(summary(f"{layout}: render (layout + PDF)", renders))
        print(summary(f"{layout}: fit check", checks))
        verdict(f"{layout}: fit check / render", renders, checks, goal=GOAL)

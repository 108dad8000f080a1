"""Parsed stylesheets kept between renders (render/stylesheet_cache.py): the
same pages as parsing every time, an edited stylesheet read again, its
problems reported on every render, and nothing reused that a render's own
folders would not let it load."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
import weasyprint.css

from handout_builder.core.model.documents import render_request
from handout_builder.render import stylesheet_cache
from handout_builder.render.fetcher import RestrictedURLFetcher
from handout_builder.render.pdf import render_request as render
from handout_builder.render.pdf import warm_up, write_pdf
from tests.conftest import pdf_text
from tests.render.prepared import prepared_html


def hits() -> int:
    return stylesheet_cache.statistics["hits"]


def test_a_warm_render_prints_the_same_pages_as_parsing_every_time(make_handout, brand):
    request = render_request(make_handout("anxiety-alarm", "window-of-tolerance"), brand, None)
    fonts = warm_up()
    render(request, fonts)
    before = hits()
    warm = render(request, fonts)
    assert hits() - before >= 2  # base.css and the layout's style.css at least
    wrapped = weasyprint.css.CSS
    try:
        weasyprint.css.CSS = wrapped.__wrapped__  # WeasyPrint's own, parsing every time
        cold = render(request, fonts)
    finally:
        weasyprint.css.CSS = wrapped
    assert warm.pdf is not None and cold.pdf is not None
    assert warm.page_count == cold.page_count
    assert pdf_text(warm.pdf) == pdf_text(cold.pdf)
    assert [p.describe() for p in warm.problems] == [p.describe() for p in cold.problems]


def layout_folder(tmp_path: Path, css: str) -> Path:
    folder = tmp_path / "my-layout"
    folder.mkdir(exist_ok=True)
    (folder / "style.css").write_text(css, encoding="utf-8")
    return folder


def render_with(folder: Path, roots: list[Path], fonts: object) -> tuple[bytes, list[str]]:
    html = (
        '<!doctype html><html lang="en"><head><title>t</title>'
        '<link rel="stylesheet" href="style.css"></head>'
        "<body><h1>Title</h1><p>Body text.</p></body></html>"
    )
    prepared = prepared_html(html, folder, roots)
    pdf, _, problems = write_pdf(prepared, fonts)  # type: ignore[arg-type]
    return pdf, [p.describe() for p in problems]


def test_an_edited_stylesheet_is_read_again(tmp_path):
    fonts = warm_up()
    folder = layout_folder(tmp_path, 'h1::after { content: " first version"; }')
    first, _ = render_with(folder, [folder], fonts)
    again, _ = render_with(folder, [folder], fonts)
    assert "Title first version" in pdf_text(first) and pdf_text(again) == pdf_text(first)
    stamp = (folder / "style.css").stat().st_mtime_ns
    (folder / "style.css").write_text('h1::after { content: " second"; }', encoding="utf-8")
    os.utime(folder / "style.css", ns=(stamp + 10**9, stamp + 10**9))  # same size, later
    edited, _ = render_with(folder, [folder], fonts)
    assert "Title second" in pdf_text(edited)


def test_an_imported_stylesheet_edited_is_read_again(tmp_path):
    fonts = warm_up()
    folder = layout_folder(tmp_path, '@import "colours.css"; p { margin: 0; }')
    (folder / "colours.css").write_text('h1::after { content: " one"; }', encoding="utf-8")
    assert "Title one" in pdf_text(render_with(folder, [folder], fonts)[0])
    (folder / "colours.css").write_text('h1::after { content: " two, longer"; }')
    assert "Title two, longer" in pdf_text(render_with(folder, [folder], fonts)[0])


def test_a_stylesheet_with_a_mistake_is_reported_on_every_render(tmp_path):
    fonts = warm_up()
    folder = layout_folder(tmp_path, "h1 { colr: red; }")
    for _ in range(2):
        _, problems = render_with(folder, [folder], fonts)
        assert any("colr" in problem for problem in problems), problems


def test_an_invalid_var_value_is_reported_on_every_render(tmp_path):
    """A var() declaration is checked when the cascade uses it, after parsing:
    the sheet is kept, and its mistake must still show under every preview."""
    fonts = warm_up()
    css = ":root { --brand: #c0392b; } h1 { border-bottom: 3px solid var(--brand) nonsense; }"
    folder = layout_folder(tmp_path, css)
    stamp = time.time_ns() - 60 * 10**9  # settled: the parsed sheet is kept
    os.utime(folder / "style.css", ns=(stamp, stamp))
    hits = stylesheet_cache.statistics["hits"]
    for _ in range(3):
        _, problems = render_with(folder, [folder], fonts)
        assert any("nonsense" in problem for problem in problems), problems
    assert stylesheet_cache.statistics["hits"] > hits  # the kept sheet was used


@pytest.mark.parametrize("order", ["allowed first", "refused first"])
def test_a_sheet_is_not_reused_by_a_render_that_may_not_load_it(tmp_path, order):
    fonts = warm_up()
    folder = layout_folder(tmp_path, 'h1::after { content: " styled"; }')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    runs = [[folder], [elsewhere]] if order == "allowed first" else [[elsewhere], [folder]]
    results = {str(roots[0]): render_with(folder, roots, fonts) for roots in runs}
    allowed_pdf, _ = results[str(folder)]
    refused_pdf, refused_problems = results[str(elsewhere)]
    assert "Title styled" in pdf_text(allowed_pdf)
    assert "styled" not in pdf_text(refused_pdf)
    assert any("style.css" in p and "not loaded" in p for p in refused_problems)


def test_a_stylesheet_link_pointed_at_another_file_is_read_again(tmp_path):
    fonts = warm_up()
    folder = layout_folder(tmp_path, "")
    (folder / "style.css").unlink()
    themes = folder / "themes"
    themes.mkdir()
    (themes / "blue.css").write_text('h1::after { content: " blue"; }', encoding="utf-8")
    (themes / "pink.css").write_text('h1::after { content: " pink"; }', encoding="utf-8")
    (folder / "style.css").symlink_to("themes/blue.css")
    assert "Title blue" in pdf_text(render_with(folder, [folder], fonts)[0])
    (folder / "style.css").unlink()
    (folder / "style.css").symlink_to("themes/pink.css")  # both files untouched
    assert "Title pink" in pdf_text(render_with(folder, [folder], fonts)[0])


def test_a_stylesheet_replaced_by_a_link_to_a_copy_outside_is_refused(tmp_path):
    fonts = warm_up()
    folder = layout_folder(tmp_path, 'h1::after { content: " styled"; }')
    assert "Title styled" in pdf_text(render_with(folder, [folder], fonts)[0])
    outside = tmp_path / "outside.css"
    shutil.copy2(folder / "style.css", outside)  # same size, same modification time
    (folder / "style.css").unlink()
    (folder / "style.css").symlink_to(outside)
    pdf, problems = render_with(folder, [folder], fonts)
    assert "styled" not in pdf_text(pdf)
    assert any("style.css" in p and "not loaded" in p for p in problems), problems


def test_a_stylesheet_saved_while_it_was_parsed_is_read_again(tmp_path, monkeypatch):
    fonts = warm_up()
    folder = layout_folder(tmp_path, 'h1::after { content: " first"; }')
    fetch = RestrictedURLFetcher.fetch

    def save_while_parsing(self, url, headers=None):  # the author saves mid-render
        response = fetch(self, url, headers)
        if url.endswith("style.css"):
            (folder / "style.css").write_text('h1::after { content: " later"; }')
            monkeypatch.setattr(RestrictedURLFetcher, "fetch", fetch)
        return response

    monkeypatch.setattr(RestrictedURLFetcher, "fetch", save_while_parsing)
    assert "Title first" in pdf_text(render_with(folder, [folder], fonts)[0])
    assert "Title later" in pdf_text(render_with(folder, [folder], fonts)[0])


def test_a_same_size_edit_within_the_same_second_is_read_again(tmp_path):
    """File systems that keep whole seconds (or two, FAT) give both versions the
    same modification time."""
    fonts = warm_up()
    folder = layout_folder(tmp_path, 'h1::after { content: " one"; }')
    second = time.time_ns() // 10**9 * 10**9
    os.utime(folder / "style.css", ns=(second, second))
    assert "Title one" in pdf_text(render_with(folder, [folder], fonts)[0])
    (folder / "style.css").write_text('h1::after { content: " two"; }', encoding="utf-8")
    os.utime(folder / "style.css", ns=(second, second))
    assert "Title two" in pdf_text(render_with(folder, [folder], fonts)[0])

"""The preview cache: the last preview of a handout comes back for the same
content, layout, brand and version, never for anything else; user-only; bounded."""

from __future__ import annotations

import os
import stat
import time
from dataclasses import replace

from handout_builder.core import preview_cache
from handout_builder.core.model.documents import render_request

PDF = b"%PDF-1.7 a preview"


def test_the_same_handout_finds_its_preview_and_a_changed_one_does_not(make_handout, brand):
    handout = make_handout("anxiety-alarm", title="Seen before")
    request = render_request(handout, brand, None, purpose="preview")
    assert preview_cache.load(request) is None
    preview_cache.store(request, PDF)
    again = render_request(handout.copy(), brand, None, render_id=7, purpose="preview")
    assert preview_cache.load(again) == PDF  # a new request for the same content
    handout.sections[0].body += " One more word."
    assert preview_cache.load(render_request(handout, brand, None)) is None
    other_brand = replace(brand, practice_name="Another Practice")
    assert (
        preview_cache.load(
            render_request(make_handout("anxiety-alarm", title="Seen before"), other_brand, None)
        )
        is None
    )


def test_a_changed_layout_file_is_a_new_preview(tmp_path, make_handout, brand):
    import shutil

    from handout_builder.core import resources

    layout = tmp_path / "mine"
    shutil.copytree(resources.templates_dir() / "classic", layout)
    request = render_request(make_handout("anxiety-alarm"), brand, None)
    request = replace(request, layout_dir=str(layout))
    preview_cache.store(request, PDF)
    assert preview_cache.load(request) == PDF
    css = layout / "style.css"
    css.write_text(css.read_text() + "\nh1 { color: red; }\n")
    assert preview_cache.load(request) is None


def test_previews_are_user_only(make_handout, brand, home):
    preview_cache.store(render_request(make_handout("anxiety-alarm"), brand, None), PDF)
    folder = preview_cache.cache_dir()
    assert folder.is_relative_to(home)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()] == [0o600]


def test_the_least_recently_shown_go_first(tmp_path):
    for number in range(4):
        path = tmp_path / f"{number}.pdf"
        path.write_bytes(b"%PDF-" + b"x" * 95)
        past = time.time() - 100 + number
        os.utime(path, (past, past))
    os.utime(tmp_path / "0.pdf")  # shown just now
    preview_cache.trim(tmp_path, limit=250)
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["0.pdf", "3.pdf"]


def test_a_bilingual_preview_is_new_when_the_second_languages_wording_changed(
    make_handout, brand, builtin_library
):
    handout = make_handout("anxiety-alarm", title="Both languages")
    handout.options.layout = "bilingual"
    request = render_request(handout, brand, builtin_library, purpose="preview")
    assert request.second_sections  # the Spanish wording printed beside the English
    preview_cache.store(request, PDF)
    again = render_request(handout.copy(), brand, builtin_library, purpose="preview")
    assert preview_cache.load(again) == PDF
    at, wording = again.second_sections[0]
    reworded = replace(wording, body=wording.body + " Una frase más.")
    changed = replace(again, second_sections=((at, reworded), *again.second_sections[1:]))
    assert preview_cache.load(changed) is None


def test_a_cached_file_that_is_not_a_pdf_is_none_and_removed(make_handout, brand):
    request = render_request(make_handout("anxiety-alarm"), brand, None, purpose="preview")
    preview_cache.store(request, b"")  # an empty file: a crash, a full disk
    (path,) = preview_cache.cache_dir().glob("*.pdf")
    assert preview_cache.load(request) is None
    assert not path.exists()

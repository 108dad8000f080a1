"""The handout history: one private, never-changed record per export or print,
enough to say what a client got and to reprint it exactly."""

from __future__ import annotations

import hashlib
import json
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from handout_builder.core.errors import HandoutBuilderError, NotFoundError
from handout_builder.core.model import history
from handout_builder.core.model.documents import render_request


@pytest.fixture
def request_for(make_handout, brand, builtin_library):
    def make(prepared_for: str = "Sam K.", *topics: str, title: str = "For you"):
        handout = make_handout(*(topics or ("anxiety-alarm",)), title=title)
        handout.prepared_for = prepared_for
        handout.options.layout = "worksheet"
        handout.options.paper = "a4"
        return render_request(handout, brand, builtin_library)

    return make


def test_a_record_holds_what_was_given_and_is_private(request_for, home: Path):
    request = request_for("Sam K.", "anxiety-alarm", "window-of-tolerance")
    request.handout.sections[0].body += "\nA line just for Sam.\n"
    record = history.record_handout(request, "export", b"%PDF-1.7 ...")

    folder = home / "history"
    file = folder / f"{record.id}.json"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [file.name]  # no PDF unless asked
    data = json.loads(file.read_text())
    assert data["prepared_for"] == "Sam K." and data["title"] == "For you"
    assert (data["layout"], data["paper"], data["language"]) == ("worksheet", "a4", "en")
    assert data["brand"] == "Riverside Counselling" and data["action"] == "export"
    first = request.handout.sections[0]
    expected = hashlib.sha256(f"{first.title}\n\n{first.body.strip()}".encode()).hexdigest()
    assert data["sections"][0] == {
        "title": first.title,
        "entry_id": "anxiety-alarm",
        "entry_revision": first.entry_revision,
        "text_sha256": expected,
    }
    assert data["handout"]["sections"][0]["body"].endswith("A line just for Sam.\n")
    assert data["brand_fields"]["practice_name"] == "Riverside Counselling"

    again = history.load_record(file)
    assert again.handout.to_data() == request.handout.to_data()
    assert again.unchanged() and again.pdf is None


def test_the_pdf_is_kept_only_when_asked(request_for, home: Path):
    record = history.record_handout(request_for(), "print", b"%PDF-1.7 kept", keep_pdf=True)
    assert record.pdf == home / "history" / f"{record.id}.pdf"
    assert record.pdf.read_bytes() == b"%PDF-1.7 kept"
    assert stat.S_IMODE(record.pdf.stat().st_mode) == 0o600
    assert history.find_record(record.id).pdf == record.pdf


def test_listing_searching_and_finding_records(request_for, monkeypatch):
    ids = iter(
        ["2026-03-02T09-00-00-000001", "2026-03-10T11-00-00-000002", "2026-04-01T10-00-00-000003"]
    )
    monkeypatch.setattr(history, "_new_id", lambda when: next(ids))
    history.record_handout(request_for("Sam K.", "anxiety-alarm"), "export")
    history.record_handout(request_for("Jo", "cbt-i-sleep"), "print")
    history.record_handout(request_for("Sam K.", "safety-plan"), "export")

    records = history.load_history()
    assert [r.id[:10] for r in records] == ["2026-04-01", "2026-03-10", "2026-03-02"]
    assert [r.id[:10] for r in history.search_history(records, "sam")] == [
        "2026-04-01",
        "2026-03-02",
    ]
    assert [r.prepared_for for r in history.search_history(records, "cbt-i")] == ["Jo"]
    assert [r.id[:10] for r in history.search_history(records, "sam safety-plan")] == ["2026-04-01"]
    assert history.find_record("2026-03-02").prepared_for == "Sam K."
    with pytest.raises(HandoutBuilderError, match="fits 2 records"):
        history.find_record("2026-03")
    with pytest.raises(NotFoundError):
        history.find_record("1999")


def test_a_damaged_record_is_one_problem(request_for, home: Path):
    good = history.record_handout(request_for(), "export")
    (home / "history" / "2099-01-01T00-00-00-zzzzzz.json").write_text('{"format": "hand')
    problems: list = []
    assert [r.id for r in history.load_history(problems)] == [good.id]
    assert len(problems) == 1 and "2099-01-01" in (problems[0].file or "")


def test_a_changed_record_no_longer_matches_its_fingerprints(request_for, home: Path):
    record = history.record_handout(request_for(), "export")
    file = home / "history" / f"{record.id}.json"
    data = json.loads(file.read_text())
    data["handout"]["sections"][0]["body"] += "\nA sentence nobody printed.\n"
    file.write_text(json.dumps(data))
    assert not history.load_record(file).unchanged()


def test_reprint_uses_the_brand_as_it_was_and_notes_a_lost_logo(request_for, tmp_path: Path):
    request = request_for()
    sample_logo = request.brand.logo
    assert sample_logo is not None
    copied = tmp_path / f"logo{sample_logo.suffix}"
    copied.write_bytes(sample_logo.read_bytes())
    branded = replace(request, brand=replace(request.brand, logo=copied, phone="555-0100"))
    record = history.record_handout(branded, "export")

    reprint = history.reprint_request(record)
    assert reprint.handout.to_data() == branded.handout.to_data()
    assert reprint.brand.phone == "555-0100" and reprint.brand.logo == copied
    assert reprint.notes == ()

    copied.unlink()
    reprint = history.reprint_request(record)
    assert reprint.brand.logo is None and reprint.brand.phone == "555-0100"
    assert len(reprint.notes) == 1 and "logo" in reprint.notes[0].message


def test_delete_one_and_clear_all(request_for, home: Path):
    first = history.record_handout(request_for(), "export", b"%PDF", keep_pdf=True)
    second = history.record_handout(request_for("Jo"), "print")
    history.delete_record(first)
    assert [r.id for r in history.load_history()] == [second.id]
    assert not (home / "history" / f"{first.id}.pdf").exists()
    assert history.clear_history() == 1
    assert history.load_history() == [] and list((home / "history").iterdir()) == []


def test_clearing_the_history_also_deletes_the_cached_previews(request_for, home: Path):
    """The preview cache holds PDFs of client handouts: "delete all" forgets
    them too, with or without records."""
    from handout_builder.core import preview_cache

    request = replace(request_for("Sam K."), purpose="preview")
    history.record_handout(request_for("Sam K."), "export")
    preview_cache.store(request, b"%PDF-1.7 Sam's handout")
    assert preview_cache.load(request) is not None
    assert history.clear_history() == 1
    assert preview_cache.load(request) is None
    assert list(preview_cache.cache_dir().iterdir()) == []

    preview_cache.store(request, b"%PDF-1.7 Sam's handout")  # no record this time
    assert history.clear_history() == 0
    assert preview_cache.load(request) is None

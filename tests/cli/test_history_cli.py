"""``handout-builder history``: list (``--json``, ``--search``), show, reprint,
delete, clear — and bad input is one line and exit 2."""

from __future__ import annotations

import json

import pytest

from handout_builder.cli import main
from handout_builder.core.model import history
from handout_builder.core.model.documents import render_request
from tests.conftest import pdf_text


@pytest.fixture
def records(make_handout, brand, builtin_library):
    def record(prepared_for: str, topic: str, **kwargs) -> history.HistoryRecord:
        handout = make_handout(topic, title=f"Notes for {prepared_for}")
        handout.prepared_for = prepared_for
        return history.record_handout(
            render_request(handout, brand, builtin_library), "export", **kwargs
        )

    return [record("Sam K.", "anxiety-alarm"), record("Jo", "cbt-i-sleep")]


def test_list_search_and_json(records, capsys):
    assert main(["history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "Jo" in lines[0] and "Sam K." in lines[1]  # newest first

    assert main(["history", "--search", "sam"]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == [records[0].id]

    assert main(["history", "--json", "--search", "sleep"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["id"] == records[1].id and row["prepared_for"] == "Jo"
    assert row["sections"][0]["entry_id"] == "cbt-i-sleep" and row["pdf"] is None
    assert len(row["sections"][0]["text_sha256"]) == 64

    assert main(["history", "list", "--json", "--search", "sam"]) == 0  # `list` says the same
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [records[0].id]
    assert main(["history", "--json", "list"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_show_tells_the_entries_revisions_and_fingerprints(records, capsys):
    assert main(["history", "show", records[0].id[:-2]]) == 0
    out = capsys.readouterr().out
    section = records[0].sections[0]
    assert f"library entry anxiety-alarm (revision {section.entry_revision})" in out
    assert section.text_sha256 in out and "Sam K." in out
    assert "matches these fingerprints" in out


def test_reprint_renders_the_handout_as_it_was(records, tmp_path, capsys):
    out = tmp_path / "again.pdf"
    assert main(["history", "reprint", records[0].id, "-o", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "Notes for Sam K." in text and "Prepared for Sam K." in text
    assert "Riverside Counselling" in text


def test_reprint_gives_the_kept_pdf_byte_for_byte(make_handout, brand, tmp_path):
    handout = make_handout("anxiety-alarm")
    kept = b"%PDF-1.7 the very file\n%%EOF\n"
    record = history.record_handout(
        render_request(handout, brand, None), "print", kept, keep_pdf=True
    )
    out = tmp_path / "again.pdf"
    assert main(["history", "reprint", record.id, "-o", str(out)]) == 0
    assert out.read_bytes() == kept


def test_delete_and_clear(records, capsys, monkeypatch):
    assert main(["history", "delete", records[0].id]) == 0
    assert [r.id for r in history.load_history()] == [records[1].id]

    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["history", "clear"]) == 2  # not on a terminal: --yes needed
    assert "--yes" in capsys.readouterr().err
    assert len(history.load_history()) == 1
    assert main(["history", "clear", "--yes"]) == 0
    assert history.load_history() == []


def test_clear_also_deletes_the_cached_previews_of_handouts(
    make_handout, brand, builtin_library, capsys
):
    from handout_builder.core import preview_cache

    request = render_request(make_handout("anxiety-alarm"), brand, builtin_library)
    preview_cache.store(request, b"%PDF-1.7 a client's handout")
    assert main(["history", "clear", "--yes"]) == 0  # no records: the previews still go
    assert "the history is empty" in capsys.readouterr().out
    assert preview_cache.load(request) is None


def test_an_unknown_record_is_one_line_and_exit_2(records, tmp_path, capsys):
    assert main(["history", "show", "1999-01"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no history record '1999-01'" in err[0]
    assert main(["history", "reprint", "1999", "-o", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()

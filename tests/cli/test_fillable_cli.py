"""``build --fillable`` and ``render --fillable``: the PDF's places to write are
form fields."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader

from handout_builder.cli import main


def field_names(pdf: bytes) -> set[str]:
    return set(PdfReader(io.BytesIO(pdf)).get_fields() or {})


def test_build_and_render_make_fillable_pdfs(tmp_path, capsys):
    out, saved = tmp_path / "plan.pdf", tmp_path / "plan.handout"
    topic = ["--topic", "safety-plan", "--layout", "worksheet"]
    assert main(["build", *topic, "--fillable", "--save-handout", str(saved), "-o", str(out)]) == 0
    assert {"client-name", "s1-q1", "plan-1"} <= field_names(out.read_bytes())
    assert json.loads(saved.read_text())["options"]["fillable"] is True

    plain, document = tmp_path / "plain.pdf", tmp_path / "plain.handout"
    assert main(["build", *topic, "--save-handout", str(document), "-o", str(plain)]) == 0
    assert field_names(plain.read_bytes()) == set()
    assert main(["render", str(document), "--fillable", "-o", str(plain)]) == 0
    assert "plan-1" in field_names(plain.read_bytes())
    assert "fillable" not in json.loads(document.read_text())["options"]  # file unchanged

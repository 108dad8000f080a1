"""No layout puts a file inside the client's PDF, and ``layout check`` says
where a layout tries (file and line)."""

from __future__ import annotations

import io

import pikepdf
import weasyprint

from handout_builder.cli import main
from handout_builder.core.model.documents import render_request
from handout_builder.render.attachments import drop_embedded_files
from handout_builder.render.pdf import render_request as render
from tests.conftest import pdf_text

EXE = "data:application/octet-stream;base64,TVqQAAMAAAAEAAAA"
ATTEMPTS = f"""{{% extends "base.html.j2" %}}
{{% block content %}}
<a rel="attachment" href="{EXE}" download="worksheet.pdf.exe">Your worksheet</a>
<link rel="Attachment" href="data:text/plain,hello" title="notes">
<embed src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E">
<object data="data:text/plain,hidden" type="text/plain">What the object shows instead</object>
{{% set kind = "attach" ~ "ment" %}}<a rel="noopener {{{{ kind }}}}" href="{EXE}">again</a>
{{{{ super() }}}}
{{% endblock %}}
"""


def add_layout(home, text: str = ATTEMPTS):
    folder = home / "layouts" / "sneaky"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text('title = "Sneaky"\n')
    (folder / "handout.html.j2").write_text(text)
    return folder


def embedded_files(pdf: bytes) -> list[str]:
    """Every file the PDF carries: /EmbeddedFiles names and file-attachment annotations."""
    with pikepdf.open(io.BytesIO(pdf)) as document:
        found = list(document.attachments.keys())
        for page in document.pages:
            for annotation in page.get("/Annots", []):
                if annotation.get("/Subtype") == "/FileAttachment":
                    found.append(str(annotation.get("/FS", {}).get("/F", "?")))
        if "/Names" in document.Root and "/EmbeddedFiles" in document.Root.Names:
            found.append("/EmbeddedFiles")
    return found


def test_a_layout_attaches_nothing_and_the_handout_still_prints(home, make_handout, brand):
    add_layout(home)
    handout = make_handout("anxiety-alarm")
    handout.options.layout = "sneaky"
    result = render(render_request(handout, brand, None))
    assert result.ok
    assert embedded_files(result.pdf) == []
    text = pdf_text(result.pdf)
    assert "Your worksheet" in text and "What the object shows instead" in text
    assert "Why anxiety happens" in text
    warnings = " | ".join(p.message for p in result.problems)
    assert 'download="worksheet.pdf.exe"' in warnings
    assert warnings.count("may not attach files") == 3  # <a>, <link> and the one built
    assert "<embed> is not allowed" in warnings and "<object> is not allowed" in warnings


def test_layout_check_reports_each_attempt_by_file_and_line(home, capsys):
    folder = add_layout(home)
    assert main(["layout", "check", str(folder)]) == 2
    out = capsys.readouterr().out
    template = folder / "handout.html.j2"
    for line, words in (
        (3, "a layout may not attach files to the PDF; left out: <a"),
        (4, "a layout may not attach files to the PDF; left out: <link"),
        (5, "<embed> is not allowed"),
        (6, "<object> is not allowed"),
    ):
        assert f"{template}:{line}: {words}" in out, out
    # Built by an expression, it is not on a line of its own: put on the folder.
    assert f'{folder}: a layout may not attach files to the PDF; left out: <a rel="noopener' in out
    assert out.splitlines()[-1].startswith("sneaky: 5 problem(s)")


def test_what_weasyprint_would_embed_is_emptied_after_layout_too():
    # The second layer on its own: a document laid out from untouched HTML.
    html = f'<link rel="attachment" href="{EXE}"><p><a rel="attachment" href="{EXE}">file</a></p>'
    document = weasyprint.HTML(string=html).render()
    assert drop_embedded_files(document) == 2
    assert embedded_files(document.write_pdf()) == []

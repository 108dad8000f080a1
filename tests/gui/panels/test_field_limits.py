"""The desktop app's text fields take the limits of the formats they are saved in,
so what a clinician types can always be saved and opened again."""

from __future__ import annotations

from handout_builder.core.model import brand, handout
from handout_builder.core.model.handout import Handout, load_handout, save_handout
from handout_builder.gui.dialogs.brand_dialog import BrandDialog
from handout_builder.gui.panels.outline import OutlinePanel
from handout_builder.gui.panels.section_editor import SectionEditor


def test_typing_past_the_title_limit_stops_at_it_and_the_handout_opens_again(qtbot, tmp_path):
    outline = OutlinePanel()
    qtbot.addWidget(outline)
    typed: dict[str, str] = {}
    outline.field_edited.connect(lambda field, text: typed.__setitem__(field, text))
    qtbot.keyClicks(outline.title, "A" * 250)
    assert len(outline.title.text()) == handout.TEXT_LIMITS["title"] == 200
    document = Handout(title=typed["title"])
    save_handout(document, tmp_path / "long.handout")
    assert load_handout(tmp_path / "long.handout").title == "A" * 200


def test_every_handout_and_brand_field_takes_its_format_limit(qtbot):
    outline = OutlinePanel()
    editor = SectionEditor()
    dialog = BrandDialog()
    for widget in (outline, editor, dialog):
        qtbot.addWidget(widget)
    assert outline.subtitle.maxLength() == handout.TEXT_LIMITS["subtitle"]
    assert outline.prepared_for.maxLength() == handout.TEXT_LIMITS["prepared_for"]
    assert editor.title.maxLength() == handout.TEXT_LIMITS["section_title"]
    assert dialog.practice.maxLength() == brand.TEXT_LIMITS["practice_name"]
    assert dialog.phone.maxLength() == brand.TEXT_LIMITS["phone"]
    assert dialog.crisis.maxLength() == brand.TEXT_LIMITS["crisis_line"]
    assert dialog.dv_line.maxLength() == brand.TEXT_LIMITS["domestic_violence_line"]

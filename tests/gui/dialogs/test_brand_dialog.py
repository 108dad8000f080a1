"""Saving a brand profile whose SVG logo links pictures: they are kept with it,
and a link that cannot load is said in the dialog."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt

from handout_builder.core.model.brand import load_brand
from handout_builder.gui.dialogs.brand_dialog import BrandDialog

LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60">'
    '<image href="mark.png" width="60" height="30"/><image href="lost.png" width="5" height="5"/>'
    "</svg>"
)


def test_a_logo_link_that_cannot_load_is_reported_when_saving(qtbot, home, tmp_path):
    designer = tmp_path / "from the designer"
    designer.mkdir()
    Image.new("RGB", (60, 30), "red").save(designer / "mark.png")
    (designer / "logo.svg").write_text(LOGO)
    dialog = BrandDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.practice.setText("Riverside Counselling")
    dialog.set_logo(designer / "logo.svg")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # saved, and says what will not print
    message = dialog.error.text()
    assert message.startswith("Saved — but some pictures inside the logo will not print")
    assert "• lost.png: file not found" in message
    profile = load_brand(dialog.profile.source)
    assert profile.logo.parent.parent == home / "brands"
    assert (profile.logo.parent / "mark.png").read_bytes() == (designer / "mark.png").read_bytes()

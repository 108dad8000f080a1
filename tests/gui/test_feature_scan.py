"""PySide6 reads no module's source to see whether it uses PySide: the app
gives it the answer (handout_builder.gui.feature_scan), and Qt's names are as
before."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from handout_builder.gui.feature_scan import package_modules

PROBE = textwrap.dedent(
    """
    import sys
    import handout_builder.gui  # imports PySide6 and applies the work-around
    from PySide6.support import feature

    read = []
    scan = feature._mod_uses_pyside
    feature._mod_uses_pyside = lambda module: read.append(module.__name__) or scan(module)
    import handout_builder.core.model.library
    import handout_builder.gui.dialogs.preferences
    import handout_builder.gui.panels.outline
    from PySide6.QtCore import QObject
    probe = QObject()
    probe.setObjectName("probe")  # Qt's own names, not snake_case
    print("read:", *[name for name in read if name.startswith("handout_builder")])
    print("names:", probe.objectName(), hasattr(probe, "object_name"))
    print("table:", feature.pyside_feature_dict["handout_builder.gui.panels.outline"],
          feature.pyside_feature_dict["handout_builder.core.model.library"])
    """
)


def test_pyside_reads_none_of_the_app_s_sources_and_qt_names_are_unchanged(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "HANDOUT_BUILDER_HOME": str(tmp_path), "PATH": ""},
        check=True,
    )
    lines = dict(line.split(":", 1) for line in done.stdout.splitlines())
    assert lines["read"].split() == []  # without the work-around: each module named above
    assert lines["names"].split() == ["probe", "False"]
    assert lines["table"].split() == ["0", "-1"]  # uses PySide / does not, as the scan says


def test_the_package_s_modules_are_found_from_its_files():
    names = set(package_modules())
    assert {
        "handout_builder",
        "handout_builder.gui",
        "handout_builder.gui.main_window",
        "handout_builder.core.model.library",
        "handout_builder.render.worker",
    } <= names
    assert not any("assets" in name or "templates" in name for name in names)

from __future__ import annotations

from dataclasses import fields, is_dataclass

from markupsafe import Markup

from handout_builder.core.docgen.context import context_reference_markdown
from handout_builder.core.layout import context as ctx
from handout_builder.core.layout.layouts import get_layout
from tests.conftest import REPO


def test_docs_page_matches_the_code():
    page = (REPO / "docs" / "template-context.md").read_text(encoding="utf-8")
    assert page == context_reference_markdown(), "run: python tools/gen_context_docs.py"


def test_every_context_field_is_documented():
    for cls in ctx.CONTEXT_CLASSES:
        for f in fields(cls):
            assert f.metadata.get("doc"), f"{cls.__name__}.{f.name} has no doc"


def test_context_is_plain_data(make_handout, brand):
    handout = make_handout("anxiety-alarm", "window-of-tolerance")
    context, _ = ctx.build_context(handout, brand, [get_layout("classic")], illustrations={})

    def check(value, where):
        if is_dataclass(value):
            assert not [
                n
                for n in vars(type(value))
                if callable(getattr(value, n, None)) and not n.startswith("_") and n != "variables"
            ], where
            for f in fields(value):
                check(getattr(value, f.name), f"{where}.{f.name}")
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                check(item, f"{where}[{i}]")
        else:
            assert (
                isinstance(value, (str, int, float, bool, type(None), Markup))
                or type(value).__name__ == "mappingproxy"
            ), (where, type(value))

    check(context, "context")


def test_sections_split_into_parts_and_only_verified_references(make_handout, brand):
    handout = make_handout("anxiety-alarm")
    section = handout.sections[0]
    section.references[0] = type(section.references[0])(
        **{**section.references[0].__dict__, "verified": False}
    )
    context, _ = ctx.build_context(handout, brand, [get_layout("classic")], illustrations={})
    s = context.handout.sections[0]
    assert s.try_this and s.try_this[0].heading.startswith("Try this")
    assert s.key_points is not None and "<li>" in s.key_points.html
    assert s.references == () and context.handout.references == ()
    assert s.clinician_note == ""  # not printed unless asked


def test_note_only_references_print_with_the_note_never_in_the_sources(make_handout, brand):
    handout = make_handout("safety-plan")
    layout = [get_layout("classic")]
    context, _ = ctx.build_context(handout, brand, layout, illustrations={})
    cited = [r.citation for r in context.handout.references]
    assert any("Stanley B, Brown GK (2012)" in c for c in cited)
    assert not any("JAMA Psychiatry" in c for c in cited)  # backs the note only
    assert context.handout.sections[0].note_references == ()
    handout.options.include_clinician_notes = True
    context, _ = ctx.build_context(handout, brand, layout, illustrations={})
    notes = context.handout.sections[0].note_references
    assert [r.short for r in notes] == ["Stanley et al. (2018)"]
    assert not any("JAMA Psychiatry" in r.citation for r in context.handout.references)


def test_therapist_placeholder_uses_the_brand_clinician(make_handout, brand):
    from dataclasses import replace

    handout = make_handout("anxiety-alarm")
    layout = [get_layout("classic")]
    context, _ = ctx.build_context(handout, brand, layout, illustrations={})
    assert "Dr. Ana Ruiz can help you practice." in context.handout.sections[0].html
    unnamed = replace(brand, clinician="")
    context, _ = ctx.build_context(handout, unnamed, layout, illustrations={})
    assert "Your therapist or counselor can help you practice." in context.handout.sections[0].html

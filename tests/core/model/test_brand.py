from __future__ import annotations

from pathlib import Path

import pytest

from handout_builder.core.errors import NotFoundError, ValidationError
from handout_builder.core.model.brand import (
    TEXT_LIMITS,
    BrandProfile,
    find_brand,
    load_brand,
    sample_brand,
    save_brand,
)

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f"
    b"\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_brand_loads_with_logo():
    brand = sample_brand()
    assert brand.practice_name == "Riverside Counselling"
    assert brand.logo is not None and brand.logo.is_file()


def test_relative_logo_is_resolved_against_the_profile(tmp_path):
    (tmp_path / "logo.png").write_bytes(PNG)
    brand = load_brand(write(tmp_path / "b.toml", 'practice_name = "P"\nlogo = "logo.png"\n'))
    assert brand.logo == (tmp_path / "logo.png").resolve()


def test_a_profile_saved_with_a_byte_order_mark_loads_and_keeps_its_line_numbers(tmp_path):
    path = tmp_path / "b.toml"
    path.write_bytes('\ufeffpractice_name = "Pr\u00e4xis"\nprimary_color = "blue"\n'.encode())
    with pytest.raises(ValidationError, match=r"b\.toml:2: field 'primary_color'"):
        load_brand(path)
    path.write_bytes('\ufeffpractice_name = "Pr\u00e4xis"\n'.encode())
    assert load_brand(path).practice_name == "Pr\u00e4xis"


def test_bad_colour_names_file_line_and_field(tmp_path):
    path = write(tmp_path / "b.toml", 'practice_name = "P"\nprimary_color = "blue"\n')
    with pytest.raises(ValidationError) as info:
        load_brand(path)
    assert str(info.value) == (
        f"{path}:2: field 'primary_color': 'blue' is not a colour; use the form #rrggbb, "
        "e.g. #2f5d7c"
    )


def test_missing_logo_and_logo_that_is_not_an_image(tmp_path):
    path = write(tmp_path / "b.toml", 'practice_name = "P"\nlogo = "nope.png"\n')
    with pytest.raises(ValidationError, match="logo file not found"):
        load_brand(path)
    write(tmp_path / "fake.png", "this is text, not a picture")
    path = write(tmp_path / "c.toml", 'practice_name = "P"\nlogo = "fake.png"\n')
    with pytest.raises(ValidationError, match="logo is not a PNG, JPEG or SVG image"):
        load_brand(path)


def test_missing_practice_name_and_broken_toml(tmp_path):
    with pytest.raises(ValidationError, match="field 'practice_name': is required"):
        load_brand(write(tmp_path / "a.toml", 'phone = "1"\n'))
    with pytest.raises(ValidationError) as info:
        load_brand(write(tmp_path / "b.toml", 'practice_name = "P"\nphone = \n'))
    assert str(info.value).startswith(f"{tmp_path / 'b.toml'}:2: is not valid TOML")
    deep = 'practice_name = "P"\nphone = ' + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(ValidationError, match=r"c\.toml: is not valid TOML: nested too deeply"):
        load_brand(write(tmp_path / "c.toml", deep))


def test_unknown_font_is_an_error(tmp_path):
    with pytest.raises(ValidationError, match="'Comic Sans' is not a bundled font"):
        load_brand(write(tmp_path / "a.toml", 'practice_name = "P"\nfont = "Comic Sans"\n'))


def test_save_and_load_round_trip_keeps_logo_relative(tmp_path):
    (tmp_path / "logo.png").write_bytes(PNG)
    profile = BrandProfile(
        practice_name="Hope & Co",
        phone="123",
        logo=tmp_path / "logo.png",
        primary_color="#123456",
        address="1 Road\nTown",
    )
    saved = save_brand(profile, tmp_path / "hope.toml")
    assert 'logo = "logo.png"' in (tmp_path / "hope.toml").read_text()
    loaded = load_brand(tmp_path / "hope.toml")
    assert loaded == saved
    assert loaded.address == "1 Road\nTown"


def test_find_brand_by_name_in_brands_folder(home):
    (home / "brands").mkdir()
    write(home / "brands" / "main.toml", 'practice_name = "Main Street"\n')
    assert find_brand("main").practice_name == "Main Street"
    with pytest.raises(NotFoundError, match="brand profile 'other' not found"):
        find_brand("other")


def test_contrast_problems_name_the_colour_ratio_and_the_shade_used(tmp_path):
    from handout_builder.core.checks.color import contrast_ratio
    from handout_builder.core.model.brand import contrast_problems

    path = tmp_path / "pale.toml"
    path.write_text(
        'practice_name = "Sunny"\nprimary_color = "#ffd34d"\naccent_color = "#f0e68c"\n'
    )
    problems = contrast_problems(load_brand(path))
    assert [(p.field, p.severity, p.file) for p in problems] == [
        ("primary_color", "warning", str(path.resolve())),
        ("accent_color", "warning", str(path.resolve())),
    ]
    primary = problems[0].message
    assert primary.startswith("primary colour #ffd34d has 1.4:1 contrast on white")
    shade = primary.split("text uses ")[1].split(" ")[0]
    assert 4.5 <= contrast_ratio(shade) < 4.7  # darkened just enough
    assert "and headings #" in primary  # below 3:1, large headings are darkened too
    assert contrast_problems(sample_brand()) == []


def test_save_refuses_a_profile_that_would_not_open_again(tmp_path):
    target = tmp_path / "long.toml"
    profile = BrandProfile(practice_name="P" * (TEXT_LIMITS["practice_name"] + 1))
    with pytest.raises(ValidationError, match="field 'practice_name': is too long"):
        save_brand(profile, target)
    assert not target.exists()

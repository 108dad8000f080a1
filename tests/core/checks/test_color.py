from handout_builder.core.checks.color import contrast_ratio, darken_for_text, tint


def test_contrast_ratio_extremes():
    assert round(contrast_ratio("#000000"), 1) == 21.0
    assert round(contrast_ratio("#ffffff"), 1) == 1.0


def test_darken_keeps_good_colours_and_fixes_pale_ones():
    assert darken_for_text("#2f5d7c") == "#2f5d7c"
    fixed = darken_for_text("#ffd34d")
    assert contrast_ratio(fixed) >= 4.5
    assert contrast_ratio(fixed) < 5.0  # darkened just enough, hue kept


def test_tint():
    assert tint("#000000", 1.0) == "#ffffff"
    assert tint("#2f5d7c", 0.0) == "#2f5d7c"

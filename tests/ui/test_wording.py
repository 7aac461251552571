"""How figures are shown: rounded half away from zero, with the language's decimal mark."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from imin_desktop.ui.event.wording import flag_explanation, flag_word, number, percent


def test_number_rounds_half_away_from_zero_like_a_spreadsheet(qapp):
    assert [number(21.125), number(4.125), number(-2.675), number(None)] == [
        "21.13", "4.13", "-2.68", "—",
    ]  # fmt: skip
    assert number(3, 1) == "3.0"
    assert percent(0.875) == "88 %"


def test_number_uses_the_decimal_comma_in_portuguese(qapp):
    previous = QLocale()
    QLocale.setDefault(QLocale("pt_PT"))
    try:
        assert number(21.125) == "21,13"
    finally:
        QLocale.setDefault(previous)


def test_every_flag_has_words_and_an_explanation(qapp):
    from imin_desktop.domain.consolidation.results import FLAGS

    for flag in FLAGS:
        assert flag_word(flag) and "_" not in flag_word(flag)
        assert flag_explanation(flag)

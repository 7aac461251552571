"""The rules of evaluation letters: juror identities scrubbed, the letter's language, rounding."""

from __future__ import annotations

from decimal import Decimal

import pytest

from imin_desktop.domain.letters import (
    identities_pattern,
    letter_language,
    reviewer_label,
    scrub,
    shown,
)


def test_scrub_replaces_names_ids_and_emails_as_whole_words() -> None:
    who = identities_pattern(["J07", "Rui Costa", "rui.costa@ulsm.example", "Ana"])

    text = scrub("J07 and rui costa (rui.costa@ulsm.example) agree; Anabela and J070 do not.", who)

    assert text == "[…] and […] ([…]) agree; Anabela and J070 do not."


def test_scrub_leaves_text_without_identities_unchanged() -> None:
    who = identities_pattern(["J07", "Rui Costa"])

    assert scrub("A clear and credible plan.", who) == "A clear and credible plan."
    assert scrub("anything", identities_pattern([])) == "anything"


@pytest.mark.parametrize(
    ("choice", "fields", "texts", "expected"),
    [
        ("pt", {}, ("Shared care",), "pt"),
        ("en", {"language": "pt"}, ("Saúde",), "en"),
        ("submission", {"language": "pt-PT"}, ("Shared care",), "pt"),
        ("submission", {"lang": "English"}, ("Gestão de camas",), "en"),
        ("submission", {}, ("Gestão inteligente de consultas para migrantes",), "pt"),
        ("submission", {}, ("Shared care planning for chronic patients",), "en"),
    ],
)
def test_letter_language(
    choice: str, fields: dict[str, object], texts: tuple[str, ...], expected: str
) -> None:
    assert letter_language(choice, fields, *texts) == expected


def test_shown_rounds_half_away_from_zero() -> None:
    assert [shown(4.125), shown(2.675), shown(-1.005), shown(Decimal("3.5"), 0, "pt")] == [
        "4.13", "2.68", "-1.01", "4",
    ]  # fmt: skip
    assert shown(4.125, 2, "pt") == "4,13"
    assert shown(None) == "—"


def test_reviewer_labels_run_past_z() -> None:
    assert [reviewer_label(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]

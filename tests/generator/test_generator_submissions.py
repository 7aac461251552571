"""Generated submissions: ids, titles, teams and fields look like a real challenge's."""

from __future__ import annotations

import re

from imin_desktop.domain.identifiers import is_identifier
from imin_desktop.generator import generate_submissions
from imin_desktop.generator.submissions import COVER_PATH, PITCH_PATH

ACCENTS = set("çãõéúáíóâêô")


def test_submission_ids_are_zero_padded_to_three_digits() -> None:
    subs = generate_submissions(12, seed=1)

    assert [s.id for s in subs][:3] == ["SUB-001", "SUB-002", "SUB-003"]
    assert subs[-1].id == "SUB-012"
    assert all(is_identifier(s.id) for s in subs)


def test_submission_ids_widen_when_the_count_needs_it() -> None:
    subs = generate_submissions(1000, seed=1)

    assert (subs[0].id, subs[-1].id) == ("SUB-0001", "SUB-1000")


def test_titles_are_distinct_at_the_reference_scale() -> None:
    subs = generate_submissions(2000, seed=7)

    assert len({s.title for s in subs}) == 2000


def test_titles_stay_distinct_beyond_every_combination() -> None:
    subs = generate_submissions(5000, seed=7)

    assert len({s.title for s in subs}) == 5000


def test_same_seed_gives_the_same_submissions() -> None:
    assert generate_submissions(30, seed=3) == generate_submissions(30, seed=3)


def test_another_seed_gives_other_submissions() -> None:
    first = [s.title for s in generate_submissions(30, seed=3)]
    second = [s.title for s in generate_submissions(30, seed=4)]

    assert first != second


def test_teams_have_one_to_four_people_with_accented_names() -> None:
    subs = generate_submissions(200, seed=5)

    sizes = {len(s.team) for s in subs}
    names = " ".join(p.name for s in subs for p in s.team)
    assert sizes == {1, 2, 3, 4}
    assert ACCENTS & set(names) >= set("çãéí")
    for sub in subs:
        emails = [p.email for p in sub.team]
        assert len(set(emails)) == len(emails)
        assert all(re.fullmatch(r"[a-z]+\.[a-z]+@[a-z0-9-]+\.example", e) for e in emails)
        assert all(p.organisation for p in sub.team)


def test_fields_have_the_documented_types_and_ranges() -> None:
    subs = generate_submissions(300, seed=5)

    for sub in subs:
        fields = sub.fields
        assert list(fields) == ["trl", "budget_eur", "website", "gender_balance_distance"]
        assert isinstance(fields["trl"], int) and 1 <= fields["trl"] <= 9
        assert isinstance(fields["budget_eur"], int) and fields["budget_eur"] > 0
        assert isinstance(fields["website"], str) and fields["website"].startswith("https://")
        distance = fields["gender_balance_distance"]
        assert isinstance(distance, float) and 0.0 <= distance <= 1.0
    assert len({s.fields["gender_balance_distance"] for s in subs}) < len(subs)  # ties occur


def test_language_mix_gives_both_languages() -> None:
    subs = generate_submissions(60, seed=2)

    assert {s.language for s in subs} == {"pt", "en"}
    for sub in subs:
        index = 0 if sub.language == "pt" else 1
        assert sub.title == sub.title_pair[index]
        assert sub.summary == sub.summary_pair[index]


def test_without_language_mix_everything_is_portuguese() -> None:
    subs = generate_submissions(40, seed=2, lang_mix=False)

    assert {s.language for s in subs} == {"pt"}
    assert ACCENTS & set("".join(s.title + s.summary for s in subs))


def test_summaries_are_a_few_sentences() -> None:
    subs = generate_submissions(50, seed=9)

    for sub in subs:
        sentences = re.findall(r"[.!?](?:\s|$)", sub.summary)
        assert 3 <= len(sentences) <= 5


def test_every_submission_has_a_pitch_deck_and_a_cover_image() -> None:
    sub = generate_submissions(1, seed=1)[0]

    assert [(a.path, a.media_type) for a in sub.attachments] == [
        (PITCH_PATH, "application/pdf"),
        (COVER_PATH, "image/png"),
    ]

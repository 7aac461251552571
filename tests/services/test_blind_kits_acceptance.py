"""Acceptance: a blind kit holds no team identity anywhere.

Every file inside every kit of a blind event — plain and encrypted kits, opened with the
kit reader — is searched byte by byte and, for attachments, through the text ``pypdf``
extracts, for every team member's name, e-mail and organisation and every identifying
field (``tests/identity_search.py``, independent of the program's own check).
"""

from __future__ import annotations

from pathlib import Path

from identity_search import PASSPHRASE, hits, identities
from logistics_factories import prepared_event

from imin_desktop.formats.kit import open_kit
from imin_desktop.services import kits


def test_blind_kits_plain_and_encrypted_hold_no_team_identity_in_bytes_or_text(
    tmp_path: Path,
) -> None:
    event = prepared_event(tmp_path, submissions_count=6, jurors_count=3, per_submission=2,
                           blind=True, realistic=True, identifying_fields=["website"])  # fmt: skip
    terms = identities(event.submissions)

    plain = kits.export_kits(event.db, tmp_path / "plain")
    sealed = kits.export_kits(event.db, tmp_path / "sealed", passphrase=PASSPHRASE)

    assert len(plain) == len(sealed) == 3
    opened = [(k.path, open_kit(k.path)) for k in plain]
    opened += [(k.path, open_kit(k.path, PASSPHRASE)) for k in sealed]
    assert sum(len(o.kit.submissions) for _, o in opened) == 2 * 6 * 2
    assert [(p.name, hits(p, o, terms)) for p, o in opened] == [(p.name, []) for p, _ in opened]


def test_identity_search_finds_the_team_in_the_same_event_when_it_is_not_blind(
    tmp_path: Path,
) -> None:
    event = prepared_event(tmp_path, submissions_count=4, jurors_count=2, per_submission=2,
                           realistic=True)  # fmt: skip

    [issued, *_] = kits.export_kits(event.db, tmp_path / "kits")

    opened = open_kit(issued.path)
    found = hits(issued.path, opened, identities(event.submissions))
    names = {p.name for s in event.submissions for p in s.team if s.id in
             {k.id for k in opened.kit.submissions}}  # fmt: skip
    assert names <= {term for _, term in found}
    assert any(" p1" in where for where, _ in found)  # the deck's team page, through pypdf

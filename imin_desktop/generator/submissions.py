"""Generated submissions: realistic public-health innovation projects, deterministic by seed.

Attachments are described, not held: their bytes are rendered on demand
(``GeneratedSubmission.attachment_bytes``) from seeds drawn at generation time, so 2,000
submissions cost little memory and the writers can render them in parallel.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from imin_desktop.generator import vocabulary as vocab
from imin_desktop.generator.pdf import NEUTRAL_PARTNER, DeckText, Pair, pitch_deck_pdf
from imin_desktop.generator.people import GeneratedPerson, random_team, slug
from imin_desktop.generator.png import cover_png

SUBMISSION_FORMAT = "imin.submission/1"
PITCH_PATH = "pitch.pdf"
BLIND_PITCH_PATH = "blind/pitch.pdf"
COVER_PATH = "media/cover.png"

FieldValue = int | float | str


@dataclass(frozen=True)
class GeneratedAttachment:
    path: str  # relative, "/"-separated, as submission.json references it
    title: str
    media_type: str
    seed: int  # what its bytes are rendered from
    blind_path: str | None = None  # where the package keeps its anonymised copy

    def to_json(self) -> dict[str, str]:
        out = {"path": self.path, "title": self.title}
        if self.blind_path:
            out["blind_path"] = self.blind_path
        return out


@dataclass(frozen=True)
class GeneratedSubmission:
    id: str
    title: str
    track: str
    summary: str
    team: tuple[GeneratedPerson, ...]
    fields: Mapping[str, FieldValue]  # trl, budget_eur, website, gender_balance_distance
    attachments: tuple[GeneratedAttachment, ...]
    language: str  # "pt" or "en": the language of title and summary
    title_pair: Pair  # (pt, en)
    summary_pair: Pair  # (pt, en)
    sections: tuple[Pair, ...]  # (pt, en) paragraphs of the pitch deck's content pages

    def to_document(self) -> dict[str, Any]:
        """The ``submission.json`` object (format ``imin.submission/1``)."""
        return {
            "format": SUBMISSION_FORMAT,
            "id": self.id,
            "title": self.title,
            "track": self.track,
            "summary": self.summary,
            "team": [person.to_json() for person in self.team],
            "fields": dict(self.fields),
            "attachments": [attachment.to_json() for attachment in self.attachments],
        }

    def deck_text(self, *, blind: bool = False) -> DeckText:
        return DeckText(
            submission_id=self.id,
            track=self.track,
            title=self.title_pair,
            summary=self.summary_pair,
            sections=self.sections,
            team=[(person.name, person.organisation) for person in self.team],
            blind=blind,
        )

    def attachment_bytes(self, attachment: GeneratedAttachment, *, blind: bool = False) -> bytes:
        """Render one attachment (``blind``: its anonymised copy); the same submission always
        gives the same bytes."""
        if attachment.media_type == "application/pdf":
            return pitch_deck_pdf(self.deck_text(blind=blind), attachment.seed)
        if attachment.media_type == "image/png":
            return cover_png(attachment.seed)
        raise ValueError(f"no renderer for {attachment.media_type}")

    def attachment_files(self) -> list[tuple[str, bytes]]:
        """``(path, bytes)`` of every attachment (each followed by its blind variant, if it
        has one), in document order."""
        files = []
        for a in self.attachments:
            files.append((a.path, self.attachment_bytes(a)))
            if a.blind_path:
                files.append((a.blind_path, self.attachment_bytes(a, blind=True)))
        return files


def submission_id(number: int, count: int) -> str:
    """``SUB-001`` …: zero-padded to at least three digits, more when ``count`` needs them."""
    return f"SUB-{number:0{max(3, len(str(count)))}d}"


def _titles(rng: random.Random, count: int) -> list[tuple[int, Pair]]:
    """``count`` distinct titles as (approach index, (pt, en)); once every sensible
    approach × population × setting is used, later rounds get a "fase N" / "phase N" suffix."""
    combinations = vocab.title_combinations()
    picks: list[tuple[int, int, int]] = []
    while len(picks) < count:
        picks.extend(rng.sample(combinations, min(len(combinations), count - len(picks))))
    titles = []
    for position, (a, p, s) in enumerate(picks):
        approach, population, setting = vocab.APPROACHES[a], vocab.POPULATIONS[p], vocab.SETTINGS[s]
        pt = " ".join(part for part in (approach[0], population[1], setting[1]) if part)
        en = " ".join(part for part in (approach[1], population[2], setting[2]) if part)
        phase = position // len(combinations)
        if phase:
            pt, en = f"{pt} — fase {phase + 1}", f"{en} — phase {phase + 1}"
        titles.append((a, (pt, en)))
    return titles


def _fill(pair: Pair, **values: object) -> Pair:
    return (pair[0].format(**values), pair[1].format(**values))


def _join(*pairs: Pair) -> Pair:
    return (" ".join(p[0] for p in pairs), " ".join(p[1] for p in pairs))


def _story(rng: random.Random, title: Pair, organisation: str | None, trl: int) -> list[Pair]:
    """Problem, proposal, evidence, plan and maturity sentences, numbers filled in
    (``organisation`` None: a partner is mentioned without its name)."""
    facts = {
        "n": rng.randrange(40, 2500),
        "pct": rng.randrange(8, 46),
        "months": rng.choice((6, 12, 18, 24, 36)),
        "org": organisation,
        "trl": trl,
    }
    problem, proposal = _fill(rng.choice(vocab.PROBLEMS)), _proposal(rng, title)
    evidence = rng.choice(vocab.EVIDENCE)
    if organisation is None:
        evidence = (evidence[0].replace("{org}", NEUTRAL_PARTNER[0]),
                    evidence[1].replace("{org}", NEUTRAL_PARTNER[1]))  # fmt: skip
    return [
        problem,
        proposal,
        _fill(evidence, **facts),
        _fill(rng.choice(vocab.PLANS), **facts),
        _fill(rng.choice(vocab.MATURITY), **facts),
    ]


def _proposal(rng: random.Random, title: Pair) -> Pair:
    template = rng.choice(vocab.PROPOSALS)
    return (template[0].format(title=title[0]), template[1].format(title=title[1]))


def generate_submissions(
    count: int, seed: int, *, lang_mix: bool = True, blind_variants: bool = False
) -> list[GeneratedSubmission]:
    """``count`` submissions ``SUB-001`` … with distinct titles, deterministic by ``seed``.

    With ``lang_mix`` each submission's title and summary are in Portuguese or English at
    random; without it they are all in Portuguese. Team names always carry Portuguese accents
    and every pitch deck is bilingual. With ``blind_variants`` the packages are ready for a
    blind event: summaries name no organisation, and each pitch deck has an anonymised copy
    (``blind/pitch.pdf``: no team page, no author) that blind kits carry instead; everything
    else is as without.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    rng = random.Random(seed)
    submissions = []
    for number, (approach, title) in enumerate(_titles(rng, count), start=1):
        language = rng.choice(("pt", "en")) if lang_mix else "pt"
        lang = 0 if language == "pt" else 1
        track = rng.choices(vocab.TRACKS, weights=(5, 3, 2))[0]
        team = random_team(rng)
        trl = rng.choices(range(1, 10), weights=(1, 2, 4, 6, 7, 6, 4, 2, 1))[0]
        budget = math.exp(rng.uniform(math.log(15_000), math.log(750_000)))
        fields: dict[str, FieldValue] = {
            "trl": trl,
            "budget_eur": int(round(budget / 500) * 500),
            "website": f"https://{slug(vocab.APPROACHES[approach][1])}-{number}.example/",
            "gender_balance_distance": round(rng.betavariate(1.5, 4.0), 2),
        }
        story = _story(rng, title, None if blind_variants else team[0].organisation, trl)
        summary = _join(*story[: 3 + rng.randrange(3)])
        sections = (
            _join(story[0], _fill(rng.choice(vocab.PROBLEMS))),
            _join(story[1], story[4]),
            story[2],
            story[3],
        )
        pdf_title, png_title = (
            ("Apresentação do projeto", "Imagem de capa") if lang == 0 else
            ("Pitch deck", "Cover image")
        )  # fmt: skip
        attachments = (
            GeneratedAttachment(
                PITCH_PATH,
                pdf_title,
                "application/pdf",
                rng.getrandbits(63),
                BLIND_PITCH_PATH if blind_variants else None,
            ),
            GeneratedAttachment(COVER_PATH, png_title, "image/png", rng.getrandbits(63)),
        )
        submissions.append(
            GeneratedSubmission(
                id=submission_id(number, count),
                title=title[lang],
                track=track,
                summary=summary[lang],
                team=team,
                fields=fields,
                attachments=attachments,
                language=language,
                title_pair=title,
                summary_pair=summary,
                sections=sections,
            )
        )
    return submissions

"""People: Portuguese names with accents, e-mail addresses, organisations."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from imin_desktop.generator.vocabulary import FIRST_NAMES, ORGANISATIONS, SURNAMES


@dataclass(frozen=True)
class GeneratedPerson:
    name: str
    email: str
    organisation: str

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "email": self.email, "organisation": self.organisation}


def ascii_fold(text: str) -> str:
    """``"Conceição Gião"`` -> ``"Conceicao Giao"``: accents dropped, for e-mail addresses."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    """Lower-case ASCII words joined by ``-``."""
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def random_name(rng: random.Random) -> str:
    """A first name and one or two surnames, as Portuguese names are usually written."""
    first = rng.choice(FIRST_NAMES)
    surnames = rng.sample(SURNAMES, 2 if rng.random() < 0.35 else 1)
    return " ".join([first, *surnames])


def email_for(name: str, domain: str) -> str:
    parts = slug(name).split("-")
    return f"{parts[0]}.{parts[-1]}@{domain}.example"


def random_person(
    rng: random.Random, taken_emails: set[str], organisation: tuple[str, str] | None = None
) -> GeneratedPerson:
    """A person whose address is not yet in ``taken_emails`` (which is updated)."""
    org_name, domain = organisation or rng.choice(ORGANISATIONS)
    while True:
        name = random_name(rng)
        email = email_for(name, domain)
        if email not in taken_emails:
            taken_emails.add(email)
            return GeneratedPerson(name=name, email=email, organisation=org_name)


def random_team(rng: random.Random) -> tuple[GeneratedPerson, ...]:
    """One to four people; most share the lead's organisation, some come from a partner."""
    size = rng.choices((1, 2, 3, 4), weights=(2, 4, 3, 2))[0]
    lead_org = rng.choice(ORGANISATIONS)
    taken: set[str] = set()
    members = []
    for _ in range(size):
        org = lead_org if rng.random() < 0.7 else rng.choice(ORGANISATIONS)
        members.append(random_person(rng, taken, org))
    return tuple(members)

"""Shared generated data for the generator tests: small counts, fixed seeds."""

from __future__ import annotations

import pytest

from imin_desktop.generator import GeneratedSubmission, generate_submissions


@pytest.fixture(scope="session")
def subs() -> list[GeneratedSubmission]:
    return generate_submissions(4, seed=11)

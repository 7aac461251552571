"""Deterministic event generator: the one source of data for the demo, tests and benchmarks.

Same seed, same output, byte for byte. Plain functions; imports only the standard library,
numpy, reportlab, openpyxl and ``imin_desktop.domain``.
"""

from imin_desktop.generator.jurors import (
    GeneratedJuror,
    generate_jurors,
    write_jurors_csv,
    write_jurors_xlsx,
)
from imin_desktop.generator.listing import (
    format_team_cell,
    parse_team_cell,
    write_listing_csv,
    write_listing_xlsx,
)
from imin_desktop.generator.packages import (
    package_bytes,
    submission_json,
    write_batch_zip,
    write_package_zip,
    write_packages,
)
from imin_desktop.generator.people import GeneratedPerson
from imin_desktop.generator.reviews import SimulatedReview, assign_reviewers, simulate_reviews
from imin_desktop.generator.rubric import reference_rubric, reference_rubric_document
from imin_desktop.generator.submissions import (
    GeneratedAttachment,
    GeneratedSubmission,
    generate_submissions,
)

__all__ = [
    "GeneratedAttachment",
    "GeneratedJuror",
    "GeneratedPerson",
    "GeneratedSubmission",
    "SimulatedReview",
    "assign_reviewers",
    "format_team_cell",
    "generate_jurors",
    "generate_submissions",
    "package_bytes",
    "parse_team_cell",
    "reference_rubric",
    "reference_rubric_document",
    "simulate_reviews",
    "submission_json",
    "write_batch_zip",
    "write_jurors_csv",
    "write_jurors_xlsx",
    "write_listing_csv",
    "write_listing_xlsx",
    "write_package_zip",
    "write_packages",
]

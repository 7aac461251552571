"""The limits of a submission's content, shared by packages and listings.

They fit real use with room to spare (a real title is under 200 characters, a summary a few
hundred words, a team a handful of people, a form a few dozen fields) and keep every export
able to lay out what an import accepted. ``docs/reliability.md`` lists them with the limits
of every other reader.
"""

from __future__ import annotations

MAX_TITLE = 500
"""Characters in a submission's title."""
MAX_TRACK = 200
"""Characters in a track's name."""
MAX_SUMMARY = 20_000
"""Characters in a summary (about 3,000 words)."""
MAX_TEAM = 50
"""Members of one team."""
MAX_PERSON_TEXT = 320
"""Characters in a member's name, e-mail, organisation or role."""
MAX_FIELDS = 200
"""Extra fields of one submission (``fields``; the extra columns of a listing)."""
MAX_FIELD_NAME = 100
"""Characters in a field's name."""
MAX_FIELD_TEXT = 10_000
"""Characters in a field's text value."""
MAX_ATTACHMENTS = 200
"""Attachments of one submission."""
MAX_ATTACHMENT_TITLE = 500
"""Characters in an attachment's title."""
MAX_MANIFEST_BYTES = 2 * 1024 * 1024
"""Size of one ``submission.json``."""
MAX_MANIFEST_VALUES = 50_000
"""JSON values in one ``submission.json``."""
MAX_SUBMISSION_BYTES = 256 * 1024 * 1024
"""Sum of the sizes of one submission's attachments (they are held in memory together)."""

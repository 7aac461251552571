"""``imin demo``: a complete demo event built headless from the event generator."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

from imin_desktop.domain.resources import resource
from imin_desktop.generator import jurors as gen_jurors
from imin_desktop.generator import submissions as gen_subs
from imin_desktop.services import events, jurors, submissions

DEMO_SUBMISSIONS = 30
DEMO_JURORS = 9


def build_demo(out: Path, *, seed: int = 1, lang: str = "en") -> Iterator[str]:
    """Build the demo in ``out`` (replacing an earlier demo there); yield what was made."""
    out.mkdir(parents=True, exist_ok=True)
    for old in ("demo.imin", "demo.imin-wal", "demo.imin-shm", "packages"):
        target = out / old
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    rubric_path = out / "rubric.json"
    rubric_path.write_bytes(resource("rubrics", "health-innovation.json").read_bytes())
    subs = gen_subs.generate_submissions(DEMO_SUBMISSIONS, seed)
    gen_subs.write_packages(subs, out / "packages")
    yield f"wrote {len(subs)} submission packages to {out / 'packages'}"
    people = gen_jurors.generate_jurors(DEMO_JURORS, seed)
    gen_jurors.write_jurors_csv(people, out / "jurors.csv")
    yield f"wrote {len(people)} jurors to {out / 'jurors.csv'}"
    title = "Desafio eHealth Summit 2026" if lang == "pt" else "eHealth Summit 2026 challenge"
    db = events.create_event(out / "demo.imin", title, rubric_path, actor="demo")
    try:
        report = submissions.import_submissions(db, [out / "packages"], actor="demo")
        added = jurors.import_jurors(db, out / "jurors.csv", actor="demo")
        jurors.add_conflict(db, people[0].id, subs[0].id, actor="demo")
        info = events.event_info(db)
    finally:
        db.dispose()
    yield (
        f"built event {info.title!r} at {info.location}: {len(report.added)} submissions, "
        f"{len(added)} jurors, {info.conflicts} conflict, rubric {info.rubric_id} ({info.rubric_hash})"
    )

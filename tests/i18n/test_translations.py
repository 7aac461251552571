"""The translation catalogue: complete, European Portuguese, compiled, and used by Qt and the core.

When ``test_catalogue_translates_every_source_string`` fails, run ``scripts/update-translations``:
it refreshes ``resources/translations/imin_desktop_pt.ts`` and lists what is left to translate.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from translations_tool import translations_tool

from imin_desktop.domain import text as core_text

ROOT = Path(__file__).resolve().parents[2]


_tool = translations_tool


@pytest.fixture
def portuguese():
    core_text.set_language("pt")
    yield
    core_text.set_language("en")


def test_catalogue_translates_every_source_string(tmp_path: Path) -> None:
    tool = _tool()
    fresh = tmp_path / "imin_desktop_pt.ts"
    shutil.copyfile(tool.ts_path("pt"), fresh)

    tool.lupdate(target=fresh)  # the strings the code has now, with the translations we ship

    missing = [
        f"[{e.context or 'core'}] {e.source!r} ({e.location})" for e in tool.unfinished(fresh)
    ]
    assert missing == [], "untranslated; run scripts/update-translations:\n" + "\n".join(missing)


def test_catalogue_contexts_are_class_names() -> None:
    tool = _tool()

    wrong = [
        f"[{e.context}] {e.source!r} ({e.location})" for e in tool.misplaced(tool.ts_path("pt"))
    ]

    assert wrong == [], "Qt never finds these at run time; use self.tr:\n" + "\n".join(wrong)


def test_catalogue_has_no_brazilian_forms() -> None:
    tool = _tool()

    found = [f"{word!r} in {e.translations[0]!r}" for e, word in tool.brazilian(tool.ts_path("pt"))]

    assert found == []


@pytest.mark.parametrize(
    ("translation", "flagged"),
    [
        ("Guardar o arquivo", "arquivo"),
        ("O usuário fecha a tela", "usuário"),
        ("Registro da equipe", "Registro"),
        ("Você pode salvar", "Você"),
        ("está carregando", "está carregando"),
        ("Prêmio anônimo", "Prêmio"),
        ("Guardar o ficheiro no ecrã do utilizador; a equipa tem registo", None),
        ("Prima Delete para apagar; prémio anónimo", None),
    ],
)
def test_brazilian_markers_flag_brazilian_words_only(translation: str, flagged: str | None) -> None:
    match = _tool()._PT_BR.search(translation)

    assert (match.group(0) if match else None) == flagged


def test_catalogue_is_european_portuguese() -> None:
    head = _tool().ts_path("pt").read_text(encoding="utf-8")[:200]

    assert 'language="pt_PT"' in head


def test_compiled_catalogue_is_current() -> None:
    tool = _tool()
    for ts in sorted(tool.FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        assert qm.is_file(), f"{qm.name} missing: run scripts/setup-python.sh"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is older than {ts.name}"


def test_core_message_in_portuguese_when_language_pt(portuguese: None) -> None:
    assert core_text._("file not found") == "ficheiro não encontrado"
    assert core_text.translate("", "Done") == "Concluído"


def test_core_message_in_english_by_default() -> None:
    core_text.set_language("en")

    assert core_text._("file not found") == "file not found"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"IMIN_LANG": "pt"}, "pt"),
        ({"IMIN_LANG": "en", "LANG": "pt_PT.UTF-8"}, "en"),
        ({"LANG": "pt_PT.UTF-8"}, "pt"),
        ({"LANG": "pt_BR.UTF-8"}, "pt"),
        ({"LC_ALL": "C", "LANG": "pt_PT.UTF-8"}, "en"),
        ({"LANGUAGE": "pt:en", "LANG": "en_GB.UTF-8"}, "pt"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_language_from_environment_follows_posix_order(
    environ: dict[str, str], expected: str
) -> None:
    assert core_text.language_from_environment(environ) == expected


def test_unknown_message_stays_as_written(portuguese: None) -> None:
    assert core_text._("no such message in the catalogue") == "no such message in the catalogue"


def test_no_translation_call_hides_inside_an_fstring() -> None:
    """lupdate does not read inside f-string braces: ``f"{self.tr('Team')}"`` is never
    extracted, so it would stay English while the completeness test passes."""
    import ast

    hidden = []
    for path in sorted((ROOT / "imin_desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Attribute)
                and (
                    node.value.attr == "tr"
                    or any(isinstance(t, ast.Name) and t.id == "tr" for t in node.targets)
                )
            ):  # tr = self.tr: lupdate files tr("…") under no class, Qt looks under the class
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno} (alias of self.tr)")
            if not isinstance(node, ast.FormattedValue):
                continue
            for inner in ast.walk(node.value):
                name = ""
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if (
                    name in ("tr", "translate", "_")
                    and inner.args
                    and isinstance(inner.args[0], ast.Constant)
                ):
                    hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")

    assert hidden == [], "move the tr() call out of the f-string: " + ", ".join(hidden)

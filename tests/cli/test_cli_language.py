"""``imin`` speaks the interface language: ``--lang``, then ``IMIN_LANG``, then the locale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from imin_desktop.cli.main import interface_language, main
from imin_desktop.domain import text as core_text


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    core_text.set_language("en")


def test_lang_option_gives_portuguese_messages(tmp_path: Path, capsys) -> None:
    code = main(["--lang", "pt", "validate", str(tmp_path / "nothing.json")])

    assert code == 1
    assert capsys.readouterr().err.strip() == (
        f"{tmp_path / 'nothing.json'}: recusado: o ficheiro ou pasta não existe"
    )


def test_imin_lang_environment_gives_portuguese_help(monkeypatch, capsys) -> None:
    monkeypatch.setenv("IMIN_LANG", "pt")

    with pytest.raises(SystemExit):
        main(["--help"])

    out = capsys.readouterr().out
    assert out.startswith("utilização: imin")
    assert "opções:" in out
    assert "importar e listar candidaturas" in out


def test_usage_errors_in_portuguese(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "pt", "juror", "score"])

    assert stop.value.code == 2
    assert "erro: faltam os seguintes argumentos obrigatórios" in capsys.readouterr().err


def test_english_by_default(tmp_path: Path, capsys) -> None:
    main(["validate", str(tmp_path / "nothing.json")])

    assert capsys.readouterr().err.endswith("refused: no such file or folder\n")


def test_document_language_defaults_to_interface_language() -> None:
    from imin_desktop.cli.main import build_parser

    core_text.set_language("pt")
    args = build_parser().parse_args(["export", "xlsx", "e.imin", "out.xlsx"])

    assert args.lang == "pt"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--lang", "pt", "results", "e.imin"], "pt"),
        (["--lang=pt", "results", "e.imin"], "pt"),
        (["--actor", "ana", "--lang", "en", "results", "e.imin"], "en"),
        (["export", "xlsx", "e.imin", "o.xlsx", "--lang", "pt"], None),  # the document's
    ],
)
def test_interface_language_read_before_the_command(argv: list[str], expected: str | None) -> None:
    assert interface_language(argv) == expected

"""The translation catalogue: extract, report, fill, compile (see resources/translations/README.md).

    python tools/translations.py update     # lupdate + compile + report what is left to translate
    python tools/translations.py report     # what is unfinished or reads as Brazilian Portuguese
    python tools/translations.py fill F.json  # put translations from a JSON file into the .ts
    python tools/translations.py release [--if-stale]   # compile .ts -> .qm (the install step)

Sources are every ``.py`` under ``imin_desktop/``: ``self.tr("…")`` / ``QCoreApplication.translate``
in the GUI, ``_("…")`` (a ``tr`` with the empty context) and ``N_("…")`` in the core and the CLI.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
SOURCES = [ROOT / "imin_desktop"]
# The catalogues lupdate maintains: language code -> Qt's target language.
TARGETS = {"pt": "pt_PT"}
ALIASES = "tr+=_,QT_TR_NOOP+=N_"

# Words and spellings of Brazilian Portuguese that European Portuguese writes differently
# (pt-PT word in the comment). Matched case-insensitively against whole words of a translation.
PT_BR_MARKERS: dict[str, str] = {
    r"arquivos?": "ficheiro",
    r"telas?": "ecrã",
    r"usuári[oa]s?": "utilizador",
    r"registros?": "registo",
    r"equipes?": "equipa",
    r"times?": "equipa",
    r"vocês?": "(impessoal) / o senhor",
    r"salvar|salve|salvo[us]?": "guardar",
    r"baixar|baixe": "transferir",
    r"delet(?:ar|ad[oa]s?|ou)": "eliminar",
    r"excluir|exclua": "eliminar",
    r"acessar|acesse": "aceder",
    r"contatos?": "contacto",
    r"fatos?": "facto",
    r"senhas?": "palavra-passe",
    r"planilhas?": "folha de cálculo",
    r"aplicativos?": "aplicação",
    r"compartilh\w*": "partilhar",
    r"gerenci\w*": "gerir",
    r"cadastr\w*": "registar",
    r"celular": "telemóvel",
    r"mouse": "rato",
    r"ônibus": "autocarro",
    r"\w*ôni(?:co|ca|cos|cas|mo|ma|mos|mas)": "-ónico / -ónimo",
    r"\w*[êô]mic[oa]s?": "-émico / -ómico",
    r"prêmios?": "prémio",
    r"gêner\w*": "género",
    r"\w*ênio": "-énio",
    r"(?:está|estão|estou|estamos|estava|estavam)\s+\w+ndo": "a + infinitivo",
}
_PT_BR = re.compile(r"\b(" + "|".join(PT_BR_MARKERS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]
    status: str  # "" finished, "unfinished", "vanished", "obsolete"
    location: str


def ts_path(lang: str) -> Path:
    return FOLDER / f"imin_desktop_{lang}.ts"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def lupdate(sources: list[Path] | None = None, target: Path | None = None, lang: str = "pt") -> str:
    """Refresh ``target`` (the shipped catalogue by default) from the sources; lupdate's summary."""
    target = target or ts_path(lang)
    command = [_tool("lupdate"), "-extensions", "py", "-tr-function-alias", ALIASES, "-no-obsolete",
               "-locations", "relative", "-target-language", TARGETS[lang],
               *[str(s) for s in (sources or SOURCES)], "-ts", str(target)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def entries(path: Path) -> list[Entry]:
    out: list[Entry] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        last_file = ""
        for message in context.iter("message"):
            location = message.find("location")
            if location is not None and location.get("filename"):
                last_file = location.get("filename") or ""
            translation = message.find("translation")
            forms = (
                []
                if translation is None
                else [nf.text or "" for nf in translation.iter("numerusform")]
            )
            if translation is not None and not forms:
                forms = [translation.text or ""]
            status = "" if translation is None else translation.get("type", "")
            if not status and not all(forms):
                status = "unfinished"
            out.append(
                Entry(name, message.findtext("source") or "", tuple(forms), status, last_file)
            )
    return out


def unfinished(path: Path) -> list[Entry]:
    return [e for e in entries(path) if e.status == "unfinished"]


def brazilian(path: Path) -> list[tuple[Entry, str]]:
    """Finished translations that read as Brazilian Portuguese, with the offending word."""
    out = []
    for entry in entries(path):
        if entry.status:
            continue
        for text in entry.translations:
            match = _PT_BR.search(text)
            if match:
                out.append((entry, match.group(0)))
                break
    return out


def misplaced(path: Path) -> list[Entry]:
    """Messages lupdate filed under a context Qt never looks up at run time: ``obj.attr.tr(…)``
    (Qt uses the class of ``obj.attr``); write ``self.tr`` or ``QCoreApplication.translate``."""
    return [
        e
        for e in entries(path)
        if e.context and not (e.context.isidentifier() and e.context[0].isupper())
    ]


def report(lang: str = "pt") -> int:
    path = ts_path(lang)
    todo = unfinished(path)
    br = brazilian(path)
    wrong = misplaced(path)
    for entry in wrong:
        print(f"context     [{entry.context}] {entry.source!r} ({entry.location}): write self.tr(...)"
              " or QCoreApplication.translate('Class', ...)")  # fmt: skip
    for entry in todo:
        print(f"unfinished  [{entry.context or '(core)'}] {entry.source!r}  ({entry.location})")
    for entry, word in br:
        print(f"pt-BR       [{entry.context or '(core)'}] {word!r} in {entry.translations[0]!r}"
              f" — write {pt_form_of(word)}")  # fmt: skip
    total = len(entries(path))
    print(f"{path.name}: {total} messages, {len(todo)} unfinished, {len(br)} pt-BR forms")
    return 1 if todo or br or wrong else 0


def pt_form_of(word: str) -> str:
    for pattern, hint in PT_BR_MARKERS.items():
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return hint
    return "the European Portuguese form"


def fill(json_path: Path, lang: str = "pt") -> int:
    """Put translations from ``json_path`` into the catalogue: ``{"source": "tradução"}`` for any
    context, or ``{"Context": {"source": "tradução"}}``; numerus forms as a list. Returns how many
    messages were filled."""
    data = json.loads(json_path.read_text(encoding="utf-8"))
    path = ts_path(lang)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        scoped = data.get(name) if isinstance(data.get(name), dict) else {}
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            value = scoped.get(source, data.get(source))
            if value is None or isinstance(value, dict):
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            forms = translation.findall("numerusform")
            if forms:
                values = value if isinstance(value, list) else [value, value]
                for form, text in zip(forms, values, strict=False):
                    form.text = text
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
            filled += 1
    _write_ts(tree, path)
    return filled


def resolve(lang: str = "pt") -> int:
    """After a merge conflict in the catalogue: keep both sides' translations. Takes our side,
    refreshes it from the merged code (lupdate), then fills what is still unfinished from
    their side. Returns how many translations came from their side."""
    path = ts_path(lang)
    relative = path.relative_to(ROOT).as_posix()

    def side(stage: int) -> str:
        done = subprocess.run(["git", "show", f":{stage}:{relative}"], cwd=ROOT,
                              capture_output=True, text=True, check=True)  # fmt: skip
        return done.stdout

    ours, theirs = side(2), side(3)
    path.write_text(ours, encoding="utf-8")
    lupdate(lang=lang)
    other = FOLDER / f".theirs_{lang}.ts"
    other.write_text(theirs, encoding="utf-8")
    try:
        found: dict[str, dict[str, object]] = {}
        for entry in entries(other):
            if not entry.status:
                value = (
                    list(entry.translations)
                    if len(entry.translations) > 1
                    else entry.translations[0]
                )
                found.setdefault(entry.context, {})[entry.source] = value
    finally:
        other.unlink()
    todo = {(e.context, e.source) for e in unfinished(path)}
    wanted = {ctx: {src: v for src, v in msgs.items() if (ctx, src) in todo}
              for ctx, msgs in found.items()}  # fmt: skip
    scratch = FOLDER / f".fill_{lang}.json"
    scratch.write_text(json.dumps(wanted, ensure_ascii=False), encoding="utf-8")
    try:
        count = fill_scoped(scratch, lang)
    finally:
        scratch.unlink()
    lupdate(lang=lang)
    return count


def fill_scoped(json_path: Path, lang: str) -> int:
    """``fill`` where every key is a context (also the empty one, the core's)."""
    data = json.loads(json_path.read_text(encoding="utf-8"))
    path = ts_path(lang)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        scoped = data.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            value = scoped.get(message.findtext("source") or "")
            translation = message.find("translation")
            if value is None or translation is None:
                continue
            forms = translation.findall("numerusform")
            if forms:
                for form, text in zip(
                    forms, value if isinstance(value, list) else [value] * len(forms), strict=False
                ):
                    form.text = text
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
            filled += 1
    _write_ts(tree, path)
    return filled


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def release(if_stale: bool = False) -> list[Path]:
    """Compile every ``.ts`` of the folder to the ``.qm`` beside it (only stale ones if asked)."""
    done = []
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if if_stale and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        done.append(qm)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="lupdate, compile and report")
    sub.add_parser("report", help="list unfinished and pt-BR translations")
    p_fill = sub.add_parser("fill", help="fill translations from a JSON file")
    p_fill.add_argument("json", type=Path)
    sub.add_parser("resolve", help="after a merge conflict in the .ts: keep both sides")
    p_rel = sub.add_parser("release", help="compile .ts to .qm")
    p_rel.add_argument("--if-stale", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "update":
        for lang in TARGETS:
            print(lupdate(lang=lang).strip())
        release()
        return report()
    if args.command == "report":
        return report()
    if args.command == "resolve":
        print(f"{resolve()} translations taken from the other side")
        release()
        return report()
    if args.command == "fill":
        for lang in TARGETS:
            lupdate(lang=lang)  # the strings the code has now
        data = json.loads(args.json.read_text(encoding="utf-8"))
        scoped = "" in data and isinstance(data[""], dict)
        count = fill_scoped(args.json, "pt") if scoped else fill(args.json)
        print(f"filled {count} messages")
        for lang in TARGETS:
            lupdate(lang=lang)  # lupdate's own layout, so the file diffs cleanly
        release()
        return report()
    for qm in release(if_stale=args.if_stale):
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

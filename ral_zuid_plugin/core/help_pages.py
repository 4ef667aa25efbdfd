"""The offline help pages packaged with the plugin (what each algorithm's Help button opens).

``make package`` writes ``help/<lang>/<id>.html`` into the plugin folder from the help files in
``processing/help/<lang>/``: the same text as the Processing dialog's help panel, as a complete page with its
character set declared (a browser opening a bare fragment from disk may guess the encoding wrongly) and a
link to the list of all algorithms.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

HELP_FOLDER = "help"
INDEX = "index.html"

_TITLE = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")

_STYLE = (
    "body{font-family:sans-serif;max-width:52em;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}"
    "h3{color:#00558c}code{background:#f2f2f2;padding:0 .2em}dt{font-weight:bold;margin-top:.6em}"
    "nav{margin-top:2em;border-top:1px solid #ccc;padding-top:.5em}"
)
_WORDS = {
    "nl": {"index": "Alle RAL Zuid-algoritmen", "help": "RAL Zuid – hulp"},
    "en": {"index": "All RAL Zuid algorithms", "help": "RAL Zuid – help"},
}


def help_title(fragment: str) -> str:
    """The plain text of the first heading of a help file ('' without one)."""
    match = _TITLE.search(fragment)
    return html.unescape(_TAG.sub("", match.group(1))).strip() if match else ""


def help_page(fragment: str, language: str) -> str:
    words = _WORDS.get(language, _WORDS["en"])
    title = help_title(fragment) or words["help"]
    return (
        '<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        '<style>{style}</style>\n</head>\n<body>\n{body}\n<nav><a href="{index}">{index_text}</a></nav>\n'
        "</body>\n</html>\n"
    ).format(
        lang=language,
        title=html.escape(title),
        style=_STYLE,
        body=fragment.strip(),
        index=INDEX,
        index_text=html.escape(words["index"]),
    )


def index_page(titles: dict[str, str], language: str) -> str:
    words = _WORDS.get(language, _WORDS["en"])
    items = "\n".join(
        '<li><a href="{name}.html">{title}</a></li>'.format(name=name, title=html.escape(title))
        for name, title in sorted(titles.items(), key=lambda item: item[1].lower())
    )
    return (
        '<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{heading}</title>\n'
        "<style>{style}</style>\n</head>\n<body>\n<h3>{heading}</h3>\n<ul>\n{items}\n</ul>\n</body>\n</html>\n"
    ).format(lang=language, heading=html.escape(words["index"]), style=_STYLE, items=items)


def write_help_pages(source: Path, target: Path) -> list[Path]:
    """Write a page per ``source/<lang>/<id>.html`` and an index per language below ``target``."""
    written: list[Path] = []
    for language_dir in sorted(p for p in source.iterdir() if p.is_dir()):
        out_dir = target / language_dir.name
        out_dir.mkdir(parents=True, exist_ok=True)
        titles: dict[str, str] = {}
        for help_file in sorted(language_dir.glob("*.html")):
            fragment = help_file.read_text(encoding="utf-8")
            titles[help_file.stem] = help_title(fragment) or help_file.stem
            page = out_dir / help_file.name
            page.write_text(help_page(fragment, language_dir.name), encoding="utf-8")
            written.append(page)
        index = out_dir / INDEX
        index.write_text(index_page(titles, language_dir.name), encoding="utf-8")
        written.append(index)
    return written

"""Write the English customs texts that tests/data/customs_news/en1 annotates, from local git clones of the
repositories listed in SOURCES below:

    python scripts/customs_english.py CLONES OUT    ->  OUT/customs_english/texts/*.txt

CLONES holds one clone per repository, named `owner+name` or `owner/name`. Each file is read at its pinned
commit; encyclopedia articles (Wikipedia pages kept as markdown) and news pages (markdown with front matter)
are cleaned each by their own procedure into plain paragraphs separated by blank lines."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

from journal_sources import git_dir

FOLDER = "customs_english"


class Article(NamedTuple):
    """An encyclopedia article at a pinned commit, and its original title."""

    stem: str
    repository: str
    commit: str
    path: str
    title: str


class Page(NamedTuple):
    """A news page at a pinned commit: `wrap` is "soft" (paragraphs are blank-line blocks of wrapped lines) or
    "lines" (one paragraph a line); `start` and `stop` match the first line kept and the first line cut."""

    stem: str
    repository: str
    commit: str
    path: str
    wrap: str
    start: str | None = None
    stop: str | None = None


_WIKI = ("isauravmanitripathi/One-Time-Use-Files", "b437b13b6962a12dec1ca0c9eea5386c8e4d8191")
_WIKI_FOLDER = "json_parser/International-organisation-question-bank/markdown/"
SOURCES: tuple[Article | Page, ...] = (
    Article("01_en_enc_andean-community", *_WIKI, _WIKI_FOLDER + "andean_community_of_nations.md",
            "Andean Community"),
    Article("02_en_enc_west-african-economic-monetary-union", *_WIKI,
            _WIKI_FOLDER + "west_african_economic_and_monetary_union.md",
            "West African Economic and Monetary Union"),
    Article("03_en_enc_guam-organization", *_WIKI,
            _WIKI_FOLDER + "guam_organization_for_democracy_and_economic_development.md",
            "GUAM Organization for Democracy and Economic Development"),
    Article("04_en_enc_pacific-alliance", *_WIKI, _WIKI_FOLDER + "pacific_alliance.md", "Pacific Alliance"),
    Page("05_en_whitehouse_us-eu-framework-reciprocal-trade-2025", "brian14708/wh-briefings",
         "83a15378f38565ee024dbf0671b2e703ee9271e8",
         "briefings-statements/2025-08/2025-08-21-joint-statement-on-a-united-states-european-union-framework-on-an-agreement-on-reciprocal-fair-and-balanced-trade.md",
         "soft"),
    Page("06_en_dw_eu-de-minimis-temu-shein-2025", "plan-net/agentic-solution-policiytracker",
         "5e769154619e70d38b3e921f2320f0ad99c08c6e",
         "data/input/policy/2025-05/20250506_dw-com_why-chinas-temu-and-shein-are-europes-new-trade-th.md",
         "lines"),
    Page("07_en_zerohedge_russia-eu-eaeu-proposal-2015", "positiveinspiring/bibp-archive",
         "41f8b32793f5c3adefef59e2968aa11716beb035",
         "data/articles/russia-s-startling-proposal-to-europe-dump-the-u-s-join-the-eurasian-economic-union-6c8fbeff.md",
         "lines"),
    # the English half, up to the end of Article 9
    Page("08_en_nl-treaty_netherlands-indonesia-customs-assistance-2003", "statengeneraal/laws-markdown",
         "c3474d3fc3390cadca9b9d9fdcb263980928f167",
         "verdrag/agreement/between/the/kingdom/of/the/netherlands/and/the/republic/of/etc/BWBV0004044/README.md",
         "lines", r"^####Agreement between the Kingdom of the Netherlands and the Republic of Indonesia",
         r"^### CHAPTER\s+V\s*$"),
)

_TERMINAL = {"references", "see also", "external links", "further reading", "literature", "notes",
             "bibliography", "sources"}
_NAV_CAPTION = "A clickable Euler diagram"  # (the caption of a navigation template, not of the article)
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^\s*(?:([*+\-])|(\d{1,2})\.)\s+(.*)$")
_EMPTY_ITEM = re.compile(r"^\s*[*+\-]\s*$")
_NAVBOX = re.compile(r"^\s*[*+\-]\s+[vte]\s*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_FURNITURE = (re.compile(r"^> ?Source:"), re.compile(r"^(Spanish|Italian|Portuguese|French|German) version$"),
              re.compile(r"^Return to "))


def read(clones: Path, source: Article | Page) -> bytes:
    """The bytes of the source's file at its commit."""
    command = ["git", f"--git-dir={git_dir(clones, source.repository)}", "show", f"{source.commit}:{source.path}"]
    return subprocess.run(command, capture_output=True, check=True).stdout


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def _inline(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\[_[^\]]*_\]", "", text)
    text = re.sub(r"\[\d+\]", "", text)
    text = text.replace("**", "")
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*]*?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", "", text)
    text = re.sub(r"[ \t]+", " ", text).strip()
    text = re.sub(r" +([,;])", r"\1", text)
    return re.sub(r"\( +", "(", text)


def _join_wrapped(line: str, more: str) -> str:
    return line + more if re.search(r"[A-Za-z]-$", line) else f"{line} {more}"


def _article_body(lines: list[str]) -> list[str]:
    for at, line in enumerate(lines):
        heading = _HEADING.match(line)
        if (heading.group(1) if heading else line).strip().lower() in _TERMINAL:
            lines = lines[:at]
            break
    body: list[str] = []
    in_box = False
    for line in lines:
        if in_box:
            in_box = not _TABLE_SEP.match(line)
        elif re.match(r"^\s*\|\s*This article", line):
            in_box = True
        elif not (_NAVBOX.match(line) or _EMPTY_ITEM.match(line)):
            body.append(line)
    return body


def _article_blocks(lines: list[str]) -> list[list[tuple[str, str]]]:
    blocks: list[list[tuple[str, str]]] = []
    block: list[tuple[str, str]] = []
    for line in lines:
        heading = _HEADING.match(line)
        if not line.strip() or heading:
            if block:
                blocks.append(block)
            block = []
            if heading:
                blocks.append([("heading", heading.group(1))])
            continue
        if _TABLE_SEP.match(line) and "|" in line:
            continue
        last = block[-1][0] if block else None
        item = _ITEM.match(line)
        if item and (item.group(1) or last in (None, "item")):
            marker = "-" if item.group(1) else item.group(2) + "."
            block.append(("item", f"{marker} {item.group(3).strip()}"))
        elif " | " in line or line.lstrip().startswith("|"):
            block.append(("row", " | ".join(cell.strip() for cell in line.strip().strip("|").split("|"))))
        elif last in ("text", "item"):
            block[-1] = (block[-1][0], _join_wrapped(block[-1][1], line.strip()))
        else:
            block.append(("text", line.strip()))
    if block:
        blocks.append(block)
    return blocks


def _render(kind: str, line: str) -> str:
    if kind == "heading":
        return _inline(line)
    if kind == "item":
        marker, rest = line.split(" ", 1)
        rest = _inline(rest)
        return f"{marker} {rest}" if rest else ""
    if kind == "row":
        return " | ".join(_inline(cell) for cell in line.split(" | "))
    if line.startswith("#"):  # (a heading mark without its space, as in "##Title": the first "#" is cut)
        return _inline(line[1:])
    text = _inline(line)
    return "" if text.startswith(_NAV_CAPTION) else text


def clean_article(raw: bytes, title: str) -> str:
    """An encyclopedia article's text: its title, then its paragraphs, lists and table rows up to the
    references, without page furniture or markup."""
    lines = [line.rstrip() for line in _decode(raw).replace("\u00a0", " ").split("\n")]
    paragraphs = [title]
    for block in _article_blocks(_article_body(lines)):
        if rendered := [text for kind, line in block if (text := _render(kind, line)).strip()]:
            paragraphs.append("\n".join(rendered))
    return "\n\n".join(paragraphs) + "\n"


def _front_matter(text: str) -> tuple[str, str | None]:
    if not text.startswith("---\n") or (end := text.find("\n---\n", 4)) == -1:
        return text, None
    fields, title = text[4:end].split("\n"), None
    for at, field in enumerate(fields):
        if field.startswith("title:"):
            parts = [field[len("title:"):].strip()]
            for more in fields[at + 1:]:
                if not more.startswith((" ", "\t")):
                    break
                parts.append(more.strip())
            title = " ".join(parts).strip().strip("'\"")
    return text[end + 5:], title


def _between(lines: list[str], start: str | None, stop: str | None) -> list[str]:
    if start:
        first = next((at for at, line in enumerate(lines) if re.search(start, line)), None)
        if first is None:
            raise ValueError(f"no line matches the start {start!r}")
        lines = lines[first:]
    if stop:
        end = next((at for at, line in enumerate(lines) if re.search(stop, line)), None)
        if end is None:
            raise ValueError(f"no line matches the stop {stop!r}")
        lines = lines[:end]
    return lines


def _page_paragraphs(lines: list[str], wrap: str) -> list[str]:
    if wrap == "soft":
        blocks: list[str] = []
        block: list[str] = []
        for line in [*lines, ""]:
            if line.strip():
                block.append(line.strip())
            elif block:
                blocks.append(" ".join(block))
                block = []
        return blocks
    paragraphs: list[str] = []
    at = 0
    while at < len(lines):
        if lines[at].startswith("# "):  # (a title wrapped onto the next lines stays one paragraph)
            block = [lines[at].strip()]
            at += 1
            while at < len(lines) and lines[at].strip():
                block.append(lines[at].strip())
                at += 1
            paragraphs.append(" ".join(block))
            continue
        if lines[at].strip():
            paragraphs.append(lines[at])
        at += 1
    return paragraphs


def _plain_paragraph(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = re.sub(r"<!--.*?-->", " ", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"^\s*#{1,6}\s*", "", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\1", text)
    text = re.sub(r"\*([^*\s][^*]*?)\*", r"\1", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", text)
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    return re.sub(r"\s+", " ", text).strip()


def _furniture(text: str) -> bool:
    return any(pattern.search(text) for pattern in _FURNITURE)


def _without_teaser(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a scraped teaser (a paragraph cut with "..." that a later one begins with) and
    the paragraphs before it that repeat those before the later one."""
    for at, teaser in enumerate(paragraphs):
        if not teaser.endswith("..."):
            continue
        for later in range(at + 1, len(paragraphs)):
            if paragraphs[later].startswith(teaser[:-3].rstrip()) and paragraphs[later] != teaser:
                repeated = 0
                while (at - 1 - repeated >= 0 and later - 1 - repeated > at
                       and paragraphs[at - 1 - repeated] == paragraphs[later - 1 - repeated]):
                    repeated += 1
                return paragraphs[:at - repeated] + paragraphs[at + 1:]
    return paragraphs


def clean_page(raw: bytes, wrap: str, start: str | None, stop: str | None) -> str:
    """A news page's text: its plain paragraphs, led by the front matter's title when the body has no title
    heading, without page furniture or a repeated teaser."""
    text, title = _front_matter(_decode(raw))
    lines = _between(text.split("\n"), start, stop)
    paragraphs = [_plain_paragraph(p) for p in _page_paragraphs(lines, wrap) if not _furniture(p.strip())]
    paragraphs = _without_teaser([p for p in paragraphs if p and not _furniture(p)])
    if title and not any(re.match(r"^#{1,4}\S|^# ", line) for line in lines):
        paragraphs.insert(0, _plain_paragraph(title))
    return "\n\n".join(paragraphs) + "\n"


def main(clones: Path, out: Path) -> int:
    missing = 0
    for source in SOURCES:
        try:
            raw = read(clones, source)
            if isinstance(source, Article):
                text = clean_article(raw, source.title)
            else:
                text = clean_page(raw, source.wrap, source.start, source.stop)
        except (FileNotFoundError, subprocess.CalledProcessError, ValueError) as error:
            print(f"{source.stem}: not rebuilt ({error})", file=sys.stderr)
            missing += 1
            continue
        target = out / FOLDER / "texts" / f"{source.stem}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
        print(target)
    return 1 if missing else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))

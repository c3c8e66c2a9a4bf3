"""Write the English customs texts that tests/data/customs_news/en1, en2, en3 and en4 annotate, from local git
clones of the repositories listed in SOURCES below:

    python scripts/customs_english.py CLONES OUT    ->  OUT/customs_english/texts/*.txt (en1),
                                                        OUT/customs_english2/texts/*.txt (en2),
                                                        OUT/customs_english3/texts/*.txt (en3),
                                                        OUT/customs_english4/texts/*.txt (en4)

CLONES holds one clone per repository, named `owner+name` or `owner/name`. Each file is read at its pinned
commit and cleaned into plain paragraphs separated by blank lines by the procedure of its kind: encyclopedia
articles (Wikipedia pages kept as markdown) and news pages (markdown with front matter) as en1 was made, and
for en2 also encyclopedia articles (html2text markdown or pandoc plain text) and press pages as en2 was made,
with list items and table rows one a line; en3 reuses these procedures, and en4 too, adding one for a page of the
Congressional Record (Record)."""

from __future__ import annotations

import functools
import html
import itertools
import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

from journal_sources import git_dir

FOLDERS = {"en1": "customs_english", "en2": "customs_english2",
           "en3": "customs_english3", "en4": "customs_english4"}  # (where `make eval` looks, under CUSTOMS_NEWS)


class Article(NamedTuple):
    """An encyclopedia article of the set `group` at a pinned commit, and its original title."""

    group: str
    stem: str
    repository: str
    commit: str
    path: str
    title: str


class Page(NamedTuple):
    """A news page of the set `group` at a pinned commit: `wrap` is "soft" (paragraphs are blank-line blocks of
    wrapped lines) or "lines" (one paragraph a line); `start` and `stop` match the first line kept and the first
    line cut; `drop` matches cleaned paragraphs that are page furniture of this page (none when unset)."""

    group: str
    stem: str
    repository: str
    commit: str
    path: str
    wrap: str
    start: str | None = None
    stop: str | None = None
    drop: str | None = None


class WikiText(NamedTuple):
    """An encyclopedia article of the set `group` at a pinned commit, cleaned as en2's were: `form` is "markdown"
    (html2text) or "plain" (pandoc plain text); `stop` matches the first line cut."""

    group: str
    stem: str
    repository: str
    commit: str
    path: str
    form: str
    title: str
    stop: str | None = None


class ListPage(NamedTuple):
    """A press page of the set `group` at a pinned commit (markdown with front matter), cleaned as en2's were:
    its title first, each list item a line."""

    group: str
    stem: str
    repository: str
    commit: str
    path: str


class Record(NamedTuple):
    """A page of the Congressional Record of the set `group` at a pinned commit (markdown with an empty front
    matter), cleaned as en4's was: its title, the speaker and date line and its paragraphs up to `stop`."""

    group: str
    stem: str
    repository: str
    commit: str
    path: str
    stop: str


Source = Article | Page | WikiText | ListPage | Record

_WIKI = ("isauravmanitripathi/One-Time-Use-Files", "b437b13b6962a12dec1ca0c9eea5386c8e4d8191")
_WIKI_FOLDER = "json_parser/International-organisation-question-bank/markdown/"
_PLAIN_WIKI = ("chinapedia/wikipedia.abstract.en", "4f3e897da088cbe89a4f1d4cba3fa2e439c3721b")
_BRIEFINGS = ("brian14708/wh-briefings", "737ca03a271adc205c67766074ec8d0070f7ad95")
_TREATIES = ("statengeneraal/laws-markdown", "91556a80a25a3da4234c8039945c6aeef4108d00")
_ECONOMIES = ("isauravmanitripathi/miscellaneous-files", "ccca6fc0d6a652987dbd838364e366dcd4453841")
_UK_TARIFF = ("trade-tariff/ott-prototype", "e5ab46257d219d7ba9fe07ba6cac270b8806e917")
SOURCES: tuple[Source, ...] = (
    Article("en1", "01_en_enc_andean-community", *_WIKI, _WIKI_FOLDER + "andean_community_of_nations.md",
            "Andean Community"),
    Article("en1", "02_en_enc_west-african-economic-monetary-union", *_WIKI,
            _WIKI_FOLDER + "west_african_economic_and_monetary_union.md",
            "West African Economic and Monetary Union"),
    Article("en1", "03_en_enc_guam-organization", *_WIKI,
            _WIKI_FOLDER + "guam_organization_for_democracy_and_economic_development.md",
            "GUAM Organization for Democracy and Economic Development"),
    Article("en1", "04_en_enc_pacific-alliance", *_WIKI, _WIKI_FOLDER + "pacific_alliance.md",
            "Pacific Alliance"),
    Page("en1", "05_en_whitehouse_us-eu-framework-reciprocal-trade-2025", "brian14708/wh-briefings",
         "83a15378f38565ee024dbf0671b2e703ee9271e8",
         "briefings-statements/2025-08/2025-08-21-joint-statement-on-a-united-states-european-union-framework-on-an-agreement-on-reciprocal-fair-and-balanced-trade.md",
         "soft"),
    Page("en1", "06_en_dw_eu-de-minimis-temu-shein-2025", "plan-net/agentic-solution-policiytracker",
         "5e769154619e70d38b3e921f2320f0ad99c08c6e",
         "data/input/policy/2025-05/20250506_dw-com_why-chinas-temu-and-shein-are-europes-new-trade-th.md",
         "lines"),
    Page("en1", "07_en_zerohedge_russia-eu-eaeu-proposal-2015", "positiveinspiring/bibp-archive",
         "41f8b32793f5c3adefef59e2968aa11716beb035",
         "data/articles/russia-s-startling-proposal-to-europe-dump-the-u-s-join-the-eurasian-economic-union-6c8fbeff.md",
         "lines"),
    # the English half, up to the end of Article 9
    Page("en1", "08_en_nl-treaty_netherlands-indonesia-customs-assistance-2003",
         "statengeneraal/laws-markdown", "c3474d3fc3390cadca9b9d9fdcb263980928f167",
         "verdrag/agreement/between/the/kingdom/of/the/netherlands/and/the/republic/of/etc/BWBV0004044/README.md",
         "lines", r"^####Agreement between the Kingdom of the Netherlands and the Republic of Indonesia",
         r"^### CHAPTER\s+V\s*$"),
    WikiText("en2", "01_en_wiki_customs-union", *_PLAIN_WIKI, "Page/Customs_union.md", "plain", "Customs union"),
    # up to the section "Politics" (the institutions, the legal instruments and the per-country table)
    WikiText("en2", "02_en_wiki_benelux", *_WIKI, _WIKI_FOLDER + "benelux.md", "markdown", "Benelux",
             r"^## Politics\s*$"),
    WikiText("en2", "03_en_wiki_traceca", *_WIKI, _WIKI_FOLDER + "traceca.md", "markdown", "TRACECA"),
    WikiText("en2", "04_en_wiki_free-trade-area", *_PLAIN_WIKI, "Page/Free-trade_area.md", "plain",
             "Free-trade area"),
    ListPage("en2", "05_en_whitehouse_de-minimis-suspension-2025", *_BRIEFINGS,
             "fact-sheets/2025-07/2025-07-30-fact-sheet-president-donald-j-trump-is-protecting-the-united-states-national-security-and-economy-by-suspending-the-de-minimis-exemption-for-commercial-shipments-globally.md"),
    ListPage("en2", "06_en_whitehouse_customs-enforcement-2026", *_BRIEFINGS,
             "fact-sheets/2026-06/2026-06-03-fact-sheet-president-donald-j-trump-strengthens-customs-enforcement.md"),
    Page("en2", "07_en_blog_eurasian-customs-union-belarus-2014", "krystinashveda/krystinashveda.github.io",
         "a043fe3a753b46f90d78e32cc188a74f376a8d7a", "_posts/2014-12-15-free-trade-union.md", "soft"),
    # the English text, up to the end of Article 8
    Page("en2", "08_en_nl-treaty_tir-convention-1975", "statengeneraal/laws-markdown",
         "91556a80a25a3da4234c8039945c6aeef4108d00",
         "verdrag/customs/convention/on/the/international/transport/of/goods/under/cover/of/etc/BWBV0003523/README.md",
         "lines", r"^####Customs Convention on the International Transport", r"^### Article\s+9\s*$"),
    # up to the section "Politics and governance" (the organs, member tables, sports, crises, summits)
    WikiText("en3", "01_en_wiki_gulf-cooperation-council", *_WIKI, _WIKI_FOLDER + "gulf_cooperation_council.md",
             "markdown", "Gulf Cooperation Council", r"^## Politics and governance\s*$"),
    # up to the subsection "United Kingdom" (Brexit), before the EEA, the trade relations and the lists
    WikiText("en3", "02_en_wiki_european-free-trade-association", *_WIKI,
             _WIKI_FOLDER + "european_free_trade_association.md", "markdown", "European Free Trade Association",
             r"^#### United Kingdom\s*$"),
    ListPage("en3", "03_en_whitehouse_us-malaysia-reciprocal-trade-2025", *_BRIEFINGS,
             "briefings-statements/2025-10/2025-10-26-joint-statement-on-united-states-malaysia-agreement-on-reciprocal-trade.md"),
    ListPage("en3", "04_en_whitehouse_tariffs-canada-mexico-china-2025", *_BRIEFINGS,
             "fact-sheets/2025-02/2025-02-01-fact-sheet-president-donald-j-trump-imposes-tariffs-on-imports-from-canada-mexico-and-china.md"),
    Page("en3", "05_en_politico_eu-ukraine-trade-measures-2025", "plan-net/agentic-solution-policiytracker",
         "bc2874527e1ec4e72e20e3a7ded1d2cf80367aff",
         "data/input/policy/2025-05/20250522_politico-eu_ukraine-warns-eu-tariffs-will-hammer-economy-and-d.md",
         "lines"),
    # the pull quote (a blockquote restating a sentence of the body) is page furniture
    Page("en3", "06_en_felix_brexit-irish-border-2018", "FelixOnline/v2", "9aceeffa685feb30c148b2288376bbe32f2bb88b",
         "content/articles/2018-03-09-brexit-and-ireland-how-can-we-solve-the-border-crisis.md", "soft",
         drop=r"^> "),
    # the English text, whole (the Dutch translation that follows is dropped)
    Page("en3", "07_en_nl-treaty_netherlands-sweden-customs-assistance-1985", *_TREATIES,
         "verdrag/agreement/between/the/kingdom/of/the/netherlands/and/the/kingdom/of/sweden/etc/BWBV0002937/README.md",
         "lines", r"^####Agreement between the Kingdom of the Netherlands and the Kingdom of Sweden",
         r"^####Overeenkomst tussen"),
    # one understanding of Annex 1A of the WTO Agreement, from its heading to the next understanding's
    Page("en3", "08_en_nl-treaty_gatt-article-xxiv-understanding-1994", *_TREATIES,
         "verdrag/agreement/establishing/the/world/trade/organization/BWBV0001160/README.md", "lines",
         r"^####Understanding on the interpretation of Article XXIV", r"^####Understanding in respect of waivers"),
    # up to the section "Functions" (the functions, publications, principles, structure, accession, budget, criticism)
    WikiText("en4", "01_en_wiki_world-trade-organization", *_WIKI, _WIKI_FOLDER + "world_trade_organization.md",
             "markdown", "World Trade Organization", r"^## Functions\s*$"),
    # up to the section "Public debt" (the debt, the industries and poverty)
    WikiText("en4", "02_en_wiki_economy-of-kyrgyzstan", *_ECONOMIES,
             "wikipedia/wiki-gov-exam/markdown/economy_of_kyrgyzstan.md", "markdown", "Economy of Kyrgyzstan",
             r"^## Public debt\s*$"),
    ListPage("en4", "03_en_whitehouse_us-china-trade-deal-2025", *_BRIEFINGS,
             "fact-sheets/2025-11/2025-11-01-fact-sheet-president-donald-j-trump-strikes-deal-on-economic-and-trade-relations-with-china.md"),
    # the separator rows of the markdown tables are page furniture
    Page("en4", "04_en_gov-uk_ironing-boards-countervailing-duty-2023", *_UK_TARIFF,
         "app/content/stop_press/stop_press_23_04_25.md", "lines", drop=r"^\|[-:| ]+\|$"),
    ListPage("en4", "05_en_whitehouse_us-uk-trade-deal-2025", *_BRIEFINGS,
             "fact-sheets/2025-05/2025-05-08-fact-sheet-u-s-uk-reach-historic-trade-deal.md"),
    # the speech, up to the newspaper article the speaker had inserted into the Record
    Record("en4", "06_en_congress_nafta-drug-trade-2007", "milesmcc/congress-scope",
           "19e83351806b9e81a5e164f3da2c4bd7c01fb2b6", "docs/e8c3804dbcd44c7b1a9a4cdb9df813ce.md",
           r"^\s*\[From the Inland Valley Daily Bulletin"),
    ListPage("en4", "07_en_whitehouse_calexico-east-port-of-entry-permit-2023", *_BRIEFINGS,
             "presidential-actions/2023-07/2023-07-06-presidential-permit-authorizing-the-general-services-administration-to-expand-and-continue-to-operate-and-maintain-a-vehicular-and-pedestrian-border-crossing-at-the-calexico-east-land-port-of-entry-to.md"),
    # one chunk, 19 U.S.C. 4301, up to the heading of the next subchapter; no title is put first (the chunk begins
    # with its own headings)
    WikiText("en4", "08_en_us-code_trade-facilitation-enforcement-definitions",
             "codexstanford/markdonw-chunck-of-the-usa-code", "66d0b20a5e0521c0ffa33fe40368e4148bff046b",
             "chuncks/title-19/chunck-2229.md", "markdown", "", r"^SUBCHAPTER I—"),
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


def read(clones: Path, source: Source) -> bytes:
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


def clean_page(raw: bytes, wrap: str, start: str | None, stop: str | None, drop: str | None = None) -> str:
    """A news page's text: its plain paragraphs, led by the front matter's title when the body has no title
    heading, without page furniture (and the paragraphs `drop` matches) or a repeated teaser."""
    text, title = _front_matter(_decode(raw))
    lines = _between(text.split("\n"), start, stop)
    paragraphs = [_plain_paragraph(p) for p in _page_paragraphs(lines, wrap) if not _furniture(p.strip())]
    paragraphs = _without_teaser([p for p in paragraphs
                                  if p and not _furniture(p) and not (drop and re.search(drop, p))])
    if title and not any(re.match(r"^#{1,4}\S|^# ", line) for line in lines):
        paragraphs.insert(0, _plain_paragraph(title))
    return "\n\n".join(paragraphs) + "\n"


# en2's procedures (WikiText, ListPage) make (kind, text) paragraphs; consecutive list items or table rows are
# joined by one line end, all other paragraphs by a blank line.
_ENDS = r"(References|See also|External links|Further reading|Notes|Bibliography|Sources|Literature|Footnotes)"
_END_MARKDOWN = re.compile(r"^(?:#{1,6}\s*)?" + _ENDS + r"\s*$")
_END_PLAIN = re.compile(r"^" + _ENDS + r"\s*$")
_WIKI_ITEM = re.compile(r"^\s*(?:[*+-]|\d{1,2}\.)\s+(.*)$")


def _en2_lines(raw: bytes) -> list[str]:
    text = _decode(raw).replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return [line.rstrip() for line in text.split("\n")]


def _unmark(text: str) -> str:
    text = re.sub(r"<!--.*?-->", "", text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\{:[^}]*\}", "", text)  # (kramdown attributes)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\[_?(citation needed|needs update|when\?|who\?|clarification needed)_?\]", "", text)
    text = re.sub(r"\[\d+\]", "", text)
    text = text.replace("*", "")
    text = re.sub(r"(?<!\w)_([^_]+?)_(?!\w)", r"\1", text)
    text = re.sub(r"\\([\\.()\-\[\]_*#+])", r"\1", text)
    text = html.unescape(text)
    text = re.sub(r"[ \t]+", " ", text).strip()
    return re.sub(r" ([,;])", r"\1", text)


def _paragraph(kind: str, block: list[str]) -> list[tuple[str, str]]:
    """The block's wrapped lines as one paragraph (an item with its "- "), or none when they hold no text."""
    parts = [line.strip() for line in block if line.strip()]
    text = _unmark(functools.reduce(_join_wrapped, parts)) if parts else ""
    return [(kind, f"- {text}" if kind == "item" else text)] if text else []


def _row(line: str) -> str:
    cells = [_unmark(cell) for cell in line.split("|")]
    while cells and not cells[0]:
        cells.pop(0)
    while cells and not cells[-1]:
        cells.pop()
    return " | ".join(cells)


class _Blocks:
    """Paragraphs read line by line: the open block's wrapped lines, closed into a paragraph (`_paragraph`) where
    a blank line, a heading, a row or a new item begins."""

    def __init__(self, paragraphs: list[tuple[str, str]]) -> None:
        self.paragraphs = paragraphs
        self.block: list[str] = []
        self.kind = "text"

    def close(self) -> None:
        self.paragraphs.extend(_paragraph(self.kind, self.block))
        self.block = []

    def start(self, line: str, kind: str) -> None:
        """A new block of `kind` from this line."""
        self.close()
        self.block, self.kind = [line], kind

    def add(self, line: str) -> None:
        """A line of the open block, or the first of a paragraph of text."""
        self.kind = self.kind if self.block else "text"
        self.block.append(line)


def _markdown_paragraphs(lines: list[str], title: str) -> list[tuple[str, str]]:
    end = next((at for at, line in enumerate(lines) if _END_MARKDOWN.match(line)), len(lines))
    blocks = _Blocks([("text", title)])
    for line in lines[:end]:
        item = _WIKI_ITEM.match(line)
        if not line.strip() or re.match(r"^\s*-{3,}\|", line):  # (a table's separator row ends a block too)
            blocks.close()
        elif re.match(r"^#{1,6}\s", line):
            blocks.close()
            blocks.paragraphs.append(("heading", _unmark(re.sub(r"^#{1,6}\s*", "", line))))
        elif " | " in line or line.endswith("|"):
            blocks.close()
            blocks.paragraphs.append(("row", _row(line)))
        elif item and (not blocks.block or blocks.kind == "item" or re.match(r"\s", line)):
            blocks.start(item.group(1), "item")
        elif re.match(r"^\d{1,2}\\\.\s", line):  # (an escaped number, "1\. **Decisions**", starts a paragraph)
            blocks.start(line, "text")
        else:
            blocks.add(line)
    blocks.close()
    return blocks.paragraphs


def _plain_paragraphs(lines: list[str], title: str) -> list[tuple[str, str]]:
    end = next((at for at, line in enumerate(lines) if not line.startswith(" ") and _END_PLAIN.match(line.strip())),
               len(lines))
    paragraphs: list[tuple[str, str]] = [("text", title)]
    block: list[str] = []
    in_table = False

    def close() -> None:  # (a block is a list item when its text begins with the "- " of its first line)
        nonlocal block
        paragraphs.extend(("item" if text.startswith("- ") else "text", text) for _, text in _paragraph("text", block))
        block = []

    for line in lines[:end]:
        if re.search(r"\}\}\]\]\s*$", line):  # (the tail of a file or template link)
            close()
        elif not line.strip():
            close()
            in_table = False
        elif re.match(r"^\s+-{5,}(\s+-{3,})*\s*$", line):  # (the dashes under a simple table's header)
            in_table = True
        elif in_table or (line.startswith("  ") and re.search(r"\S {2,}\S", line.strip())):
            close()
            cells = [_unmark(cell) for cell in re.split(r" {2,}", line.strip())]
            paragraphs.append(("row", " | ".join(cell for cell in cells if cell)))
        elif item := re.match(r"^-\s+(.*)$", line):
            close()
            block = [f"- {item.group(1)}"]
        else:
            block.append(line)
    close()
    return paragraphs


def _yaml_title(lines: list[str]) -> tuple[str, list[str]]:
    """The title of a YAML front matter (plain or quoted, folded lines joined) and the lines after it."""
    if not lines or lines[0].strip() != "---":
        return "", lines
    end = lines.index("---", 1)
    fields: dict[str, str] = {}
    key = None
    for line in lines[1:end]:
        if field := re.match(r"^(\w+):\s*(.*)$", line):
            key = field.group(1)
            fields[key] = field.group(2)
        elif key:
            value = fields[key]  # (a double-quoted value's line may end in an escaped line break)
            fields[key] = value[:-1] + line.strip() if value.endswith("\\") else f"{value} {line.strip()}"
    title = fields.get("title", "").strip()
    if title.startswith('"'):
        title = re.sub(r"\\u([0-9a-fA-F]{4})", lambda code: chr(int(code.group(1), 16)), title[1:-1])
        title = title.replace("\\ ", " ").replace('\\"', '"')
    elif title.startswith("'"):
        title = title[1:-1].replace("''", "'")
    return re.sub(r"\s+", " ", title), lines[end + 1:]


def _list_blocks(lines: list[str]) -> list[tuple[str, str]]:
    blocks = _Blocks([])
    for line in lines:
        if not line.strip() or line.strip() == "<!-- -->":
            blocks.close()
        elif item := re.match(r"^\s*-\s+(.*)$", line):
            blocks.start(item.group(1), "item")
        else:
            blocks.add(line)
    blocks.close()
    return blocks.paragraphs


def _layout(paragraphs: list[tuple[str, str]]) -> str:
    kept = [(kind, text) for kind, text in paragraphs if text.strip()]
    out = kept[0][1] if kept else ""
    for (before, _), (kind, text) in itertools.pairwise(kept):
        out += ("\n" if kind in ("item", "row") and kind == before else "\n\n") + text
    return out + "\n"


def clean_wiki_text(raw: bytes, form: str, title: str, stop: str | None) -> str:
    """An encyclopedia article's text as en2's were made: its title, then its paragraphs, list items (each a
    `- ` line) and table rows up to the references or `stop`, without markup; `form` is "markdown" or "plain"."""
    lines = _between(_en2_lines(raw), None, stop)
    if form == "markdown":
        return _layout(_markdown_paragraphs(lines, title))
    if form == "plain":
        return _layout(_plain_paragraphs(lines, title))
    raise ValueError(f"unknown form {form!r} (expected 'markdown' or 'plain')")


def clean_list_page(raw: bytes) -> str:
    """A press page's text as en2's were made: the front matter's title, then its paragraphs and list items
    (each a `- ` line), without markup."""
    title, body = _yaml_title(_en2_lines(raw))
    return _layout([("text", title), *_list_blocks(body)])


def clean_record(raw: bytes, stop: str) -> str:
    """A Congressional Record page as en4's was made: after its empty front matter, the title heading, the speaker
    and date line (each a line of its own) and the blank-line paragraphs of wrapped lines of the speech, up to
    `stop`, without markup, code marks, the record's hexadecimal id or horizontal rules."""
    _, body = _yaml_title(_en2_lines(raw))
    lines = [part for line in _between(body, None, stop) for part in
             ((line, "") if re.match(r"^#|^`.*`$", line.strip()) else (line,))]
    paragraphs = [_plain_paragraph(p).replace("`", "") for p in _page_paragraphs(lines, "soft")]
    return "\n\n".join(p for p in paragraphs if p and not re.fullmatch(r"[0-9a-f]{32}|-{3,}", p)) + "\n"


def clean(raw: bytes, source: Source) -> str:
    """The source's text, by the procedure of its kind."""
    if isinstance(source, Article):
        return clean_article(raw, source.title)
    if isinstance(source, Page):
        return clean_page(raw, source.wrap, source.start, source.stop, source.drop)
    if isinstance(source, WikiText):
        return clean_wiki_text(raw, source.form, source.title, source.stop)
    if isinstance(source, Record):
        return clean_record(raw, source.stop)
    return clean_list_page(raw)


def main(clones: Path, out: Path) -> int:
    missing = 0
    for source in SOURCES:
        try:
            text = clean(read(clones, source), source)
        except (FileNotFoundError, subprocess.CalledProcessError, ValueError) as error:
            print(f"{source.stem}: not rebuilt ({error})", file=sys.stderr)
            missing += 1
            continue
        target = out / FOLDERS[source.group] / "texts" / f"{source.stem}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
        print(target)
    return 1 if missing else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))

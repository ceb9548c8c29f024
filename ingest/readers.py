"""Turn inputs (files, folders, URLs, feeds, JSONL) into `Article` records.

The rule: every input yields articles in a deterministic order, or one clear line
saying why it cannot. Nothing is dropped silently: whatever is skipped is named in
a warning.

Inputs, by file name (an unknown suffix is sniffed: feed, HTML, else plain text):

    .txt .md            the whole file is the text; the first line is the title
                        when a blank line follows it
    .html .htm .xhtml   main text extracted with trafilatura, boilerplate dropped;
                        title and date from the page metadata
    .xml .rss .atom     an RSS/Atom feed: one article per entry (content, else
                        summary, HTML stripped)
    .jsonl              one {url, title, publisher, published, text} object a line
    folder              every supported file inside, recursively, sorted by path;
                        `*.meta.json` sidecars, hidden files and `__*` files
                        (Python package machinery) are not articles
    http(s)://...       fetched under ingest/fetch.py's rules, then read as HTML
                        or as a feed by its content type

A sidecar `NAME.meta.json` next to `NAME.txt|.md|.html` gives url, title,
publisher and published; its values win over what the page says. Other keys
(`based_on`, `partial`, `rewritten` ...) are ignored.

Text produced here (HTML pages, feed entries) begins with the title line and a
blank line, like a .txt article, so headlines reach the extractor. Text read from
.txt/.md/.jsonl is kept exactly as given (line endings normalised to \\n in files).

Decisions:
- **Non-UTF-8 text is refused**, not guessed: quotes are evidence and must be
  verbatim, and a wrong guess (KOI8-R read as Windows-1252) would corrupt them
  silently. The message gives the iconv line to convert the file. A UTF-8 or
  UTF-16 byte-order mark is honoured. HTML and feeds are decoded by trafilatura
  and feedparser, which read the document's own charset declaration.
- **Size cap** `max_bytes` (default 20 MB) per article: per file for text, HTML
  and feed files and fetched pages, per line for JSONL (a JSONL file may be of
  any size; it is streamed).
- **Feed links are not fetched** by default: the entry's own content or summary
  is the text. `follow_links=True` fetches each entry's link under the same URL
  rules and falls back to the entry's text if that fails (a warning, not a stop).
- **A feed entry's publisher is the entry's own**, never the feed's title (an
  aggregator's title would make every article one publisher): the title of the
  entry's `<source>` element, else the site of that element's URL, else the
  site of the entry's link (its host without `www.`); a followed link's page
  name comes before the sites. Only an entry with none of these takes the
  feed's title.
- **Non-English articles** are skipped with a warning (ingest/language.py), also
  under `strict`: they are not broken, only out of scope.

- **Only regular files are read** (after following symbolic links): a device, a
  FIFO, a socket, a dangling link or a link loop is refused by its `stat`, never
  opened (a FIFO would block, a device never ends). The size cap holds for the
  bytes actually read too, whatever size `stat` reports (/proc files report 0).

Problems with one input given by name (missing, empty, binary, not UTF-8, too
big, not a regular file, a malformed sidecar) raise `InputError`. Problems with
one record (a file inside a folder, a JSONL line, a feed entry, a page with no
extractable text) are warned about and skipped, or raise `InputError` when
`strict=True`. A warning about something skipped is a `Skipped` string, so a
caller can count the skipped inputs apart from other warnings (a feed read
despite its errors, an impossible date dropped).
"""

from __future__ import annotations

import errno
import io
import json
import logging
import os
import re
import stat
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence
from urllib.parse import urlsplit

from accusegraph.errors import InputError, RecordError
from accusegraph.model import Article

from .fetch import DEFAULT_MAX_BYTES, Fetched, FetchLimits, fetch
from .language import guess_language

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES + JSONL_SUFFIXES
SIDECAR_SUFFIX = ".meta.json"
# Data and settings files: never an article, even though their text could be read as one
# (another unknown suffix is sniffed, so a feed saved as .dat still reads).
NOT_ARTICLE_SUFFIXES = (".yaml", ".yml", ".json", ".toml", ".ini", ".cfg", ".csv", ".tsv")
META_KEYS = ("url", "title", "publisher", "published")

Warn = Callable[[str], None]
_log = logging.getLogger("accusegraph.ingest")

# Years a publication date can have: from the first printed newspapers (1605) to
# 2100. Outside, the date is a placeholder (9999) or a parser's invention.
PUBLISHED_YEARS = range(1605, 2101)


class Skipped(str):
    """A warning that one input (a file, a JSONL line, a feed entry, an article)
    was skipped: what `warn` receives for those, so that they can be counted."""


@dataclass(frozen=True)
class _Options:
    warn: Warn
    strict: bool
    max_bytes: int
    allow_private: bool
    english_only: bool
    follow_links: bool
    limits: FetchLimits


# ---------------------------------------------------------------- public API

def iter_articles(paths: Sequence[str], *, allow_private: bool = False, warn: Warn | None = None,
                  strict: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                  english_only: bool = True, follow_links: bool = False,
                  limits: FetchLimits | None = None) -> Iterator[Article]:
    """Articles from files, folders and URLs, in the order given (folders sorted).

    Args:
        paths: files, folders or http(s) URLs.
        allow_private: let URLs reach private, loopback and link-local addresses.
        warn: called with one line for each thing skipped (default: logging).
        strict: raise InputError instead of skipping a bad record.
        max_bytes: size cap of one article (file, page or JSONL line).
        english_only: skip articles that are not English, with a warning.
        follow_links: fetch the page behind each feed entry's link.
        limits: fetch timeouts and redirect limit (its max_bytes is replaced by `max_bytes`).

    Raises:
        InputError: for an input that cannot be read at all (one line, names it).
    """
    base = limits or FetchLimits()
    opts = _Options(
        warn=warn or _log.warning, strict=strict, max_bytes=max_bytes,
        allow_private=allow_private, english_only=english_only, follow_links=follow_links,
        limits=replace(base, max_bytes=max_bytes),
    )
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        for article in _read_input(str(raw), opts, seen):
            if opts.english_only:
                problem = not_english(article)
                if problem is not None:
                    opts.warn(problem)
                    continue
            yield article


def not_english(article: Article) -> Skipped | None:
    """Why `article` is skipped as not English, or None when it is English."""
    guess = guess_language(article.text)
    if guess.is_english:
        return None
    return Skipped(f"{article.origin}: skipped: not English (looks like "
                   f"{guess.description}); accusegraph reads English articles only")


def article_from_json(line: bytes, name: str, lineno: int) -> Article:
    """The article of one JSONL line {url, title, publisher, published, text}, checked
    as `iter_articles` checks it (raises RecordError naming NAME:LINENO)."""
    return _jsonl_record(line, name, lineno)


def folder_files(root: Path, warn: Warn) -> list[Path]:
    """The article files a folder input holds, in the order `iter_articles` reads them."""
    return _folder_files(root, warn)


def count_inputs(paths: Sequence[str]) -> int | None:
    """A cheap estimate of how many articles `paths` hold, for a progress bar.

    Counts files, JSONL lines and feed items without parsing; None when it cannot
    tell (a URL, a missing path).
    """
    total = 0
    for raw in paths:
        raw = str(raw)
        if _is_url(raw):
            return None
        p = Path(raw)
        if p.is_dir():
            files: Iterable[Path] = _folder_files(p, lambda _msg: None)
        elif p.is_file():
            files = [p]
        else:
            return None
        for f in files:
            kind = _kind_by_suffix(f)
            try:
                if kind == "jsonl":
                    total += _count_bytes(f, b"\n")
                elif kind == "feed":
                    total += _count_bytes(f, b"<item") + _count_bytes(f, b"<entry")
                else:
                    total += 1
            except (OSError, InputError):  # unreadable, not a regular file: counted, reported when read
                total += 1
    return total


# ---------------------------------------------------------------- dispatch

def _is_url(raw: str) -> bool:
    return bool(re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", raw))


def _kind_by_suffix(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(SIDECAR_SUFFIX):
        return None
    for kind, suffixes in (("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("feed", FEED_SUFFIXES), ("jsonl", JSONL_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def _read_input(raw: str, opts: _Options, seen: set[Path]) -> Iterator[Article]:
    if _is_url(raw):
        yield from _url_articles(raw, opts)
        return
    path = Path(raw)
    if path.is_dir():
        files = _folder_files(path, opts.warn)
        if not files:
            raise InputError(f"{raw}: no article files in this folder "
                             f"(looked for {', '.join(SUPPORTED_SUFFIXES)})")
        for f in files:
            try:
                yield from _file_once(f, opts, seen)
            except InputError as err:
                _skip(opts, err)
        return
    if path.name.lower().endswith(SIDECAR_SUFFIX) and path.is_file():
        raise InputError(f"{raw}: a sidecar (.meta.json) holds metadata, not an article; "
                         f"give the article file next to it")
    if path.suffix.lower() in NOT_ARTICLE_SUFFIXES and path.is_file():
        hint = " (an alias file goes with --aliases)" if path.suffix.lower() in (".yaml", ".yml") else ""
        raise InputError(f"{raw}: a {path.suffix.lower()} file is not an article{hint}; articles are "
                         f"{' '.join(SUPPORTED_SUFFIXES)} files, folders of them and http(s) URLs")
    yield from _file_once(path, opts, seen)


def _file_once(path: Path, opts: _Options, seen: set[tuple[int, int]]) -> Iterator[Article]:
    """The articles of the regular file at `path`, unless it was read already
    (`seen` holds the device and inode of each file read)."""
    st = _regular(path)
    if (st.st_dev, st.st_ino) in seen:
        return
    seen.add((st.st_dev, st.st_ino))
    yield from _file_articles(path, opts)


def _folder_files(root: Path, warn: Warn) -> list[Path]:
    """Supported files under `root`, recursively, sorted by relative path."""
    found: list[tuple[tuple[str, ...], Path]] = []
    ignored: dict[str, int] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        # hidden entries and Python package machinery (__init__.py, __pycache__) are not content
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
        for name in filenames:
            if name.startswith((".", "__")):
                continue
            p = Path(dirpath) / name
            if name.lower().endswith(SIDECAR_SUFFIX):
                continue
            if _kind_by_suffix(p) is None:
                suffix = p.suffix.lower() or "(no suffix)"
                ignored[suffix] = ignored.get(suffix, 0) + 1
                continue
            found.append((p.relative_to(root).parts, p))
    if ignored:
        what = ", ".join(f"{n} {s}" for s, n in sorted(ignored.items()))
        warn(f"{root}: ignored files of unsupported types ({what})")
    return [p for _, p in sorted(found)]


def _file_articles(path: Path, opts: _Options) -> Iterator[Article]:
    kind = _kind_by_suffix(path)
    data = _read_capped(path, opts.max_bytes, check_text=kind in (None, "text"))
    if kind is None:
        kind = _sniff(data)
    if kind == "jsonl":
        yield from _jsonl_articles(path, opts)
    elif kind == "feed":
        yield from _feed_articles(data, str(path), opts)
    elif kind == "html":
        article = _html_article(data, str(path), _read_sidecar(path, opts.warn), url=None, opts=opts)
        if article is not None:
            yield article
    else:
        yield _text_article(path, data, opts.warn)


def _sniff(data: bytes) -> str:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
    if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
        return "html"
    return "text"


# ---------------------------------------------------------------- bytes and text

def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.3g} MB"


_FILE_TYPES = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"))


def _not_regular(path: Path, mode: int) -> InputError:
    what = next((name for is_type, name in _FILE_TYPES if is_type(mode)), "a special file")
    return InputError(f"{path}: not a regular file ({what}); only files and folders of articles are read")


def _regular(path: Path) -> os.stat_result:
    """The status of the regular file at `path`, symbolic links followed. Nothing
    is opened: a FIFO would block.

    Raises:
        InputError: missing, a dangling symbolic link or a loop of them, a device,
            a FIFO, a socket, a folder; the message names `path`.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"{path}: a symbolic link to a missing file ({os.readlink(path)})") from None
        raise InputError(f"{path}: no such file or folder") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{path}: a symbolic link loop, no file at its end") from None
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular(path, st.st_mode)
    return st


def _open_regular(path: Path) -> io.BufferedReader:
    """`path` opened for reading, once `_regular` has checked it, and checked again
    on the open file (the path may have changed in between); O_NONBLOCK, so that
    even then an open never waits for a FIFO's writer."""
    _regular(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise _not_regular(path, mode)
    return os.fdopen(fd, "rb")


def _too_big(path: Path, max_bytes: int, size: str = "") -> InputError:
    return InputError(f"{path}: {size}over the {_mb(max_bytes)} limit for one article; "
                      f"raise it with --max-bytes or split the file")


def _read_capped(path: Path, max_bytes: int, *, check_text: bool) -> bytes:
    """The file's bytes, after the size, emptiness and binary checks. At most
    `max_bytes` are read, whatever size the file claims."""
    with _open_regular(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        if path.name.lower().endswith(JSONL_SUFFIXES):
            head = fh.read(8192)
            if not head.strip():
                raise InputError(f"{path}: empty file")
            if b"\x00" in head:
                raise InputError(f"{path}: binary file (contains NUL bytes), not JSON lines")
            return b""  # JSONL is streamed line by line
        if size > max_bytes:
            raise _too_big(path, max_bytes, f"{_mb(size)} is ")
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:  # the file grew, or is one (/proc) whose size says nothing
        raise _too_big(path, max_bytes)
    if not data.strip():
        raise InputError(f"{path}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data  # UTF-16 with a byte-order mark: decoded in _decode_text
    if b"\x00" in data[:65536]:
        raise InputError(f"{path}: binary file (contains NUL bytes), not text")
    return data


def _decode_text(data: bytes, name: str) -> str:
    """UTF-8 (or UTF-16 with a BOM) to str, with \\n line endings; refuse anything else."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: binary file (not valid UTF-16 despite its byte-order mark)") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            sample = data[:65536]
            controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
            if controls * 20 > len(sample):
                raise InputError(f"{name}: binary file, not text") from None
            source = "WINDOWS-1252" if any(0x80 <= b <= 0x9F for b in sample) else "LATIN1"
            raise InputError(
                f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                f"convert it with iconv -f {source} -t UTF-8 {name} > {name}.utf8") from None
    if "\x00" in text:
        raise InputError(f"{name}: binary file (contains NUL characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty file (only whitespace)")
    return text


def _count_bytes(path: Path, needle: bytes) -> int:
    n = 0
    with _open_regular(path) as fh:
        tail = b""
        while chunk := fh.read(1 << 20):
            buf = tail + chunk
            n += buf.count(needle)
            # keep a tail shorter than the needle: it holds no whole match, only the
            # start of one that straddles the chunk boundary
            tail = buf[-(len(needle) - 1):] if len(needle) > 1 else b""
    return n


# ---------------------------------------------------------------- metadata

def normalize_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD or a full ISO datetime) from common date spellings.

    Accepts ISO dates and datetimes, RFC 2822 dates ("Wed, 13 Sep 2017 10:00:00 GMT"),
    "13 September 2017" and "September 13, 2017". Returns None for empty values.

    Raises:
        ValueError: for anything else.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be a string, got {type(value).__name__}")
    v = value.strip()
    if not v:
        return None
    if re.match(r"^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]*)?$", v):
        found, iso = datetime.strptime(v[:10], "%Y-%m-%d"), v  # a real calendar date
    else:
        found = iso = None
        try:
            found = parsedate_to_datetime(v)
        except (TypeError, ValueError, IndexError):
            for fmt in ("%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y"):
                try:
                    found = datetime.strptime(v, fmt)
                    break
                except ValueError:
                    continue
        if found is None:
            raise ValueError(f"published must be a date like 2017-09-13, got {value!r}")
    problem = _year_problem(v, found.year)
    if problem:
        raise ValueError(f"published {value!r} is not a usable date: {problem}")
    return iso or found.date().isoformat()


# the year of an RFC 822 date ("Wed, 13 Sep 2017"): four digits, or two (an old
# spelling read as 1950-2049); parsers read any other count of digits as a two-digit
# year, so that "1" or "0001" would become 2001
_RFC822_YEAR = re.compile(r"^(?:[A-Za-z]{3,9},?\s*)?\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(\d+)\b")


def _year_problem(raw: str, year: int) -> str | None:
    """Why `year`, parsed from the date `raw`, is not the date's year, or None."""
    written = _RFC822_YEAR.match(raw.strip())
    if written:
        digits = written.group(1)
        if len(digits) not in (2, 4):
            return f"the year {digits!r} has neither 4 digits nor 2"
        if len(digits) == 4:
            year = int(digits)  # as written: email.utils reads "0001" as 2001
    if year not in PUBLISHED_YEARS:
        return f"year {year} is out of range ({PUBLISHED_YEARS.start}-{PUBLISHED_YEARS.stop - 1})"
    return None


def _sidecar_path(path: Path) -> Path:
    return path.with_name(path.name[: -len(path.suffix)] + SIDECAR_SUFFIX) if path.suffix else \
        path.with_name(path.name + SIDECAR_SUFFIX)


def _read_sidecar(path: Path, warn=None) -> dict[str, str | None]:
    """The sidecar's url/title/publisher/published, or {} when there is none. A
    `published` that names only a month or a year ("2018-09") is a date of its own
    precision, not a mistake: the article is kept with no published date, and `warn`
    says so."""
    side = _sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        obj = json.loads(side.read_text("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{side}: not UTF-8 text; sidecars must be UTF-8 JSON") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{side}: malformed sidecar: not valid JSON ({exc.msg} at line {exc.lineno} "
                         f"column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{side}: malformed sidecar: expected a JSON object with url, title, "
                         f"publisher, published")
    meta: dict[str, str | None] = {}
    for key in META_KEYS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{side}: malformed sidecar: {key} must be a string, got {type(value).__name__}")
        meta[key] = value.strip() if isinstance(value, str) and value.strip() else None
    if meta["published"] and re.fullmatch(r"\d{4}(?:-\d{2})?", meta["published"]):
        if warn is not None:
            warn(f"{side}: published {meta['published']!r} names no day; published left empty")
        meta["published"] = None
    try:
        meta["published"] = normalize_date(meta["published"])
    except ValueError as exc:
        raise InputError(f"{side}: malformed sidecar: {exc}") from None
    return meta


def _first_line_title(text: str, markdown: bool) -> str | None:
    lines = text.lstrip("\n").split("\n", 2)
    if len(lines) < 3 or lines[1].strip() or not lines[0].strip() or not lines[2].strip():
        return None
    title = lines[0].strip()
    if markdown:
        title = re.sub(r"^#{1,6}\s+", "", title)
    return title if len(title) <= 300 else None


# ---------------------------------------------------------------- readers by kind

def _text_article(path: Path, data: bytes, warn=None) -> Article:
    text = _decode_text(data, str(path))
    meta = _read_sidecar(path, warn)
    title = meta.get("title") or _first_line_title(text, path.suffix.lower() == ".md")
    return Article(text=text, url=meta.get("url"), title=title, publisher=meta.get("publisher"),
                   published=meta.get("published"), origin=str(path))


def _with_title(title: str | None, body: str) -> str:
    """The body, headed by the title line and a blank line (unless it already starts with it)."""
    body = body.strip()
    if not title:
        return body
    if body.startswith(title):
        body = body[len(title):].lstrip()
    return f"{title}\n\n{body}" if body else title


def _skip(opts: _Options, problem: str | InputError) -> None:
    """Skip one input (a message that says so, or an error): a `Skipped` warning,
    or the error under `strict`."""
    if opts.strict:
        raise problem if isinstance(problem, InputError) else InputError(problem)
    opts.warn(Skipped(problem if isinstance(problem, str) else f"{problem}; skipped"))


@lru_cache(maxsize=4)
def _trafilatura_config(max_bytes: int):
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # its timeout uses signals: main thread only
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")  # dates from metadata, not guessed from text
    return config


_MIN_HTML_WORDS = 5  # fewer words than this is debris of broken markup, not an article


def _html_article(data: bytes, origin: str, meta: dict[str, str | None], *, url: str | None,
                  opts: _Options) -> Article | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False,
            deduplicate=False, config=_trafilatura_config(opts.max_bytes))
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        doc = None
        _log.debug("trafilatura failed on %s: %r", origin, exc)
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    if len(re.findall(r"[^\W\d_]{2,}", body)) < _MIN_HTML_WORDS:
        _skip(opts, f"{origin}: no article text could be extracted from the HTML "
                    f"(malformed, empty or not an article page); skipped")
        return None
    title = meta.get("title") or (doc.title or "").strip() or None
    published = meta.get("published")
    if not published and getattr(doc, "date", None):
        try:
            published = normalize_date(doc.date)
        except ValueError:
            published = None
    # trafilatura puts one paragraph a line; blank lines between them, as in a .txt article
    body = re.sub(r"\n+", "\n\n", body.strip())
    return Article(text=_with_title(title, body), url=meta.get("url") or url, title=title,
                   publisher=meta.get("publisher") or (getattr(doc, "sitename", None) or None),
                   published=published, origin=origin)


def _url_articles(url: str, opts: _Options) -> Iterator[Article]:
    got: Fetched = fetch(url, allow_private=opts.allow_private, limits=opts.limits)
    if got.is_html and _sniff(got.body) != "feed":
        article = _html_article(got.body, url, {}, url=got.url, opts=opts)
        if article is not None:
            yield article
    else:
        yield from _feed_articles(got.body, url, opts)


class _TextOnly(HTMLParser):
    """HTML fragment to plain text: block elements become paragraph breaks."""

    _BLOCKS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article "
                        "header footer pre figure figcaption".split())
    _DROP = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._dropping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._DROP:
            self._dropping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self._DROP:
            self._dropping = max(0, self._dropping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self._dropping:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs kept."""
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    paragraphs = [re.sub(r"[ \t\r\f\v\n]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def _entry_date(entry, where: str, opts: _Options) -> str | None:
    """The entry's date (published, else updated) as an ISO date in UTC. A date
    feedparser cannot read, or reads with a year not written (or out of range), is
    dropped with a warning: better no date than an invented one."""
    problems: list[str] = []
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not isinstance(raw, str) or not raw.strip():
            continue
        parsed = entry.get(f"{key}_parsed")
        problem = "not a calendar date" if not parsed else _year_problem(raw, parsed[0])
        if problem is None:
            try:
                return datetime(*parsed[:6], tzinfo=timezone.utc).date().isoformat()
            except (TypeError, ValueError):
                problem = "not a calendar date"
        problems.append(f"{raw.strip()!r}: {problem}")
    if problems:
        opts.warn(f"{where}: date {problems[0]}; published left empty")
    return None


def _site(url: str | None) -> str | None:
    """The site of a URL, for a publisher: its host in lower case, without `www.`."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".") if url else ""
    except ValueError:
        return None
    return (host[4:] if host.startswith("www.") else host) or None


def _entry_publishers(entry, link: str | None) -> tuple[str | None, str | None]:
    """A feed entry's publisher: (named by its `<source>` element, else the site
    of that element's URL or of the entry's link). A followed link's page name
    goes between the two."""
    source = entry.get("source") or {}
    named = strip_html(source.get("title") or "") or None
    return named, _site(source.get("href") or source.get("link")) or _site(link)


def _feed_articles(data: bytes, origin: str, opts: _Options) -> Iterator[Article]:
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not parsed.get("version") or not entries:  # no version: XML that is not RSS/Atom
        reason = parsed.get("bozo_exception")
        what = f" ({reason})" if parsed.get("bozo") and reason else ""
        raise InputError(f"{origin}: not an RSS/Atom feed with entries{what}")
    if parsed.get("bozo"):
        opts.warn(f"{origin}: the feed is not well-formed ({parsed.get('bozo_exception')}); "
                  f"read {len(entries)} entries anyway")
    channel = (parsed.get("feed", {}).get("title") or "").strip() or None
    for n, entry in enumerate(entries, 1):
        where = f"{origin}#entry-{n}"
        title = strip_html(entry.get("title") or "") or None
        link = (entry.get("link") or "").strip() or None
        named, site = _entry_publishers(entry, link)
        publisher = named or site or channel
        contents = [c.get("value") or "" for c in entry.get("content") or []]
        html = max(contents, key=len) if contents else (entry.get("summary") or "")
        body = strip_html(html)
        if opts.follow_links and link:
            try:
                page = fetch(link, allow_private=opts.allow_private, limits=opts.limits)
                if page.is_html:
                    found = _html_article(page.body, link, {}, url=page.url,
                                          opts=replace(opts, strict=False))
                    if found is not None:
                        yield found.model_copy(update={
                            "origin": where, "title": found.title or title,
                            "publisher": named or found.publisher or publisher,
                            "published": found.published or _entry_date(entry, where, opts)})
                        continue
            except InputError as err:
                opts.warn(f"{where}: could not follow the link ({err}); using the entry's own text")
        if not body:
            _skip(opts, f"{where}: entry {title or link or n!r} has no content or summary; skipped")
            continue
        yield Article(text=_with_title(title, body), url=link, title=title, publisher=publisher,
                      published=_entry_date(entry, where, opts),
                      origin=where)


def _jsonl_record(line: bytes, name: str, lineno: int) -> Article:
    try:
        obj = json.loads(line.decode("utf-8-sig" if lineno == 1 else "utf-8"))
    except UnicodeDecodeError:
        raise RecordError(name, lineno, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise RecordError(name, lineno, f"not valid JSON ({exc.msg} at column {exc.pos + 1})") from None
    if not isinstance(obj, dict):
        raise RecordError(name, lineno, "expected a JSON object {url, title, publisher, published, text}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError(name, lineno, "text is missing or empty")
    if "\x00" in text:
        raise RecordError(name, lineno, "text contains NUL characters")
    _no_surrogate(text, "text", name, lineno)
    fields: dict[str, str | None] = {}
    for key in META_KEYS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise RecordError(name, lineno, f"{key} must be a string, got {type(value).__name__}")
        _no_surrogate(value, key, name, lineno)
        fields[key] = value.strip() if isinstance(value, str) and value.strip() else None
    try:
        fields["published"] = normalize_date(fields["published"])
    except ValueError as exc:
        raise RecordError(name, lineno, str(exc)) from None
    return Article(text=text, origin=f"{name}:{lineno}", **fields)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogate(value: str | None, key: str, name: str, lineno: int) -> None:
    """JSON's \\ud800 escapes can spell half a UTF-16 pair: no character, and
    nothing can encode it (UTF-8 output, spaCy, Neo4j). A whole pair is decoded
    into its character by json, so any surrogate left is a lone one."""
    found = _SURROGATE.search(value) if value else None
    if found:
        raise RecordError(name, lineno, f"{key} is not valid Unicode (a lone surrogate "
                                        f"\\u{ord(found.group()):04x} at character {found.start()}); "
                                        f"fix the program that wrote it")


def _jsonl_articles(path: Path, opts: _Options) -> Iterator[Article]:
    name = str(path)
    with _open_regular(path) as fh:
        lineno = 0
        while True:
            line = fh.readline(opts.max_bytes + 1)
            if not line:
                return
            lineno += 1
            if len(line.rstrip(b"\r\n")) > opts.max_bytes:
                if not line.endswith(b"\n"):
                    while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass  # drain the rest of the over-long line without keeping it
                _skip(opts, RecordError(name, lineno, f"line is over the {_mb(opts.max_bytes)} limit "
                                                      f"for one article; raise it with --max-bytes"))
                continue
            if not line.strip():
                continue
            try:
                yield _jsonl_record(line, name, lineno)
            except RecordError as err:
                _skip(opts, err)

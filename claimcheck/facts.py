"""House facts: the reference figures a newsroom keeps, read from YAML or CSV.

Each fact has a subject ("US tariff rate on China"), a value with a unit
(percent, count, an ISO 4217 code, a currency pair such as USD/JPY for an
exchange rate, or pint's unit name), when it holds, and where it comes from::

    - subject: US tariff rate on China
      value: 104
      unit: percent
      date: 2025-04-08          # a day, a month (2025-04), a year, or a period 2025-04-02/2025-04-08
      source: White House fact sheet, 2025-04-08

CSV files have the same columns (``subject,value,unit,date,source``; ``noun``
and ``match`` are optional). Values may be written as an editor writes them:
``3,236``, ``142.1``, ``104%``, ``2.5 billion``. A value is known to half its
last stated digit, as a figure in an article is. Rules receive facts through
the ``facts`` fixture; the ``reference`` rule compares articles against them.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from .errors import ConfigError
from .models import Quantity
from .numbers import parse_digits, precision_of
from .patterns import re
from .vocab import MAGNITUDE_WORDS

COLUMNS = ("subject", "value", "unit", "date", "source", "noun", "match")
REQUIRED = ("subject", "value", "unit")

UNIT_NAMES = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "pp": "percentage_point", "percentage point": "percentage_point", "percentage points": "percentage_point",
    "percentage_point": "percentage_point", "count": "count", "number": "count",
}
# Words that say what kind of figure it is rather than what it is about.
GENERIC_WORDS = frozenset("""
    a an the of on in for to by at and or from with as its their his her this that
    rate level value number total amount figure size
""".split())
# Spellings of one name, so "U.S." in an article matches "US" in a fact.
ALIASES = {"u.s": "us", "usa": "us", "america": "us", "american": "us", "united states": "us",
           "u.k": "uk", "britain": "uk", "british": "uk", "united kingdom": "uk"}
_KIND_OF_UNIT = {"percent": "percent", "percentage_point": "percentage_point", "count": "count"}
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*[A-Za-z]|[A-Za-z]")
_PAIR = re.compile(r"^([A-Z]{3})\s*/\s*([A-Z]{3})$")


class Fact(BaseModel):
    """One reference figure, with the interval its stated precision allows."""

    model_config = ConfigDict(frozen=True)

    subject: str
    value: float
    low: float
    high: float
    unit: str
    noun: str | None = None
    date: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    source: str | None = None
    words: tuple[str, ...] = ()
    match: tuple[str, ...] = ()
    origin: str = ""

    @property
    def pair(self) -> tuple[str, str] | None:
        """(base, quote) for an exchange rate: USD/JPY 142.1 is 142.1 yen for one dollar."""
        m = _PAIR.match(self.unit)
        return (m.group(1), m.group(2)) if m else None

    def holds_during(self, start: dt.date, end: dt.date) -> bool:
        """True if the fact is timeless or its period overlaps [start, end]."""
        if self.start is None and self.end is None:
            return True
        return (self.start is None or self.start <= end) and (self.end is None or start <= self.end)

    def as_quantity(self, index: int) -> Quantity:
        """The fact as a quantity record (span (0, 0): it is not in the article's text)."""
        return Quantity(id=f"fact{index}", span=(0, 0), text=f"{self.subject}: {self.value:g} {self.unit}",
                        kind=_KIND_OF_UNIT.get(self.unit, "money" if re.fullmatch("[A-Z]{3}", self.unit) else "number"),
                        value=self.value,
                        unit=self.unit, low=self.low, high=self.high, noun=self.noun, subject=self.subject,
                        sentence=-1)


def words_of(text: str) -> set[str]:
    """Normalised words: lower case, a plural 's' and a possessive dropped, aliases joined."""
    lowered = text.lower().replace("\u2019", "'")
    for alias, canonical in ALIASES.items():
        if " " in alias:
            lowered = lowered.replace(alias, canonical)
    out = set()
    for raw in _WORD.findall(lowered.replace("'s", "")):
        word = raw.rstrip(".")
        word = ALIASES.get(word, word)
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.add(word)
    return out


def subject_words(subject: str) -> tuple[str, ...]:
    return tuple(sorted(words_of(subject) - GENERIC_WORDS))


def load_facts(path: str | Path) -> list[Fact]:
    """Read a facts file (.yaml/.yml or .csv); a bad entry is a ConfigError naming it and the field."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read facts file: {getattr(e, 'strerror', None) or e}", path=str(path)) from None
    if p.suffix.lower() == ".csv":
        rows = list(csv.DictReader(text.splitlines()))
        entries = [(f"row {i + 2}", {k.strip(): v for k, v in row.items() if k}) for i, row in enumerate(rows)]
    elif p.suffix.lower() in (".yaml", ".yml"):
        entries = [(f"entry {i + 1}", e) for i, e in enumerate(_yaml_entries(text, str(path)))]
    else:
        raise ConfigError("facts file must be .yaml, .yml or .csv", path=str(path))
    return [_fact(entry, f"{path}: {where}") for where, entry in entries]


def _yaml_entries(text: str, path: str) -> list[Any]:
    import yaml  # here: a check without a facts file does not pay for it at start-up

    try:  # every scalar as written: "142.10" keeps its stated precision, a bad date is our error
        data = yaml.load(text, Loader=yaml.BaseLoader)
    except yaml.YAMLError as e:
        raise ConfigError(f"malformed YAML: {e}", path=path) from None
    if isinstance(data, dict) and "facts" in data:
        data = data["facts"]
    if data is None:
        return []
    if not isinstance(data, list):
        raise ConfigError("a facts file is a list of facts (subject, value, unit, date, source)", path=path)
    return data


def _fact(entry: Any, where: str) -> Fact:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: a fact is a mapping with subject, value, unit, date, source")
    entry = {k: None if v in ("", "~", "null") else v for k, v in entry.items()}
    unknown = [k for k in entry if k not in COLUMNS]
    if unknown:
        raise ConfigError(f"{where}: unknown field {unknown[0]!r} (known: {', '.join(COLUMNS)})")
    for key in REQUIRED:
        if entry.get(key) in (None, ""):
            raise ConfigError(f"{where}: missing {key!r}")
    value, low, high, unit_hint = _value(entry["value"], where)
    unit = _unit(str(entry["unit"]).strip() or unit_hint, where)
    start, end = _period(entry.get("date"), where)
    subject = str(entry["subject"]).strip()
    match = entry.get("match") or ()
    if isinstance(match, str):
        match = match.replace(",", " ").split()
    noun = str(entry["noun"]).strip().lower() if entry.get("noun") else None
    return Fact(subject=subject, value=value, low=low, high=high, unit=unit, noun=noun,
                date=None if entry.get("date") in (None, "") else str(entry["date"]), start=start, end=end,
                source=str(entry["source"]) if entry.get("source") else None,
                words=subject_words(subject), match=tuple(sorted(words_of(" ".join(map(str, match))))),
                origin=where)


def _value(raw: Any, where: str) -> tuple[float, float, float, str]:
    """'3,236' -> 3236 ± 0.5; '104%' -> 104 ± 0.5 percent; '2.5 billion' -> 2.5e9 ± 0.05e9."""
    if isinstance(raw, bool):
        raise ConfigError(f"{where}: value: not a number: {raw!r}")
    text = str(raw).strip()
    unit_hint = ""
    if text.endswith("%"):
        text, unit_hint = text[:-1].strip(), "percent"
    scale = 1.0
    parts = text.split()
    if len(parts) == 2 and parts[1].lower() in MAGNITUDE_WORDS:
        text, scale = parts[0], MAGNITUDE_WORDS[parts[1].lower()]
    try:
        value = parse_digits(text) * scale
    except ValueError:
        raise ConfigError(f"{where}: value: not a number: {raw!r}") from None
    if isinstance(raw, float) and "e" in repr(raw).lower():
        half = abs(value) * 5e-16
    else:
        half = precision_of(text, scale)
    return value, value - half, value + half, unit_hint


def _unit(raw: str, where: str) -> str:
    key = raw.lower()
    if key in UNIT_NAMES:
        return UNIT_NAMES[key]
    if re.fullmatch(r"[A-Za-z]{3}", raw) and raw.upper() == raw:
        return raw
    pair = _PAIR.match(raw.upper().replace(" ", ""))
    if pair:
        return f"{pair.group(1)}/{pair.group(2)}"
    if "/" in raw:
        raise ConfigError(f"{where}: unit: {raw!r} is not a currency pair like USD/JPY")
    return key  # a measure unit, compared with the quantity's unit as pint names it ("mile")


def _period(raw: Any, where: str) -> tuple[dt.date | None, dt.date | None]:
    if raw in (None, ""):
        return None, None
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        return raw, raw
    text = str(raw).strip()
    if "/" in text:
        a, _, b = text.partition("/")
        start = None if a.strip() in ("", "..") else day_range(a.strip(), where)[0]
        end = None if b.strip() in ("", "..") else day_range(b.strip(), where)[1]
        if start and end and start > end:
            raise ConfigError(f"{where}: date: period {text!r} ends before it starts")
        return start, end
    return day_range(text, where)


def day_range(text: str, where: str) -> tuple[dt.date, dt.date]:
    """'2025' -> the whole year; '2025-04' -> the month; '2025-04-08' -> that day."""
    try:
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
    except ValueError:
        pass
    raise ConfigError(f"{where}: date: {text!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or START/END)")

"""Shared helpers for the gazetteer generators in this directory.

Every generated file is UTF-8 TSV (or a plain one-item-per-line list) written to
src/data/ of the newsgraph crate.  TSV files start with '#' comment lines
(source, licence, column meanings), then one header line, then rows.
Multi-valued cells are joined with '|'.
"""

from __future__ import annotations

import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "src", "data"))


def clean_cell(value: str) -> str:
    """Normalise one cell: NFC, no tabs/newlines/pipes, trimmed."""
    value = unicodedata.normalize("NFC", str(value))
    for bad in ("\t", "\n", "\r"):
        value = value.replace(bad, " ")
    return " ".join(value.split())


def join_multi(values, exclude=()) -> str:
    """Join a multi-valued cell with '|', dropping empties, duplicates and excluded values.

    Order of first appearance is kept (the curated order is meaningful: most
    common form first)."""
    seen = set(exclude)
    out = []
    for v in values:
        v = clean_cell(v)
        if not v or "|" in v or v in seen:
            continue
        seen.add(v)
        out.append(v)
    return "|".join(out)


def write_tsv(filename: str, comments, header, rows) -> str:
    """Write a TSV file with comment lines, a header and rows (already sorted)."""
    path = os.path.join(DATA_DIR, filename)
    os.makedirs(DATA_DIR, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write("# " + clean_cell(c) + "\n" if c else "#\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            assert len(r) == len(header), (r, header)
            cells = [clean_cell(x) for x in r]
            f.write("\t".join(cells) + "\n")
    return path


def write_lines(filename: str, lines, comments=()) -> str:
    """Write a one-item-per-line list, preceded by '#' comment lines (no header line)."""
    path = os.path.join(DATA_DIR, filename)
    os.makedirs(DATA_DIR, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write("# " + clean_cell(c) + "\n" if c else "#\n")
        for line in lines:
            f.write(line + "\n")
    return path


def ascii_fold(text: str) -> str:
    """Strip diacritics and normalise typographic apostrophes/quotes.

    'São Paulo' -> 'Sao Paulo', 'Xi’an' -> "Xi'an", 'Ar Rifā‘' -> 'Ar Rifa'."""
    text = (
        text.replace("\u2019", "'")
        .replace("\u2018", "")  # left single quote is mostly an ayn transliteration
        .replace("\u02bb", "'")
        .replace("\u02bc", "'")
        .replace("\u02be", "")
        .replace("\u02bf", "")
        .replace("\u2010", "-")
        .replace("\u2011", "-")
        .replace("\u2013", "-")
    )
    special = {"ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
               "ı": "i", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d"}
    text = "".join(special.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

"""The findings of a batch as a spreadsheet: findings.csv and findings.xlsx, one row per
finding. Rows stream from the store, so an archive's findings are never all in memory.

Article text is untrusted. A spreadsheet program runs a CSV cell that starts with
= + - @ (or a tab or carriage return) as a formula, so such a cell is written with a
leading apostrophe, as OWASP advises. In the XLSX every cell is written as a string
(XlsxWriter's write_string), which a spreadsheet never evaluates, so the text stays as is.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from tqa.errors import OutputError
from tqa.report.files import write_atomic

COLUMNS = ("article", "code", "severity", "category", "message", "source evidence", "target evidence", "fingerprint", "waived")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(path: Path, rows: Iterable[Sequence[object]]) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
    write_atomic(path, buffer.getvalue())


def write_xlsx(path: Path, rows: Iterable[Sequence[object]]) -> None:
    """Written to a temporary file beside `path`, then moved over it: atomic, like the reports."""
    import xlsxwriter  # only when findings.xlsx is written

    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        book = xlsxwriter.Workbook(temp, {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
        sheet = book.add_worksheet("findings")
        bold = book.add_format({"bold": True})
        for column, title in enumerate(COLUMNS):
            sheet.write_string(0, column, title, bold)
        sheet.freeze_panes(1, 0)
        sheet.set_column(0, 3, 14)
        sheet.set_column(4, 6, 60)
        count = 0
        for count, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                if value is not None and value != "":
                    sheet.write_string(count, column, str(value))
        sheet.autofilter(0, 0, max(count, 1), len(COLUMNS) - 1)
        book.close()
        os.replace(temp, path)
    except OSError as error:
        raise OutputError(
            f"cannot write here: {error.strerror or error}", where=str(path), fix="choose a folder you can write to"
        ) from None
    finally:
        Path(temp).unlink(missing_ok=True)

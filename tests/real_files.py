"""Workbooks as real programs write them, for the file-level tests.

- ``xlsxwriter_shop``: written by XlsxWriter, which writes files the way Excel
  does (shared strings, formulas with their cached values, images, Excel Tables
  with a totals row, data bars of Excel 2010, rich text, hidden rows, the
  1904 date system).
- ``google_style_shop``: the shape of Google Sheets' "Download > .xlsx": shared
  strings, no <dimension>, a frozen pane written as ``ySplit="1.0"``, formulas
  of which some carry no cached value, dates as plain numbers with a date style.
- LibreOffice's files are the XlsxWriter ones opened and saved by
  ``soffice --headless --convert-to xlsx``; they are committed under
  tests/data/workbooks/ (CI has no LibreOffice), see the README there.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

from conftest import TODAY, ago
from khatir.sheet.schema import CALL_NOTES, CUSTOMERS

DATA = Path(__file__).resolve().parent / "data" / "workbooks"
LAYOUTS = ("table", "hidden", "formulas")
#: One message staff have handled already (its Key is not one a run would make).
#: A Messages tab a shop made before the Agent column, in the order it had then: Khatir
#: matches headers by name, so a tab keeps its own order (the LibreOffice files have it).
OLD_MESSAGES = ["Created", "Key", "Customer ID", "Name", "Phone", "Kind", "Reason", "Message",
                "WhatsApp Link", "Status", "Reply", "Sent By", "Sent On"]
HANDLED = ["2026-11-20", "followup:C-9:2026-11-20", "C-2", "Md. Karim Uddin", "+8801819876543",
           "follow_up", "overdue", "Hello", "", "sent", "yes", "Tanvir", "2026-11-21"]


def png(width: int = 4, height: int = 3) -> bytes:
    """A small real PNG (an image the staff pasted into a tab)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def serial(day: date, date1904: bool = False) -> int:
    epoch = date(1904, 1, 1) if date1904 else date(1899, 12, 30)
    return (day - epoch).days


CUSTOMERS_ROWS = [
    ["C-1", "রহিমা খাতুন", "01711-234567", "bn", 3],
    ["C-2", "Md. Karim Uddin", "+8801819876543", "en", 5],
    ["C-3", "Nusrat Jahan", "01911556677", "en", 1],
    ["C-4", "Shafiq Ahmed", "01812-445566", "en", 2],
]
NOTES = [  # days ago, customer row in Customers (for the INDEX/MATCH), agent, note, done
    (5, 0, "Nasrin", "মেয়ের জ্বর", ""),
    (1, 1, "Tanvir", "Car broke down on the highway", ""),
    (3, 2, "Tanvir", "sick at home", ""),
    (2, 3, "", "Wife in delivery room", "yes"),
]


def xlsxwriter_shop(path: Path, layout: str = "table", *, date1904: bool = False,
                    title_row: bool = False) -> Path:
    """The demo shop as Excel would save it, with Messages laid out as ``layout``:

    "table": an Excel Table with a totals row and a calculated column;
    "hidden": hidden empty rows right below the last message;
    "formulas": a formula filled down the Created column far below the last message.
    ``title_row`` puts a title above Customers' header. In the 1904 date system
    one note's date is a plain number (no date format).
    """
    wb = xlsxwriter.Workbook(str(path), {"date_1904": date1904})
    bold = wb.add_format({"bold": True, "bg_color": "#DDEEFF"})
    day = wb.add_format({"num_format": "dd/mm/yyyy"})
    red = wb.add_format({"font_color": "red"})

    ws = wb.add_worksheet("Customers")
    top = 1 if title_row else 0
    if title_row:
        ws.write(0, 0, "Rupkotha: our customers", bold)
    header = CUSTOMERS.headers()
    ws.write_row(top, 0, header, bold)
    orders = header.index("Orders")
    for r, (cid, name, phone, lang, n) in enumerate(CUSTOMERS_ROWS, start=top + 1):
        ws.write_row(r, 0, [cid, name, phone])
        ws.write(r, header.index("Language"), lang)
        ws.write_number(r, orders, n)
        if cid == "C-3":
            ws.write(r, header.index("Do Not Contact"), "yes")
    ws.write_rich_string(top + 1, header.index("Notes"), "likes ", red, "red", " saris")
    ws.conditional_format(top + 1, orders, top + 4, orders, {"type": "data_bar", "data_bar_2010": True})
    ws.data_validation(top + 1, header.index("Segment"), 999, header.index("Segment"),
                       {"validate": "list", "source": ["interested", "existing", "lost", "vip"]})
    ws.insert_image("P2", "logo.png", {"image_data": io.BytesIO(png())})
    ws.freeze_panes(top + 1, 2)  # the staff's own: header and the ID and Name columns

    ws = wb.add_worksheet("Call Notes")
    ws.write_row(0, 0, CALL_NOTES.headers(), bold)
    for r, (days, who, agent, note, done) in enumerate(NOTES, start=1):
        when = ago(days)
        if date1904 and r == 1:
            ws.write_number(r, 0, serial(when, True))  # a date typed as a plain number
        else:
            ws.write_datetime(r, 0, datetime(when.year, when.month, when.day), day)
        name = CUSTOMERS_ROWS[who][1]
        ws.write_formula(r, 1, f'=INDEX(Customers!$A${top + 2}:$A${top + 5},'
                               f'MATCH("{name}",Customers!$B${top + 2}:$B${top + 5},0))',
                         None, CUSTOMERS_ROWS[who][0])
        ws.write_row(r, 2, [agent, note, "", "", done])

    ws = wb.add_worksheet("Messages")
    header = OLD_MESSAGES
    status = header.index("Status")
    ws.data_validation(1, status, 999, status, {"validate": "list", "source": ["pending", "sent", "skipped"]})
    if layout == "table":
        columns = [{"header": h} for h in header] + [
            {"header": "Length", "formula": "=LEN([@Message])", "total_function": "sum"}]
        columns[1]["total_function"] = "count"
        ws.add_table(0, 0, 2, len(header), {"columns": columns, "total_row": True,
                                            "data": [HANDLED + [len(HANDLED[7])]], "name": "Messages"})
    else:
        ws.write_row(0, 0, header, bold)
        ws.write_row(1, 0, HANDLED)
        ws.autofilter(0, 0, 1, len(header) - 1)
    if layout == "hidden":
        for r in range(2, 6):
            ws.set_row(r, None, None, {"hidden": True})
    elif layout == "formulas":
        for r in range(2, 20):
            ws.write_formula(r, 0, f'=IF(B{r + 1}="","",TODAY())', None, "")
    wb.close()
    return path


# -- Google Sheets' export --------------------------------------------------------------
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def google_style_shop(path: Path, strings_as: str = "shared") -> Path:
    """The demo shop in the shape of a Google Sheets .xlsx download (written part by part).

    ``strings_as`` "inline" writes text as inline strings, as some exports do.
    """
    strings: list[str] = []

    def s(text: str) -> str:
        if text not in strings:
            strings.append(text)
        return str(strings.index(text))

    def cell(ref: str, value, style: int = 0, formula: str | None = None) -> str:
        st = f' s="{style}"' if style else ""
        if formula is not None:
            cached = "" if value is None else f"<v>{_esc(str(value))}</v>"
            kind = ' t="str"' if isinstance(value, str) else ""
            return f'<c r="{ref}"{st}{kind}><f>{_esc(formula)}</f>{cached}</c>'
        if isinstance(value, (int, float)):
            return f'<c r="{ref}"{st}><v>{value}</v></c>'
        if strings_as == "inline":
            return f'<c r="{ref}"{st} t="inlineStr"><is><t>{_esc(value)}</t></is></c>'
        return f'<c r="{ref}"{st} t="s"><v>{s(value)}</v></c>'

    def sheet(rows: list[list[str]], extra: str = "") -> str:
        body = "".join(f'<row r="{r}">{"".join(cells)}</row>' for r, cells in enumerate(rows, start=1))
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetPr><outlinePr summaryBelow="0" '
                f'summaryRight="0"/></sheetPr><sheetViews><sheetView workbookViewId="0"><pane ySplit="1.0" '
                f'topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection activeCell="B2" '
                f'sqref="B2" pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr customHeight="1" '
                f'defaultColWidth="12.63" defaultRowHeight="15.75"/><sheetData>{body}</sheetData>{extra}'
                f'</worksheet>')

    col = lambda i: chr(65 + i)  # noqa: E731  (fewer than 26 columns here)
    customers = [[cell(f"{col(i)}1", h, 1) for i, h in enumerate(CUSTOMERS.headers())]]
    for r, (cid, name, phone, lang, n) in enumerate(CUSTOMERS_ROWS, start=2):
        row = [cell(f"A{r}", cid), cell(f"B{r}", name), cell(f"C{r}", phone), cell(f"F{r}", lang),
               cell(f"I{r}", n)]
        if cid == "C-3":
            row.append(cell(f"L{r}", "yes"))
        customers.append(row)
    notes = [[cell(f"{col(i)}1", h, 1) for i, h in enumerate(CALL_NOTES.headers())]]
    for r, (days, who, agent, note, done) in enumerate(NOTES, start=2):
        name = CUSTOMERS_ROWS[who][1]
        # Google leaves the cached value out of some formulas: the first has none.
        cached = None if r == 2 else CUSTOMERS_ROWS[who][0]
        row = [cell(f"A{r}", serial(ago(days)), 2),
               cell(f"B{r}", cached, 0, f'INDEX(Customers!$A$2:$A$5,MATCH("{name}",Customers!$B$2:$B$5,0))'),
               cell(f"D{r}", note)]
        if agent:
            row.insert(2, cell(f"C{r}", agent))
        if done:
            row.append(cell(f"G{r}", done))
        notes.append(row)
    messages = [[cell(f"{col(i)}1", h, 1) for i, h in enumerate(OLD_MESSAGES)],
                [cell(f"{col(i)}2", v) for i, v in enumerate(HANDLED) if v]]
    validation = (f'<dataValidations><dataValidation type="list" allowBlank="1" showDropDown="0" '
                  f'sqref="J2:J1000"><formula1>"pending,sent,skipped"</formula1></dataValidation>'
                  f'</dataValidations>')
    sheets = {"Customers": sheet(customers), "Call Notes": sheet(notes), "Messages": sheet(messages, validation)}
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
            'openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" Extension="xml"/>'
            '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
            + "".join(f'<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
                      f'worksheet+xml" PartName="/xl/worksheets/sheet{i}.xml"/>' for i in (1, 2, 3))
            + '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" '
              'PartName="/xl/sharedStrings.xml"/><Override ContentType="application/vnd.openxmlformats-'
              'officedocument.spreadsheetml.styles+xml" PartName="/xl/styles.xml"/><Override ContentType='
              '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" '
              'PartName="/xl/workbook.xml"/></Types>'),
        "_rels/.rels": (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
                        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                        f'</Relationships>'),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            + "".join(f'<Relationship Id="rId{i + 2}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in (1, 2, 3)) + "</Relationships>"),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
            f'<workbookPr/><sheets>'
            + "".join(f'<sheet state="visible" name="{t}" sheetId="{i}" r:id="rId{i + 2}"/>'
                      for i, t in enumerate(sheets, start=1)) + "</sheets><definedNames/><calcPr/></workbook>"),
        "xl/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN}" '
            f'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
            f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f'<numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts>'
            f'<fonts count="2"><font><sz val="10.0"/><color rgb="FF000000"/><name val="Arial"/>'
            f'<scheme val="minor"/></font><font><b/><color theme="1"/><name val="Arial"/>'
            f'<scheme val="minor"/></font></fonts>'
            f'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill '
            f'patternType="lightGray"/></fill></fills><borders count="1"><border/></borders>'
            f'<cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" applyAlignment="1" '
            f'applyFont="1"/></cellStyleXfs><cellXfs count="3"><xf borderId="0" fillId="0" fontId="0" '
            f'numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"><alignment readingOrder="0" '
            f'shrinkToFit="0" vertical="bottom" wrapText="0"/></xf><xf borderId="0" fillId="0" fontId="1" '
            f'numFmtId="0" xfId="0" applyAlignment="1" applyFont="1"/><xf borderId="0" fillId="0" fontId="0" '
            f'numFmtId="164" xfId="0" applyAlignment="1" applyNumberFormat="1"/></cellXfs>'
            f'<cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles>'
            f'<dxfs count="0"/></styleSheet>'),
        "xl/sharedStrings.xml": "",  # filled in below, once every string is known
    }
    for i, xml in enumerate(sheets.values(), start=1):
        parts[f"xl/worksheets/sheet{i}.xml"] = xml
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{_esc(t)}</t></si>" for t in strings) + "</sst>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, xml in parts.items():
            zf.writestr(name, xml.encode("utf-8"))
    return path


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def libreoffice_shop(layout: str, date1904: bool = False) -> Path:
    """The committed file LibreOffice saved from ``xlsxwriter_shop(layout, date1904=...)``."""
    return DATA / f"libreoffice-{layout}{'-1904' if date1904 else ''}.xlsx"


__all__ = ["xlsxwriter_shop", "google_style_shop", "libreoffice_shop", "LAYOUTS", "TODAY", "png"]

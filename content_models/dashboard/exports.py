"""Spreadsheet exports of the reports: safe to open, with a Dutch sheet name.

CSV files open as columns in Dutch Excel: it splits on ";" (the Dutch list separator; a
comma is the decimal sign) and reads UTF-8 only after a byte-order mark, so accents stay
whole. LibreOffice reads both.

Wagtail's export writes text as it is. A cell that starts with = + - @ (or a tab or
carriage return) is read as a formula by Excel and LibreOffice when a CSV file is opened,
and the readers' comments are written by anyone on the internet. Such cells get a leading
apostrophe, the usual neutraliser: spreadsheets show the text and never run it.
"""

import codecs
import csv

from openpyxl import Workbook
from wagtail.admin.views.mixins import Echo, ExcelDateFormatter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITER = ";"
BYTE_ORDER_MARK = codecs.BOM_UTF8  # Wagtail's writer yields UTF-8 bytes
# Excel allows at most 31 characters and none of []:*?/\ in a sheet name.
SHEET_NAME_MAX = 31
SHEET_NAME_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def neutralise(value):
    """Text that a spreadsheet would run as a formula, made plain text; other values as is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def sheet_name(name: str) -> str:
    return (name.translate(SHEET_NAME_FORBIDDEN).strip() or "Overzicht")[:SHEET_NAME_MAX]


class SafeSpreadsheetMixin:
    """For a Wagtail ReportView: neutralised CSV cells and a named XLSX sheet."""

    export_sheet_name = "Overzicht"

    def get_sheet_name(self) -> str:
        return sheet_name(str(self.export_sheet_name))

    def stream_csv(self, queryset):
        # Wagtail's own version, with the byte-order mark and the Dutch separator.
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=CSV_DELIMITER)
        yield BYTE_ORDER_MARK + writer.writerow(
            {name: self.get_heading(queryset, name) for name in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                name: neutralise(self.preprocess_field_value(name, value, self.FORMAT_CSV))
                for name, value in row_dict.items()
            }
        )

    def write_xlsx(self, queryset, output):
        # Wagtail's own version names the sheet "Sheet1"; this one is Wagtail's with a name.
        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=self.get_sheet_name())
        worksheet.append(self.get_heading(queryset, name) for name in self.list_export)
        date_format = ExcelDateFormatter().get()
        for item in queryset:
            worksheet.append(
                self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format)
            )
        workbook.save(output)

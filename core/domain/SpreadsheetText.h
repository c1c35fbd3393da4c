#pragma once
// Text cells a spreadsheet must never run. Excel, LibreOffice and Numbers treat a cell that
// starts with = + - @ (or a tab or carriage return before one) as a formula, so a citizen named
// "=HYPERLINK(...)" or "=cmd|' /C calc'!A0" in an exported list could run code on a leader's
// computer ("CSV injection"). Every CSV and XLSX export passes its text cells through here.
#include <QString>

namespace bs {

// True when a spreadsheet would read `text` as a formula. A plain number ("-3", "+4,5") is not
// one: it stays a number.
bool looksLikeFormula(const QString& text);

// `text` with an apostrophe in front when it looks like a formula (the spreadsheets' own way to
// say "this is text"); otherwise unchanged.
QString neutralizeFormula(const QString& text);

} // namespace bs

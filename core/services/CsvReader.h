#pragma once
// A small RFC 4180 reader: quoted fields may hold the separator, doubled quotes and line breaks.
// Each record remembers the physical line it starts on (1-based), so messages can point into the
// file as the user sees it in an editor.
#include <QList>
#include <QStringList>

namespace bs {

struct CsvRecord {
    int line = 0; // physical line the record starts on
    QStringList fields;
    bool isBlank() const; // every field empty: a trailing ";;;" row from Excel
};

class CsvReader {
public:
    // ';' if the header line holds more semicolons than commas, else ','. Separators inside
    // quotes do not count.
    static QChar detectSeparator(const QString& text);

    struct Parsed {
        QList<CsvRecord> records;
        int unclosedQuoteLine = 0; // > 0: a quoted field starting on this line is never closed
    };
    // Splits `text` (CRLF, LF or CR line ends) into records.
    static Parsed parse(const QString& text, QChar separator);

    // One field for writing: quoted when it holds the separator, a quote or a line break, and
    // with an apostrophe in front when a spreadsheet would run it as a formula (see
    // domain/SpreadsheetText.h).
    static QString quote(const QString& field, QChar separator);
};

} // namespace bs

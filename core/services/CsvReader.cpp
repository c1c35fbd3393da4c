#include "CsvReader.h"

#include "domain/SpreadsheetText.h"

namespace bs {

bool CsvRecord::isBlank() const {
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

QChar CsvReader::detectSeparator(const QString& text) {
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

CsvReader::Parsed CsvReader::parse(const QString& text, QChar separator) {
    QList<CsvRecord> records;
    CsvRecord record{1, {}};
    QString field;
    int line = 1;
    bool quoted = false;      // inside a quoted field
    bool fieldQuoted = false; // the current field started with a quote
    int quoteLine = 0;
    const qsizetype n = text.size();

    auto endRecord = [&] {
        record.fields << field;
        records << record;
        record = CsvRecord{line, {}};
        field.clear();
        fieldQuoted = false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                    ++i; // a CRLF inside quotes is kept as one line break
                    field += QLatin1Char('\n');
                    ++line;
                    continue;
                }
                if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldQuoted) {
            // Opening quote; spaces before it (", \"x\"") are dropped.
            field.clear();
            quoted = true;
            fieldQuoted = true;
            quoteLine = line;
        } else if (c == separator) {
            record.fields << field;
            field.clear();
            fieldQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else {
            // Text after a closing quote ("ab"c) is kept as it is, like spreadsheet programs do.
            field += c;
        }
    }
    if (quoted)
        return {records, quoteLine};
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return {records, 0};
}

QString CsvReader::quote(const QString& text, QChar separator) {
    const QString field = neutralizeFormula(text);
    if (!field.contains(separator) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString q = field;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace bs

#include "ReportTable.h"

#include "domain/SpreadsheetText.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace bs {

namespace {

bool isNumeric(ColumnType type) {
    return type == ColumnType::Integer || type == ColumnType::Decimal ||
           type == ColumnType::Percent;
}

// Quotes a CSV field when it holds the separator, a quote or a line break; a text a spreadsheet
// would run as a formula gets an apostrophe in front.
QString csvField(const QString& cell) {
    QString text = neutralizeFormula(cell);
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString plainNumber(double value, int decimals) {
    // Danish Excel reads "1234,5"; a thousands separator would turn it into text.
    QString text = QString::number(value, 'f', decimals);
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

} // namespace

QString columnTypeCode(ColumnType type) {
    switch (type) {
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
        return QStringLiteral("integer");
    case ColumnType::Decimal:
        return QStringLiteral("decimal");
    case ColumnType::Percent:
        return QStringLiteral("percent");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Month:
        return QStringLiteral("month");
    }
    return {};
}

int ReportTable::columnIndex(const QString& columnKey) const {
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].key == columnKey)
            return i;
    return -1;
}

double ReportTable::number(int row, int column) const {
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
        return 0;
    const QVariant& v = rows[row][column];
    return v.isNull() ? 0 : v.toDouble();
}

int ReportTable::rowIndex(const QString& category) const {
    for (int r = 0; r < rows.size(); ++r) {
        const QVariant& v = rows[r].value(0);
        const QString text =
            v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
        if (text == category)
            return r;
    }
    return -1;
}

QString ReportTable::headerText(int column) const {
    return columns.value(column).label;
}

QString ReportTable::displayText(int row, int column, const QLocale& locale) const {
    if (row < 0 || row >= rows.size() || column < 0 || column >= columns.size())
        return {};
    const QVariant v = rows[row].value(column);
    if (v.isNull())
        return {};
    const ReportColumn& c = columns[column];
    switch (c.type) {
    case ColumnType::Text:
        return v.toString();
    case ColumnType::Integer:
        return locale.toString(v.toLongLong());
    case ColumnType::Decimal:
        return locale.toString(v.toDouble(), 'f', c.decimals);
    case ColumnType::Percent:
        return locale.toString(v.toDouble(), 'f', c.decimals) + QStringLiteral(" %");
    case ColumnType::Date:
        return locale.toString(v.toDate(), QLocale::ShortFormat);
    case ColumnType::Month:
        return locale.toString(v.toDate(), QStringLiteral("MMM yyyy"));
    }
    return {};
}

QString ReportTable::toCsvText() const {
    QStringList lines;
    QStringList header;
    for (const ReportColumn& c : columns)
        header << csvField(c.label);
    lines << header.join(QLatin1Char(';'));
    for (const QVariantList& row : rows) {
        QStringList fields;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = row.value(i);
            const ReportColumn& c = columns[i];
            if (v.isNull())
                fields << QString();
            else if (isNumeric(c.type))
                fields << plainNumber(v.toDouble(), c.type == ColumnType::Integer ? 0 : c.decimals);
            else if (c.type == ColumnType::Date)
                fields << v.toDate().toString(Qt::ISODate);
            else if (c.type == ColumnType::Month)
                fields << v.toDate().toString(QStringLiteral("yyyy-MM"));
            else
                fields << csvField(v.toString());
        }
        lines << fields.join(QLatin1Char(';'));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QByteArray ReportTable::toCsv() const {
    return QByteArrayLiteral("\xEF\xBB\xBF") + toCsvText().toUtf8();
}

QJsonObject ReportTable::toJson() const {
    QJsonArray cols;
    for (const ReportColumn& c : columns)
        cols.append(QJsonObject{{QStringLiteral("key"), c.key},
                                {QStringLiteral("label"), c.label},
                                {QStringLiteral("type"), columnTypeCode(c.type)}});
    QJsonArray out;
    for (const QVariantList& row : rows) {
        QJsonObject o;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = row.value(i);
            const ReportColumn& c = columns[i];
            if (v.isNull())
                o.insert(c.key, QJsonValue::Null);
            else if (c.type == ColumnType::Integer)
                o.insert(c.key, v.toLongLong());
            else if (isNumeric(c.type))
                o.insert(c.key, v.toDouble());
            else if (c.type == ColumnType::Date)
                o.insert(c.key, v.toDate().toString(Qt::ISODate));
            else if (c.type == ColumnType::Month)
                o.insert(c.key, v.toDate().toString(QStringLiteral("yyyy-MM")));
            else
                o.insert(c.key, v.toString());
        }
        out.append(o);
    }
    return {{QStringLiteral("key"), key},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("columns"), cols},
            {QStringLiteral("rows"), out}};
}

} // namespace bs

#include "ChartExport.h"

#include "domain/SpreadsheetText.h"

#include <QJsonArray>
#include <QStringList>

namespace bs {

QString csvQuoted(const QString& cell) {
    const QString text = neutralizeFormula(cell);
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvCellText(const ReportTable& table, int row, int column) {
    if (row < 0 || row >= table.rows.size() || column < 0 || column >= table.columns.size())
        return {};
    const QVariant v = table.rows[row].value(column);
    if (v.isNull())
        return {};
    const ReportColumn& c = table.columns[column];
    switch (c.type) {
    case ColumnType::Integer:
        return QString::number(v.toLongLong());
    case ColumnType::Decimal:
    case ColumnType::Percent: {
        QString text = QString::number(v.toDouble(), 'f', c.decimals);
        text.replace(QLatin1Char('.'), QLatin1Char(','));
        return text;
    }
    case ColumnType::Date:
        return v.toDate().toString(Qt::ISODate);
    case ColumnType::Month:
        return v.toDate().toString(QStringLiteral("yyyy-MM"));
    case ColumnType::Text:
        break;
    }
    return v.toString();
}

QString chartsToLongCsv(const QList<ReportTable>& tables) {
    QStringList lines{QStringLiteral("chart;category;column;value")};
    for (const ReportTable& t : tables)
        for (int r = 0; r < t.rows.size(); ++r)
            for (int c = 1; c < t.columns.size(); ++c)
                lines << QStringList{csvQuoted(t.key), csvQuoted(csvCellText(t, r, 0)),
                                     csvQuoted(t.columns[c].key), csvCellText(t, r, c)}
                             .join(QLatin1Char(';'));
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QJsonObject chartsToJson(QDate from, QDate to, const QJsonObject& filters,
                         const QList<ReportTable>& tables) {
    QJsonArray charts;
    for (const ReportTable& t : tables)
        charts.append(t.toJson());
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("filters"), filters},
            {QStringLiteral("charts"), charts}};
}

} // namespace bs

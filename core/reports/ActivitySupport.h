#pragma once
// Pieces the activity figures (ActivityReports.cpp, ActivityPeople.cpp) share: their translation
// context, the table skeleton, the four support-form rows and the outcome counts of no-show
// tables.
#include "LedelseCharts.h"
#include "ReportSql.h"
#include "ReportTable.h"

#include <QCoreApplication>

namespace bs::reports {

struct ActivityText {
    Q_DECLARE_TR_FUNCTIONS(ActivityReports)
};

// A table with the catalogue's key and title for `id`.
inline ReportTable activityTable(ChartId id, ChartKind kind, const QString& description,
                                 const QString& valueAxis) {
    ReportTable t;
    t.key = QString::fromLatin1(chartInfo(id).code);
    t.title = chartTitle(id);
    t.chart = kind;
    t.description = description;
    t.valueAxis = valueAxis;
    return t;
}

inline ReportColumn formColumn() {
    return {QStringLiteral("form"), ActivityText::tr("Support form"), ColumnType::Text};
}

// The index of a form code in enum order; -1 for an unknown code.
inline int formIndex(const QString& code) {
    const QList<SupportForm> forms = allValues<SupportForm>();
    for (int i = 0; i < forms.size(); ++i)
        if (toCode(forms[i]) == code)
            return i;
    return -1;
}

// The counts behind a no-show row: appointments with a registered outcome and each kind of
// non-delivery. outcomeCountsSql(alias) selects them as four columns in this order.
struct OutcomeCounts {
    qint64 registered = 0;
    qint64 noShows = 0;
    qint64 byCitizen = 0;
    qint64 byStaff = 0;
    void add(const QSqlQuery& q, int firstColumn);
};
QString outcomeCountsSql(const char* alias = "a");
// Columns: category, appointments, no_shows, cancelled_by_citizen, cancelled_by_staff,
// no_show_rate, cancellation_rate.
QList<ReportColumn> outcomeColumns(const ReportColumn& category);
QVariantList outcomeRow(const QVariant& category, const OutcomeCounts& counts);

} // namespace bs::reports

#pragma once
// Pieces the activity figures (ActivityReports.cpp, ActivityPeople.cpp) share: their
// translation context, the table skeleton and the support-form category.
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

} // namespace bs::reports

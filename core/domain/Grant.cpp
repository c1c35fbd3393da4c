#include "Grant.h"

#include <QLocale>

namespace bs {

ValidationErrors Grant::validate() const {
    ValidationErrors e;
    if (citizenId.isNull())
        e.add(QStringLiteral("citizen"), tr("Citizen"), tr("must be chosen"));
    checkPeriod(e, from, to);
    if (basis == LegalBasis::P82b) {
        if (!to.isValid())
            e.add(QStringLiteral("to"), tr("To"),
                  tr("a § 82 b grant is time-limited and needs an end date"));
        else if (from.isValid() && to > from.addMonths(maxMonthsP82b).addDays(-1))
            e.add(QStringLiteral("to"), tr("To"),
                  tr("a § 82 b grant may last at most 6 months (until %1)")
                      .arg(QLocale().toString(from.addMonths(maxMonthsP82b).addDays(-1),
                                              QLocale::ShortFormat)));
    }
    checkText(e, QStringLiteral("packageName"), tr("Package"), packageName, TextKind::Name);
    checkText(e, QStringLiteral("caseworker"), tr("Caseworker"), caseworker, TextKind::Name);
    if (checkText(e, QStringLiteral("purpose"), tr("Purpose of the effort"), purpose,
                  TextKind::Text) &&
        purpose.trimmed().isEmpty())
        e.add(QStringLiteral("purpose"), tr("Purpose of the effort"), tr("must be filled in"));
    if (usesPackage) {
        if (packageMinHours < 0 || packageMaxHours <= 0)
            e.add(QStringLiteral("package"), tr("Package"),
                  tr("the maximum hours per week must be more than 0"));
        else if (packageMinHours > packageMaxHours)
            e.add(QStringLiteral("package"), tr("Package"),
                  tr("the minimum may not exceed the maximum"));
        else if (packageMaxHours > 168)
            e.add(QStringLiteral("package"), tr("Package"), tr("a week has only 168 hours"));
    } else {
        if (hoursPerWeek <= 0)
            e.add(QStringLiteral("hours"), tr("Hours per week"), tr("must be more than 0"));
        else if (hoursPerWeek > 168)
            e.add(QStringLiteral("hours"), tr("Hours per week"), tr("a week has only 168 hours"));
    }
    if (reviewDate.isValid() && from.isValid() && reviewDate < from)
        e.add(QStringLiteral("review"), tr("Review date"), tr("must not be before the start date"));
    if (reviewDate.isValid() && to.isValid() && reviewDate > to)
        e.add(QStringLiteral("review"), tr("Review date"), tr("must not be after the end date"));
    return e;
}

QString Grant::extentText() const {
    const QLocale l;
    if (usesPackage) {
        const QString band =
            tr("%1–%2 h/week")
                .arg(l.toString(packageMinHours, 'g', 3), l.toString(packageMaxHours, 'g', 3));
        return packageName.isEmpty() ? band : QStringLiteral("%1 (%2)").arg(packageName, band);
    }
    return tr("%1 h/week").arg(l.toString(hoursPerWeek, 'g', 3));
}

} // namespace bs

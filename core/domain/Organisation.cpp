#include "Organisation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace bs {

ValidationErrors Team::validate() const {
    ValidationErrors e;
    if (checkText(e, QStringLiteral("name"), tr("Name"), name, TextKind::Name) &&
        name.trimmed().isEmpty())
        e.add(QStringLiteral("name"), tr("Name"), tr("must be filled in"));
    return e;
}

ValidationErrors Staff::validate() const {
    ValidationErrors e;
    const QString ini = initials.trimmed();
    if (!checkText(e, QStringLiteral("initials"), tr("Initials"), initials, TextKind::Name)) {
        // already reported
    } else if (ini.isEmpty()) {
        e.add(QStringLiteral("initials"), tr("Initials"), tr("must be filled in"));
    } else if (ini.size() > 8 ||
               std::any_of(ini.begin(), ini.end(), [](QChar c) { return c.isSpace(); })) {
        e.add(QStringLiteral("initials"), tr("Initials"), tr("at most 8 characters and no spaces"));
    }
    if (checkText(e, QStringLiteral("name"), tr("Name"), name, TextKind::Name) &&
        name.trimmed().isEmpty())
        e.add(QStringLiteral("name"), tr("Name"), tr("must be filled in"));
    return e;
}

ValidationErrors Site::validate() const {
    ValidationErrors e;
    if (checkText(e, QStringLiteral("name"), tr("Name"), name, TextKind::Name) &&
        name.trimmed().isEmpty())
        e.add(QStringLiteral("name"), tr("Name"), tr("must be filled in"));
    checkText(e, QStringLiteral("address"), tr("Address"), address, TextKind::Line);
    for (const auto& p : openingHours) {
        if (p.weekday < 1 || p.weekday > 7)
            e.add(QStringLiteral("openingHours"), tr("Opening hours"), tr("unknown weekday"));
        else if (!p.from.isValid() || !p.to.isValid() || p.from >= p.to)
            e.add(QStringLiteral("openingHours"), tr("Opening hours"),
                  tr("the closing time must be after the opening time"));
    }
    if (visitAllowanceMinutes < 5 || visitAllowanceMinutes > 240)
        e.add(QStringLiteral("visitAllowance"), tr("Time per visit"),
              tr("must be between 5 and 240 minutes"));
    if (slotMinutes != 0 && (slotMinutes < 10 || slotMinutes > 120))
        e.add(QStringLiteral("slotMinutes"), tr("Bookable slots"),
              tr("must be between 10 and 120 minutes, or none"));
    return e;
}

QString Site::openingHoursText() const {
    QStringList parts;
    const QLocale locale;
    for (const auto& p : openingHours)
        parts << QStringLiteral("%1 %2–%3")
                     .arg(locale.dayName(p.weekday, QLocale::ShortFormat),
                          p.from.toString(QStringLiteral("HH:mm")),
                          p.to.toString(QStringLiteral("HH:mm")));
    return parts.join(QStringLiteral(", "));
}

bool Site::isOpen(int weekday, QTime time) const {
    for (const auto& p : openingHours)
        if (p.weekday == weekday && time >= p.from && time < p.to)
            return true;
    return false;
}

QString openingHoursToJson(const QList<OpeningPeriod>& periods) {
    QJsonArray arr;
    for (const auto& p : periods)
        arr.append(QJsonObject{{QStringLiteral("day"), p.weekday},
                               {QStringLiteral("from"), p.from.toString(QStringLiteral("HH:mm"))},
                               {QStringLiteral("to"), p.to.toString(QStringLiteral("HH:mm"))}});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QList<OpeningPeriod> openingHoursFromJson(const QString& json) {
    QList<OpeningPeriod> out;
    const auto arr = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& v : arr) {
        const auto o = v.toObject();
        out.append(
            {o.value(QStringLiteral("day")).toInt(),
             QTime::fromString(o.value(QStringLiteral("from")).toString(), QStringLiteral("HH:mm")),
             QTime::fromString(o.value(QStringLiteral("to")).toString(), QStringLiteral("HH:mm"))});
    }
    return out;
}

} // namespace bs

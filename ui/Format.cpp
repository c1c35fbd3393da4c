#include "Format.h"

#include "domain/Clock.h"

#include <QLocale>

namespace bs {

QString dateText(QDate date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString periodText(QDate from, QDate to) {
    return QStringLiteral("%1 – %2").arg(dateText(from), dateText(to)).trimmed();
}

QString localDateTimeText(const QDateTime& utc) {
    return utc.isValid()
               ? QLocale().toString(utc.toTimeZone(Clock::localZone()), QLocale::ShortFormat)
               : QString();
}

} // namespace bs

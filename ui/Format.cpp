#include "Format.h"

#include <QLocale>

namespace bs {

QString dateText(QDate date) {
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString periodText(QDate from, QDate to) {
    return QStringLiteral("%1 – %2").arg(dateText(from), dateText(to)).trimmed();
}

} // namespace bs

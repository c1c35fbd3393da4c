#pragma once
// How dates and periods read on screen: the locale's short date format.
#include <QDate>
#include <QDateTime>
#include <QString>

namespace bs {

QString dateText(QDate date);
// "01.02.2025 – 31.07.2025", or "01.02.2025 –" when the period is open-ended.
QString periodText(QDate from, QDate to);
// A moment stored in UTC as read in Denmark (Europe/Copenhagen): "03.12.2025 11.00".
QString localDateTimeText(const QDateTime& utc);

} // namespace bs

#include "Cpr.h"

namespace bs {

namespace {
// Century from the 7th digit and the two year digits (CPR-kontoret's table).
int centuryFor(int seventh, int yy) {
    if (seventh <= 3)
        return 1900;
    if (seventh == 4 || seventh == 9)
        return yy <= 36 ? 2000 : 1900;
    return yy <= 57 ? 2000 : 1800; // 5-8
}
} // namespace

Result<Cpr> Cpr::parse(const QString& text) {
    QString s = text.trimmed();
    s.remove(QLatin1Char('-'));
    s.remove(QLatin1Char(' '));
    if (s.size() != 10)
        return Result<Cpr>::failure(tr("must have 10 digits (DDMMYY-SSSS)"), QStringLiteral("cpr"));
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Result<Cpr>::failure(tr("may only contain digits (DDMMYY-SSSS)"),
                                        QStringLiteral("cpr"));
    int day = s.mid(0, 2).toInt();
    const int month = s.mid(2, 2).toInt();
    const int yy = s.mid(4, 2).toInt();
    const int seventh = s.at(6).digitValue();
    if (day > 60)
        day -= 60; // replacement number
    const QDate date(centuryFor(seventh, yy) + yy, month, day);
    if (!date.isValid())
        return Result<Cpr>::failure(tr("%1 is not a real date of birth").arg(s.left(6)),
                                    QStringLiteral("cpr"));
    Cpr cpr;
    cpr.m_digits = s;
    cpr.m_birthDate = date;
    return cpr;
}

QString Cpr::formatted() const {
    return isNull() ? QString() : m_digits.left(6) + QLatin1Char('-') + m_digits.mid(6);
}

QString Cpr::masked() const {
    return isNull() ? QString() : m_digits.left(6) + QStringLiteral("-xxxx");
}

bool Cpr::isMale() const {
    return !isNull() && m_digits.at(9).digitValue() % 2 == 1;
}

bool Cpr::isReplacement() const {
    return !isNull() && m_digits.left(2).toInt() > 60;
}

bool Cpr::passesModulus11() const {
    if (isNull())
        return false;
    static const int weights[10] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += m_digits.at(i).digitValue() * weights[i];
    return sum % 11 == 0;
}

} // namespace bs

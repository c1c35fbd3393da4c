#include "Citizen.h"

#include <QRegularExpression>

namespace bs {

ValidationErrors Citizen::validate() const {
    ValidationErrors e;
    if (name.trimmed().isEmpty())
        e.add(QStringLiteral("name"), tr("Name"), tr("must be filled in"));
    if (!cpr.trimmed().isEmpty()) {
        const auto parsed = Cpr::parse(cpr);
        if (!parsed)
            e.add(QStringLiteral("cpr"), tr("CPR number"), parsed.message());
    }
    static const QRegularExpression postal(QStringLiteral("^\\d{4}$"));
    if (!postalCode.trimmed().isEmpty() && !postal.match(postalCode.trimmed()).hasMatch())
        e.add(QStringLiteral("postalCode"), tr("Postal code"), tr("must be four digits"));
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9 ]{8,15}$"));
    if (!phone.trimmed().isEmpty() && !phoneRe.match(phone.trimmed()).hasMatch())
        e.add(QStringLiteral("phone"), tr("Phone"), tr("must be a phone number, e.g. 86 12 34 56"));
    static const QRegularExpression mailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.trimmed().isEmpty() && !mailRe.match(email.trimmed()).hasMatch())
        e.add(QStringLiteral("email"), tr("E-mail"), tr("is not a valid e-mail address"));
    return e;
}

QString Citizen::maskedCpr() const {
    const auto parsed = Cpr::parse(cpr);
    return parsed ? parsed->masked() : QString();
}

} // namespace bs

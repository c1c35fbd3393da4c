#include "Citizen.h"

#include <QRegularExpression>

namespace bs {

ValidationErrors Citizen::validate() const {
    ValidationErrors e;
    if (checkText(e, QStringLiteral("name"), tr("Name"), name, TextKind::Name) &&
        name.trimmed().isEmpty())
        e.add(QStringLiteral("name"), tr("Name"), tr("must be filled in"));
    // An address may take two lines ("Kirkevej 1" / "c/o ..."; docs/csv-import.md), but stays
    // as short as any other short field.
    if (checkText(e, QStringLiteral("address"), tr("Address"), address, TextKind::Text) &&
        address.size() > maxLength(TextKind::Line))
        e.add(QStringLiteral("address"), tr("Address"),
              tr("may be at most %1 characters").arg(maxLength(TextKind::Line)));
    checkText(e, QStringLiteral("city"), tr("City"), city, TextKind::Name);
    const bool postalOk =
        checkText(e, QStringLiteral("postalCode"), tr("Postal code"), postalCode, TextKind::Line);
    const bool phoneOk = checkText(e, QStringLiteral("phone"), tr("Phone"), phone, TextKind::Line);
    const bool mailOk = checkText(e, QStringLiteral("email"), tr("E-mail"), email, TextKind::Line);
    if (checkText(e, QStringLiteral("cpr"), tr("CPR number"), cpr, TextKind::Line) &&
        !cpr.trimmed().isEmpty()) {
        const auto parsed = Cpr::parse(cpr);
        if (!parsed)
            e.add(QStringLiteral("cpr"), tr("CPR number"), parsed.message());
    }
    static const QRegularExpression postal(QStringLiteral("^\\d{4}$"));
    if (postalOk && !postalCode.trimmed().isEmpty() &&
        !postal.match(postalCode.trimmed()).hasMatch())
        e.add(QStringLiteral("postalCode"), tr("Postal code"), tr("must be four digits"));
    static const QRegularExpression phoneRe(QStringLiteral("^\\+?[0-9 ]{8,15}$"));
    if (phoneOk && !phone.trimmed().isEmpty() && !phoneRe.match(phone.trimmed()).hasMatch())
        e.add(QStringLiteral("phone"), tr("Phone"), tr("must be a phone number, e.g. 86 12 34 56"));
    static const QRegularExpression mailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (mailOk && !email.trimmed().isEmpty() && !mailRe.match(email.trimmed()).hasMatch())
        e.add(QStringLiteral("email"), tr("E-mail"), tr("is not a valid e-mail address"));
    return e;
}

QString Citizen::maskedCpr() const {
    const auto parsed = Cpr::parse(cpr);
    return parsed ? parsed->masked() : QString();
}

} // namespace bs

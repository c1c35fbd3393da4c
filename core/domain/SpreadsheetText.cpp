#include "SpreadsheetText.h"

#include <QRegularExpression>

namespace bs {

bool looksLikeFormula(const QString& text) {
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!triggers.contains(first))
        return false;
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d+([.,]\\d+)?$"));
    return !number.match(text).hasMatch();
}

QString neutralizeFormula(const QString& text) {
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

} // namespace bs

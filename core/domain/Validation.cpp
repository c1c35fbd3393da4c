#include "Validation.h"

#include <QLocale>

namespace bs {

namespace {

// The messages' translation context.
struct TextRules {
    Q_DECLARE_TR_FUNCTIONS(TextRules)
};

// A control character the text may not hold, or -1 when there is none.
qsizetype firstForbiddenControl(const QString& value, bool singleLine) {
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        if (!control)
            continue;
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (c == u'\t' || (lineBreak && !singleLine))
            continue;
        return i;
    }
    return -1;
}

bool hasLoneSurrogate(const QString& value) {
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

} // namespace

int maxLength(TextKind kind) {
    switch (kind) {
    case TextKind::Name:
        return 200;
    case TextKind::Line:
        return 500;
    case TextKind::Text:
        return 1'000'000;
    }
    return 0;
}

bool checkText(ValidationErrors& errors, const QString& field, const QString& label,
               const QString& value, TextKind kind) {
    const bool singleLine = kind != TextKind::Text;
    QString problem;
    if (value.size() > maxLength(kind)) {
        problem = TextRules::tr("may be at most %1 characters (it has %2)")
                      .arg(QLocale().toString(maxLength(kind)), QLocale().toString(value.size()));
    } else if (const qsizetype at = firstForbiddenControl(value, singleLine); at >= 0) {
        const char16_t c = value.at(at).unicode();
        if (c == u'\n' || c == u'\r')
            problem = TextRules::tr("must be on one line (remove the line break)");
        else if (c == 0)
            problem = TextRules::tr("contains a NUL character (code 0) at position %1; remove it")
                          .arg(at + 1);
        else
            problem =
                TextRules::tr("contains an invisible control character (code %1) at position %2; "
                              "remove it")
                    .arg(static_cast<int>(c))
                    .arg(at + 1);
    } else if (hasLoneSurrogate(value)) {
        problem =
            TextRules::tr("contains a broken character (an unpaired UTF-16 surrogate); retype it");
    }
    if (problem.isEmpty())
        return true;
    errors.add(field, label, problem);
    return false;
}

void checkPeriod(ValidationErrors& errors, QDate from, QDate to) {
    if (!from.isValid())
        errors.add(QStringLiteral("from"), QCoreApplication::translate("Period", "From"),
                   QCoreApplication::translate("Period", "must be a date"));
    else if (to.isValid() && to < from)
        errors.add(QStringLiteral("to"), QCoreApplication::translate("Period", "To"),
                   QCoreApplication::translate("Period", "must not be before the start date"));
}

} // namespace bs

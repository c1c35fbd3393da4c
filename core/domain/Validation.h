#pragma once
// Rule violations found while validating a value. Each message is user-readable and names the
// field ("CPR-nummer: ..."), so it can be shown as it is.
#include "Result.h"
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace bs {

struct FieldError {
    QString field;   // stable key, e.g. "cpr", for the UI to highlight the widget
    QString message; // translated, starts with the field's label
};

class ValidationErrors {
public:
    void add(const QString& field, const QString& label, const QString& problem) {
        m_errors.append({field, label + QStringLiteral(": ") + problem});
    }
    void append(const ValidationErrors& other) { m_errors.append(other.m_errors); }
    bool isEmpty() const { return m_errors.isEmpty(); }
    qsizetype size() const { return m_errors.size(); }
    const QList<FieldError>& items() const& { return m_errors; }
    // By value on a temporary, so `for (auto& e : value.validate().items())` is safe.
    QList<FieldError> items() && { return std::move(m_errors); }
    bool has(const QString& field) const {
        for (const auto& e : m_errors)
            if (e.field == field)
                return true;
        return false;
    }
    // All messages, one per line.
    QString text() const {
        QStringList lines;
        for (const auto& e : m_errors)
            lines << e.message;
        return lines.join(QLatin1Char('\n'));
    }
    Status toStatus() const {
        if (m_errors.isEmpty())
            return Status::success();
        return Status::failure(text(), m_errors.first().field);
    }

private:
    QList<FieldError> m_errors;
};

// The kinds of free text a record holds. Every free-text field is checked by checkText() with
// one of these, so the rules for hostile or accidental input live in one place:
// - NUL and every other control character except tab, line feed and carriage return are
//   refused everywhere (they are invisible, break XML/XLSX exports and printing);
// - a single-line kind also refuses line breaks (a name or an address is one line in lists,
//   exports and the calendar);
// - a lone surrogate (broken UTF-16, e.g. from a damaged file) is refused, as it cannot be
//   stored and read back as the same text;
// - each kind has a maximum length in UTF-16 code units.
// Anything else (quotes, SQL fragments, markup, emoji, right-to-left marks) is ordinary text:
// stored and shown exactly as written.
enum class TextKind {
    Name, // a person's, place's or group's name; one line, at most 200 characters
    Line, // a short text such as an address, a place or a reason; one line, at most 500
    Text  // a note or description; several lines, at most 1 000 000 characters
};
int maxLength(TextKind kind);

// Adds one error for `field` if `value` breaks the rules of its kind (see TextKind) and returns
// false; returns true when the text is fine (so a caller can go on to check its format).
bool checkText(ValidationErrors& errors, const QString& field, const QString& label,
               const QString& value, TextKind kind);

// The rule every from–to period shares: a start date, and an end (if any) not before it.
// Fields "from" and "to".
void checkPeriod(ValidationErrors& errors, QDate from, QDate to);

} // namespace bs

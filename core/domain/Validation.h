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

// The rule every from–to period shares: a start date, and an end (if any) not before it.
// Fields "from" and "to".
void checkPeriod(ValidationErrors& errors, QDate from, QDate to);

} // namespace bs

#pragma once
// A Danish CPR number (DDMMYY-SSSS). Validated for format, a real birth date and the century
// rule; never rejected for failing modulus 11 (such numbers are issued since 2007). A CPR number
// can change, so it is an attribute of a citizen and never a key.
#include "Result.h"
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace bs {

class Cpr {
    Q_DECLARE_TR_FUNCTIONS(Cpr)
public:
    Cpr() = default;
    // Accepts "DDMMYYSSSS", "DDMMYY-SSSS" and "DDMMYY SSSS". The error message is user-readable.
    static Result<Cpr> parse(const QString& text);

    bool isNull() const { return m_digits.isEmpty(); }
    QString digits() const { return m_digits; } // "0101901234"
    QString formatted() const;                  // "010190-1234"
    QString masked() const;                     // "010190-xxxx"
    QDate birthDate() const { return m_birthDate; }
    bool isMale() const;
    // Replacement numbers (erstatningspersonnumre) add 60 to the day: they are never real.
    bool isReplacement() const;
    bool passesModulus11() const; // informative only, never a reason to reject

    bool operator==(const Cpr& other) const { return m_digits == other.m_digits; }

private:
    QString m_digits;
    QDate m_birthDate;
};

} // namespace bs

#pragma once
// Lets Catch2 print Qt values in failure messages. Force-included into every test source.
#include <QDate>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <catch2/catch.hpp>

#include <ostream>

// For INFO(...) and CAPTURE(...) with Qt strings.
inline std::ostream& operator<<(std::ostream& os, const QString& s) {
    return os << s.toStdString();
}

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) {
        return "[" + l.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate& d) { return d.toString(Qt::ISODate).toStdString(); }
};
template <> struct StringMaker<QUuid> {
    static std::string convert(const QUuid& u) { return u.toString().toStdString(); }
};
} // namespace Catch

#pragma once
// Small helpers every test file wants: Danish text from UTF-8 literals, and unwrapping a Result
// with its message shown when it failed.
#include "domain/Result.h"

#include <QString>
#include <catch2/catch.hpp>

namespace bs::test {

inline QString s(const char* utf8) {
    return QString::fromUtf8(utf8);
}

template <typename T> T value(Result<T> r) {
    INFO(r.message().toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

inline void requireOk(const Status& status) {
    INFO(status.message().toStdString());
    REQUIRE(status.ok());
}

} // namespace bs::test

#pragma once
// One error style for the whole application: a function returns a Result carrying either its
// value or a user-readable (translated) message. No exception crosses into the UI.
#include <QString>
#include <utility>
#include <variant>

namespace bs {

struct Error {
    QString message; // user-readable, already translated
    QString field;   // the field the message is about, if any (a stable key such as "cpr")
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}
    static Result failure(QString message, QString field = {}) {
        return Result(Error{std::move(message), std::move(field)});
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    // By value on a temporary, so `for (auto& x : *registry.list())` does not dangle.
    T operator*() && { return std::move(std::get<T>(m_data)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const Error& error() const { return std::get<Error>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}
    static Result success() { return {}; }
    static Result failure(QString message, QString field = {}) {
        return Result(Error{std::move(message), std::move(field)});
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    QString message() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace bs

#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace RefundDesk {

/// What kind of failure an Error is; front ends map it to exit codes and dialogs.
enum class ErrorKind {
    Rule, ///< refused by a domain rule: the input is well formed but not allowed
    NotFound, ///< a named record, refund or user does not exist
    Usage, ///< the request itself is malformed (bad syntax, missing option)
    Denied, ///< who is asking may not do it: role, sign-in, four-eyes rule
    Storage, ///< the database or a file failed
};

/// A failure a support agent can act on: which field, which value, which rule.
struct Error
{
    ErrorKind kind = ErrorKind::Rule;
    QString field; ///< the field the message is about, e.g. "amount"; may be empty
    QString message; ///< one complete sentence, already naming the value and the rule

    static Error rule(QString field, QString message)
    {
        return {ErrorKind::Rule, std::move(field), std::move(message)};
    }
    static Error notFound(QString field, QString message)
    {
        return {ErrorKind::NotFound, std::move(field), std::move(message)};
    }
    static Error usage(QString field, QString message)
    {
        return {ErrorKind::Usage, std::move(field), std::move(message)};
    }
    static Error denied(QString field, QString message)
    {
        return {ErrorKind::Denied, std::move(field), std::move(message)};
    }
    static Error storage(QString message) { return {ErrorKind::Storage, {}, std::move(message)}; }
};

/// A value or an Error, in the spirit of C++23's std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success without a value, or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace RefundDesk

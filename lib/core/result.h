#pragma once

#include "error.h"

#include <utility>
#include <variant>

namespace Press {

// Either a value or an Error. g++ 12 has no std::expected; this is the small subset we use.
// Failures are values, never exceptions (STYLE.md §4).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    explicit operator bool() const { return m_data.index() == 0; }
    [[nodiscard]] bool hasValue() const { return m_data.index() == 0; }

    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    // By value, so that `for (x : f().value())` does not refer into a destroyed temporary.
    [[nodiscard]] T value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    explicit operator bool() const { return m_ok; }
    [[nodiscard]] bool hasValue() const { return m_ok; }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

[[nodiscard]] inline Result<void> ok()
{
    return {};
}

[[nodiscard]] inline Error makeError(ErrorCode code, QString detail)
{
    return Error{code, std::move(detail)};
}

} // namespace Press

#pragma once

#include <QDateTime>

namespace Press {

// Where "now" comes from. Repositories take a Clock so that tests (and the demo archive, whose
// items were "written" years ago) can set the time; by default it is the system clock in UTC,
// with millisecond precision (what we store).
class Clock
{
public:
    [[nodiscard]] QDateTime now() const;
    // From now on, now() returns `time` (UTC); an invalid time returns to the system clock.
    void setFixedTime(const QDateTime &time) { m_fixed = time.toUTC(); }

private:
    QDateTime m_fixed;
};

// ISO 8601 UTC with milliseconds, the one timestamp format in the archive and in JSON.
[[nodiscard]] QString toTimestamp(const QDateTime &time);
[[nodiscard]] QDateTime fromTimestamp(const QString &text);

} // namespace Press

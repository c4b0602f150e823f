#include "publishing.h"

#include <QUrl>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Press::Model {

namespace {

constexpr std::array<std::pair<PublishAction, const char16_t *>, 3> kActions{{
    {PublishAction::Publish, u"publish"},
    {PublishAction::Withdraw, u"withdraw"},
    {PublishAction::Trash, u"trash"},
}};

constexpr std::array<std::pair<JobState, const char16_t *>, 6> kJobStates{{
    {JobState::Queued, u"queued"},
    {JobState::Running, u"running"},
    {JobState::Retrying, u"retrying"},
    {JobState::Done, u"done"},
    {JobState::Failed, u"failed"},
    {JobState::Cancelled, u"cancelled"},
}};

template<typename E, std::size_t N>
QString code(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, c] : table)
        if (e == value)
            return QString::fromUtf16(c);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> value(const std::array<std::pair<E, const char16_t *>, N> &table, const QString &c)
{
    for (const auto &[e, name] : table)
        if (c.trimmed().toLower() == QStringView(name))
            return e;
    return std::nullopt;
}

} // namespace

QString publishActionCode(PublishAction action) { return code(kActions, action); }
std::optional<PublishAction> publishActionFromCode(const QString &c) { return value(kActions, c); }
QString jobStateCode(JobState state) { return code(kJobStates, state); }
std::optional<JobState> jobStateFromCode(const QString &c) { return value(kJobStates, c); }

QString PublishTarget::site() const
{
    const QUrl url(baseUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const int port = url.port();
    return url.scheme().toLower() + u"://"_s + url.host().toLower()
           + (port > 0 ? u":"_s + QString::number(port) : QString()) + path;
}

} // namespace Press::Model

#include "enums.h"
#include "publishing.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Press::Model {
namespace {

template<typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromUtf16(code);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table,
                         const QString &code)
{
    const QString c = code.trimmed().toLower();
    for (const auto &[e, name] : table) {
        if (c == QStringView(name))
            return e;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList codesOf(const std::array<std::pair<E, const char16_t *>, N> &table)
{
    QStringList codes;
    for (const auto &entry : table)
        codes << QString::fromUtf16(entry.second);
    return codes;
}

constexpr std::array<std::pair<Section, const char16_t *>, 6> kSections{{
    {Section::News, u"news"},
    {Section::Statement, u"statement"},
    {Section::Interview, u"interview"},
    {Section::Announcement, u"announcement"},
    {Section::Speech, u"speech"},
    {Section::Event, u"event"},
}};

constexpr std::array<std::pair<ItemStatus, const char16_t *>, 5> kStatuses{{
    {ItemStatus::Draft, u"draft"},
    {ItemStatus::InReview, u"in-review"},
    {ItemStatus::Ready, u"ready"},
    {ItemStatus::Published, u"published"},
    {ItemStatus::Withdrawn, u"withdrawn"},
}};

constexpr std::array<std::pair<EntityKind, const char16_t *>, 4> kKinds{{
    {EntityKind::Person, u"person"},
    {EntityKind::Organisation, u"organisation"},
    {EntityKind::Place, u"place"},
    {EntityKind::Topic, u"topic"},
}};

constexpr std::array<std::pair<TranslationState, const char16_t *>, 5> kStates{{
    {TranslationState::Missing, u"missing"},
    {TranslationState::InProgress, u"in-progress"},
    {TranslationState::Done, u"done"},
    {TranslationState::Outdated, u"outdated"},
    {TranslationState::Original, u"original"},
}};

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

} // namespace

QString sectionCode(Section section) { return codeOf(kSections, section); }
std::optional<Section> sectionFromCode(const QString &code) { return valueOf(kSections, code); }
QStringList sectionCodes() { return codesOf(kSections); }

QString statusCode(ItemStatus status) { return codeOf(kStatuses, status); }
std::optional<ItemStatus> statusFromCode(const QString &code) { return valueOf(kStatuses, code); }
QStringList statusCodes() { return codesOf(kStatuses); }

QString entityKindCode(EntityKind kind) { return codeOf(kKinds, kind); }
std::optional<EntityKind> entityKindFromCode(const QString &code) { return valueOf(kKinds, code); }

QString translationStateCode(TranslationState state) { return codeOf(kStates, state); }

QString publishActionCode(PublishAction action) { return codeOf(kActions, action); }
std::optional<PublishAction> publishActionFromCode(const QString &code) { return valueOf(kActions, code); }
QString jobStateCode(JobState state) { return codeOf(kJobStates, state); }
std::optional<JobState> jobStateFromCode(const QString &code) { return valueOf(kJobStates, code); }

} // namespace Press::Model

#include "labels.h"

#include "tr.h"

using namespace Qt::StringLiterals;

namespace Press::App {

QString sectionLabel(Model::Section section)
{
    switch (section) {
    case Model::Section::News: return Tr::tr("News", "section");
    case Model::Section::Statement: return Tr::tr("Statement", "section");
    case Model::Section::Interview: return Tr::tr("Interview", "section");
    case Model::Section::Announcement: return Tr::tr("Announcement", "section");
    case Model::Section::Speech: return Tr::tr("Speech", "section");
    case Model::Section::Event: return Tr::tr("Event", "section");
    }
    return {};
}

QString statusLabel(Model::ItemStatus status)
{
    switch (status) {
    case Model::ItemStatus::Draft: return Tr::tr("Draft", "item status");
    case Model::ItemStatus::InReview: return Tr::tr("In review", "item status");
    case Model::ItemStatus::Ready: return Tr::tr("Ready", "item status");
    case Model::ItemStatus::Published: return Tr::tr("Published", "item status");
    case Model::ItemStatus::Withdrawn: return Tr::tr("Withdrawn", "item status");
    }
    return {};
}

QString translationStateLabel(Model::TranslationState state)
{
    switch (state) {
    case Model::TranslationState::Missing: return Tr::tr("Missing", "translation state");
    case Model::TranslationState::InProgress: return Tr::tr("In progress", "translation state");
    case Model::TranslationState::Done: return Tr::tr("Done", "translation state");
    case Model::TranslationState::Outdated: return Tr::tr("Outdated", "translation state");
    case Model::TranslationState::Original: return Tr::tr("Original", "translation state");
    }
    return {};
}

QString entityKindLabel(Model::EntityKind kind)
{
    switch (kind) {
    case Model::EntityKind::Person: return Tr::tr("Person");
    case Model::EntityKind::Organisation: return Tr::tr("Organisation");
    case Model::EntityKind::Place: return Tr::tr("Place");
    case Model::EntityKind::Topic: return Tr::tr("Topic");
    }
    return {};
}

QString languageName(Language language)
{
    return language == Language::Ru ? Tr::tr("Russian") : Tr::tr("English");
}

QString sectionLabel(const QString &code)
{
    const auto section = Model::sectionFromCode(code);
    return section ? sectionLabel(*section) : code;
}

QString statusLabel(const QString &code)
{
    const auto status = Model::statusFromCode(code);
    return status ? statusLabel(*status) : code;
}

QString translationStateLabel(const QString &code)
{
    using Model::TranslationState;
    for (TranslationState s : {TranslationState::Missing, TranslationState::InProgress,
                               TranslationState::Done, TranslationState::Outdated,
                               TranslationState::Original}) {
        if (Model::translationStateCode(s) == code)
            return translationStateLabel(s);
    }
    return code;
}

} // namespace Press::App

#include "item.h"

namespace Press::Model {

ItemText &Item::text(Language language)
{
    return language == Language::Ru ? ru : en;
}

const ItemText &Item::text(Language language) const
{
    return language == Language::Ru ? ru : en;
}

TranslationState Item::translationState(Language language) const
{
    return translationStateOf(text(language), language == sourceLanguage,
                              text(sourceLanguage).contentHash());
}

QString Item::displayTitle(Language preferred) const
{
    const QString first = text(preferred).title.trimmed();
    return first.isEmpty() ? text(otherLanguage(preferred)).title.trimmed() : first;
}

TranslationState translationStateOf(const ItemText &target, bool isSource,
                                    const QString &sourceHash)
{
    if (isSource)
        return TranslationState::Original;
    if (target.isEmpty())
        return TranslationState::Missing;
    if (target.translatedFromHash.isEmpty())
        return TranslationState::InProgress;
    return target.translatedFromHash == sourceHash ? TranslationState::Done
                                                   : TranslationState::Outdated;
}

} // namespace Press::Model

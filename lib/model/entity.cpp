#include "entity.h"

namespace Press::Model {

QString Entity::name(Language language) const
{
    return language == Language::Ru ? nameRu : nameEn;
}

QString Entity::shortName(Language language) const
{
    return language == Language::Ru ? shortRu : shortEn;
}

QString Entity::label(Language language) const
{
    for (Language l : {language, otherLanguage(language)}) {
        if (!shortName(l).isEmpty())
            return shortName(l);
        if (!name(l).isEmpty())
            return name(l);
    }
    return {};
}

} // namespace Press::Model

#include "language.h"

using namespace Qt::StringLiterals;

namespace Press {

QString languageCode(Language language)
{
    return language == Language::Ru ? u"ru"_s : u"en"_s;
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"ru")
        return Language::Ru;
    if (c == u"en")
        return Language::En;
    return std::nullopt;
}

Language otherLanguage(Language language)
{
    return language == Language::Ru ? Language::En : Language::Ru;
}

const QList<Language> &allLanguages()
{
    static const QList<Language> languages{Language::Ru, Language::En};
    return languages;
}

} // namespace Press

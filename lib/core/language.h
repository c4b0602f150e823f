#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Press {

// A content language: the language an item's text is written in. Not the UI language.
enum class Language { Ru, En };

[[nodiscard]] QString languageCode(Language language);                     // "ru", "en"
[[nodiscard]] std::optional<Language> languageFromCode(const QString &code); // case-insensitive
[[nodiscard]] Language otherLanguage(Language language);
[[nodiscard]] const QList<Language> &allLanguages();

} // namespace Press

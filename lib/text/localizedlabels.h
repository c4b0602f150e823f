#pragma once

#include <core/language.h>
#include <model/enums.h>

#include <QDate>
#include <QString>

namespace Press::Text {

// Words printed into content: PDFs and (later) the website. They follow the language of the
// text they stand beside, never the UI language, so they are data here and not tr() strings
// (STYLE.md §6).
enum class Label {
    Contents,      // "Содержание" / "Contents"
    DefaultDigest, // the title of a digest when none is given
    Period,
    ContentLanguage,
    Items,         // "Материалы" / "Items", before a count
    Generated,
    PhotoCredit,   // "Фото: %1" / "Photo: %1"
    NoText,        // an item without text in this language
    LanguageRu,    // the name of Russian in this language
    LanguageEn,
    LanguageBoth,
    Organisation,  // the default organisation name
};

[[nodiscard]] QString label(Label label, Language language);
[[nodiscard]] QString sectionName(Model::Section section, Language language);
// "9 июня 2018" / "9 June 2018".
[[nodiscard]] QString longDate(const QDate &date, Language language);
// "1 материал", "3 материала", "25 материалов" / "1 item", "25 items".
[[nodiscard]] QString itemCount(int count, Language language);

} // namespace Press::Text

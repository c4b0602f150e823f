#include "localizedlabels.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Press::Text {

namespace {

QString pick(Language language, const QString &ru, const QString &en)
{
    return language == Language::Ru ? ru : en;
}

// Russian plural: 1, 21, 31 … / 2–4, 22–24 … / the rest (and 11–14).
QString russianPlural(int n, const QString &one, const QString &few, const QString &many)
{
    const int mod10 = n % 10;
    const int mod100 = n % 100;
    if (mod10 == 1 && mod100 != 11)
        return one;
    if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14))
        return few;
    return many;
}

} // namespace

QString label(Label label, Language language)
{
    switch (label) {
    case Label::Contents: return pick(language, u"Содержание"_s, u"Contents"_s);
    case Label::DefaultDigest: return pick(language, u"Подборка материалов"_s, u"News digest"_s);
    case Label::Period: return pick(language, u"Период"_s, u"Period"_s);
    case Label::ContentLanguage: return pick(language, u"Язык"_s, u"Language"_s);
    case Label::Items: return pick(language, u"Материалы"_s, u"Items"_s);
    case Label::Generated: return pick(language, u"Подготовлено"_s, u"Prepared"_s);
    case Label::PhotoCredit: return pick(language, u"Фото: %1"_s, u"Photo: %1"_s);
    case Label::NoText:
        return pick(language, u"Текста на русском языке нет."_s, u"There is no English text."_s);
    case Label::LanguageRu: return pick(language, u"русский"_s, u"Russian"_s);
    case Label::LanguageEn: return pick(language, u"английский"_s, u"English"_s);
    case Label::LanguageBoth:
        return pick(language, u"русский и английский"_s, u"Russian and English"_s);
    case Label::Organisation:
        return pick(language, u"Пресс-служба Секретариата"_s, u"Secretariat Press Office"_s);
    }
    return {};
}

QString sectionName(Model::Section section, Language language)
{
    using Model::Section;
    switch (section) {
    case Section::News: return pick(language, u"Новости"_s, u"News"_s);
    case Section::Statement: return pick(language, u"Заявление"_s, u"Statement"_s);
    case Section::Interview: return pick(language, u"Интервью"_s, u"Interview"_s);
    case Section::Announcement: return pick(language, u"Анонс"_s, u"Announcement"_s);
    case Section::Speech: return pick(language, u"Выступление"_s, u"Speech"_s);
    case Section::Event: return pick(language, u"Мероприятие"_s, u"Event"_s);
    }
    return {};
}

QString longDate(const QDate &date, Language language)
{
    if (!date.isValid())
        return {};
    // Qt's Russian locale gives the genitive month in a day-month format ("9 июня 2018").
    const QLocale locale(language == Language::Ru ? QLocale::Russian : QLocale::English,
                         language == Language::Ru ? QLocale::Russia : QLocale::UnitedKingdom);
    return locale.toString(date, u"d MMMM yyyy"_s);
}

QString itemCount(int count, Language language)
{
    if (language == Language::Ru)
        return u"%1 %2"_s.arg(count).arg(
            russianPlural(count, u"материал"_s, u"материала"_s, u"материалов"_s));
    return count == 1 ? u"1 item"_s : u"%1 items"_s.arg(count);
}

} // namespace Press::Text

#include "uilanguage.h"

#include <common/translator.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Press::Ui {

QString uiLanguageChoice()
{
    const QString choice = QSettings().value(u"ui/language"_s, u"system"_s).toString();
    return choice == u"ru"_s || choice == u"en"_s ? choice : u"system"_s;
}

void setUiLanguageChoice(const QString &choice)
{
    QSettings().setValue(u"ui/language"_s, choice);
}

void applyUiLanguage(const QString &choice)
{
    const QLocale locale = choice == u"ru"_s   ? QLocale(QLocale::Russian, QLocale::Russia)
                           : choice == u"en"_s ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                               : QLocale::system();
    QLocale::setDefault(locale);
    App::installTranslators(*QCoreApplication::instance(), locale);
}

} // namespace Press::Ui

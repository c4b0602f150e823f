#include "translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Press::App {

QString uiLanguageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Russian ? u"ru"_s : u"en"_s;
}

QString installTranslators(QCoreApplication &app, const QLocale &locale)
{
    // Owned by the application object, so they live as long as it does.
    static const char *const kMarker = "pressdesk-translator";
    for (QTranslator *old : app.findChildren<QTranslator *>()) {
        if (old->property(kMarker).toBool()) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    const QString language = uiLanguageFor(locale);
    for (const auto &[name, dir] :
         {std::pair{QString(u"qtbase_"_s + language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
          std::pair{QString(u"pressdesk_"_s + language), u":/i18n"_s}}) {
        auto *translator = new QTranslator(&app);
        translator->setProperty(kMarker, true);
        if (translator->load(name, dir))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
    return language;
}

} // namespace Press::App

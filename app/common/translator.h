#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Press::App {

// Installs PressDesk's UI translation and Qt's own (qtbase) for `locale` on the application,
// replacing any installed before (so the language can change at run time). English is the
// source language and the fallback. Returns the language code now in use ("ru" or "en").
QString installTranslators(QCoreApplication &app, const QLocale &locale);

// "ru" when the locale is Russian, else "en": the UI languages PressDesk ships.
[[nodiscard]] QString uiLanguageFor(const QLocale &locale);

} // namespace Press::App

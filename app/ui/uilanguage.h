#pragma once

#include <QString>

namespace Press::Ui {

// The interface language the user chose: "system" (Russian when the system locale is Russian,
// else English), "ru" or "en"; kept in QSettings (ui/language).
[[nodiscard]] QString uiLanguageChoice();
void setUiLanguageChoice(const QString &choice);
// Installs the translators and the default locale (dates, numbers) for `choice`. Every open
// window receives QEvent::LanguageChange and retranslates itself: no restart is needed.
void applyUiLanguage(const QString &choice);

} // namespace Press::Ui

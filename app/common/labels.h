#pragma once

#include <core/language.h>
#include <model/enums.h>

#include <QString>

namespace Press::App {

// Translated names of the model's codes, for the UI language (not for content: PDFs and the
// website take content-language labels from lib/, STYLE.md §6).
[[nodiscard]] QString sectionLabel(Model::Section section);
[[nodiscard]] QString statusLabel(Model::ItemStatus status);
[[nodiscard]] QString translationStateLabel(Model::TranslationState state);
[[nodiscard]] QString entityKindLabel(Model::EntityKind kind);
[[nodiscard]] QString languageName(Language language);

// The same from stored codes ("news", "in-review", "outdated"); unknown codes come back as is.
[[nodiscard]] QString sectionLabel(const QString &code);
[[nodiscard]] QString statusLabel(const QString &code);
[[nodiscard]] QString translationStateLabel(const QString &code);

} // namespace Press::App

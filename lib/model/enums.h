#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Press::Model {

// Each enum is stored and exported by its code ("news", "in-review"): stable text, not numbers,
// so an archive stays readable with the sqlite3 shell and across versions.

enum class Section { News, Statement, Interview, Announcement, Speech, Event };
enum class ItemStatus { Draft, InReview, Ready, Published, Withdrawn };
enum class EntityKind { Person, Organisation, Place, Topic };

// The state of one language of an item. Original: this language is the source.
// Outdated: marked done, but the source text has changed since.
enum class TranslationState { Missing, InProgress, Done, Outdated, Original };

[[nodiscard]] QString sectionCode(Section section);
[[nodiscard]] std::optional<Section> sectionFromCode(const QString &code);
[[nodiscard]] QStringList sectionCodes();

[[nodiscard]] QString statusCode(ItemStatus status);
[[nodiscard]] std::optional<ItemStatus> statusFromCode(const QString &code);
[[nodiscard]] QStringList statusCodes();

[[nodiscard]] QString entityKindCode(EntityKind kind);
[[nodiscard]] std::optional<EntityKind> entityKindFromCode(const QString &code);

[[nodiscard]] QString translationStateCode(TranslationState state);

} // namespace Press::Model

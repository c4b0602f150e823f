#pragma once

#include "enums.h"

#include <core/language.h>

#include <QString>

namespace Press::Model {

// A person, organisation, place or topic with names in both languages (ОДКБ ↔ CSTO). Items are
// tagged with entities; the list doubles as the translators' glossary.
struct Entity
{
    qint64 id = 0;
    QString uuid;
    EntityKind kind = EntityKind::Topic;
    QString nameRu;
    QString nameEn;
    QString shortRu; // abbreviation, e.g. ОДКБ
    QString shortEn; // e.g. CSTO

    [[nodiscard]] QString name(Language language) const;
    [[nodiscard]] QString shortName(Language language) const;
    // Short name if there is one, else the full name, in the given language (falling back).
    [[nodiscard]] QString label(Language language) const;
};

} // namespace Press::Model

#pragma once

#include "enums.h"
#include "itemtext.h"

#include <core/language.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Press::Model {

// A photo attached to an item, in the item's order; one link may be the cover.
struct PhotoLink
{
    qint64 photoId = 0;
    int position = 0;
    bool isCover = false;
};

// A news item: one event, in both languages. Plain value; repositories load and save it.
// id is local to one archive; uuid is stable across archives (export/import, publishing).
struct Item
{
    qint64 id = 0;
    QString uuid;
    Section section = Section::News;
    QDate eventDate;
    ItemStatus status = ItemStatus::Draft;
    Language sourceLanguage = Language::Ru;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // bumped on every save; lets an editor notice a concurrent change
    ItemText ru{Language::Ru, {}, {}, {}, {}, {}, {}};
    ItemText en{Language::En, {}, {}, {}, {}, {}, {}};
    QList<PhotoLink> photos;
    QList<qint64> entityIds;

    [[nodiscard]] ItemText &text(Language language);
    [[nodiscard]] const ItemText &text(Language language) const;
    [[nodiscard]] TranslationState translationState(Language language) const;
    // The title in the preferred language, else the other one.
    [[nodiscard]] QString displayTitle(Language preferred) const;
};

// The translation state of `target` given its source text. Shared by Item and the SQL in
// archive/ (which computes the same rule for lists), see translationStateSql().
[[nodiscard]] TranslationState translationStateOf(const ItemText &target, bool isSource,
                                                  const QString &sourceHash);

} // namespace Press::Model

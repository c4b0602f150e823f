#include "itempairing.h"

#include "archive.h"
#include "sql.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace Press::Archive {

Result<void> pairItems(Archive &archive, qint64 keep, qint64 other)
{
    if (keep == other)
        return makeError(ErrorCode::InvalidArgument, u"an item cannot be paired with itself"_s);
    QSqlDatabase db = archive.connection();
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto kept = archive.items().load(keep);
    if (!kept)
        return kept.error();
    auto moved = archive.items().load(other);
    if (!moved)
        return moved.error();

    QList<Language> moving;
    for (Language language : {Language::Ru, Language::En}) {
        const bool keepHas = !kept->text(language).isEmpty();
        const bool otherHas = !moved->text(language).isEmpty();
        if (keepHas && otherHas)
            return makeError(ErrorCode::InvalidArgument,
                             u"items %1 and %2 both have %3 text; pair items whose languages "
                             "complement each other"_s.arg(keep).arg(other).arg(languageCode(language)));
        if (otherHas)
            moving << language;
    }
    if (moving.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"item %1 has no text to move"_s.arg(other));
    auto shared = run(db,
                      u"SELECT count(*) FROM remote_post a JOIN remote_post b ON a.target_id = b.target_id"
                      " WHERE a.item_id = ? AND b.item_id = ?"_s,
                      {keep, other});
    if (!shared)
        return shared.error();
    if (shared->next() && shared->value(0).toInt() > 0)
        return makeError(ErrorCode::InvalidArgument,
                         u"items %1 and %2 both have a post on the same target"_s.arg(keep).arg(other));

    // History first, so that the moved language keeps its revisions under the kept item.
    for (Language language : std::as_const(moving)) {
        if (auto q = run(db, u"UPDATE revision SET item_id = ? WHERE item_id = ? AND lang = ?"_s,
                         {keep, other, languageCode(language)});
            !q)
            return q.error();
        kept->text(language) = moved->text(language);
    }
    if (kept->eventDate.isNull())
        kept->eventDate = moved->eventDate;
    for (qint64 entity : std::as_const(moved->entityIds))
        if (!kept->entityIds.contains(entity))
            kept->entityIds << entity;
    const bool keptHasCover = std::any_of(kept->photos.cbegin(), kept->photos.cend(),
                                          [](const Model::PhotoLink &l) { return l.isCover; });
    for (const Model::PhotoLink &link : std::as_const(moved->photos)) {
        const bool linked = std::any_of(kept->photos.cbegin(), kept->photos.cend(),
                                        [&](const Model::PhotoLink &l) { return l.photoId == link.photoId; });
        if (!linked)
            kept->photos.append({link.photoId, int(kept->photos.size()), link.isCover && !keptHasCover});
    }
    for (const QString &sql : {u"UPDATE remote_post SET item_id = ? WHERE item_id = ?"_s,
                               u"UPDATE publish_job SET item_id = ? WHERE item_id = ?"_s}) {
        if (auto q = run(db, sql, {keep, other}); !q)
            return q.error();
    }
    if (auto r = archive.items().remove(other); !r)
        return r;
    if (auto r = archive.items().save(*kept); !r)
        return r;
    return tx.commit();
}

} // namespace Press::Archive

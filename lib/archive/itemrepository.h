#pragma once

#include <core/clock.h>
#include <core/result.h>
#include <model/item.h>
#include <model/revision.h>

#include <QSqlDatabase>

#include <optional>

namespace Press::Archive {

// Loads and saves news items (the item row, both texts, photo and entity links) and keeps the
// revision history: every save that changes a text adds a revision in the same transaction.
// Thread: the thread that owns the Database connection.
class ItemRepository final
{
public:
    ItemRepository(QSqlDatabase db, const Clock &clock);

    [[nodiscard]] Result<Model::Item> load(qint64 id) const;
    // A number is an id, anything else a UUID.
    [[nodiscard]] Result<qint64> resolve(const QString &idOrUuid) const;
    [[nodiscard]] Result<QList<qint64>> ids() const; // by event date, then id
    [[nodiscard]] Result<int> count() const;

    // Inserts a new item; assigns id, uuid (when empty), timestamps and version 1.
    [[nodiscard]] Result<void> create(Model::Item &item);
    // Saves an existing item. Fails with Conflict when the stored version differs from
    // item.version (someone saved it since it was loaded); on success item.version is bumped.
    [[nodiscard]] Result<void> save(Model::Item &item);
    // Records that `language` is now a complete translation of the current source text.
    [[nodiscard]] Result<void> markTranslationDone(qint64 id, Language language);
    [[nodiscard]] Result<void> remove(qint64 id);
    // Appends the photos the item does not have yet, in the order given; the first photo of an
    // item without a cover becomes its cover. Returns how many were added.
    [[nodiscard]] Result<int> attachPhotos(qint64 itemId, const QList<qint64> &photoIds);

    // Oldest first. Without a language, both languages interleaved by time.
    [[nodiscard]] Result<QList<Model::Revision>> history(qint64 id,
                                                         std::optional<Language> language) const;

    // The source text as it was when `translated`'s translation was marked done: the source
    // revision whose content hash the translation recorded. NotFound when none is recorded.
    [[nodiscard]] Result<Model::Revision> sourceWhenTranslated(qint64 id, Language translated) const;
    // Saves the item with one language's texts as they were in revision `revisionId` (a new
    // revision records the restore; nothing is lost).
    [[nodiscard]] Result<void> restoreRevision(qint64 id, qint64 revisionId);

    // Writes an item exactly as given (uuid, timestamps, version, revisions), for import. The
    // item's photo and entity ids must already exist in this archive. Assigns item.id.
    [[nodiscard]] Result<void> insertVerbatim(Model::Item &item,
                                              const QList<Model::Revision> &revisions);

private:
    [[nodiscard]] Result<void> writeText(qint64 itemId, const Model::ItemText &text,
                                         const QString &now, bool addRevision);
    [[nodiscard]] Result<void> writeLinks(const Model::Item &item);
    [[nodiscard]] Result<void> refreshStates(qint64 itemId);
    [[nodiscard]] Result<void> insertRevision(qint64 itemId, const Model::Revision &revision);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

// Trims every field (the stored form), so equal texts compare and hash equal.
[[nodiscard]] Model::ItemText normalizedText(const Model::ItemText &text);

} // namespace Press::Archive

#pragma once

#include <core/clock.h>
#include <core/result.h>
#include <model/item.h>

#include <QSqlDatabase>

#include <optional>

namespace Press::Archive {

// What the editor has typed into an item since it was last saved: written every few seconds
// while typing (autosave) and on every focus change, removed when the item is saved or the
// edits are discarded. After a crash the next start finds it and reopens the item with it, so
// nothing typed before the last autosave is lost. One draft per item.
struct Draft
{
    Model::Item content; // the edited item: meta, both texts, entities (photos are saved at once)
    int baseVersion = 0; // the item's version when editing started (for the conflict check)
    QDateTime savedAt;
};

// Thread: the thread that owns the connection.
class DraftRepository final
{
public:
    DraftRepository(QSqlDatabase db, const Clock &clock);

    // Replaces the item's draft. A draft is cheap: one row, no revision, no index update.
    [[nodiscard]] Result<void> save(const Model::Item &content, int baseVersion);
    [[nodiscard]] Result<std::optional<Draft>> load(qint64 itemId) const;
    [[nodiscard]] Result<void> remove(qint64 itemId);
    // Every draft, newest first (for recovery at start).
    [[nodiscard]] Result<QList<Draft>> list() const;

    // The stored form: JSON with the item's editable fields.
    [[nodiscard]] static QByteArray encode(const Model::Item &content);
    [[nodiscard]] static Result<Model::Item> decode(qint64 itemId, const QByteArray &json);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace Press::Archive

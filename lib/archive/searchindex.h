#pragma once

#include <core/language.h>
#include <core/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

namespace Press::Archive::SearchIndex {

// The full-text index: one row of the FTS5 table `search` per item (rowid = item id), with the
// item's searchable text in these columns. It is derived data, written by the repositories in the
// transaction of every change (an item's texts and links, a photo's captions, an entity's names),
// rebuilt by `pressdesk-cli reindex`, and compared with the archive by `check`.
enum Column : int {
    TitleRu,
    LeadRu,
    BodyRu,
    PlaceRu,
    PhotosRu, // photo captions
    TitleEn,
    LeadEn,
    BodyEn,
    PlaceEn,
    PhotosEn,
    Credit,   // photo credits
    Tags,     // linked entities' names and abbreviations in both languages
    ColumnCount
};

[[nodiscard]] QString columnName(int column);
// The language whose text the column holds; none for credits and tags.
[[nodiscard]] std::optional<Language> columnLanguage(int column);
[[nodiscard]] QList<int> columnsOf(Language language);

// Ranking weight of each column (press_rank): a title match counts most, then lead, place and
// tags, then body and captions.
[[nodiscard]] const std::array<double, ColumnCount> &columnWeights();

// CREATE VIRTUAL TABLE statement (migrations).
[[nodiscard]] QString createTableSql();

// The indexed text of one item, as it should be now; nullopt when there is no such item.
[[nodiscard]] Result<std::optional<QStringList>> document(const QSqlDatabase &db, qint64 itemId);

// Rewrites (or, for a removed item, deletes) the index rows of these items. Call inside the
// transaction that changed them.
[[nodiscard]] Result<void> update(const QSqlDatabase &db, const QList<qint64> &itemIds);

// Empties the index and indexes every item again, in one transaction, then merges the index's
// segments. progress(done, total) is called every few hundred items; returning false cancels
// (Cancelled), leaving the index as it was.
[[nodiscard]] Result<void> rebuild(const QSqlDatabase &db,
                                   const std::function<bool(int, int)> &progress = {});

struct Mismatch
{
    qint64 itemId = 0;
    QString what; // English: "missing", "stale title_ru", "orphan row"
};
// Compares every index row with what the archive says it should be and, when `thorough`, runs
// FTS5's own integrity-check (which tokenizes every row again). Reads only.
[[nodiscard]] Result<QList<Mismatch>> verify(const QSqlDatabase &db, bool thorough = true);

} // namespace Press::Archive::SearchIndex

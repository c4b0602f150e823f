#pragma once

#include "query.h"

#include <core/result.h>

#include <QSqlDatabase>

namespace Press::Search {

enum class SortOrder { Relevance, Newest };

[[nodiscard]] QString sortOrderCode(SortOrder order); // "rank", "date"
[[nodiscard]] std::optional<SortOrder> sortOrderFromCode(const QString &code);

struct SearchOptions
{
    SortOrder sort = SortOrder::Relevance;
    int limit = 50;
    int offset = 0;
    bool snippets = true;
    // How relevance order is computed; both give the same order (tested), Auto picks the cheaper.
    enum class Ranking { Auto, OnePass, PerTier };
    Ranking ranking = Ranking::Auto;
};

struct Snippet
{
    QString text;                        // plain text, "…" where cut
    QList<std::pair<int, int>> matches;  // (start, length) in text, UTF-16 code units
    std::optional<Language> language;    // the language the snippet is in; none for tags, credit
    QString field;                       // index column it comes from: "body_ru", "tags" …
};

struct Hit
{
    qint64 itemId = 0;
    double score = 0; // higher is better; 0 when sorted by date or when the query has no text
    Snippet snippet;
};

struct SearchResult
{
    int total = 0;   // all matching items, not only this page
    QList<Hit> hits; // the page asked for
    QStringList unknownTags; // tag: values that name no entity (the query then matches nothing)
};

// Runs parsed queries against an archive's index. Relevance comes in tiers — the words in the
// exact forms typed before other forms; within each, in a title, then in a lead/place/tag, then
// anywhere — and press_rank orders each tier (see Archive::registerSearchExtensions); ties go to
// the item added later. A query without text, or Newest, is sorted by event date. Thread: the connection's thread; a SearchInterrupter
// stops a running search from any other thread (it then fails with Cancelled).
class Searcher final
{
public:
    explicit Searcher(QSqlDatabase db);

    [[nodiscard]] Result<SearchResult> search(const Query &query,
                                              const SearchOptions &options = {}) const;
    // Every matching item id in the given order (for exports of a search).
    [[nodiscard]] Result<QList<qint64>> matchingIds(const Query &query,
                                                    SortOrder order = SortOrder::Newest) const;

private:
    QSqlDatabase m_db;
};

// Stops what a connection is running, from any thread: a search typed over by a newer one.
class SearchInterrupter final
{
public:
    SearchInterrupter() = default;
    explicit SearchInterrupter(const QSqlDatabase &db); // call on the connection's thread
    void interrupt() const;

private:
    void *m_handle = nullptr; // sqlite3*
};

} // namespace Press::Search

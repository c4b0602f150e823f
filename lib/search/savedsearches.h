#pragma once

#include "searcher.h"

#include <core/clock.h>
#include <core/result.h>

#include <QDateTime>
#include <QSqlDatabase>

namespace Press::Search {

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
    SortOrder sort = SortOrder::Relevance;
    QDateTime createdAt;
};

// Named queries kept in the archive (table saved_search), so everyone working on an archive sees
// the same list in the sidebar and in `pressdesk-cli searches`. Thread: the connection's thread.
class SavedSearches final
{
public:
    SavedSearches(QSqlDatabase db, const Clock &clock);

    [[nodiscard]] Result<QList<SavedSearch>> list() const; // by name
    // Adds, or replaces the query of the search with this name. The query must parse and not be
    // empty (InvalidArgument otherwise, with the problem described).
    [[nodiscard]] Result<SavedSearch> save(const QString &name, const QString &query,
                                           SortOrder sort);
    [[nodiscard]] Result<void> remove(const QString &name); // NotFound if there is none

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace Press::Search

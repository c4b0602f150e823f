#include "savedsearches.h"

#include <archive/sql.h>

using namespace Qt::StringLiterals;

namespace Press::Search {

SavedSearches::SavedSearches(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Result<QList<SavedSearch>> SavedSearches::list() const
{
    auto q = Archive::run(m_db, u"SELECT id, name, query, sort, created_at FROM saved_search"
                                " ORDER BY name COLLATE NOCASE, id"_s);
    if (!q)
        return q.error();
    QList<SavedSearch> searches;
    while (q->next()) {
        searches << SavedSearch{q->value(0).toLongLong(), q->value(1).toString(),
                                q->value(2).toString(),
                                sortOrderFromCode(q->value(3).toString())
                                    .value_or(SortOrder::Relevance),
                                fromTimestamp(q->value(4).toString())};
    }
    return searches;
}

Result<SavedSearch> SavedSearches::save(const QString &name, const QString &query, SortOrder sort)
{
    const QString trimmedName = name.simplified();
    if (trimmedName.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"a saved search needs a name"_s);
    const auto parsed = parseQuery(query);
    if (const auto *problem = std::get_if<QueryProblem>(&parsed))
        return makeError(ErrorCode::InvalidArgument, describe(*problem));
    if (std::get<Query>(parsed).isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"the query is empty"_s);
    const QDateTime now = m_clock.now();
    auto q = Archive::run(m_db,
                          u"INSERT INTO saved_search (name, query, sort, created_at)"
                          " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                          " query = excluded.query, sort = excluded.sort"
                          " RETURNING id, created_at"_s,
                          {trimmedName, query.trimmed(), sortOrderCode(sort), toTimestamp(now)});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::Database, u"saved search not stored"_s);
    return SavedSearch{q->value(0).toLongLong(), trimmedName, query.trimmed(), sort,
                       fromTimestamp(q->value(1).toString())};
}

Result<void> SavedSearches::remove(const QString &name)
{
    auto q = Archive::run(m_db, u"DELETE FROM saved_search WHERE name = ?"_s, {name.simplified()});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no saved search named '%1'"_s.arg(name));
    return ok();
}

} // namespace Press::Search

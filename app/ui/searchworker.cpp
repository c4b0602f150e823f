#include "searchworker.h"

#include <archive/database.h>

#include <QMutexLocker>

namespace Press::Ui {

SearchWorker::SearchWorker(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::cancelStale(quint64 generation)
{
    m_latest = generation;
    QMutexLocker lock(&m_interrupterMutex);
    m_interrupter.interrupt();
}

void SearchWorker::search(quint64 generation, const QString &text, int sortOrder, int offset)
{
    if (generation < m_latest)
        return; // typed over already
    if (!m_database) {
        Archive::DatabaseOptions options;
        options.readOnly = true;
        auto db = Archive::Database::open(m_path, options);
        if (!db) {
            emit failed(generation, db.error());
            return;
        }
        m_database = std::move(*db);
        QMutexLocker lock(&m_interrupterMutex);
        m_interrupter = Search::SearchInterrupter(m_database->connection());
    }
    auto parsed = Search::parseQuery(text);
    const auto *query = std::get_if<Search::Query>(&parsed);
    if (!query) { // the GUI shows problems itself; nothing to search
        emit failed(generation, makeError(ErrorCode::InvalidArgument, text));
        return;
    }
    Search::SearchOptions options;
    options.sort = Search::SortOrder(sortOrder);
    options.limit = kPageSize;
    options.offset = offset;
    const QSqlDatabase db = m_database->connection();
    auto result = Search::Searcher(db).search(*query, options);
    if (!result) {
        emit failed(generation, result.error());
        return;
    }
    QList<qint64> ids;
    for (const Search::Hit &hit : std::as_const(result->hits))
        ids << hit.itemId;
    auto rows = Archive::ItemListModel::loadRows(db, ids);
    if (!rows) {
        emit failed(generation, rows.error());
        return;
    }
    Search::SearchPage page;
    page.generation = generation;
    page.offset = offset;
    page.total = result->total;
    page.unknownTags = result->unknownTags;
    // loadRows leaves out items deleted meanwhile; keep hits and rows aligned.
    for (const Search::Hit &hit : std::as_const(result->hits)) {
        for (const Archive::ItemListRow &row : std::as_const(*rows)) {
            if (row.id == hit.itemId) {
                page.hits << hit;
                page.rows << row;
                break;
            }
        }
    }
    emit pageReady(page);
}

} // namespace Press::Ui

#include "itemlistmodel.h"

#include "sql.h"

#include <QHash>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace Press::Archive {

ItemListModel::ItemListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}


Result<QList<ItemListModel::Row>> ItemListModel::loadPage(int offset) const
{
    // Two steps, so that 200,000 items cost one index walk: first the ids of the page in the
    // requested order (each query below is served by an index, see migration 3), then the
    // display columns of just those ids.
    const QString dir = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QString idSql;
    switch (m_sortColumn) {
    case Section:
    case Status: {
        const QString column = m_sortColumn == Section ? u"section"_s : u"status"_s;
        idSql = u"SELECT id FROM item ORDER BY %1 %2, id %2"_s.arg(column, dir);
        break;
    }
    case TitleRu:
    case TitleEn:
        idSql = u"SELECT item_id FROM item_text WHERE lang = '%1' ORDER BY title %2, item_id %2"_s
                    .arg(m_sortColumn == TitleRu ? u"ru"_s : u"en"_s, dir);
        break;
    case StateRu:
    case StateEn:
        idSql = u"SELECT item_id FROM item_text WHERE lang = '%1' ORDER BY state %2, item_id %2"_s
                    .arg(m_sortColumn == StateRu ? u"ru"_s : u"en"_s, dir);
        break;
    case Photos:
        idSql = u"SELECT id FROM item ORDER BY photo_count %1, id %1"_s.arg(dir);
        break;
    case Date:
    default: idSql = u"SELECT id FROM item ORDER BY event_date %1, id %1"_s.arg(dir); break;
    }
    auto ids = run(m_db, idSql + u" LIMIT ? OFFSET ?"_s, {kPageSize, offset});
    if (!ids)
        return ids.error();
    QList<qint64> order;
    order.reserve(kPageSize);
    while (ids->next())
        order << ids->value(0).toLongLong();
    if (order.isEmpty())
        return QList<Row>();

    return loadRows(m_db, order);
}

Result<QList<ItemListRow>> ItemListModel::loadRows(const QSqlDatabase &db, const QList<qint64> &order)
{
    if (order.isEmpty())
        return QList<ItemListRow>();
    QStringList idList;
    idList.reserve(order.size());
    for (qint64 id : std::as_const(order))
        idList << QString::number(id); // numbers, not text: safe to inline
    const QString sql = u"SELECT i.id, i.event_date, i.section, ru.title, en.title, i.status,"
                        " ru.state, en.state,"
                        " i.photo_count"
                        " FROM item i"
                        " JOIN item_text ru ON ru.item_id = i.id AND ru.lang = 'ru'"
                        " JOIN item_text en ON en.item_id = i.id AND en.lang = 'en'"
                        " WHERE i.id IN ("_s
                        + idList.join(u',') + u')';
    auto q = run(db, sql);
    if (!q)
        return q.error();
    QHash<qint64, Row> byId;
    byId.reserve(order.size());
    while (q->next()) {
        Row r;
        r.id = q->value(0).toLongLong();
        r.date = q->value(1).toString();
        r.section = q->value(2).toString();
        r.titleRu = q->value(3).toString();
        r.titleEn = q->value(4).toString();
        r.status = q->value(5).toString();
        r.stateRu = q->value(6).toString();
        r.stateEn = q->value(7).toString();
        r.photos = q->value(8).toInt();
        byId.insert(r.id, r);
    }
    QList<Row> rows;
    rows.reserve(order.size());
    for (qint64 id : std::as_const(order)) {
        const auto it = byId.constFind(id);
        if (it != byId.cend()) // deleted between the two queries: skip
            rows << *it;
    }
    return rows;
}

QVariant ItemListModel::displayValue(const ItemListRow &r, int column)
{
    switch (column) {
    case Date: return r.date;
    case Section: return r.section;
    case TitleRu: return r.titleRu;
    case TitleEn: return r.titleEn;
    case Status: return r.status;
    case StateRu: return r.stateRu;
    case StateEn: return r.stateEn;
    case Photos: return r.photos;
    default: return {};
    }
}

QString ItemListModel::columnKey(int column)
{
    static const char *const keys[] = {"date", "section", "title-ru", "title-en",
                                       "status", "state-ru", "state-en", "photos"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

void ItemListModel::fail(const Error &error)
{
    m_lastError = error;
    emit loadFailed(error);
}

Result<void> ItemListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    auto total = scalar(m_db, u"SELECT count(*) FROM item"_s);
    if (total) {
        m_total = total->toInt();
        auto page = loadPage(0);
        if (page)
            m_rows = *page;
        else
            total = page.error();
    }
    {
        // Listeners of modelReset (QAbstractItemModelTester, some views) call fetchMore at once;
        // inserting rows while the reset is still being announced confuses them. They ask again.
        const QScopedValueRollback guard(m_fetching, true);
        endResetModel();
    }
    if (!total) {
        fail(total.error());
        return total.error();
    }
    return ok();
}

qint64 ItemListModel::itemId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ItemListModel::rowOfItem(qint64 id)
{
    for (;;) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == id)
                return i;
        }
        if (!canFetchMore({}))
            return -1;
        const int before = int(m_rows.size());
        fetchMore({});
        if (m_rows.size() == before)
            return -1;
    }
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == ItemIdRole)
        return r.id;
    if (role != Qt::DisplayRole)
        return {};
    return displayValue(r, index.column());
}

QVariant ItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Untranslated column keys; the UI's presentation proxy supplies translated headers.
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString key = columnKey(section);
    return key.isEmpty() ? QVariant() : QVariant(key);
}

bool ItemListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ItemListModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may ask again from inside our own rowsAboutToBeInserted.
    if (parent.isValid() || m_rows.size() >= m_total || m_fetching)
        return;
    const QScopedValueRollback guard(m_fetching, true);
    auto page = loadPage(int(m_rows.size()));
    if (!page) {
        fail(page.error());
        return;
    }
    if (page->isEmpty()) {
        // The archive shrank since the count; stop asking for more.
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    const int count = int(std::min<qsizetype>(page->size(), m_total - first));
    beginInsertRows({}, first, first + count - 1);
    m_rows.append(page->mid(0, count));
    endInsertRows();
}

void ItemListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    (void)reload();
}

} // namespace Press::Archive

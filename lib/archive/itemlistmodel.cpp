#include "itemlistmodel.h"

#include "sql.h"

#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace Press::Archive {

ItemListModel::ItemListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}


Result<QList<ItemListModel::Row>> ItemListModel::loadPage(int offset) const
{
    static const QString stateRu = translationStateSql(u"i"_s, u"ru"_s, u"src"_s);
    static const QString stateEn = translationStateSql(u"i"_s, u"en"_s, u"src"_s);
    QString order;
    switch (m_sortColumn) {
    case Section: order = u"i.section"_s; break;
    case TitleRu: order = u"ru.title"_s; break;
    case TitleEn: order = u"en.title COLLATE NOCASE"_s; break;
    case Status: order = u"i.status"_s; break;
    case StateRu: order = u"state_ru"_s; break;
    case StateEn: order = u"state_en"_s; break;
    case Photos: order = u"photos"_s; break;
    case Date:
    default: order = u"i.event_date"_s; break;
    }
    const QString dir = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    // The sort column first, then id in the same direction, so pages never overlap.
    const QString sql = u"SELECT i.id, i.event_date, i.section, ru.title, en.title, i.status, "_s
                        + stateRu + u" AS state_ru, "_s + stateEn
                        + u" AS state_en, (SELECT count(*) FROM item_photo p WHERE p.item_id = i.id)"
                          " AS photos"
                          " FROM item i"
                          " JOIN item_text ru ON ru.item_id = i.id AND ru.lang = 'ru'"
                          " JOIN item_text en ON en.item_id = i.id AND en.lang = 'en'"
                          " JOIN item_text src ON src.item_id = i.id AND src.lang = i.source_lang"
                          " ORDER BY "_s
                        + order + u' ' + dir + u", i.id "_s + dir + u" LIMIT ? OFFSET ?"_s;
    auto q = run(m_db, sql, {kPageSize, offset});
    if (!q)
        return q.error();
    QList<Row> rows;
    rows.reserve(kPageSize);
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
        rows << r;
    }
    return rows;
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
    if (role != Qt::DisplayRole && role != SortValueRole)
        return {};
    switch (index.column()) {
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

QVariant ItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Untranslated column keys; the UI's presentation proxy supplies translated headers.
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const keys[] = {"date", "section", "title-ru", "title-en",
                                       "status", "state-ru", "state-en", "photos"};
    return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QVariant();
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

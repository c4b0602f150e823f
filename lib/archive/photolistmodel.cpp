#include "photolistmodel.h"

#include "sql.h"

#include <core/clock.h>
#include <text/stemmer.h>

#include <QMimeData>
#include <QSize>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Press::Archive {

PhotoListModel::PhotoListModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{}

bool PhotoListModel::newerFirst(const Row &a, const Row &b)
{
    if (a.date != b.date)
        return a.date > b.date;
    return a.id > b.id;
}

Result<PhotoListModel::Rows> PhotoListModel::load(const QSqlDatabase &db, const QString &where,
                                                  const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT p.id, p.sha256, p.original_name, p.caption_ru, p.caption_en,"
                   " coalesce(p.taken_at, p.imported_at), p.width, p.height,"
                   " (SELECT count(*) FROM item_photo ip WHERE ip.photo_id = p.id),"
                   " p.credit, p.headline, p.keywords FROM photo p "_s
                   + where))
        return makeError(ErrorCode::Database, q.lastError().text());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(ErrorCode::Database, q.lastError().text());
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.sha256 = q.value(1).toString();
        r.name = q.value(2).toString();
        r.captionRu = q.value(3).toString();
        r.captionEn = q.value(4).toString();
        r.date = fromTimestamp(q.value(5).toString());
        r.size = QSize(q.value(6).toInt(), q.value(7).toInt());
        r.usage = q.value(8).toInt();
        r.folded = Text::foldWord(QStringList{r.name, r.captionRu, r.captionEn,
                                              q.value(9).toString(), q.value(10).toString(),
                                              q.value(11).toString()}
                                      .join(u'\n'));
        rows << r;
    }
    return rows;
}

Result<PhotoListModel::Rows> PhotoListModel::loadAll(const QSqlDatabase &db)
{
    return load(db, QString(), {});
}

Result<void> PhotoListModel::reload()
{
    auto rows = loadAll(m_db);
    if (!rows)
        return rows.error();
    setRows(std::move(rows).value());
    return ok();
}

void PhotoListModel::setRows(Rows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    std::sort(m_rows.begin(), m_rows.end(), newerFirst);
    m_visible.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (matches(m_rows.at(i)))
            m_visible << i;
    }
    endResetModel();
}

Result<void> PhotoListModel::refresh(qint64 photoId)
{
    auto rows = load(m_db, u"WHERE p.id = ?"_s, {photoId});
    if (!rows)
        return rows.error();
    const auto existing = std::find_if(m_rows.begin(), m_rows.end(),
                                       [photoId](const Row &r) { return r.id == photoId; });
    if (existing != m_rows.end()) {
        const int index = int(existing - m_rows.begin());
        const int visibleRow = int(m_visible.indexOf(index));
        if (rows->isEmpty()) {
            // Deleted: rebuild (rare).
            return reload();
        }
        const bool wasVisible = visibleRow >= 0;
        const bool sameDate = existing->date == rows->constFirst().date;
        *existing = rows->constFirst();
        if (sameDate && wasVisible == matches(*existing)) {
            if (wasVisible)
                emit dataChanged(this->index(visibleRow), this->index(visibleRow));
            return ok();
        }
        return reload();
    }
    if (rows->isEmpty())
        return ok();
    // A new photo: keep m_rows sorted by inserting at its place, then shift the visible indexes.
    const Row row = rows->constFirst();
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), row, newerFirst);
    const int index = int(at - m_rows.begin());
    m_rows.insert(index, row);
    for (int &v : m_visible) {
        if (v >= index)
            ++v;
    }
    if (matches(row)) {
        const int visibleRow = int(std::lower_bound(m_visible.begin(), m_visible.end(), index)
                                   - m_visible.begin());
        beginInsertRows({}, visibleRow, visibleRow);
        m_visible.insert(visibleRow, index);
        endInsertRows();
    }
    return ok();
}

bool PhotoListModel::matches(const Row &row) const
{
    const QDate date = row.date.date();
    if (m_from.isValid() && date < m_from)
        return false;
    if (m_to.isValid() && date > m_to)
        return false;
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&row](const QString &w) { return row.folded.contains(w); });
}

void PhotoListModel::applyFilter()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (matches(m_rows.at(i)))
            m_visible << i;
    }
    endResetModel();
}

void PhotoListModel::setFilterText(const QString &text)
{
    const QStringList words = Text::foldWord(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    applyFilter();
}

void PhotoListModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    applyFilter();
}

void PhotoListModel::setPreferredLanguage(bool russian)
{
    if (russian == m_russianFirst)
        return;
    m_russianFirst = russian;
    if (!m_visible.isEmpty())
        emit dataChanged(index(0), index(int(m_visible.size()) - 1), {Qt::DisplayRole, CaptionRole});
}

qint64 PhotoListModel::photoId(int row) const
{
    return row >= 0 && row < m_visible.size() ? m_rows.at(m_visible.at(row)).id : 0;
}

int PhotoListModel::rowOf(qint64 photoId) const
{
    for (int i = 0; i < m_visible.size(); ++i) {
        if (m_rows.at(m_visible.at(i)).id == photoId)
            return i;
    }
    return -1;
}

int PhotoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant PhotoListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Row &r = m_rows.at(m_visible.at(index.row()));
    const QString caption = m_russianFirst ? (r.captionRu.isEmpty() ? r.captionEn : r.captionRu)
                                           : (r.captionEn.isEmpty() ? r.captionRu : r.captionEn);
    switch (role) {
    case Qt::DisplayRole: return caption.isEmpty() ? r.name : caption;
    case Qt::ToolTipRole: return caption.isEmpty() ? r.name : r.name + u'\n' + caption;
    case IdRole: return r.id;
    case Sha256Role: return r.sha256;
    case NameRole: return r.name;
    case CaptionRole: return caption;
    case DateRole: return r.date;
    case UsageRole: return r.usage;
    case SizeRole: return r.size;
    default: return {};
    }
}

Qt::ItemFlags PhotoListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList PhotoListModel::mimeTypes() const
{
    return {QString(kMimeType)};
}

QMimeData *PhotoListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes)
        ids << QString::number(photoId(i.row()));
    auto *mime = new QMimeData;
    mime->setData(QString(kMimeType), ids.join(u'\n').toLatin1());
    return mime;
}

} // namespace Press::Archive

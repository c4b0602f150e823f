#include "searchresultmodel.h"

#include <QPoint>

using namespace Qt::StringLiterals;

namespace Press::Search {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_rows.clear();
    m_total = 0;
    m_waiting = false;
    endResetModel();
}

void SearchResultModel::setPage(const SearchPage &page)
{
    if (page.offset == 0) {
        beginResetModel();
        m_hits = page.hits;
        m_rows = page.rows;
        m_total = page.total;
        m_waiting = false;
        endResetModel();
        return;
    }
    m_waiting = false;
    if (page.offset != m_rows.size() || page.rows.isEmpty()) {
        if (page.rows.isEmpty())
            m_total = int(m_rows.size()); // the archive shrank: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
    m_hits += page.hits;
    m_rows += page.rows;
    endInsertRows();
}

qint64 SearchResultModel::itemId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int SearchResultModel::rowOfItem(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Archive::ItemListRow &row = m_rows.at(index.row());
    const Hit *hit = index.row() < m_hits.size() ? &m_hits.at(index.row()) : nullptr;
    if (role == ItemIdRole)
        return row.id;
    if (index.column() != Match)
        return role == Qt::DisplayRole ? Archive::ItemListModel::displayValue(row, index.column())
                                       : QVariant();
    if (!hit)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return hit->snippet.text;
    case MatchesRole: {
        QVariantList ranges;
        for (const auto &[start, length] : hit->snippet.matches)
            ranges << QPoint(start, length);
        return ranges;
    }
    case SnippetLanguageRole:
        return hit->snippet.language ? languageCode(*hit->snippet.language) : QString();
    default: return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Match ? u"match"_s : Archive::ItemListModel::columnKey(section);
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_waiting && m_rows.size() < m_total;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    emit moreWanted(int(m_rows.size()));
}

} // namespace Press::Search

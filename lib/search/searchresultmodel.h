#pragma once

#include "searcher.h"

#include <archive/itemlistmodel.h>

#include <QAbstractTableModel>

namespace Press::Search {

// One page of search results as a background search delivers it: the hits with their snippets
// and the list rows of those items.
struct SearchPage
{
    quint64 generation = 0; // which request it answers (older pages are dropped)
    int offset = 0;
    int total = 0;
    QList<Hit> hits;
    QList<Archive::ItemListRow> rows; // same order as hits
    QStringList unknownTags;
};

// Search results as a table with the item list's columns (same raw values, so the same
// presentation applies) plus the hit's snippet. Pages arrive from elsewhere (setPage); when the
// view scrolls to the end, moreWanted(offset) asks for the next one.
// Thread: the GUI thread.
class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    static constexpr int Match = Archive::ItemListModel::ColumnCount;
    static constexpr int ColumnCount = Match + 1;
    enum Role {
        ItemIdRole = Archive::ItemListModel::ItemIdRole,
        MatchesRole = Qt::UserRole + 10, // QVariantList of QPoint(start, length) in the snippet
        SnippetLanguageRole,             // "ru", "en" or empty
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void clear();
    // Offset 0 replaces the results; a later page is appended when it continues them.
    void setPage(const SearchPage &page);
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] qint64 itemId(int row) const;
    [[nodiscard]] int rowOfItem(qint64 id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void moreWanted(int offset);

private:
    QList<Hit> m_hits;
    QList<Archive::ItemListRow> m_rows;
    int m_total = 0;
    bool m_waiting = false;
};

} // namespace Press::Search

Q_DECLARE_METATYPE(Press::Search::SearchPage)

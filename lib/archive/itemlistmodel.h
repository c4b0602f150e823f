#pragma once

#include <core/result.h>

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

namespace Press::Archive {

// What one row of an item list shows (raw codes; see ItemListModel).
struct ItemListRow
{
    qint64 id = 0;
    QString date;
    QString section;
    QString titleRu;
    QString titleEn;
    QString status;
    QString stateRu;
    QString stateEn;
    int photos = 0;
};

// The archive's items as a table for the main window's list: one row per item, loaded in pages
// as the view scrolls (canFetchMore/fetchMore), sorted by SQL, so 200,000 items cost one page
// of rows plus a COUNT. Display values are raw: ISO dates, and codes for section, status and
// translation state (model/enums.h); the UI maps codes to translated labels.
// Thread: the thread that owns the connection (the GUI thread for the main window).
class ItemListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemListModel)

public:
    enum Column { Date, Section, TitleRu, TitleEn, Status, StateRu, StateEn, Photos, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 256;

    explicit ItemListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Reloads from the archive (after saves or imports), keeping the sort order.
    Result<void> reload();
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] qint64 itemId(int row) const;
    // Loads pages until the item is in the model; -1 when it is not in the archive.
    [[nodiscard]] int rowOfItem(qint64 id);
    [[nodiscard]] const Error &lastError() const { return m_lastError; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const Press::Error &error);

public:
    // The rows of these items, in this order (items that no longer exist are left out). For any
    // list of items: this model's pages, search results.
    [[nodiscard]] static Result<QList<ItemListRow>> loadRows(const QSqlDatabase &db,
                                                             const QList<qint64> &ids);
    // The DisplayRole value of `column` (Column) for a row.
    [[nodiscard]] static QVariant displayValue(const ItemListRow &row, int column);
    // Untranslated column key ("date", "title-ru" …) for headers.
    [[nodiscard]] static QString columnKey(int column);

private:
    using Row = ItemListRow;

    [[nodiscard]] Result<QList<Row>> loadPage(int offset) const;
    void fail(const Error &error);

    QSqlDatabase m_db;
    QList<Row> m_rows;
    int m_total = 0;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    Error m_lastError;
    bool m_fetching = false;
};

} // namespace Press::Archive

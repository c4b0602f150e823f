#pragma once

#include <core/result.h>

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QSize>
#include <QSqlDatabase>

namespace Press::Archive {

// The photo library as a flat list for a grid: every photo's light columns (no pixels, no
// metadata blobs) held in memory, newest first by date taken (date imported for photos without
// one), filtered by words of caption, name, credit, headline or keywords (any case, ё = е) and
// by a date range. 20,000 photos load in one query and filter in a few milliseconds.
// Thread: the thread that owns the connection.
class PhotoListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        Sha256Role,
        NameRole,     // original file name
        CaptionRole,  // in the preferred language, else the other
        DateRole,     // QDateTime taken (or imported)
        UsageRole,    // how many items use it
        SizeRole,     // QSize as displayed
    };

    // One photo's light columns, as the grid shows and filters them.
    struct Row
    {
        qint64 id = 0;
        QString sha256;
        QString name;
        QString captionRu;
        QString captionEn;
        QDateTime date;
        QSize size;
        int usage = 0;
        QString folded; // every searchable field, folded, for the filter
    };
    using Rows = QList<Row>;

    explicit PhotoListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Reads every photo's row through `db`: any thread, with that thread's own connection (the
    // library view reads them on a worker and hands them over with setRows()).
    [[nodiscard]] static Result<Rows> loadAll(const QSqlDatabase &db);
    void setRows(Rows rows);
    [[nodiscard]] Result<void> reload();
    // Adds (or refreshes) one photo's row, e.g. just imported or its caption edited.
    [[nodiscard]] Result<void> refresh(qint64 photoId);

    void setFilterText(const QString &text);
    // Invalid dates leave that end open.
    void setDateRange(const QDate &from, const QDate &to);
    void setPreferredLanguage(bool russian);

    [[nodiscard]] int totalCount() const { return int(m_rows.size()); }
    [[nodiscard]] qint64 photoId(int row) const;
    [[nodiscard]] int rowOf(qint64 photoId) const; // -1 when filtered out or unknown

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // The drag format: photo ids, one per line, in the order selected.
    static constexpr QLatin1StringView kMimeType{"application/x-pressdesk-photo-ids"};

private:
    [[nodiscard]] bool matches(const Row &row) const;
    [[nodiscard]] static bool newerFirst(const Row &a, const Row &b);
    [[nodiscard]] static Result<Rows> load(const QSqlDatabase &db, const QString &where,
                                           const QVariantList &values);
    void applyFilter();

    QSqlDatabase m_db;
    QList<Row> m_rows;    // sorted, newest first
    QList<int> m_visible; // indexes into m_rows
    QStringList m_words;  // folded filter words
    QDate m_from;
    QDate m_to;
    bool m_russianFirst = true;
};

} // namespace Press::Archive

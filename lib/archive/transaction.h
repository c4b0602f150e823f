#pragma once

#include <core/result.h>

#include <QSqlDatabase>

namespace Press::Archive {

// RAII transaction: BEGIN on begin(), ROLLBACK in the destructor unless commit() succeeded.
// Write transactions are BEGIN IMMEDIATE: they take the write lock up front, so two writers wait
// for each other (up to the busy timeout) instead of failing half-way with SQLITE_BUSY on lock
// upgrade. Read transactions give a consistent snapshot (WAL) for exports and backups.
// Inside an open transaction a Transaction becomes a SAVEPOINT, so repository calls nest inside
// a caller's larger transaction (an import, the demo archive) and roll back as one.
class Transaction final
{
public:
    enum class Mode { Write, Read };

    Q_DISABLE_COPY_MOVE(Transaction)
    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Write);
    ~Transaction();

    [[nodiscard]] Result<void> begin();
    [[nodiscard]] Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    Mode m_mode;
    QString m_savepoint; // non-empty when nested
    bool m_active = false;
};

} // namespace Press::Archive

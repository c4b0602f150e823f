#include "transaction.h"

#include "sql.h"

#include <QAtomicInteger>
#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Press::Archive {

Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db))
    , m_mode(mode)
{}

Transaction::~Transaction()
{
    rollback();
}

namespace {

bool insideTransaction(const QSqlDatabase &db)
{
    // Qt's SQLite driver hands out its sqlite3 handle; autocommit off means a transaction is open.
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}

} // namespace

Result<void> Transaction::begin()
{
    Q_ASSERT(!m_active);
    static QAtomicInteger<quint64> counter;
    if (insideTransaction(m_db))
        m_savepoint = u"press_sp_%1"_s.arg(counter.fetchAndAddRelaxed(1));
    auto r = run(m_db, !m_savepoint.isEmpty()    ? u"SAVEPOINT "_s + m_savepoint
                       : m_mode == Mode::Write ? u"BEGIN IMMEDIATE"_s
                                               : u"BEGIN"_s);
    if (!r)
        return r.error();
    m_active = true;
    return ok();
}

Result<void> Transaction::commit()
{
    Q_ASSERT(m_active);
    auto r = run(m_db, m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint);
    if (!r)
        return r.error();
    m_active = false;
    return ok();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_savepoint.isEmpty()) {
        auto r = run(m_db, u"ROLLBACK"_s);
        Q_UNUSED(r) // nothing more to do: the connection is closed or the transaction is gone
        return;
    }
    auto r = run(m_db, u"ROLLBACK TO "_s + m_savepoint);
    auto released = run(m_db, u"RELEASE "_s + m_savepoint);
    Q_UNUSED(r)
    Q_UNUSED(released)
}

} // namespace Press::Archive

#include "database.h"

#include "searchextensions.h"
#include "sql.h"

#include <core/logging.h>

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Press::Archive {
namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"press-archive-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Root ignores permission bits, so "can I write?" (access(2)) is not enough: a file that nobody
// may write is one the user marked read-only, and we respect that.
bool hasWriteBits(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    return p & (QFileDevice::WriteOwner | QFileDevice::WriteGroup
                | QFileDevice::WriteOther);
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> Database::checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    const qint64 fileSize = file.size();
    if (fileSize == 0)
        return makeError(ErrorCode::ArchiveCorrupt, u"%1 is empty (truncated to 0 bytes)"_s.arg(path));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return makeError(ErrorCode::ArchiveCorrupt,
                         u"%1 is not an SQLite database (bad header)"_s.arg(path));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return makeError(ErrorCode::ArchiveCorrupt, u"%1 has an invalid page size"_s.arg(path));
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The in-header page count is only trustworthy when written by SQLite ≥ 3.7.0, which marks
    // it with version-valid-for == change counter.
    if (validFor == changeCounter && qint64(pageCount) * pageSize > fileSize)
        return makeError(ErrorCode::ArchiveCorrupt,
                         u"%1 is truncated: %2 bytes, the header counts %3 pages of %4 bytes"_s
                             .arg(path)
                             .arg(fileSize)
                             .arg(pageCount)
                             .arg(pageSize));
    return ok();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path,
                                                 const DatabaseOptions &options)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && !options.create)
        return makeError(ErrorCode::NotFound, u"no archive database at %1"_s.arg(path));
    if (exists) {
        if (auto header = checkHeader(path); !header)
            return header.error();
    }
    const bool readOnly = options.readOnly
                          || (exists && (!hasWriteBits(path)
                                         || !hasWriteBits(info.absolutePath())));
    if (readOnly && !exists)
        return makeError(ErrorCode::ArchiveReadOnly, u"cannot create %1 read-only"_s.arg(path));

    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, readOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs);
        if (readOnly)
            connectOptions += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return sqlError(db.lastError(), u"open %1"_s.arg(path));
    }
    const QSqlDatabase db = database->connection();
    // Any read touches the schema; this is where "file is not a database" and lock waits show.
    if (auto r = scalar(db, u"PRAGMA schema_version"_s); !r)
        return r.error();
    if (auto r = run(db, u"PRAGMA foreign_keys = ON"_s); !r)
        return r.error();
    // 32 MB of page cache (the default is 2 MB): searches and list pages of a large archive
    // read the same index pages again and again.
    if (auto r = run(db, u"PRAGMA cache_size = -32768"_s); !r)
        return r.error();
    if (auto r = registerSearchExtensions(db); !r)
        return r.error();
    return database;
}

Result<void> Database::prepareForWriting() const
{
    if (m_readOnly)
        return ok();
    const QSqlDatabase db = connection();
    auto mode = scalar(db, u"PRAGMA journal_mode = WAL"_s);
    if (!mode)
        return mode.error();
    if (mode->toString().toLower() != u"wal")
        qCWarning(lcArchive) << "journal_mode WAL refused, got" << mode->toString();
    // NORMAL is durable in WAL mode against application crashes; only a power loss can roll back
    // the last transactions, never corrupt the file.
    if (auto r = run(db, u"PRAGMA synchronous = NORMAL"_s); !r)
        return r.error();
    return ok();
}

Result<int> Database::userVersion() const
{
    auto v = scalar(connection(), u"PRAGMA user_version"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<void> Database::checkpoint() const
{
    if (m_readOnly)
        return ok();
    auto r = run(connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (!r)
        return r.error();
    return ok();
}

} // namespace Press::Archive

#pragma once

#include <core/result.h>

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Press::Archive {

struct DatabaseOptions
{
    bool readOnly = false;
    bool create = false;          // create the file when it does not exist
    int busyTimeoutMs = 5000;     // how long to wait for another writer before "locked"
};

// One QSqlDatabase connection to an archive.sqlite, with the pragmas every connection needs
// (WAL, foreign keys). Each instance has a unique connection name and removes it on destruction.
// Thread: use it only on the thread that opened it (Qt's rule for QSqlDatabase); other threads
// open their own Database on the same file.
class Database final
{
public:
    Q_DISABLE_COPY_MOVE(Database)
    ~Database();

    // Opens (and with options.create, creates) the file. Checks the SQLite header first, so a
    // truncated or foreign file is reported without SQLite ever writing to it.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                const DatabaseOptions &options);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    [[nodiscard]] Result<int> userVersion() const;
    // WAL journal and synchronous=NORMAL: what every writable archive uses. Separate from open()
    // so that a file is identified as ours before anything is written to it.
    [[nodiscard]] Result<void> prepareForWriting() const;
    // Checkpoints the WAL into the main file (used before copying or closing cleanly).
    [[nodiscard]] Result<void> checkpoint() const;

    // Checks the 100-byte SQLite header: magic, page size, and that the file holds every page the
    // header counts. Ok for a file that SQLite can open without risk.
    [[nodiscard]] static Result<void> checkHeader(const QString &path);

private:
    Database(QString path, QString connectionName, bool readOnly);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};

} // namespace Press::Archive

#pragma once

#include <core/error.h>
#include <search/searchresultmodel.h>

#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace Press::Archive {
class Database;
}

namespace Press::Ui {

// Runs searches on its own thread with its own read-only connection to the archive, so typing
// never waits for SQLite. Each request carries a generation; requests older than the newest one
// are skipped, and cancelStale() interrupts the one running.
class SearchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWorker)

public:
    static constexpr int kPageSize = 100;

    explicit SearchWorker(QString databasePath, QObject *parent = nullptr);
    ~SearchWorker() override;

    // Any thread: from now on only `generation` (or newer) matters; stops the search running.
    void cancelStale(quint64 generation);

public slots:
    void search(quint64 generation, const QString &query, int sortOrder, int offset);

signals:
    void pageReady(const Press::Search::SearchPage &page);
    void failed(quint64 generation, const Press::Error &error);

private:
    QString m_path;
    std::unique_ptr<Archive::Database> m_database;
    std::atomic<quint64> m_latest{0};
    QMutex m_interrupterMutex;
    Search::SearchInterrupter m_interrupter;
};

} // namespace Press::Ui

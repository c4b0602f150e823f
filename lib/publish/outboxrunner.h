#pragma once

#include "secrets.h"

#include <core/error.h>
#include <model/publishing.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace Press::Archive {
class Archive;
}

namespace Press::Publish {

class Publisher;
class WordPressClient;

struct OutboxOptions
{
    int timeoutMs = 30000;      // per request, without an answer
    int retryBaseMs = 10000;    // first retry after this, then doubling…
    int retryMaxMs = 3600000;   // …up to an hour
    int maxAttempts = 8;        // then the job fails with its last error
    bool waitForRetries = true; // keep running until no job is waiting for a retry
};

// Works through the archive's outbox: due jobs one at a time, oldest first, each by the adapter
// of its target's kind. A temporary failure (no answer, 5xx, a timeout) puts the job back with
// exponential backoff; a permanent one (401, 403, 400 …) stops it with the server's message.
// Jobs left running by a program that ended are queued again at start(). Thread: the archive's,
// with an event loop.
class OutboxRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxRunner)

public:
    OutboxRunner(Archive::Archive &archive, QNetworkAccessManager &network, OutboxOptions options,
                 PasswordLookup passwords, QObject *parent = nullptr);
    ~OutboxRunner() override;

    void start();
    // Stops the running job (it is queued again) and starts no more.
    void stop();
    // Looks for due jobs now (after a job was queued or retried).
    void wake();
    [[nodiscard]] bool isRunning() const { return m_started; }
    [[nodiscard]] qint64 currentJob() const { return m_current; }

signals:
    void jobStarted(qint64 jobId);
    void jobProgressed(qint64 jobId, const QString &step);
    void jobFinished(qint64 jobId, Press::Model::JobState state);
    // No job is due; retries may be waiting (waitForRetries) or not.
    void idle();
    // No job is queued, running or waiting for a retry.
    void drained();
    void failed(const Press::Error &error); // the archive itself failed

private:
    void pump();
    void runJob(Model::PublishJob job);
    void jobEnded(Model::PublishJob job, const Error &error);
    [[nodiscard]] WordPressClient *clientFor(const Model::PublishTarget &target, const QString &password);

    Archive::Archive &m_archive;
    QNetworkAccessManager &m_network;
    OutboxOptions m_options;
    PasswordLookup m_passwords;
    QHash<QString, WordPressClient *> m_clients; // by site, user and password
    QPointer<Publisher> m_publisher;
    QTimer m_retryTimer;
    qint64 m_current = 0;
    bool m_started = false;
    bool m_pumpQueued = false;
};

} // namespace Press::Publish

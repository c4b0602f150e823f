#include "outboxrunner.h"

#include "wordpressclient.h"
#include "wordpresspublisher.h"

#include <archive/archive.h>

#include <QNetworkAccessManager>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Press::Publish {

OutboxRunner::OutboxRunner(Archive::Archive &archive, QNetworkAccessManager &network,
                           OutboxOptions options, PasswordLookup passwords, QObject *parent)
    : QObject(parent)
    , m_archive(archive)
    , m_network(network)
    , m_options(options)
    , m_passwords(passwords ? std::move(passwords) : PasswordLookup(passwordFromFileOrEnvironment))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxRunner::wake);
}

OutboxRunner::~OutboxRunner()
{
    stop();
}

void OutboxRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    if (auto requeued = m_archive.publishing().requeueInterrupted(); !requeued) {
        emit failed(requeued.error());
        return;
    }
    wake();
}

void OutboxRunner::stop()
{
    m_started = false;
    m_retryTimer.stop();
    if (m_publisher)
        m_publisher->abort();
}

void OutboxRunner::wake()
{
    if (!m_started || m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &OutboxRunner::pump, Qt::QueuedConnection);
}

void OutboxRunner::pump()
{
    m_pumpQueued = false;
    if (!m_started || m_current != 0)
        return;
    auto due = m_archive.publishing().dueJobs();
    if (!due) {
        emit failed(due.error());
        return;
    }
    if (!due->isEmpty())
        return runJob(due->first());
    auto next = m_archive.publishing().nextRetry();
    if (!next) {
        emit failed(next.error());
        return;
    }
    emit idle();
    if (*next && m_options.waitForRetries) {
        const qint64 wait = std::max<qint64>(0, m_archive.clock().now().msecsTo(**next));
        m_retryTimer.start(int(std::min<qint64>(wait + 10, 24LL * 3600 * 1000)));
        return;
    }
    emit drained();
}

WordPressClient *OutboxRunner::clientFor(const Model::PublishTarget &target, const QString &password)
{
    // A changed password (fixed in the keychain or the file) makes a new client.
    const QString key = target.site() + u'|' + target.user + u'|' + password;
    WordPressClient *client = m_clients.value(key);
    if (!client) {
        client = new WordPressClient(m_network, QUrl(target.baseUrl), target.user, password, this);
        m_clients.insert(key, client);
    }
    client->setTimeout(m_options.timeoutMs);
    client->setTrustedCertificate(target.trustedCertificate);
    return client;
}

void OutboxRunner::runJob(Model::PublishJob job)
{
    m_current = job.id;
    job.state = Model::JobState::Running;
    ++job.attempts;
    job.progress.clear();
    if (auto saved = m_archive.publishing().updateJob(job); !saved) {
        m_current = 0;
        emit failed(saved.error());
        return;
    }
    emit jobStarted(job.id);
    auto target = m_archive.publishing().target(job.targetId);
    if (!target)
        return jobEnded(job, target.error());
    if (target->kind != u"wordpress"_s)
        return jobEnded(job, makeError(ErrorCode::Unsupported, u"no adapter for %1 sites"_s.arg(target->kind)));
    auto password = m_passwords(*target);
    if (!password)
        return jobEnded(job, password.error());
    auto *publisher = new WordPressPublisher(m_archive, *target, *clientFor(*target, *password), this);
    m_publisher = publisher;
    connect(publisher, &Publisher::progressed, this, [this, jobId = job.id](const QString &step) {
        if (auto j = m_archive.publishing().job(jobId)) {
            j->progress = step;
            (void)m_archive.publishing().updateJob(*j);
        }
        emit jobProgressed(jobId, step);
    });
    connect(publisher, &Publisher::finished, this, [this, publisher, job](const Error &error) {
        publisher->deleteLater();
        jobEnded(job, error);
    });
    publisher->run(job);
}

void OutboxRunner::jobEnded(Model::PublishJob job, const Error &error)
{
    m_current = 0;
    // The stored row may have moved on (progress); keep its counters, set the outcome.
    if (auto stored = m_archive.publishing().job(job.id)) {
        stored->attempts = job.attempts;
        job = *stored;
    }
    job.progress.clear();
    if (isSuccess(error)) {
        job.state = Model::JobState::Done;
        job.lastError.clear();
        job.errorCode.clear();
        job.nextAttemptAt = {};
    } else if (error.code == ErrorCode::Cancelled) {
        job.state = Model::JobState::Queued; // stopped by us: runs again next time
        --job.attempts;
    } else {
        job.lastError = error.detail;
        job.errorCode = errorCodeName(error.code);
        if (error.code == ErrorCode::Network && job.attempts < m_options.maxAttempts) {
            job.state = Model::JobState::Retrying;
            const double delay = std::min<double>(m_options.retryMaxMs,
                                                  m_options.retryBaseMs * std::pow(2.0, job.attempts - 1));
            job.nextAttemptAt = m_archive.clock().now().addMSecs(qint64(delay));
        } else {
            job.state = Model::JobState::Failed;
            job.nextAttemptAt = {};
        }
    }
    if (auto saved = m_archive.publishing().updateJob(job); !saved) {
        emit failed(saved.error());
        return;
    }
    emit jobFinished(job.id, job.state);
    wake();
}

} // namespace Press::Publish

#include "publishworker.h"

#include <archive/archive.h>
#include <publish/outboxrunner.h>
#include <publish/publisher.h>
#include <publish/wordpressclient.h>
#include <publish/wordpresspuller.h>

#include <QNetworkAccessManager>
#include <QTimer>

namespace Press::Ui {

PublishWorker::PublishWorker(QString archivePath, Publish::Keychain::Passwords passwords, QObject *parent)
    : QObject(parent)
    , m_archivePath(std::move(archivePath))
    , m_passwords(std::move(passwords))
{
    qRegisterMetaType<Press::Error>();
    qRegisterMetaType<QList<qint64>>();
}

PublishWorker::~PublishWorker()
{
    stop();
}

void PublishWorker::start()
{
    auto archive = Archive::Archive::open(m_archivePath);
    if (!archive) {
        emit failed(archive.error());
        return;
    }
    m_archive = std::move(*archive);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_runner = std::make_unique<Publish::OutboxRunner>(*m_archive, *m_network, Publish::OutboxOptions{},
                                                       Publish::lookupWithKeychain(m_passwords));
    connect(m_runner.get(), &Publish::OutboxRunner::jobStarted, this,
            [this](qint64 id) { emit jobChanged(id, QString()); });
    connect(m_runner.get(), &Publish::OutboxRunner::jobProgressed, this, &PublishWorker::jobChanged);
    connect(m_runner.get(), &Publish::OutboxRunner::jobFinished, this,
            [this](qint64 id, Model::JobState) { emit jobChanged(id, QString()); });
    connect(m_runner.get(), &Publish::OutboxRunner::failed, this, &PublishWorker::failed);
    m_runner->start();
}

void PublishWorker::wake()
{
    if (m_runner)
        m_runner->wake();
}

void PublishWorker::stop()
{
    cancelPull();
    m_puller.reset();
    m_pullClient.reset();
    if (m_runner)
        m_runner->stop();
    m_runner.reset();
    m_network.reset();
    m_archive.reset();
}

void PublishWorker::pull(qint64 targetId, const QList<qint64> &postIds)
{
    const auto finish = [this](const Error &error) {
        const Publish::PullReport report = m_puller ? m_puller->report() : Publish::PullReport{};
        emit pulled(report.items, report.created, report.updated + report.paired, error);
    };
    if (m_puller) {
        m_pendingPulls.append({targetId, postIds});
        return;
    }
    if (!m_archive)
        return finish(makeError(ErrorCode::Cancelled, QStringLiteral("publishing is not running")));
    auto target = m_archive->publishing().target(targetId);
    if (!target)
        return finish(target.error());
    auto client = Publish::WordPressClient::forTarget(*m_network, *target, Publish::lookupWithKeychain(m_passwords));
    if (!client)
        return finish(client.error());
    m_pullClient = std::move(*client);
    m_puller = std::make_unique<Publish::WordPressPuller>(*m_archive, *target, *m_pullClient,
                                                          Publish::PullOptions{{}, postIds});
    connect(m_puller.get(), &Publish::WordPressPuller::progressed, this, &PublishWorker::pullProgressed);
    connect(m_puller.get(), &Publish::WordPressPuller::finished, this, [this, finish](const Error &error) {
        finish(error);
        // Not from inside the puller's own signal.
        QTimer::singleShot(0, this, [this] {
            m_puller.reset();
            m_pullClient.reset();
            if (!m_pendingPulls.isEmpty()) {
                const auto [target, posts] = m_pendingPulls.takeFirst();
                pull(target, posts);
            }
        });
    });
    m_puller->run();
}

void PublishWorker::cancelPull()
{
    // Each pull asked for ends with pulled(), also those that never started.
    for (qsizetype i = 0; i < m_pendingPulls.size(); ++i)
        emit pulled({}, 0, 0, makeError(ErrorCode::Cancelled, QStringLiteral("stopped")));
    m_pendingPulls.clear();
    if (m_puller)
        m_puller->abort();
}

} // namespace Press::Ui

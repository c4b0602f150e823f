#include "publishworker.h"

#include <archive/archive.h>
#include <publish/outboxrunner.h>

#include <QNetworkAccessManager>

namespace Press::Ui {

PublishWorker::PublishWorker(QString archivePath, QObject *parent)
    : QObject(parent)
    , m_archivePath(std::move(archivePath))
{
    qRegisterMetaType<Press::Error>();
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
                                                       Publish::PasswordLookup{});
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
    if (m_runner)
        m_runner->stop();
    m_runner.reset();
    m_network.reset();
    m_archive.reset();
}

} // namespace Press::Ui

#pragma once

#include <core/error.h>
#include <model/publishing.h>

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace Press::Archive {
class Archive;
}
namespace Press::Publish {
class OutboxRunner;
}

namespace Press::Ui {

// The outbox runner on its own thread with its own connection to the archive and its own
// network access: renditions are made and answers handled there, never on the GUI thread. It
// runs for as long as the window has the archive open, waking when jobs are queued.
class PublishWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishWorker)

public:
    explicit PublishWorker(QString archivePath, QObject *parent = nullptr);
    ~PublishWorker() override;

public slots:
    void start();
    void wake();
    void stop();

signals:
    void jobChanged(qint64 jobId, const QString &step);
    void failed(const Press::Error &error);

private:
    QString m_archivePath;
    std::unique_ptr<Archive::Archive> m_archive;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Publish::OutboxRunner> m_runner;
};

} // namespace Press::Ui

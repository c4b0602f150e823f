#pragma once

#include <core/error.h>
#include <model/publishing.h>
#include <publish/keychain.h>

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace Press::Archive {
class Archive;
}
namespace Press::Publish {
class OutboxRunner;
class WordPressClient;
class WordPressPuller;
}

namespace Press::Ui {

// The outbox runner on its own thread with its own connection to the archive and its own
// network access: renditions are made and answers handled there, never on the GUI thread. It
// runs for as long as the window has the archive open, waking when jobs are queued. The
// keychain's passwords are read on the GUI thread beforehand (QtKeychain's jobs belong there)
// and handed over. Pulls (a website's version of a post) run here too.
class PublishWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishWorker)

public:
    PublishWorker(QString archivePath, Publish::Keychain::Passwords passwords, QObject *parent = nullptr);
    ~PublishWorker() override;

public slots:
    void start();
    void wake();
    void stop();
    // Reads the target's posts (`postIds`; none: all) into the archive; pulled() follows.
    void pull(qint64 targetId, const QList<qint64> &postIds);
    void cancelPull();

signals:
    void jobChanged(qint64 jobId, const QString &step);
    void failed(const Press::Error &error);
    void pullProgressed(const QString &step, int done, int total);
    // The items created or updated; an error (code Unknown: none) when the pull stopped.
    void pulled(const QList<qint64> &items, int created, int updated, const Press::Error &error);

private:
    QString m_archivePath;
    Publish::Keychain::Passwords m_passwords;
    std::unique_ptr<Archive::Archive> m_archive;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Publish::OutboxRunner> m_runner;
    std::unique_ptr<Publish::WordPressClient> m_pullClient;
    std::unique_ptr<Publish::WordPressPuller> m_puller;
    QList<std::pair<qint64, QList<qint64>>> m_pendingPulls; // asked for while one ran
};

} // namespace Press::Ui

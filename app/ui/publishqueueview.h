#pragma once

#include <core/error.h>
#include <model/publishing.h>

#include "publishdialog.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QThread;

namespace Press::Archive {
class Archive;
}

namespace Press::Ui {

class DialogService;
class PublishWorker;

// The publishing outbox ("Publishing" tab): every job with its item, target, state, attempts,
// next try, the website's last message, and the post's address as a link; Retry and Cancel for
// the selected jobs. The jobs run on a PublishWorker thread as soon as they are queued.
class PublishQueueView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishQueueView)

public:
    PublishQueueView(DialogService &dialogs, QWidget *parent = nullptr);
    ~PublishQueueView() override;

    void setArchive(Archive::Archive *archive);
    // Queues the item's publication as chosen (every target when `choice` names none) and
    // starts it.
    bool publishItem(qint64 itemId, const PublishChoice &choice = {});
    // What the Publish dialog shows for the item: the targets, its text and posts on each.
    [[nodiscard]] std::optional<PublishSetup> publishSetup(qint64 itemId);
    void reload();
    // Reads the targets' passwords again and restarts the worker (after the targets changed).
    void restartWorker();
    // The selected jobs that stopped because the post was changed on the website: publish them
    // over the website's version, or take the website's version into the archive (the archive's
    // text stays in the item's history) and cancel the job.
    void overwriteConflicts();
    void takeWebsiteVersions();
    // Reads a target's posts into the archive in the background (all, or `postIds`).
    void pull(qint64 targetId, const QList<qint64> &postIds = {});
    [[nodiscard]] bool isReady() const { return m_worker != nullptr; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }

signals:
    void jobChanged(qint64 jobId);
    // The worker has started (the keychain was read).
    void ready();
    // Items a pull created or changed.
    void itemsChanged(const QList<qint64> &itemIds);
    void pullFinished(const QString &summary, const Press::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startWorker();
    void stopWorker();
    [[nodiscard]] QList<qint64> selectedJobs() const;
    [[nodiscard]] QList<Model::PublishJob> selectedConflicts() const;
    void updateButtons();

    DialogService &m_dialogs;
    Archive::Archive *m_archive = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_overwrite = nullptr;
    QPushButton *m_takeWebsite = nullptr;
    QPushButton *m_stopPull = nullptr; // shown while the website is being read
    int m_pulls = 0;                   // pulls asked for and not finished
    QList<qint64> m_conflictJobsPulled; // cancelled once their pull succeeds
    quint64 m_startGeneration = 0;      // a keychain read that outlived its archive is dropped
    QThread *m_thread = nullptr;
    PublishWorker *m_worker = nullptr;
};

} // namespace Press::Ui

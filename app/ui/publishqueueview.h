#pragma once

#include <QWidget>

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
    // Queues the item's publication for every target (both languages) and starts it.
    bool publishItem(qint64 itemId);
    void reload();
    [[nodiscard]] QTableWidget *table() const { return m_table; }

signals:
    void jobChanged(qint64 jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startWorker();
    void stopWorker();
    [[nodiscard]] QList<qint64> selectedJobs() const;

    DialogService &m_dialogs;
    Archive::Archive *m_archive = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_cancel = nullptr;
    QThread *m_thread = nullptr;
    PublishWorker *m_worker = nullptr;
};

} // namespace Press::Ui

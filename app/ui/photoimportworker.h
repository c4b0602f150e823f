#pragma once

#include <archive/photoimporter.h>
#include <core/error.h>

#include <QObject>
#include <QStringList>

#include <atomic>

namespace Press::Ui {

// Runs one photo import on its own thread with its own connection to the archive (the window's
// connection stays free for browsing). Every photo is reported as soon as its row is written, so
// the grid shows it at once; cancel() stops starting new files.
class PhotoImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoImportWorker)

public:
    PhotoImportWorker(QString archivePath, QStringList paths, qint64 itemId,
                      QObject *parent = nullptr);

    // Any thread.
    void cancel() { m_cancel = true; }

public slots:
    void run();

signals:
    void progressed(int done, int total);
    void photoImported(qint64 photoId);
    void finished(const Press::Archive::PhotoImportReport &report);
    void failed(const Press::Error &error);

private:
    QString m_archivePath;
    QStringList m_paths;
    qint64 m_itemId = 0;
    std::atomic_bool m_cancel{false};
};

} // namespace Press::Ui

Q_DECLARE_METATYPE(Press::Archive::PhotoImportReport)

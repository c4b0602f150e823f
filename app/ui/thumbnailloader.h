#pragma once

#include <media/thumbnailcache.h>

#include <QHash>
#include <QObject>
#include <QImage>
#include <QSet>
#include <QSize>

class QThreadPool;

namespace Press::Ui {

// Makes thumbnails on the global thread pool and reports them back on the GUI thread, so
// decoding a camera JPEG never stalls the window. Requests for a thumbnail already being made
// are merged; cached ones are answered at once (ready() returns the path).
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)

public:
    explicit ThumbnailLoader(QObject *parent = nullptr);

    // Which cache to serve (changes when another archive is opened).
    void setCache(const Media::ThumbnailCache &cache);
    // The cached thumbnail's path, or empty after starting to make it (thumbnailReady follows).
    [[nodiscard]] QString request(const QString &sha256, const QString &originalPath);
    // For grids: the thumbnail decoded and scaled to fit `box`, delivered by imageReady. Runs on
    // a pool of its own, newest request first, so the cells in view come before those scrolled
    // past; repeated requests for the same photo are merged.
    void requestImage(const QString &sha256, const QString &originalPath, QSize box);

signals:
    void thumbnailReady(const QString &sha256, const QString &path);
    void thumbnailFailed(const QString &sha256, const QString &detail);
    void imageReady(const QString &sha256, const QImage &image);

private:
    Media::ThumbnailCache m_cache{QString()};
    QSet<QString> m_pending;
    QSet<QString> m_pendingImages;
    QThreadPool *m_pool = nullptr;
    int m_priority = 0;
    quint64 m_generation = 0; // results for an earlier cache are dropped
};

} // namespace Press::Ui

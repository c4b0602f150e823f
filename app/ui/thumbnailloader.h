#pragma once

#include <media/thumbnailcache.h>

#include <QHash>
#include <QObject>
#include <QSet>

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

signals:
    void thumbnailReady(const QString &sha256, const QString &path);
    void thumbnailFailed(const QString &sha256, const QString &detail);

private:
    Media::ThumbnailCache m_cache{QString()};
    QSet<QString> m_pending;
    quint64 m_generation = 0; // results for an earlier cache are dropped
};

} // namespace Press::Ui

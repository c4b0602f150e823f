#include "thumbnailloader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <limits>
#include <QtConcurrent>

namespace Press::Ui {

ThumbnailLoader::ThumbnailLoader(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
}

void ThumbnailLoader::requestImage(const QString &sha256, const QString &originalPath, QSize box)
{
    if (m_pendingImages.contains(sha256))
        return;
    m_pendingImages.insert(sha256);
    const Media::ThumbnailCache cache = m_cache;
    const quint64 generation = m_generation;
    QPointer<ThumbnailLoader> self(this);
    m_pool->start(
        [self, cache, sha256, originalPath, box, generation] {
            QImage image;
            QString problem;
            if (auto path = cache.ensure(sha256, originalPath)) {
                QImageReader reader(*path);
                const QSize size = reader.size();
                if (size.isValid() && (size.width() > box.width() || size.height() > box.height()))
                    reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
                image = reader.read();
                if (image.isNull())
                    problem = reader.errorString();
            } else {
                problem = path.error().detail;
            }
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, sha256, image, problem, generation] {
                    if (!self || generation != self->m_generation)
                        return;
                    self->m_pendingImages.remove(sha256);
                    if (problem.isEmpty())
                        emit self->imageReady(sha256, image);
                    else
                        emit self->thumbnailFailed(sha256, problem);
                },
                Qt::QueuedConnection);
        },
        ++m_priority); // newest first
    if (m_priority == std::numeric_limits<int>::max())
        m_priority = 0;
}

void ThumbnailLoader::setCache(const Media::ThumbnailCache &cache)
{
    m_cache = cache;
    m_pending.clear();
    m_pendingImages.clear();
    ++m_generation;
}

QString ThumbnailLoader::request(const QString &sha256, const QString &originalPath)
{
    if (m_cache.has(sha256))
        return m_cache.pathFor(sha256);
    if (m_pending.contains(sha256))
        return {};
    m_pending.insert(sha256);
    const Media::ThumbnailCache cache = m_cache; // a copy: the worker must not see later changes
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this,
            [this, watcher, sha256, generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_pending.remove(sha256);
                const Result<QString> result = watcher->result();
                if (result)
                    emit thumbnailReady(sha256, *result);
                else
                    emit thumbnailFailed(sha256, result.error().detail);
            });
    watcher->setFuture(QtConcurrent::run(
        [cache, sha256, originalPath] { return cache.ensure(sha256, originalPath); }));
    return {};
}

} // namespace Press::Ui

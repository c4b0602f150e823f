#include "thumbnailloader.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace Press::Ui {

ThumbnailLoader::ThumbnailLoader(QObject *parent)
    : QObject(parent)
{}

void ThumbnailLoader::setCache(const Media::ThumbnailCache &cache)
{
    m_cache = cache;
    m_pending.clear();
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

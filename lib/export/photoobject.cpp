#include "photoobject.h"

#include <QImageReader>

#include <algorithm>
#include <QPainter>
#include <QTextFormat>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Press::Export {

namespace {
constexpr QLatin1StringView kScheme{"pdfphoto:"};
constexpr qreal kLayoutDpi = 300;
} // namespace

PhotoObjectHandler::PhotoObjectHandler()
{
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

PhotoObjectHandler::~PhotoObjectHandler()
{
    clear();
}

QString PhotoObjectHandler::nameFor(int index)
{
    return kScheme + QString::number(index);
}

int PhotoObjectHandler::indexOf(const QString &name)
{
    if (!name.startsWith(kScheme))
        return -1;
    bool ok = false;
    const int index = name.mid(kScheme.size()).toInt(&ok);
    return ok ? index : -1;
}

int PhotoObjectHandler::addRequest(const QString &imagePath, const Model::Photo &photo,
                                   const QSizeF &layoutSize, int dpi)
{
    const QSize wanted = (layoutSize * (dpi / kLayoutDpi)).toSize().expandedTo(QSize(1, 1));
    m_requests.append(Request{imagePath,
                              u"photo %1 (%2)"_s.arg(QString::number(photo.id), photo.originalName),
                              wanted});
    return int(m_requests.size() - 1);
}

QImage PhotoObjectHandler::load(const Request &request)
{
    QImageReader reader(request.path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > request.pixels.width()
                           || full.height() > request.pixels.height()))
        reader.setScaledSize(full.scaled(request.pixels, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    return image.convertToFormat(QImage::Format_RGB32);
}

void PhotoObjectHandler::prefetch(const QList<int> &indices)
{
    QMutexLocker lock(&m_mutex);
    for (int index : indices) {
        if (index < 0 || index >= m_requests.size() || m_pending.contains(index))
            continue;
        const Request request = m_requests.at(index);
        m_pending.insert(index, QtConcurrent::run(&m_pool, [request] { return load(request); }));
    }
}

void PhotoObjectHandler::prefetchFrom(int index)
{
    QList<int> next;
    for (int i = index; i < std::min(index + kWindow, int(m_requests.size())); ++i)
        next << i;
    prefetch(next);
}

void PhotoObjectHandler::clear()
{
    QMutexLocker lock(&m_mutex);
    for (QFuture<QImage> &future : m_pending)
        future.waitForFinished();
    m_pending.clear();
}

void PhotoObjectHandler::resetErrors()
{
    QMutexLocker lock(&m_mutex);
    m_error.clear();
}

QString PhotoObjectHandler::firstError() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

QSizeF PhotoObjectHandler::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    return QSizeF(image.width(), image.height());
}

void PhotoObjectHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                    const QTextFormat &format)
{
    const int index = indexOf(format.toImageFormat().name());
    if (index < 0 || index >= m_requests.size())
        return;
    QImage image;
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_pending.find(index); it != m_pending.end()) {
            QFuture<QImage> future = *it;
            m_pending.erase(it);
            lock.unlock();
            image = future.result();
        }
    }
    // Photos are requested in document order, which is the order pages are painted in: keep
    // the next few decoding on worker threads while this one is drawn.
    prefetchFrom(index + 1);
    if (image.isNull())
        image = load(m_requests.at(index));
    if (image.isNull()) {
        QMutexLocker lock(&m_mutex);
        if (m_error.isEmpty())
            m_error = u"%1: the image cannot be decoded (%2)"_s.arg(m_requests.at(index).label,
                                                                   m_requests.at(index).path);
        painter->fillRect(rect, QColor(0xdd, 0xdd, 0xdd));
        return;
    }
    painter->drawImage(rect, image);
}

} // namespace Press::Export

#pragma once

#include <model/photo.h>

#include <QFuture>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSize>
#include <QTextObjectInterface>
#include <QThreadPool>

namespace Press::Export {

// Draws the photos of a PDF: replaces QTextDocument's image handler so that a photo is decoded
// only when its page is painted (or a page ahead, on worker threads), at the resolution it is
// printed at, and dropped once drawn. A 500-item digest holds a few pages of photos in memory,
// never all of them. The size comes from the <img> width and height, in layout units.
class PhotoObjectHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    Q_DISABLE_COPY_MOVE(PhotoObjectHandler)
    PhotoObjectHandler();
    ~PhotoObjectHandler() override;

    [[nodiscard]] static QString nameFor(int index); // "pdfphoto:N"
    [[nodiscard]] static int indexOf(const QString &name); // -1 for anything else

    // Registers a photo printed at `layoutSize` (300 dpi units); returns its index.
    int addRequest(const QString &imagePath, const Model::Photo &photo, const QSizeF &layoutSize,
                   int dpi);
    // Starts decoding these photos on worker threads (those not started or drawn yet).
    void prefetch(const QList<int> &indices);
    // Starts decoding the photos from `index` on, a window of them.
    void prefetchFrom(int index);
    // Waits for running decodes and drops what was not drawn.
    void clear();
    void resetErrors();
    [[nodiscard]] QString firstError() const;

    QSizeF intrinsicSize(QTextDocument *doc, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int position,
                    const QTextFormat &format) override;

private:
    static constexpr int kWindow = 8; // decoded photos waiting at most: ~25 MB at 150 dpi
    struct Request
    {
        QString path;
        QString label; // "photo 12 (name.jpg)" for errors
        QSize pixels;  // decoded size
    };
    [[nodiscard]] static QImage load(const Request &request);

    QList<Request> m_requests;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    QHash<int, QFuture<QImage>> m_pending;
    QString m_error;
};

} // namespace Press::Export

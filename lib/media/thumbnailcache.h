#pragma once

#include <core/result.h>

#include <QImage>
#include <QString>

namespace Press::Media {

// A folder of small JPEG thumbnails keyed by the original's SHA-256. It can always be deleted
// and rebuilt. Thumbnails are decoded at reduced size (QImageReader::setScaledSize lets libjpeg
// scale while decoding) and respect EXIF orientation. Safe to call from worker threads; two
// threads making the same thumbnail each write a complete file through QSaveFile.
class ThumbnailCache final
{
public:
    static constexpr int kDefaultEdge = 320;

    explicit ThumbnailCache(QString dir, int edge = kDefaultEdge);

    [[nodiscard]] QString dir() const { return m_dir; }
    [[nodiscard]] int edge() const { return m_edge; }
    [[nodiscard]] QString pathFor(const QString &sha256) const;
    [[nodiscard]] bool has(const QString &sha256) const;
    // Makes the thumbnail of `originalPath` unless it is already cached; returns its path.
    [[nodiscard]] Result<QString> ensure(const QString &sha256, const QString &originalPath) const;
    // Makes it again even when cached.
    [[nodiscard]] Result<QString> rebuild(const QString &sha256, const QString &originalPath) const;
    // Writes an already decoded thumbnail (the importer decodes once from memory).
    [[nodiscard]] Result<QString> store(const QString &sha256, const QImage &thumbnail) const;
    [[nodiscard]] Result<void> remove(const QString &sha256) const;
    [[nodiscard]] Result<void> clear() const;

private:
    QString m_dir;
    int m_edge;
};

} // namespace Press::Media

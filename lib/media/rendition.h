#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QString>

namespace Press::Media {

// How photos are prepared for the website: longest side in pixels and JPEG quality.
struct RenditionSettings
{
    static constexpr int kDefaultLongestSide = 2048;
    static constexpr int kDefaultQuality = 85;

    int longestSide = kDefaultLongestSide;
    int quality = kDefaultQuality;

    [[nodiscard]] bool isValid() const
    {
        return longestSide >= 64 && longestSide <= 16384 && quality >= 1 && quality <= 100;
    }
    bool operator==(const RenditionSettings &) const = default;
};

// A web rendition of an original: decoded at reduced size (never enlarged), EXIF orientation
// applied to the pixels, saved as an optimised JPEG. Its metadata is the original's with the
// GPS position, camera and lens serial numbers, owner name, maker notes and the embedded
// thumbnail removed; captions, credit, copyright, keywords and the date are kept, and the
// orientation tag says "upright". Safe on any thread.
[[nodiscard]] Result<QByteArray> makeRendition(const QByteArray &original,
                                               const RenditionSettings &settings,
                                               const QString &name);

// renditions/ab/<sha>-<side>-q<quality>.jpg: made once per photo and setting; a cache that can
// be deleted at any time.
class RenditionCache final
{
public:
    explicit RenditionCache(QString dir);

    [[nodiscard]] QString dir() const { return m_dir; }
    [[nodiscard]] QString pathFor(const QString &sha256, const RenditionSettings &settings) const;
    // The cached rendition's path, made first when missing.
    [[nodiscard]] Result<QString> ensure(const QString &sha256, const QString &originalPath,
                                         const RenditionSettings &settings) const;

private:
    QString m_dir;
};

} // namespace Press::Media

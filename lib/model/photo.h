#pragma once

#include <core/language.h>

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Press::Model {

// A photo in the archive's library. The original file lives once in media/, named by sha256;
// originalName keeps the camera's or sender's file name (Cyrillic names are normal).
struct GeoPosition
{
    double latitude = 0;  // degrees, north positive
    double longitude = 0; // degrees, east positive
    std::optional<double> altitude; // metres
    bool operator==(const GeoPosition &) const = default;
};

struct Photo
{
    qint64 id = 0;
    QString sha256;
    QString originalName;
    QString mimeType;
    qint64 sizeBytes = 0;
    int width = 0;
    int height = 0;
    QDateTime takenAt;
    QString camera;
    QString credit;
    QString captionRu;
    QString captionEn;
    QDateTime importedAt;
    int orientation = 1; // the original's EXIF orientation (width/height are as displayed)
    QString headline;
    QString copyright;
    QStringList keywords;
    std::optional<GeoPosition> position; // kept in the archive, removed from web renditions

    [[nodiscard]] QString caption(Language language) const
    {
        return language == Language::Ru ? captionRu : captionEn;
    }
    void setCaption(Language language, const QString &caption)
    {
        (language == Language::Ru ? captionRu : captionEn) = caption;
    }
};

} // namespace Press::Model

#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace Press::Media {

struct GpsPosition
{
    double latitude = 0;  // degrees, north positive
    double longitude = 0; // degrees, east positive
    std::optional<double> altitude; // metres above sea level
};

// What a camera or a photo desk wrote into a photo (EXIF, IPTC-IIM, XMP), read with exiv2.
struct PhotoMetadata
{
    QDateTime takenAt;   // EXIF DateTimeOriginal (local time of the camera, no zone)
    QString camera;      // "Make Model"
    QString cameraSerial;
    int orientation = 1; // EXIF orientation 1–8
    QSize pixelSize;     // as stored, before orientation
    std::optional<GpsPosition> gps;
    // Captions by language: XMP dc:description lang-alt ("ru", "en-GB" …); a caption without a
    // language (XMP x-default, IPTC) goes to the language of its script.
    QString captionRu;
    QString captionEn;
    QString headline;
    QString credit;
    QString copyright;
    QStringList keywords;

    [[nodiscard]] bool hasCaption() const { return !captionRu.isEmpty() || !captionEn.isEmpty(); }
};

// Reads the metadata of an image file. Format (with the reason) when the file is not an image
// exiv2 can read; Io when it cannot be opened. A photo without metadata gives empty fields.
[[nodiscard]] Result<PhotoMetadata> readPhotoMetadata(const QString &path);
// The same from a file already in memory (the importer reads each file once); `name` is for
// messages. Safe to call from several threads at once.
[[nodiscard]] Result<PhotoMetadata> readPhotoMetadata(QByteArrayView data, const QString &name);

// IPTC-IIM text as stored: UTF-8 when the record declares it (ESC % G) or when the bytes are
// valid UTF-8; otherwise Windows-1251 when the high bytes look like Cyrillic letters (Russian
// desks' usual legacy encoding), else Latin-1. Never mojibake from decoding UTF-8 as Latin-1.
[[nodiscard]] QString decodeIptcText(const QByteArray &bytes, bool declaredUtf8);

} // namespace Press::Media

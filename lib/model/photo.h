#pragma once

#include <core/language.h>

#include <QDateTime>
#include <QString>

namespace Press::Model {

// A photo in the archive's library. The original file lives once in media/, named by sha256;
// originalName keeps the camera's or sender's file name (Cyrillic names are normal).
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

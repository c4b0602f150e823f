#include "photopreparation.h"

#include "imagedecoding.h"
#include "mediastore.h"
#include "sha256.h"
#include "thumbnailcache.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Press::Media {
namespace {

PreparedPhoto failed(PreparedPhoto photo, PhotoProblem problem, QString detail)
{
    photo.problem = problem;
    photo.detail = std::move(detail);
    return photo;
}

} // namespace

QString photoProblemCode(PhotoProblem problem)
{
    switch (problem) {
    case PhotoProblem::None: return u"none"_s;
    case PhotoProblem::Missing: return u"missing"_s;
    case PhotoProblem::Unreadable: return u"unreadable"_s;
    case PhotoProblem::Empty: return u"empty"_s;
    case PhotoProblem::NotAnImage: return u"not-an-image"_s;
    case PhotoProblem::UnsupportedFormat: return u"unsupported-format"_s;
    case PhotoProblem::Damaged: return u"damaged"_s;
    case PhotoProblem::TooLarge: return u"too-large"_s;
    case PhotoProblem::StoreFailed: return u"store-failed"_s;
    }
    return u"unknown"_s;
}

PreparedPhoto preparePhoto(const QString &path, const PrepareContext &context)
{
    PreparedPhoto photo;
    photo.path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return failed(photo, PhotoProblem::Missing, u"no such file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(photo, PhotoProblem::Unreadable, file.errorString());
    // One read serves the hash, the metadata, the decode and the copy into the store.
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failed(photo, PhotoProblem::Unreadable, file.errorString());
    photo.sizeBytes = data.size();
    if (data.isEmpty())
        return failed(photo, PhotoProblem::Empty, u"the file is empty"_s);

    photo.format = sniffImageFormat(QByteArrayView(data).first(qMin<qsizetype>(data.size(), 512)));
    if (photo.format.kind == ImageKind::Unknown || photo.format.kind == ImageKind::Text)
        return failed(photo, PhotoProblem::NotAnImage,
                      photo.format.kind == ImageKind::Text ? u"the file holds text"_s
                                                           : u"unknown file format"_s);
    if (!photo.format.isSupported())
        return failed(photo, PhotoProblem::UnsupportedFormat,
                      u"%1 is not a format PressDesk stores"_s.arg(photo.format.name));

    photo.sha256 = sha256Hex(data);
    if (context.isKnown && context.isKnown(photo.sha256)) {
        photo.alreadyKnown = true;
        return photo;
    }

    if (photo.format.kind == ImageKind::Jpeg && !isCompleteJpeg(data))
        return failed(photo, PhotoProblem::Damaged, u"the JPEG data ends before its end marker"_s);

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    QSize stored = reader.size();
    if (!stored.isValid())
        return failed(photo, PhotoProblem::Damaged, reader.errorString());
    if (qint64(stored.width()) * stored.height() > kMaxPhotoPixels)
        return failed(photo, PhotoProblem::TooLarge,
                      u"%1 × %2 pixels"_s.arg(stored.width()).arg(stored.height()));
    photo.size = stored;
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        photo.size.transpose();

    if (auto metadata = readPhotoMetadata(data, info.fileName()))
        photo.metadata = std::move(metadata).value();
    else
        photo.metadataProblem = metadata.error().detail;

    if (context.thumbnails) {
        auto thumbnail = decodeToFit(reader, context.thumbnails->edge(),
                                                       info.fileName());
        if (!thumbnail)
            return failed(photo,
                          thumbnail.error().code == ErrorCode::Unsupported ? PhotoProblem::TooLarge
                                                                           : PhotoProblem::Damaged,
                          thumbnail.error().detail);
        if (auto written = context.thumbnails->store(photo.sha256, *thumbnail); !written)
            return failed(photo, PhotoProblem::StoreFailed, written.error().detail);
    }

    if (context.store) {
        const bool wasStored = context.store->contains(photo.sha256);
        if (auto stored = context.store->addData(data, photo.sha256); !stored) {
            if (context.thumbnails)
                (void)context.thumbnails->remove(photo.sha256);
            return failed(photo, PhotoProblem::StoreFailed, stored.error().detail);
        }
        photo.storedNewFile = !wasStored;
    }
    return photo;
}

} // namespace Press::Media

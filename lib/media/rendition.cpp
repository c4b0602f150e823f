#include "rendition.h"

#include "imagedecoding.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QSaveFile>

#include <exiv2/exiv2.hpp>

using namespace Qt::StringLiterals;

namespace Press::Media {
namespace {

bool isPrivateExifKey(const Exiv2::Exifdatum &datum)
{
    const std::string key = datum.key();
    const std::string group = datum.groupName();
    return group.rfind("GPS", 0) == 0 || key == "Exif.Image.GPSTag"
           || key.find("SerialNumber") != std::string::npos
           || key == "Exif.Photo.CameraOwnerName" || key == "Exif.Photo.MakerNote"
           || key == "Exif.Image.MakerNoteSafety" || Exiv2::ExifTags::isMakerGroup(group)
           || group.rfind("Thumbnail", 0) == 0 || group == "SubThumb1";
}

bool isPrivateXmpKey(const std::string &key)
{
    return key.rfind("Xmp.exif.GPS", 0) == 0 || key.find("SerialNumber") != std::string::npos
           || key == "Xmp.exifEX.CameraOwnerName" || key == "Xmp.aux.OwnerName";
}

// Copies the original's metadata into `jpeg` without what must not leave the building.
Result<QByteArray> withCleanMetadata(const QByteArray &original, const QByteArray &jpeg,
                                     QSize size, const QString &name)
{
    try {
        auto source = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(original.constData()), long(original.size()));
        if (!source.get())
            return jpeg;
        source->readMetadata();
        Exiv2::ExifData exif = source->exifData();
        Exiv2::ExifThumb(exif).erase();
        for (auto it = exif.begin(); it != exif.end();)
            it = isPrivateExifKey(*it) ? exif.erase(it) : std::next(it);
        if (!exif.empty()) {
            exif["Exif.Image.Orientation"] = uint16_t(1);
            exif["Exif.Photo.PixelXDimension"] = uint32_t(size.width());
            exif["Exif.Photo.PixelYDimension"] = uint32_t(size.height());
        }
        Exiv2::XmpData xmp = source->xmpData();
        for (auto it = xmp.begin(); it != xmp.end();)
            it = isPrivateXmpKey(it->key()) ? xmp.erase(it) : std::next(it);
        if (xmp.findKey(Exiv2::XmpKey("Xmp.tiff.Orientation")) != xmp.end())
            xmp["Xmp.tiff.Orientation"] = "1";

        auto target = Exiv2::ImageFactory::open(
            reinterpret_cast<const Exiv2::byte *>(jpeg.constData()), long(jpeg.size()));
        target->setExifData(exif);
        target->setIptcData(source->iptcData());
        target->setXmpData(xmp);
        target->writeMetadata();
        Exiv2::BasicIo &io = target->io();
        io.seek(0, Exiv2::BasicIo::beg);
        const Exiv2::DataBuf bytes = io.read(long(io.size()));
        return QByteArray(reinterpret_cast<const char *>(bytes.pData_), int(bytes.size_));
    } catch (const std::exception &e) {
        return makeError(ErrorCode::Format, u"cannot copy the metadata of %1: %2"_s.arg(
                                                name, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace

Result<QByteArray> makeRendition(const QByteArray &original, const RenditionSettings &settings,
                                 const QString &name)
{
    if (!settings.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         u"rendition size %1 px, quality %2 is out of range"_s
                             .arg(settings.longestSide)
                             .arg(settings.quality));
    QBuffer buffer;
    buffer.setData(original);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    auto decoded = decodeToFit(reader, settings.longestSide, name);
    if (!decoded)
        return decoded.error();
    QImage image = std::move(decoded).value();
    if (image.hasAlphaChannel())
        image = image.convertToFormat(QImage::Format_RGB32);

    QByteArray encoded;
    QBuffer out(&encoded);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(settings.quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        return makeError(ErrorCode::Io,
                         u"cannot encode the rendition of %1: %2"_s.arg(name, writer.errorString()));
    out.close();
    return withCleanMetadata(original, encoded, image.size(), name);
}

RenditionCache::RenditionCache(QString dir)
    : m_dir(std::move(dir))
{}

QString RenditionCache::pathFor(const QString &sha256, const RenditionSettings &settings) const
{
    return m_dir + u'/' + sha256.left(2) + u'/' + sha256 + u'-'
           + QString::number(settings.longestSide) + u"-q"_s + QString::number(settings.quality)
           + u".jpg"_s;
}

Result<QString> RenditionCache::ensure(const QString &sha256, const QString &originalPath,
                                       const RenditionSettings &settings) const
{
    const QString target = pathFor(sha256, settings);
    if (QFileInfo::exists(target))
        return target;
    QFile file(originalPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         u"cannot read %1: %2"_s.arg(originalPath, file.errorString()));
    auto rendition = makeRendition(file.readAll(), settings, QFileInfo(originalPath).fileName());
    if (!rendition)
        return rendition.error();
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return makeError(ErrorCode::Io, u"cannot create folder for %1"_s.arg(target));
    QSaveFile save(target);
    if (!save.open(QIODevice::WriteOnly) || save.write(*rendition) != rendition->size()
        || !save.commit())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(target, save.errorString()));
    return target;
}

} // namespace Press::Media

#include "pdfsource.h"

#include <archive/archive.h>
#include <media/rendition.h>

#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Press::Export {

namespace {

constexpr auto kNameRu = "organisation.name.ru";
constexpr auto kNameEn = "organisation.name.en";
constexpr auto kLogo = "organisation.logo";
constexpr qsizetype kMaxLogoBytes = 2 * 1024 * 1024;

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// One photo's print source, made on a worker thread.
struct Prepared
{
    QString sha256;
    QString originalPath;
    QString imagePath;
    QSize size;
    Error error;
    bool ok = false;
};

Result<QString> optionalMeta(Archive::Archive &archive, const char *key)
{
    auto value = archive.metaValue(QString::fromLatin1(key));
    if (!value && value.error().code == ErrorCode::NotFound)
        return QString();
    return value;
}

} // namespace

Result<Organisation> loadOrganisation(Archive::Archive &archive)
{
    Organisation organisation;
    auto ru = optionalMeta(archive, kNameRu);
    auto en = optionalMeta(archive, kNameEn);
    auto logo = optionalMeta(archive, kLogo);
    if (!ru)
        return ru.error();
    if (!en)
        return en.error();
    if (!logo)
        return logo.error();
    organisation.nameRu = *ru;
    organisation.nameEn = *en;
    organisation.logo = QByteArray::fromBase64(logo->toLatin1());
    return organisation;
}

Result<void> saveOrganisation(Archive::Archive &archive, const Organisation &organisation)
{
    if (!organisation.logo.isEmpty()) {
        if (organisation.logo.size() > kMaxLogoBytes)
            return makeError(ErrorCode::InvalidArgument,
                             u"logo is %1 bytes; at most 2 MB"_s.arg(organisation.logo.size()));
        QBuffer buffer;
        buffer.setData(organisation.logo);
        QImageReader reader(&buffer);
        const QByteArray format = reader.format();
        if ((format != "png" && format != "jpeg") || reader.size().isEmpty())
            return makeError(ErrorCode::Format, u"the logo is not a PNG or JPEG image"_s);
    }
    for (auto [key, value] :
         {std::pair{kNameRu, organisation.nameRu.trimmed()},
          std::pair{kNameEn, organisation.nameEn.trimmed()},
          std::pair{kLogo, QString::fromLatin1(organisation.logo.toBase64())}}) {
        if (auto r = archive.setMetaValue(QString::fromLatin1(key), value); !r)
            return r.error();
    }
    return {};
}

Result<QList<PdfEntry>> collectEntries(Archive::Archive &archive, const QList<qint64> &itemIds,
                                       const PdfProgress &progress, const std::atomic_bool *cancel)
{
    QList<PdfEntry> entries;
    entries.reserve(itemIds.size());
    QHash<QString, Prepared> photos; // by SHA-256: a photo used twice is prepared once
    for (qint64 id : itemIds) {
        if (cancelled(cancel))
            return makeError(ErrorCode::Cancelled, u"export cancelled"_s);
        auto item = archive.items().load(id);
        if (!item)
            return item.error();
        auto itemPhotos = archive.photos().forItem(id);
        if (!itemPhotos)
            return itemPhotos.error();
        PdfEntry entry{std::move(*item), {}};
        for (const Model::Photo &photo : std::as_const(*itemPhotos)) {
            const bool isCover = std::any_of(entry.item.photos.cbegin(), entry.item.photos.cend(),
                                             [&](const Model::PhotoLink &link) {
                                                 return link.photoId == photo.id && link.isCover;
                                             });
            entry.photos.append(PdfPhoto{photo, {}, {}, isCover});
            if (!photos.contains(photo.sha256))
                photos.insert(photo.sha256,
                              Prepared{photo.sha256, archive.media().pathFor(photo.sha256), {},
                                       {}, {}, false});
        }
        entries.append(std::move(entry));
        if (progress)
            progress(PdfStage::Collecting, int(entries.size()), int(itemIds.size()));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const PdfEntry &a, const PdfEntry &b) {
        if (a.item.eventDate != b.item.eventDate)
            return a.item.eventDate < b.item.eventDate;
        return a.item.id < b.item.id;
    });

    // Renditions: read from the cache, or made from the original (reduced decode) on all cores.
    QList<Prepared> work = photos.values();
    const Media::RenditionCache &renditions = archive.renditions();
    const Media::RenditionSettings settings;
    std::atomic_int done = 0;
    auto future = QtConcurrent::map(work, [&](Prepared &p) {
        if (cancelled(cancel))
            return;
        const QString cached = renditions.pathFor(p.sha256, settings);
        if (!QFileInfo::exists(cached) && !QFileInfo::exists(p.originalPath)) {
            p.error = makeError(ErrorCode::MediaMissing, u"no file %1"_s.arg(p.originalPath));
        } else if (auto path = renditions.ensure(p.sha256, p.originalPath, settings); !path) {
            p.error = path.error();
        } else {
            p.imagePath = *path;
            p.size = QImageReader(*path).size();
            p.ok = p.size.isValid() && !p.size.isEmpty();
            if (!p.ok)
                p.error = makeError(ErrorCode::Format, u"cannot read %1"_s.arg(*path));
        }
        ++done;
    });
    while (!future.isFinished()) {
        if (progress)
            progress(PdfStage::Photos, done.load(), int(work.size()));
        QThread::msleep(20);
    }
    future.waitForFinished();
    if (cancelled(cancel))
        return makeError(ErrorCode::Cancelled, u"export cancelled"_s);
    if (progress)
        progress(PdfStage::Photos, int(work.size()), int(work.size()));

    QHash<QString, const Prepared *> bySha;
    for (const Prepared &p : std::as_const(work))
        bySha.insert(p.sha256, &p);
    for (PdfEntry &entry : entries) {
        for (PdfPhoto &photo : entry.photos) {
            const Prepared &p = *bySha.value(photo.photo.sha256);
            if (!p.ok) {
                const Error &e = p.error;
                return makeError(e.code, u"photo %1 (%2) of item %3: %4"_s.arg(
                                             QString::number(photo.photo.id),
                                             photo.photo.originalName,
                                             QString::number(entry.item.id), e.detail));
            }
            photo.imagePath = p.imagePath;
            photo.pixelSize = p.size;
        }
    }
    return entries;
}

} // namespace Press::Export

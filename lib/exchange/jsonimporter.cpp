#include "jsonimporter.h"

#include "jsonformat.h"

#include <archive/archive.h>
#include <archive/transaction.h>
#include <core/logging.h>
#include <media/mediastore.h>
#include <model/entity.h>
#include <model/item.h>
#include <model/photo.h>
#include <model/revision.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Press::Exchange {
namespace {

// Reads fields of one JSON object, remembering the first problem with its path
// ("items[3].texts.ru.title: expected a string"), so that the user learns exactly what to fix.
class Reader
{
public:
    explicit Reader(QString *firstError)
        : m_error(firstError)
    {}

    bool failed() const { return !m_error->isEmpty(); }
    void fail(const QString &path, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = path + u": "_s + what;
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path,
                   bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString();
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        fail(path + u'.' + key, v.isUndefined() ? u"missing"_s : u"expected a string"_s);
        return {};
    }

    qint64 integer(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < 0) {
            fail(path + u'.' + key, u"expected a whole number"_s);
            return 0;
        }
        return qint64(v.toDouble());
    }

    QDateTime time(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QString text = string(o, key, path, required);
        if (text.isEmpty())
            return {};
        const QDateTime t = fromTimestamp(text);
        if (!t.isValid())
            fail(path + u'.' + key, u"not an ISO 8601 time: '%1'"_s.arg(text));
        return t;
    }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            fail(path + u'.' + key, v.isUndefined() ? u"missing"_s : u"expected an object"_s);
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(path + u'.' + key, v.isUndefined() ? u"missing"_s : u"expected an array"_s);
        return v.toArray();
    }

    QJsonObject element(const QJsonArray &a, qsizetype i, const QString &path)
    {
        if (!a.at(i).isObject())
            fail(u"%1[%2]"_s.arg(path).arg(i), u"expected an object"_s);
        return a.at(i).toObject();
    }

    QString uuid(const QJsonObject &o, const QString &path)
    {
        const QString text = string(o, u"uuid"_s, path).trimmed().toLower();
        if (!failed() && QUuid::fromString(text).isNull())
            fail(path + u".uuid"_s, u"not a UUID: '%1'"_s.arg(text));
        return text;
    }

private:
    QString *m_error;
};

struct ParsedPhoto
{
    Model::Photo photo;
    QString file;
};

struct ParsedItem
{
    Model::Item item;
    QList<Model::Revision> revisions;
    QList<std::pair<QString, bool>> photoLinks; // sha256, cover
    QStringList entityUuids;
};

struct Parsed
{
    QList<Model::Entity> entities;
    QList<ParsedPhoto> photos;
    QList<ParsedItem> items;
};

Result<Parsed> parse(const QJsonObject &root, const QDir &base)
{
    QString problem;
    Reader r(&problem);
    if (root.value(u"format"_s).toString() != JsonFormat::kFormatName)
        return makeError(ErrorCode::Format, u"not a PressDesk JSON archive (format is not '%1')"_s
                                                .arg(QString(JsonFormat::kFormatName)));
    const int version = root.value(u"formatVersion"_s).toInt();
    if (version < 1 || version > JsonFormat::kFormatVersion)
        return makeError(ErrorCode::Unsupported,
                         u"formatVersion %1 is not supported (this PressDesk reads up to %2)"_s
                             .arg(version)
                             .arg(JsonFormat::kFormatVersion));
    Parsed parsed;

    const QJsonArray entities = r.array(root, u"entities"_s, u"$"_s);
    QSet<QString> entityUuids;
    for (qsizetype i = 0; i < entities.size() && !r.failed(); ++i) {
        const QString path = u"entities[%1]"_s.arg(i);
        const QJsonObject o = r.element(entities, i, u"entities"_s);
        Model::Entity e;
        e.uuid = r.uuid(o, path);
        const QString kind = r.string(o, u"kind"_s, path);
        const auto k = Model::entityKindFromCode(kind);
        if (!r.failed() && !k)
            r.fail(path + u".kind"_s, u"unknown kind '%1'"_s.arg(kind));
        e.kind = k.value_or(Model::EntityKind::Topic);
        const QJsonObject name = r.object(o, u"name"_s, path);
        e.nameRu = r.string(name, u"ru"_s, path + u".name"_s, false);
        e.nameEn = r.string(name, u"en"_s, path + u".name"_s, false);
        const QJsonObject shortName = o.value(u"short"_s).toObject();
        e.shortRu = r.string(shortName, u"ru"_s, path + u".short"_s, false);
        e.shortEn = r.string(shortName, u"en"_s, path + u".short"_s, false);
        if (!r.failed() && e.nameRu.isEmpty() && e.nameEn.isEmpty())
            r.fail(path + u".name"_s, u"needs a name in at least one language"_s);
        if (!r.failed() && entityUuids.contains(e.uuid))
            r.fail(path + u".uuid"_s, u"appears twice"_s);
        entityUuids.insert(e.uuid);
        parsed.entities << e;
    }

    const QJsonArray photos = r.array(root, u"photos"_s, u"$"_s);
    QSet<QString> shas;
    for (qsizetype i = 0; i < photos.size() && !r.failed(); ++i) {
        const QString path = u"photos[%1]"_s.arg(i);
        const QJsonObject o = r.element(photos, i, u"photos"_s);
        ParsedPhoto p;
        p.photo.sha256 = r.string(o, u"sha256"_s, path).toLower();
        if (!r.failed() && !Media::MediaStore::isValidHash(p.photo.sha256))
            r.fail(path + u".sha256"_s, u"not a SHA-256"_s);
        if (!r.failed() && shas.contains(p.photo.sha256))
            r.fail(path + u".sha256"_s, u"appears twice"_s);
        shas.insert(p.photo.sha256);
        const QString file = r.string(o, u"file"_s, path);
        if (!r.failed() && (QDir::isAbsolutePath(file) || QDir::cleanPath(file).startsWith(u"..")))
            r.fail(path + u".file"_s, u"must be a path inside the export folder"_s);
        p.file = base.absoluteFilePath(file);
        p.photo.originalName = r.string(o, u"originalName"_s, path);
        p.photo.mimeType = r.string(o, u"mimeType"_s, path);
        p.photo.sizeBytes = r.integer(o, u"sizeBytes"_s, path);
        p.photo.width = int(r.integer(o, u"width"_s, path));
        p.photo.height = int(r.integer(o, u"height"_s, path));
        p.photo.takenAt = r.time(o, u"takenAt"_s, path, false);
        p.photo.camera = r.string(o, u"camera"_s, path, false);
        p.photo.credit = r.string(o, u"credit"_s, path, false);
        const QJsonObject caption = r.object(o, u"caption"_s, path);
        p.photo.captionRu = r.string(caption, u"ru"_s, path + u".caption"_s, false);
        p.photo.captionEn = r.string(caption, u"en"_s, path + u".caption"_s, false);
        p.photo.importedAt = r.time(o, u"importedAt"_s, path, true);
        // Added in PressDesk's photo library; older exports lack them.
        p.photo.headline = r.string(o, u"headline"_s, path, false);
        p.photo.copyright = r.string(o, u"copyright"_s, path, false);
        if (const QJsonValue v = o.value(u"orientation"_s); !v.isUndefined()) {
            p.photo.orientation = v.toInt(0);
            if (p.photo.orientation < 1 || p.photo.orientation > 8)
                r.fail(path + u".orientation"_s, u"expected an EXIF orientation 1-8"_s);
        }
        if (const QJsonValue v = o.value(u"keywords"_s); !v.isUndefined() && !v.isNull()) {
            if (!v.isArray())
                r.fail(path + u".keywords"_s, u"expected an array of strings"_s);
            for (const QJsonValue &k : v.toArray()) {
                if (!k.isString())
                    r.fail(path + u".keywords"_s, u"expected an array of strings"_s);
                p.photo.keywords << k.toString();
            }
        }
        if (const QJsonValue v = o.value(u"gps"_s); v.isObject()) {
            const QJsonObject gps = v.toObject();
            const QJsonValue lat = gps.value(u"latitude"_s);
            const QJsonValue lon = gps.value(u"longitude"_s);
            if (!lat.isDouble() || !lon.isDouble() || qAbs(lat.toDouble()) > 90
                || qAbs(lon.toDouble()) > 180)
                r.fail(path + u".gps"_s, u"expected latitude and longitude in degrees"_s);
            Model::GeoPosition position{lat.toDouble(), lon.toDouble(), {}};
            if (gps.value(u"altitude"_s).isDouble())
                position.altitude = gps.value(u"altitude"_s).toDouble();
            p.photo.position = position;
        } else if (!v.isUndefined() && !v.isNull()) {
            r.fail(path + u".gps"_s, u"expected an object or null"_s);
        }
        parsed.photos << p;
    }

    const QJsonArray items = r.array(root, u"items"_s, u"$"_s);
    QSet<QString> itemUuids;
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString path = u"items[%1]"_s.arg(i);
        const QJsonObject o = r.element(items, i, u"items"_s);
        ParsedItem p;
        Model::Item &item = p.item;
        item.uuid = r.uuid(o, path);
        if (!r.failed() && itemUuids.contains(item.uuid))
            r.fail(path + u".uuid"_s, u"appears twice"_s);
        itemUuids.insert(item.uuid);
        const QString section = r.string(o, u"section"_s, path);
        if (!r.failed() && !Model::sectionFromCode(section))
            r.fail(path + u".section"_s, u"unknown section '%1'"_s.arg(section));
        item.section = Model::sectionFromCode(section).value_or(Model::Section::News);
        const QString date = r.string(o, u"eventDate"_s, path, false);
        item.eventDate = QDate::fromString(date, Qt::ISODate);
        if (!r.failed() && !date.isEmpty() && !item.eventDate.isValid())
            r.fail(path + u".eventDate"_s, u"not a date (YYYY-MM-DD): '%1'"_s.arg(date));
        const QString status = r.string(o, u"status"_s, path);
        if (!r.failed() && !Model::statusFromCode(status))
            r.fail(path + u".status"_s, u"unknown status '%1'"_s.arg(status));
        item.status = Model::statusFromCode(status).value_or(Model::ItemStatus::Draft);
        const QString source = r.string(o, u"sourceLanguage"_s, path);
        if (!r.failed() && !languageFromCode(source))
            r.fail(path + u".sourceLanguage"_s, u"must be 'ru' or 'en'"_s);
        item.sourceLanguage = languageFromCode(source).value_or(Language::Ru);
        item.createdAt = r.time(o, u"createdAt"_s, path, true);
        item.updatedAt = r.time(o, u"updatedAt"_s, path, true);
        item.version = int(r.integer(o, u"version"_s, path));
        const QJsonObject texts = r.object(o, u"texts"_s, path);
        for (Language lang : allLanguages()) {
            const QString tpath = path + u".texts."_s + languageCode(lang);
            const QJsonObject t = r.object(texts, languageCode(lang), path + u".texts"_s);
            Model::ItemText &text = item.text(lang);
            text.title = r.string(t, u"title"_s, tpath);
            text.lead = r.string(t, u"lead"_s, tpath);
            text.body = r.string(t, u"body"_s, tpath);
            text.place = r.string(t, u"place"_s, tpath);
            text.translatedFromHash = r.string(t, u"translatedFromHash"_s, tpath, false);
            text.updatedAt = r.time(t, u"updatedAt"_s, tpath, true);
            const QJsonArray revisions = r.array(t, u"revisions"_s, tpath);
            for (qsizetype k = 0; k < revisions.size() && !r.failed(); ++k) {
                const QString rpath = u"%1.revisions[%2]"_s.arg(tpath).arg(k);
                const QJsonObject ro = r.element(revisions, k, tpath + u".revisions"_s);
                Model::Revision rev;
                rev.language = lang;
                rev.title = r.string(ro, u"title"_s, rpath);
                rev.lead = r.string(ro, u"lead"_s, rpath);
                rev.body = r.string(ro, u"body"_s, rpath);
                rev.place = r.string(ro, u"place"_s, rpath);
                rev.savedAt = r.time(ro, u"savedAt"_s, rpath, true);
                rev.contentHash = Model::ItemText{lang, rev.title, rev.lead, rev.body,
                                                  rev.place, {}, {}}
                                      .contentHash();
                p.revisions << rev;
            }
        }
        // The source language is never "a translation of itself".
        item.text(item.sourceLanguage).translatedFromHash.clear();
        const QJsonArray links = r.array(o, u"photos"_s, path);
        for (qsizetype k = 0; k < links.size() && !r.failed(); ++k) {
            const QJsonObject lo = r.element(links, k, path + u".photos"_s);
            const QString sha = r.string(lo, u"sha256"_s, u"%1.photos[%2]"_s.arg(path).arg(k));
            if (!r.failed() && !shas.contains(sha.toLower()))
                r.fail(u"%1.photos[%2].sha256"_s.arg(path).arg(k),
                       u"refers to a photo that is not in 'photos'"_s);
            p.photoLinks.append({sha.toLower(), lo.value(u"cover"_s).toBool()});
        }
        const QJsonArray entityRefs = r.array(o, u"entities"_s, path);
        for (qsizetype k = 0; k < entityRefs.size() && !r.failed(); ++k) {
            const QString uuid = entityRefs.at(k).toString().toLower();
            if (!entityUuids.contains(uuid))
                r.fail(u"%1.entities[%2]"_s.arg(path).arg(k),
                       u"refers to an entity that is not in 'entities'"_s);
            p.entityUuids << uuid;
        }
        parsed.items << p;
    }
    if (r.failed())
        return makeError(ErrorCode::Format, problem);
    return parsed;
}

} // namespace

JsonImporter::JsonImporter(Archive::Archive &archive)
    : m_archive(archive)
{}

Result<ImportReport> JsonImporter::importFrom(const QString &path)
{
    const QFileInfo info(path);
    const QString jsonPath = info.isDir() ? QDir(path).absoluteFilePath(JsonFormat::kFileName)
                                          : info.absoluteFilePath();
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QFileInfo::exists(jsonPath) ? ErrorCode::Io : ErrorCode::NotFound,
                         u"cannot read %1: %2"_s.arg(jsonPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Format, u"%1 is not valid JSON at byte %2: %3"_s.arg(
                                                jsonPath, QString::number(parseError.offset),
                                                parseError.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::Format, u"%1: expected a JSON object"_s.arg(jsonPath));
    auto parsed = parse(doc.object(), QFileInfo(jsonPath).absoluteDir());
    if (!parsed)
        return parsed.error();

    // Every media file must be there and intact before we write anything.
    for (const ParsedPhoto &p : std::as_const(parsed->photos)) {
        auto sha = Media::MediaStore::hashFile(p.file);
        if (!sha)
            return makeError(ErrorCode::Format, u"photo %1 (%2): %3"_s.arg(
                                                    p.photo.sha256, p.photo.originalName,
                                                    sha.error().detail));
        if (*sha != p.photo.sha256)
            return makeError(ErrorCode::Format,
                             u"photo %1 (%2): the file's SHA-256 is %3"_s.arg(
                                 p.photo.sha256, p.photo.originalName, *sha));
    }

    ImportReport report;
    QStringList newMedia;
    auto undoMedia = [this, &newMedia] {
        for (const QString &sha : std::as_const(newMedia))
            (void)m_archive.media().remove(sha);
    };
    Archive::Transaction tx(m_archive.connection());
    if (auto r = tx.begin(); !r)
        return r.error();

    auto fail = [&](const Error &error) -> Result<ImportReport> {
        tx.rollback();
        undoMedia();
        return error;
    };

    QHash<QString, qint64> entityIds;
    for (Model::Entity e : std::as_const(parsed->entities)) {
        auto existing = m_archive.entities().findByUuid(e.uuid);
        if (existing) {
            entityIds.insert(e.uuid, existing->id);
            ++report.entitiesReused;
            continue;
        }
        if (auto r = m_archive.entities().add(e); !r)
            return fail(r.error());
        entityIds.insert(e.uuid, e.id);
        ++report.entitiesAdded;
    }

    QHash<QString, qint64> photoIds;
    for (const ParsedPhoto &p : std::as_const(parsed->photos)) {
        auto existing = m_archive.photos().findBySha(p.photo.sha256);
        if (existing) {
            photoIds.insert(p.photo.sha256, existing->id);
            ++report.photosReused;
            continue;
        }
        if (existing.error().code != ErrorCode::NotFound)
            return fail(existing.error());
        if (!m_archive.media().contains(p.photo.sha256)) {
            auto stored = m_archive.media().addFile(p.file);
            if (!stored)
                return fail(stored.error());
            newMedia << *stored;
        }
        Model::Photo photo = p.photo;
        if (auto r = m_archive.photos().add(photo); !r)
            return fail(r.error());
        photoIds.insert(photo.sha256, photo.id);
        ++report.photosAdded;
    }

    for (int n = 0; n < parsed->items.size(); ++n) {
        if (m_progress && !m_progress(n, int(parsed->items.size())))
            return fail(makeError(ErrorCode::Cancelled, u"import cancelled"_s));
        ParsedItem &p = (*parsed).items[n];
        auto existing = m_archive.items().resolve(p.item.uuid);
        if (existing) {
            ++report.itemsSkipped;
            continue;
        }
        if (existing.error().code != ErrorCode::NotFound)
            return fail(existing.error());
        for (const auto &[sha, cover] : std::as_const(p.photoLinks))
            p.item.photos << Model::PhotoLink{photoIds.value(sha), 0, cover};
        for (const QString &uuid : std::as_const(p.entityUuids))
            p.item.entityIds << entityIds.value(uuid);
        if (auto r = m_archive.items().insertVerbatim(p.item, p.revisions); !r)
            return fail(r.error());
        ++report.itemsAdded;
    }
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    qCInfo(lcExchange) << "imported" << report.itemsAdded << "items from" << jsonPath;
    return report;
}

} // namespace Press::Exchange

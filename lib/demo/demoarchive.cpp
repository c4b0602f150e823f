#include "demoarchive.h"

#include "demophoto.h"

#include <archive/archive.h>
#include <archive/transaction.h>
#include <core/logging.h>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Press::Demo {
namespace {

Model::ItemText textFrom(const QJsonObject &o, Language language)
{
    Model::ItemText t;
    t.language = language;
    t.title = o.value(u"title"_s).toString();
    t.lead = o.value(u"lead"_s).toString();
    t.body = o.value(u"body"_s).toString();
    t.place = o.value(u"place"_s).toString();
    return t;
}

Result<QJsonObject> loadContent()
{
    QFile file(u":/demo/demo-content.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"demo content resource is missing"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Format,
                         u"demo content: %1 at %2"_s.arg(error.errorString()).arg(error.offset));
    return doc.object();
}

} // namespace

Result<DemoReport> fillDemoArchive(Archive::Archive &archive)
{
    auto content = loadContent();
    if (!content)
        return content.error();
    DemoReport report;
    Archive::Transaction tx(archive.connection());
    if (auto r = tx.begin(); !r)
        return r.error();

    QHash<QString, qint64> entities;
    for (const QJsonValue &v : content->value(u"entities"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Model::Entity e;
        e.kind = Model::entityKindFromCode(o.value(u"kind"_s).toString())
                     .value_or(Model::EntityKind::Topic);
        e.nameRu = o.value(u"ru"_s).toString();
        e.nameEn = o.value(u"en"_s).toString();
        e.shortRu = o.value(u"shortRu"_s).toString();
        e.shortEn = o.value(u"shortEn"_s).toString();
        if (auto r = archive.entities().add(e); !r)
            return r.error();
        entities.insert(o.value(u"key"_s).toString(), e.id);
        ++report.entities;
    }

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return makeError(ErrorCode::Io, u"cannot create a temporary folder for demo photos"_s);
    QHash<QString, qint64> photos;
    int seed = 0;
    for (const QJsonValue &v : content->value(u"photos"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"file"_s).toString();
        const QString path = scratch.filePath(QString::number(++seed) + u".jpg"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(paintDemoPhoto(o.value(u"scene"_s).toString(), seed)) < 0)
            return makeError(ErrorCode::Io, u"cannot write %1"_s.arg(path));
        out.close();
        Archive::PhotoDetails details;
        details.originalName = name;
        details.captionRu = o.value(u"captionRu"_s).toString();
        details.captionEn = o.value(u"captionEn"_s).toString();
        details.credit = o.value(u"credit"_s).toString();
        details.takenAt = fromTimestamp(o.value(u"takenAt"_s).toString());
        details.camera = o.value(u"camera"_s).toString();
        archive.clock().setFixedTime(details.takenAt.addSecs(3 * 3600));
        auto photo = archive.addPhoto(path, details);
        if (!photo)
            return photo.error();
        photos.insert(o.value(u"key"_s).toString(), photo->id);
        ++report.photos;
    }

    for (const QJsonValue &v : content->value(u"items"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Model::Item item;
        item.section = Model::sectionFromCode(o.value(u"section"_s).toString())
                           .value_or(Model::Section::News);
        item.status = Model::statusFromCode(o.value(u"status"_s).toString())
                          .value_or(Model::ItemStatus::Draft);
        item.eventDate = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
        item.sourceLanguage = languageFromCode(o.value(u"source"_s).toString())
                                  .value_or(Language::Ru);
        item.ru = textFrom(o.value(u"ru"_s).toObject(), Language::Ru);
        item.en = textFrom(o.value(u"en"_s).toObject(), Language::En);
        bool cover = true;
        for (const QJsonValue &key : o.value(u"photos"_s).toArray()) {
            item.photos << Model::PhotoLink{photos.value(key.toString()), 0, cover};
            cover = false;
        }
        for (const QJsonValue &key : o.value(u"entities"_s).toArray())
            item.entityIds << entities.value(key.toString());
        // Written on the day of the event, translated the next day, corrected three days later.
        const QDateTime written(item.eventDate, QTime(9, 30), Qt::UTC);
        archive.clock().setFixedTime(written);
        if (auto r = archive.items().create(item); !r)
            return r.error();
        archive.clock().setFixedTime(written.addDays(1));

        // "translation": done | outdated | in-progress (default: done when both languages exist)
        const Language target = otherLanguage(item.sourceLanguage);
        const QString state = o.value(u"translation"_s).toString(u"done"_s);
        if (!item.text(target).isEmpty() && (state == u"done" || state == u"outdated")) {
            if (auto r = archive.items().markTranslationDone(item.id, target); !r)
                return r.error();
        }
        // An outdated translation: the source was corrected after the translator finished.
        const QJsonObject update = o.value(u"sourceUpdate"_s).toObject();
        if (!update.isEmpty()) {
            auto reloaded = archive.items().load(item.id);
            if (!reloaded)
                return reloaded.error();
            Model::ItemText &source = reloaded->text(item.sourceLanguage);
            if (update.contains(u"title"_s))
                source.title = update.value(u"title"_s).toString();
            if (update.contains(u"lead"_s))
                source.lead = update.value(u"lead"_s).toString();
            archive.clock().setFixedTime(written.addDays(3));
            if (update.contains(u"appendBody"_s))
                source.body += u"\n\n"_s + update.value(u"appendBody"_s).toString();
            if (auto r = archive.items().save(*reloaded); !r)
                return r.error();
        }
        ++report.items;
    }
    archive.clock().setFixedTime({});
    if (auto r = tx.commit(); !r)
        return r.error();
    qCInfo(lcArchive) << "demo archive:" << report.items << "items," << report.photos << "photos";
    return report;
}

Result<std::unique_ptr<Archive::Archive>> createDemoArchive(const QString &dir)
{
    auto archive = Archive::Archive::create(dir);
    if (!archive)
        return archive.error();
    if (auto r = fillDemoArchive(**archive); !r)
        return r.error();
    return archive;
}

} // namespace Press::Demo

#include "jsonexporter.h"

#include "jsonformat.h"

#include <archive/archive.h>
#include <archive/transaction.h>
#include <core/logging.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Press::Exchange {
namespace {

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toTimestamp(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject perLanguage(const QString &ru, const QString &en)
{
    return QJsonObject{{u"ru"_s, ru}, {u"en"_s, en}};
}

} // namespace

JsonExporter::JsonExporter(Archive::Archive &archive)
    : m_archive(archive)
{}

Result<ExportReport> JsonExporter::exportTo(const QString &dir)
{
    const QDir out(dir);
    // Checked here, before anything that could clean up: a folder with the user's files in it is
    // never written to, and so never removed.
    if (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return makeError(ErrorCode::AlreadyExists, u"%1 exists and is not empty"_s.arg(dir));
    const bool existed = out.exists();
    auto result = write(dir);
    if (!result) {
        // Leave no half-written export: the folder was new or empty before.
        QDir(dir).removeRecursively();
        if (existed)
            QDir().mkpath(dir);
    }
    return result;
}

Result<ExportReport> JsonExporter::write(const QString &dir)
{
    QDir out(dir);
    if (!QDir().mkpath(out.absoluteFilePath(JsonFormat::kMediaDir)))
        return makeError(ErrorCode::Io, u"cannot create %1"_s.arg(out.absolutePath()));

    // One snapshot for the whole export, so a save in another window cannot tear it.
    Archive::Transaction snapshot(m_archive.connection(), Archive::Transaction::Mode::Read);
    if (auto r = snapshot.begin(); !r)
        return r.error();

    ExportReport report;
    QJsonArray entities;
    QHash<qint64, QString> entityUuid;
    auto entityList = m_archive.entities().list();
    if (!entityList)
        return entityList.error();
    std::sort(entityList->begin(), entityList->end(),
              [](const auto &a, const auto &b) { return a.uuid < b.uuid; });
    for (const Model::Entity &e : *entityList) {
        entityUuid.insert(e.id, e.uuid);
        entities.append(QJsonObject{{u"uuid"_s, e.uuid},
                                    {u"kind"_s, Model::entityKindCode(e.kind)},
                                    {u"name"_s, perLanguage(e.nameRu, e.nameEn)},
                                    {u"short"_s, perLanguage(e.shortRu, e.shortEn)}});
    }
    report.entities = int(entities.size());

    QJsonArray photos;
    QHash<qint64, QString> photoSha;
    auto photoList = m_archive.photos().list();
    if (!photoList)
        return photoList.error();
    std::sort(photoList->begin(), photoList->end(),
              [](const auto &a, const auto &b) { return a.sha256 < b.sha256; });
    for (const Model::Photo &p : *photoList) {
        photoSha.insert(p.id, p.sha256);
        const QString file = JsonFormat::mediaFileName(p.sha256, p.mimeType);
        const QString source = m_archive.media().pathFor(p.sha256);
        if (!QFile::copy(source, out.absoluteFilePath(file)))
            return makeError(ErrorCode::Io, u"cannot copy photo %1 (%2) from %3"_s.arg(
                                                QString::number(p.id), p.originalName, source));
        photos.append(QJsonObject{{u"sha256"_s, p.sha256},
                                  {u"orientation"_s, p.orientation},
                                  {u"headline"_s, p.headline},
                                  {u"copyright"_s, p.copyright},
                                  {u"keywords"_s, QJsonArray::fromStringList(p.keywords)},
                                  {u"gps"_s, JsonFormat::positionJson(p.position)},
                                  {u"file"_s, file},
                                  {u"originalName"_s, p.originalName},
                                  {u"mimeType"_s, p.mimeType},
                                  {u"sizeBytes"_s, p.sizeBytes},
                                  {u"width"_s, p.width},
                                  {u"height"_s, p.height},
                                  {u"takenAt"_s, timeValue(p.takenAt)},
                                  {u"camera"_s, p.camera},
                                  {u"credit"_s, p.credit},
                                  {u"caption"_s, perLanguage(p.captionRu, p.captionEn)},
                                  {u"importedAt"_s, timeValue(p.importedAt)}});
    }
    report.photos = int(photos.size());

    auto ids = m_archive.items().ids();
    if (!ids)
        return ids.error();
    QList<std::pair<QString, QJsonObject>> items;
    for (int n = 0; n < ids->size(); ++n) {
        if (m_progress && !m_progress(n, int(ids->size())))
            return makeError(ErrorCode::Cancelled, u"export cancelled"_s);
        auto item = m_archive.items().load(ids->at(n));
        if (!item)
            return item.error();
        auto history = m_archive.items().history(item->id, std::nullopt);
        if (!history)
            return history.error();
        QJsonObject texts;
        for (Language lang : allLanguages()) {
            const Model::ItemText &t = item->text(lang);
            QJsonArray revisions;
            for (const Model::Revision &r : *history) {
                if (r.language != lang)
                    continue;
                revisions.append(QJsonObject{{u"title"_s, r.title},
                                             {u"lead"_s, r.lead},
                                             {u"body"_s, r.body},
                                             {u"place"_s, r.place},
                                             {u"savedAt"_s, timeValue(r.savedAt)}});
            }
            report.revisions += int(revisions.size());
            texts.insert(languageCode(lang),
                         QJsonObject{{u"title"_s, t.title},
                                     {u"lead"_s, t.lead},
                                     {u"body"_s, t.body},
                                     {u"place"_s, t.place},
                                     {u"translatedFromHash"_s,
                                      t.translatedFromHash.isEmpty()
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(t.translatedFromHash)},
                                     {u"updatedAt"_s, timeValue(t.updatedAt)},
                                     {u"revisions"_s, revisions}});
        }
        QJsonArray links;
        for (const Model::PhotoLink &link : item->photos)
            links.append(QJsonObject{{u"sha256"_s, photoSha.value(link.photoId)},
                                     {u"cover"_s, link.isCover}});
        QStringList entityUuids;
        for (qint64 id : item->entityIds)
            entityUuids << entityUuid.value(id);
        entityUuids.sort();
        items.append({item->uuid,
                      QJsonObject{{u"uuid"_s, item->uuid},
                                  {u"section"_s, Model::sectionCode(item->section)},
                                  {u"eventDate"_s, item->eventDate.isValid()
                                                       ? QJsonValue(item->eventDate.toString(Qt::ISODate))
                                                       : QJsonValue(QJsonValue::Null)},
                                  {u"status"_s, Model::statusCode(item->status)},
                                  {u"sourceLanguage"_s, languageCode(item->sourceLanguage)},
                                  {u"createdAt"_s, timeValue(item->createdAt)},
                                  {u"updatedAt"_s, timeValue(item->updatedAt)},
                                  {u"version"_s, item->version},
                                  {u"texts"_s, texts},
                                  {u"photos"_s, links},
                                  {u"entities"_s, QJsonArray::fromStringList(entityUuids)}}});
    }
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonArray itemArray;
    for (const auto &entry : std::as_const(items))
        itemArray.append(entry.second);
    report.items = int(itemArray.size());
    snapshot.rollback();

    const QJsonObject root{{u"format"_s, QString(JsonFormat::kFormatName)},
                           {u"formatVersion"_s, JsonFormat::kFormatVersion},
                           {u"entities"_s, entities},
                           {u"photos"_s, photos},
                           {u"items"_s, itemArray}};
    QSaveFile file(out.absoluteFilePath(JsonFormat::kFileName));
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(file.fileName(),
                                                                      file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(file.fileName(),
                                                                      file.errorString()));
    qCInfo(lcExchange) << "exported" << report.items << "items to" << out.absolutePath();
    return report;
}

} // namespace Press::Exchange

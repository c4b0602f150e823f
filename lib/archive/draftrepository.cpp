#include "draftrepository.h"

#include "sql.h"

#include <model/enums.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Press::Archive {
namespace {

QJsonObject textJson(const Model::ItemText &t)
{
    return {{u"title"_s, t.title},
            {u"lead"_s, t.lead},
            {u"body"_s, t.body},
            {u"place"_s, t.place},
            {u"translatedFromHash"_s, t.translatedFromHash}};
}

void readText(const QJsonObject &o, Model::ItemText &t)
{
    t.title = o.value(u"title"_s).toString();
    t.lead = o.value(u"lead"_s).toString();
    t.body = o.value(u"body"_s).toString();
    t.place = o.value(u"place"_s).toString();
    t.translatedFromHash = o.value(u"translatedFromHash"_s).toString();
}

} // namespace

DraftRepository::DraftRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

QByteArray DraftRepository::encode(const Model::Item &item)
{
    QJsonArray entities;
    for (qint64 id : item.entityIds)
        entities.append(id);
    const QJsonObject o{{u"section"_s, Model::sectionCode(item.section)},
                        {u"eventDate"_s, item.eventDate.toString(Qt::ISODate)},
                        {u"status"_s, Model::statusCode(item.status)},
                        {u"sourceLanguage"_s, languageCode(item.sourceLanguage)},
                        {u"ru"_s, textJson(item.ru)},
                        {u"en"_s, textJson(item.en)},
                        {u"entities"_s, entities}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Model::Item> DraftRepository::decode(qint64 itemId, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return makeError(ErrorCode::Format,
                         u"draft of item %1 is not JSON: %2"_s.arg(itemId).arg(error.errorString()));
    const QJsonObject o = doc.object();
    Model::Item item;
    item.id = itemId;
    item.section = Model::sectionFromCode(o.value(u"section"_s).toString()).value_or(Model::Section::News);
    item.eventDate = QDate::fromString(o.value(u"eventDate"_s).toString(), Qt::ISODate);
    item.status = Model::statusFromCode(o.value(u"status"_s).toString()).value_or(Model::ItemStatus::Draft);
    item.sourceLanguage = languageFromCode(o.value(u"sourceLanguage"_s).toString()).value_or(Language::Ru);
    readText(o.value(u"ru"_s).toObject(), item.ru);
    readText(o.value(u"en"_s).toObject(), item.en);
    for (const QJsonValue &v : o.value(u"entities"_s).toArray())
        item.entityIds << v.toInteger();
    return item;
}

Result<void> DraftRepository::save(const Model::Item &content, int baseVersion)
{
    auto q = run(m_db,
                 u"INSERT INTO draft (item_id, base_version, content, saved_at) VALUES (?, ?, ?, ?)"
                 " ON CONFLICT(item_id) DO UPDATE SET base_version = excluded.base_version,"
                 " content = excluded.content, saved_at = excluded.saved_at"_s,
                 {content.id, baseVersion, QString::fromUtf8(encode(content)),
                  toTimestamp(m_clock.now())});
    if (!q)
        return q.error();
    return ok();
}

Result<std::optional<Draft>> DraftRepository::load(qint64 itemId) const
{
    auto q = run(m_db, u"SELECT base_version, content, saved_at FROM draft WHERE item_id = ?"_s,
                 {itemId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Draft>();
    auto content = decode(itemId, q->value(1).toString().toUtf8());
    if (!content)
        return content.error();
    return std::optional<Draft>(Draft{*content, q->value(0).toInt(),
                                      fromTimestamp(q->value(2).toString())});
}

Result<void> DraftRepository::remove(qint64 itemId)
{
    if (auto q = run(m_db, u"DELETE FROM draft WHERE item_id = ?"_s, {itemId}); !q)
        return q.error();
    return ok();
}

Result<QList<Draft>> DraftRepository::list() const
{
    auto ids = selectIds(m_db, u"SELECT item_id FROM draft ORDER BY saved_at DESC, item_id"_s);
    if (!ids)
        return ids.error();
    QList<Draft> drafts;
    for (qint64 id : *ids) {
        auto draft = load(id);
        if (!draft)
            return draft.error();
        if (*draft)
            drafts << **draft;
    }
    return drafts;
}

} // namespace Press::Archive

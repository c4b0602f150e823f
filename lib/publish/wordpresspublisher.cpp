#include "wordpresspublisher.h"

#include <archive/archive.h>
#include <media/rendition.h>
#include <text/bodyformat.h>
#include <text/localizedlabels.h>
#include <text/slug.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Press::Publish {

namespace {

QString fileBase(const QString &url)
{
    QString name = QUrl(url).fileName();
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.left(dot) : name;
}

} // namespace

WordPressPublisher::WordPressPublisher(Archive::Archive &archive, Model::PublishTarget target,
                                       WordPressClient &client, QObject *parent)
    : Publisher(parent)
    , m_archive(archive)
    , m_target(std::move(target))
    , m_client(client)
{
}

QString WordPressPublisher::postMark(const QString &uuid, Language language)
{
    return u"pressdesk:%1:%2"_s.arg(uuid, languageCode(language));
}

QString WordPressPublisher::mediaBase(const QString &sha256)
{
    return u"pd-"_s + sha256.left(20);
}

QString WordPressPublisher::slugFor(const Model::Item &item, Language language)
{
    QString base = Text::slugify(item.text(language).title, 60);
    const QString suffix = QString(item.uuid).remove(u'-').left(8).toLower();
    return base.isEmpty() ? QString(u"item-"_s + suffix) : QString(base + u'-' + suffix);
}

void WordPressPublisher::run(const Model::PublishJob &job)
{
    m_job = job;
    m_running = true;
    ++m_generation;
    if (!prepare())
        return;
    if (m_client.isVerified())
        start();
    else
        checkCredentials();
}

void WordPressPublisher::checkCredentials()
{
    // Bad credentials on WordPress's public GETs pass as anonymous; ask who we are first, so
    // that a wrong password is reported as such and not as a later, stranger refusal.
    emit progressed(u"sign in"_s);
    const quint64 generation = m_generation;
    m_client.signIn([this, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (!r.isSuccess())
            return failWith(r, u"signing in as %1"_s.arg(m_target.user));
        start();
    });
}

void WordPressPublisher::start()
{
    switch (m_job.action) {
    case Model::PublishAction::Publish:
        nextTerm(0);
        return;
    case Model::PublishAction::Withdraw:
        if (m_post.remoteId == 0)
            return fail(makeError(ErrorCode::NotFound, u"the item was never published here"_s));
        changeStatus(u"draft"_s);
        return;
    case Model::PublishAction::Trash:
        if (m_post.remoteId == 0)
            return fail(makeError(ErrorCode::NotFound, u"the item was never published here"_s));
        trashPost();
        return;
    }
}

void WordPressPublisher::abort()
{
    if (!m_running)
        return;
    ++m_generation;
    m_client.abortAll();
    fail(makeError(ErrorCode::Cancelled, u"stopped"_s));
}

void WordPressPublisher::fail(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(error);
}

void WordPressPublisher::failWith(const WpResponse &response, const QString &what)
{
    Error error = response.error();
    error.detail = what + u": "_s + error.detail;
    fail(error);
}

void WordPressPublisher::succeed()
{
    if (!m_running)
        return;
    m_running = false;
    emit finished(Error{});
}

bool WordPressPublisher::prepare()
{
    auto item = m_archive.items().load(m_job.itemId);
    if (!item) {
        fail(item.error());
        return false;
    }
    m_item = *item;
    const Language language = m_target.language;
    if (m_job.action == Model::PublishAction::Publish && m_item.text(language).title.trimmed().isEmpty()) {
        fail(makeError(ErrorCode::InvalidArgument,
                       u"item %1 has no %2 title to publish"_s.arg(m_item.id).arg(languageCode(language))));
        return false;
    }
    auto post = m_archive.publishing().remotePost(m_item.id, m_target.id);
    if (!post) {
        fail(post.error());
        return false;
    }
    if (*post) {
        m_post = **post;
    } else {
        // Chosen once, stored before anything is sent: a retry looks for this slug.
        m_post = Model::RemotePost{m_item.id, m_target.id, slugFor(m_item, language), 0, {}, {}, {}, {}};
        if (auto saved = m_archive.publishing().saveRemotePost(m_post); !saved) {
            fail(saved.error());
            return false;
        }
    }

    m_terms.clear();
    if (!m_target.category.trimmed().isEmpty())
        m_terms << Term{u"categories"_s, m_target.category.trimmed(), 0};
    m_terms << Term{u"categories"_s, Text::sectionName(m_item.section, language), 0};
    for (qint64 entityId : std::as_const(m_item.entityIds)) {
        auto entity = m_archive.entities().load(entityId);
        if (!entity) {
            fail(entity.error());
            return false;
        }
        const QString name = entity->name(language).trimmed();
        if (!name.isEmpty())
            m_terms << Term{u"tags"_s, name, 0};
    }

    m_media.clear();
    auto photos = m_archive.photos().forItem(m_item.id);
    if (!photos) {
        fail(photos.error());
        return false;
    }
    for (const Model::Photo &photo : std::as_const(*photos)) {
        bool cover = false;
        for (const Model::PhotoLink &link : std::as_const(m_item.photos))
            cover = cover || (link.photoId == photo.id && link.isCover);
        m_media << Media{photo, cover, 0, {}};
    }
    return true;
}

// ---- terms ------------------------------------------------------------------------------------

void WordPressPublisher::nextTerm(int index)
{
    if (index >= m_terms.size())
        return nextMedia(0);
    Term &term = m_terms[index];
    auto cached = m_archive.publishing().remoteTerm(m_target.site(), term.taxonomy, term.name);
    if (!cached)
        return fail(cached.error());
    if (*cached) {
        term.id = **cached;
        return nextTerm(index + 1);
    }
    emit progressed(u"term %1"_s.arg(term.name));
    QUrlQuery query;
    query.addQueryItem(u"search"_s, term.name);
    query.addQueryItem(u"per_page"_s, u"100"_s);
    query.addQueryItem(u"_fields"_s, u"id,name"_s);
    const quint64 generation = m_generation;
    m_client.get(u"/wp/v2/"_s + term.taxonomy, query, [this, index, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (!r.isSuccess())
            return failWith(r, u"looking up %1"_s.arg(m_terms[index].name));
        for (const QJsonValue &v : r.json.array()) {
            const QJsonObject o = v.toObject();
            if (Text::htmlToPlainLine(o.value(u"name"_s).toString()) == m_terms[index].name) {
                m_terms[index].id = o.value(u"id"_s).toInteger();
                if (auto saved = m_archive.publishing().saveRemoteTerm(
                        m_target.site(), m_terms[index].taxonomy, m_terms[index].name, m_terms[index].id);
                    !saved)
                    return fail(saved.error());
                return nextTerm(index + 1);
            }
        }
        createTerm(index);
    });
}

void WordPressPublisher::createTerm(int index)
{
    const quint64 generation = m_generation;
    m_client.post(u"/wp/v2/"_s + m_terms[index].taxonomy, {{u"name"_s, m_terms[index].name}},
                  [this, index, generation](const WpResponse &r) {
                      if (!alive(generation))
                          return;
                      qint64 id = 0;
                      if (r.isSuccess())
                          id = r.json.object().value(u"id"_s).toInteger();
                      else if (r.code() == u"term_exists"_s) // made by a lost earlier answer
                          id = r.json.object().value(u"data"_s).toObject().value(u"term_id"_s).toInteger();
                      else
                          return failWith(r, u"creating %1"_s.arg(m_terms[index].name));
                      m_terms[index].id = id;
                      if (auto saved = m_archive.publishing().saveRemoteTerm(
                              m_target.site(), m_terms[index].taxonomy, m_terms[index].name, id);
                          !saved)
                          return fail(saved.error());
                      nextTerm(index + 1);
                  });
}

// ---- photos -----------------------------------------------------------------------------------

QUrlQuery WordPressPublisher::mediaFields(const Model::Photo &photo) const
{
    const QString caption = photo.caption(m_target.language).trimmed();
    QUrlQuery fields;
    fields.addQueryItem(u"title"_s, caption.isEmpty() ? QFileInfo(photo.originalName).completeBaseName()
                                                      : caption.left(120));
    fields.addQueryItem(u"caption"_s, caption);
    fields.addQueryItem(u"alt_text"_s, caption);
    // The mark a retry searches for (WordPress searches titles, captions and descriptions).
    fields.addQueryItem(u"description"_s, mediaBase(photo.sha256));
    return fields;
}

void WordPressPublisher::nextMedia(int index)
{
    if (index >= m_media.size())
        return writePost();
    emit progressed(u"photo %1 of %2"_s.arg(index + 1).arg(m_media.size()));
    auto cached = m_archive.publishing().remoteMedia(m_media[index].photo.id, m_target.site());
    if (!cached)
        return fail(cached.error());
    if (!*cached)
        return searchMedia(index);
    // Reused by its remote id, after checking that the site still has it.
    const qint64 id = **cached;
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"_fields"_s, u"id,source_url"_s);
    const quint64 generation = m_generation;
    m_client.get(u"/wp/v2/media/%1"_s.arg(id), query, [this, index, id, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (r.status == 404 || r.status == 410) {
            if (auto forgot = m_archive.publishing().forgetRemoteMedia(m_media[index].photo.id, m_target.site());
                !forgot)
                return fail(forgot.error());
            return searchMedia(index);
        }
        if (!r.isSuccess())
            return failWith(r, u"checking photo %1"_s.arg(m_media[index].photo.id));
        m_media[index].id = id;
        m_media[index].url = r.json.object().value(u"source_url"_s).toString();
        nextMedia(index + 1);
    });
}

void WordPressPublisher::findMarked(const QString &route, const QUrlQuery &extra, const QString &mark,
                                    const std::function<void(QList<Found>)> &done)
{
    // Ours carry a mark: media in their description (or file name), posts in their content.
    QUrlQuery query = extra;
    query.addQueryItem(u"per_page"_s, u"100"_s);
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"orderby"_s, u"id"_s);
    query.addQueryItem(u"order"_s, u"asc"_s);
    query.addQueryItem(u"_fields"_s, u"id,source_url,description,content"_s);
    const quint64 generation = m_generation;
    m_client.get(route, query, [this, mark, done, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (!r.isSuccess())
            return failWith(r, u"looking for %1"_s.arg(mark));
        QList<Found> found;
        for (const QJsonValue &v : r.json.array()) {
            const QJsonObject o = v.toObject();
            const QString url = o.value(u"source_url"_s).toString();
            const bool marked = WordPressClient::raw(o, u"description"_s).trimmed() == mark
                                || WordPressClient::raw(o, u"content"_s).contains(
                                    u"<!-- "_s + mark + u" -->"_s)
                                || (!url.isEmpty() && fileBase(url).startsWith(mark));
            if (marked)
                found << Found{o.value(u"id"_s).toInteger(), url.isEmpty() ? o.value(u"link"_s).toString() : url};
        }
        done(found);
    });
}

void WordPressPublisher::deleteEach(const QString &route, QList<qint64> ids, const std::function<void()> &then)
{
    if (ids.isEmpty())
        return then();
    const qint64 id = ids.takeFirst();
    QUrlQuery query;
    query.addQueryItem(u"force"_s, u"true"_s);
    const quint64 generation = m_generation;
    m_client.remove(u"%1/%2"_s.arg(route).arg(id), query, [this, route, ids, then, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (!r.isSuccess() && r.status != 404 && r.status != 410)
            return failWith(r, u"removing a duplicate"_s);
        deleteEach(route, ids, then);
    });
}

QUrlQuery WordPressPublisher::mediaSearch(int index) const
{
    QUrlQuery query;
    query.addQueryItem(u"search"_s, mediaBase(m_media[index].photo.sha256));
    return query;
}

QUrlQuery WordPressPublisher::postSearch() const
{
    QUrlQuery query;
    query.addQueryItem(u"search"_s, postMark(m_item.uuid, m_target.language));
    query.addQueryItem(u"status"_s, WordPressClient::postStatuses());
    return query;
}

void WordPressPublisher::searchMedia(int index)
{
    findMarked(u"/wp/v2/media"_s, mediaSearch(index), mediaBase(m_media[index].photo.sha256),
               [this, index](QList<Found> found) {
                   if (found.isEmpty())
                       return uploadMedia(index);
                   // An earlier attempt uploaded it; its answer was lost. The oldest stays; a
                   // second copy (an upload that outlived our timeout) goes.
                   m_media[index].id = found.first().id;
                   m_media[index].url = found.first().url;
                   if (auto saved = m_archive.publishing().saveRemoteMedia(
                           m_media[index].photo.id, m_target.site(), m_media[index].id, m_media[index].url);
                       !saved)
                       return fail(saved.error());
                   QList<qint64> others;
                   for (const Found &f : found.mid(1))
                       others << f.id;
                   deleteEach(u"/wp/v2/media"_s, others, [this, index] { nextMedia(index + 1); });
               });
}

void WordPressPublisher::makeMediaUnique(int index)
{
    // An HTTP stack may send a POST again by itself when a connection drops before the answer
    // (Qt does): then the site holds two copies. Keep the one we were answered.
    findMarked(u"/wp/v2/media"_s, mediaSearch(index), mediaBase(m_media[index].photo.sha256),
               [this, index](QList<Found> found) {
                   QList<qint64> others;
                   for (const Found &f : std::as_const(found))
                       if (f.id != m_media[index].id)
                           others << f.id;
                   deleteEach(u"/wp/v2/media"_s, others, [this, index] { nextMedia(index + 1); });
               });
}

void WordPressPublisher::uploadMedia(int index)
{
    const Model::Photo &photo = m_media[index].photo;
    const Press::Media::RenditionSettings settings;
    const QString original = m_archive.media().pathFor(photo.sha256);
    if (!QFileInfo::exists(m_archive.renditions().pathFor(photo.sha256, settings))
        && !QFileInfo::exists(original))
        return fail(makeError(ErrorCode::MediaMissing,
                              u"photo %1 (%2)"_s.arg(photo.id).arg(photo.originalName)));
    auto path = m_archive.renditions().ensure(photo.sha256, original, settings);
    if (!path)
        return fail(path.error());
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(makeError(ErrorCode::Io, u"cannot read %1"_s.arg(*path)));
    const QByteArray data = file.readAll();
    const quint64 generation = m_generation;
    m_client.upload(data, mediaBase(photo.sha256) + u".jpg"_s, u"image/jpeg"_s, mediaFields(photo),
                    [this, index, generation](const WpResponse &r) {
                        if (!alive(generation))
                            return;
                        if (!r.isSuccess())
                            return failWith(r, u"uploading photo %1"_s.arg(m_media[index].photo.id));
                        const QJsonObject o = r.json.object();
                        m_media[index].id = o.value(u"id"_s).toInteger();
                        m_media[index].url = o.value(u"source_url"_s).toString();
                        if (auto saved = m_archive.publishing().saveRemoteMedia(
                                m_media[index].photo.id, m_target.site(), m_media[index].id,
                                m_media[index].url);
                            !saved)
                            return fail(saved.error());
                        makeMediaUnique(index);
                    });
}

// ---- the post ---------------------------------------------------------------------------------

QJsonObject WordPressPublisher::postBody() const
{
    const Language language = m_target.language;
    const Model::ItemText &text = m_item.text(language);
    QString content = Text::markdownToCleanHtml(text.body);
    for (const Media &m : m_media) {
        if (m.cover)
            continue;
        const QString caption = m.photo.caption(language).trimmed();
        QString figcaption = caption.toHtmlEscaped();
        if (!m.photo.credit.trimmed().isEmpty())
            figcaption += (figcaption.isEmpty() ? QString() : u" "_s)
                          + Text::label(Text::Label::PhotoCredit, language)
                                .arg(m.photo.credit.trimmed())
                                .toHtmlEscaped();
        content += u"\n<figure class=\"wp-block-image\"><img src=\"%1\" alt=\"%2\" class=\"wp-image-%3\"/>"
                   "<figcaption>%4</figcaption></figure>"_s.arg(m.url.toHtmlEscaped(), caption.toHtmlEscaped(),
                                                                 QString::number(m.id), figcaption);
    }
    content += u"\n<!-- %1 -->"_s.arg(postMark(m_item.uuid, language));

    QJsonArray categories;
    QJsonArray tags;
    for (const Term &term : m_terms)
        (term.taxonomy == u"categories"_s ? categories : tags).append(term.id);
    qint64 cover = 0;
    for (const Media &m : m_media)
        if (m.cover)
            cover = m.id;
    QJsonObject body{{u"title"_s, text.title.trimmed()},
                     {u"content"_s, content},
                     {u"excerpt"_s, text.lead.trimmed()},
                     {u"status"_s, m_job.postStatus},
                     {u"slug"_s, m_post.slug},
                     {u"categories"_s, categories},
                     {u"tags"_s, tags},
                     {u"featured_media"_s, cover}};
    if (m_job.postStatus == u"future"_s && m_job.scheduledAt.isValid())
        body.insert(u"date_gmt"_s, m_job.scheduledAt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    else if (m_item.eventDate.isValid() && m_item.eventDate <= QDate::currentDate())
        body.insert(u"date"_s, QString(m_item.eventDate.toString(Qt::ISODate) + u"T12:00:00"_s));
    return body;
}

void WordPressPublisher::writePost()
{
    emit progressed(u"post"_s);
    if (m_post.remoteId > 0)
        checkBeforeUpdate();
    else
        findExistingPost();
}

void WordPressPublisher::checkBeforeUpdate()
{
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"_fields"_s, u"id,modified_gmt,status"_s);
    const quint64 generation = m_generation;
    m_client.get(u"/wp/v2/posts/%1"_s.arg(m_post.remoteId), query, [this, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (r.status == 404 || r.status == 410) {
            // Deleted on the website: it is published anew.
            m_post.remoteId = 0;
            m_post.modifiedGmt.clear();
            return findExistingPost();
        }
        if (!r.isSuccess())
            return failWith(r, u"checking post %1"_s.arg(m_post.remoteId));
        const QString modified = r.json.object().value(u"modified_gmt"_s).toString();
        if (!m_job.overwrite && !m_post.modifiedGmt.isEmpty() && modified != m_post.modifiedGmt)
            return fail(makeError(ErrorCode::Conflict,
                                  u"post %1 was changed on the website at %2 (UTC), after our "
                                  "publication at %3"_s.arg(m_post.remoteId).arg(modified, m_post.modifiedGmt)));
        sendPost(m_post.remoteId);
    });
}

void WordPressPublisher::findExistingPost()
{
    QUrlQuery query;
    query.addQueryItem(u"slug"_s, m_post.slug);
    query.addQueryItem(u"status"_s, WordPressClient::postStatuses());
    findMarked(u"/wp/v2/posts"_s, query, postMark(m_item.uuid, m_target.language),
               [this](QList<Found> bySlug) {
                   if (!bySlug.isEmpty())
                       return sendPost(bySlug.first().id);
                   findMarked(u"/wp/v2/posts"_s, postSearch(), postMark(m_item.uuid, m_target.language),
                              [this](QList<Found> byMark) {
                                  sendPost(byMark.isEmpty() ? 0 : byMark.first().id);
                              });
               });
}

void WordPressPublisher::sendPost(qint64 remoteId)
{
    m_created = remoteId == 0;
    const quint64 generation = m_generation;
    const QString route = remoteId > 0 ? u"/wp/v2/posts/%1"_s.arg(remoteId) : u"/wp/v2/posts"_s;
    m_client.post(route, postBody(), [this, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        finishPost(r);
    });
}

void WordPressPublisher::finishPost(const WpResponse &r)
{
    if (!r.isSuccess())
        return failWith(r, u"writing the post"_s);
    const QJsonObject o = r.json.object();
    m_post.remoteId = o.value(u"id"_s).toInteger();
    m_post.url = o.value(u"link"_s).toString();
    m_post.status = o.value(u"status"_s).toString();
    m_post.modifiedGmt = o.value(u"modified_gmt"_s).toString();
    m_post.publishedAt = QDateTime::currentDateTimeUtc();
    if (auto saved = m_archive.publishing().saveRemotePost(m_post); !saved)
        return fail(saved.error());
    if (m_job.action != Model::PublishAction::Publish)
        return succeed(); // a status change sends no terms or photos to check
    // WordPress drops unknown ids silently: a term or photo deleted on the site since we cached
    // it. Forget the cache; the next attempt finds or makes them again.
    QList<qint64> wanted;
    for (const Term &term : std::as_const(m_terms))
        if (term.taxonomy == u"categories"_s)
            wanted << term.id;
    const QJsonArray got = o.value(u"categories"_s).toArray();
    bool termsOk = true;
    for (qint64 id : wanted)
        termsOk = termsOk && got.contains(QJsonValue(id));
    qint64 cover = 0;
    for (const Media &m : std::as_const(m_media))
        if (m.cover)
            cover = m.id;
    if (!termsOk || o.value(u"featured_media"_s).toInteger() != cover) {
        if (auto forgot = m_archive.publishing().forgetRemoteTerms(m_target.site()); !forgot)
            return fail(forgot.error());
        return fail(makeError(ErrorCode::Network,
                              u"the site dropped a category or the featured image; trying again"_s));
    }
    if (m_created)
        return makePostUnique();
    succeed();
}

void WordPressPublisher::makePostUnique()
{
    // As with photos: a POST sent twice by the HTTP stack makes two posts; keep ours.
    findMarked(u"/wp/v2/posts"_s, postSearch(), postMark(m_item.uuid, m_target.language),
               [this](QList<Found> found) {
                   QList<qint64> others;
                   for (const Found &f : std::as_const(found))
                       if (f.id != m_post.remoteId)
                           others << f.id;
                   deleteEach(u"/wp/v2/posts"_s, others, [this] { succeed(); });
               });
}

void WordPressPublisher::changeStatus(const QString &status)
{
    emit progressed(u"post"_s);
    const quint64 generation = m_generation;
    m_client.post(u"/wp/v2/posts/%1"_s.arg(m_post.remoteId), {{u"status"_s, status}},
                  [this, generation](const WpResponse &r) {
                      if (!alive(generation))
                          return;
                      finishPost(r);
                  });
}

void WordPressPublisher::trashPost()
{
    emit progressed(u"post"_s);
    const quint64 generation = m_generation;
    m_client.remove(u"/wp/v2/posts/%1"_s.arg(m_post.remoteId), {}, [this, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (r.code() == u"rest_already_trashed"_s || r.status == 404) {
            m_post.status = u"trash"_s;
            if (auto saved = m_archive.publishing().saveRemotePost(m_post); !saved)
                return fail(saved.error());
            return succeed();
        }
        if (!r.isSuccess())
            return failWith(r, u"moving the post to the trash"_s);
        m_post.status = r.json.object().value(u"status"_s).toString();
        m_post.modifiedGmt = r.json.object().value(u"modified_gmt"_s).toString();
        if (auto saved = m_archive.publishing().saveRemotePost(m_post); !saved)
            return fail(saved.error());
        succeed();
    });
}

} // namespace Press::Publish

#include "wordpresspuller.h"

#include <archive/archive.h>
#include <archive/transaction.h>
#include <text/bodyformat.h>
#include <text/localizedlabels.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Press::Publish {

namespace {

constexpr int kPageSize = 50;

Model::ItemStatus statusFor(const QString &wpStatus)
{
    if (wpStatus == u"publish"_s || wpStatus == u"private"_s)
        return Model::ItemStatus::Published;
    if (wpStatus == u"future"_s)
        return Model::ItemStatus::Ready;
    return Model::ItemStatus::Draft;
}

// A post's HTML without block comments, our mark, figures, [caption] shortcodes and images
// (their media ids, from wp-image-N classes, go to `mediaIds`), classic-editor paragraphs as <p>.
// Regular expressions only: cheap enough to find a post's media before its body is converted.
QString withoutMedia(const QString &html, QList<qint64> *mediaIds)
{
    static const QRegularExpression comments(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression figures(u"<figure\\b[^>]*>.*?</figure>"_s,
                                            QRegularExpression::DotMatchesEverythingOption
                                                | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression images(u"<img\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression wpImage(u"wp-image-(\\d+)"_s);
    static const QRegularExpression captionShortcode(u"\\[caption[^\\]]*\\].*?\\[/caption\\]"_s,
                                                     QRegularExpression::DotMatchesEverythingOption);
    QString text = html;
    text.remove(comments);
    const auto collect = [mediaIds](const QString &fragment) {
        auto it = wpImage.globalMatch(fragment);
        while (it.hasNext()) {
            const qint64 id = it.next().captured(1).toLongLong();
            if (mediaIds && id > 0 && !mediaIds->contains(id))
                *mediaIds << id;
        }
    };
    for (const QRegularExpression *pattern : {&figures, &captionShortcode, &images}) {
        QString kept;
        qsizetype from = 0;
        auto it = pattern->globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            // A figure without an image (a quote, a table) is text, not a photo.
            if (pattern == &figures && !match.captured(0).contains(u"<img"_s, Qt::CaseInsensitive))
                continue;
            collect(match.captured(0));
            kept += QStringView(text).mid(from, match.capturedStart(0) - from);
            from = match.capturedEnd(0);
        }
        kept += QStringView(text).mid(from);
        text = kept;
    }
    // WordPress's classic editor keeps paragraphs as blank lines, not <p>.
    if (!text.contains(u"<p"_s, Qt::CaseInsensitive) && text.contains(u"\n\n"_s)) {
        QStringList paragraphs;
        for (const QString &p : text.split(QRegularExpression(u"\\n\\s*\\n"_s), Qt::SkipEmptyParts))
            if (!p.trimmed().isEmpty())
                paragraphs << u"<p>"_s + p.trimmed() + u"</p>"_s;
        text = paragraphs.join(u'\n');
    }
    return text;
}

} // namespace

WordPressPuller::WordPressPuller(Archive::Archive &archive, Model::PublishTarget target,
                                 WordPressClient &client, PullOptions options, QObject *parent)
    : QObject(parent)
    , m_archive(archive)
    , m_target(std::move(target))
    , m_client(client)
    , m_options(std::move(options))
{
}

WordPressPuller::~WordPressPuller() = default;

std::optional<std::pair<QString, Language>> WordPressPuller::markOf(const QString &content)
{
    static const QRegularExpression mark(
        u"<!-- pressdesk:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}):(ru|en) -->"_s);
    const auto match = mark.match(content);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{match.captured(1).toLower(), *languageFromCode(match.captured(2))};
}

QString WordPressPuller::bodyFromHtml(const QString &html, QList<qint64> *mediaIds)
{
    return Text::htmlToMarkdown(withoutMedia(html, mediaIds));
}

void WordPressPuller::run()
{
    m_running = true;
    ++m_generation;
    m_report = {};
    m_posts.clear();
    m_downloads = std::make_unique<QTemporaryDir>();
    if (!m_downloads->isValid())
        return fail(makeError(ErrorCode::Io, u"cannot make a temporary folder for downloads"_s));
    checkCredentials();
}

void WordPressPuller::abort()
{
    if (!m_running)
        return;
    ++m_generation;
    m_client.abortAll();
    fail(makeError(ErrorCode::Cancelled, u"stopped"_s));
}

void WordPressPuller::fail(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_downloads.reset();
    emit finished(error);
}

void WordPressPuller::failWith(const WpResponse &response, const QString &what)
{
    Error error = response.error();
    error.detail = what + u": "_s + error.detail;
    fail(error);
}

void WordPressPuller::checkCredentials()
{
    // Drafts and raw texts need an authenticated "edit" context; bad credentials would pass as
    // anonymous and show only published posts.
    emit progressed(u"sign in"_s, 0, 0);
    const quint64 generation = m_generation;
    m_client.signIn([this, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (!r.isSuccess())
            return failWith(r, u"signing in as %1"_s.arg(m_target.user));
        findCategory();
    });
}

void WordPressPuller::findCategory()
{
    // A target that is a category of a shared site pulls that category's posts only.
    const QString name = m_target.category.trimmed();
    if (name.isEmpty())
        return fetchPage(1);
    QUrlQuery query;
    query.addQueryItem(u"search"_s, name);
    query.addQueryItem(u"per_page"_s, u"100"_s);
    query.addQueryItem(u"_fields"_s, u"id,name"_s);
    const quint64 generation = m_generation;
    m_client.get(u"/wp/v2/categories"_s, query, [this, name, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (!r.isSuccess())
            return failWith(r, u"looking up category %1"_s.arg(name));
        for (const QJsonValue &v : r.json.array()) {
            const QJsonObject o = v.toObject();
            if (Text::htmlToPlainLine(o.value(u"name"_s).toString()) == name)
                m_categoryId = o.value(u"id"_s).toInteger();
        }
        if (m_categoryId == 0) {
            // Nothing was published to this target yet.
            m_report.problems << u"the site has no category %1 yet"_s.arg(name);
            m_posts.clear();
            return nextPost(0);
        }
        fetchPage(1);
    });
}

void WordPressPuller::fetchPage(int page)
{
    emit progressed(u"list page %1"_s.arg(page), 0, 0);
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"status"_s, WordPressClient::postStatuses());
    query.addQueryItem(u"per_page"_s, QString::number(kPageSize));
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"orderby"_s, u"id"_s);
    query.addQueryItem(u"order"_s, u"asc"_s);
    query.addQueryItem(u"_fields"_s, u"id,date,date_gmt,modified_gmt,slug,status,link,title,content,"
                                     "excerpt,categories,tags,featured_media,translations,lang"_s);
    if (m_categoryId > 0)
        query.addQueryItem(u"categories"_s, QString::number(m_categoryId));
    if (m_options.since.isValid())
        query.addQueryItem(u"modified_after"_s,
                           m_options.since.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    if (!m_options.postIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : std::as_const(m_options.postIds))
            ids << QString::number(id);
        query.addQueryItem(u"include"_s, ids.join(u','));
    }
    const quint64 generation = m_generation;
    m_client.get(u"/wp/v2/posts"_s, query, [this, page, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (!r.isSuccess())
            return failWith(r, u"listing posts (page %1)"_s.arg(page));
        const QJsonArray posts = r.json.array();
        for (const QJsonValue &v : posts)
            m_posts << v.toObject();
        const bool more = r.totalPages > 0 ? page < r.totalPages : posts.size() == kPageSize;
        if (more)
            return fetchPage(page + 1);
        m_report.posts = int(m_posts.size());
        nextPost(0);
    });
}

Result<std::optional<qint64>> WordPressPuller::itemFor(const QJsonObject &post, bool *pairing) const
{
    *pairing = false;
    const qint64 remoteId = post.value(u"id"_s).toInteger();
    auto known = m_archive.publishing().itemForRemotePost(m_target.id, remoteId);
    if (!known || *known)
        return known;
    const auto pairedItem = [&](qint64 itemId) -> Result<std::optional<qint64>> {
        auto item = m_archive.items().load(itemId);
        if (!item)
            return item.error();
        *pairing = item->text(m_target.language).isEmpty();
        return std::optional<qint64>(itemId);
    };
    if (const auto mark = markOf(WordPressClient::raw(post, u"content"_s))) {
        auto byUuid = m_archive.items().resolve(mark->first);
        if (byUuid)
            return pairedItem(*byUuid);
        if (byUuid.error().code != ErrorCode::NotFound)
            return byUuid.error();
    }
    // Polylang (Pro) puts a post's translations into the REST answer as {"en": 123}.
    const QJsonObject translations = post.value(u"translations"_s).toObject();
    for (auto it = translations.begin(); it != translations.end(); ++it) {
        const auto language = languageFromCode(it.key().left(2));
        if (!language || *language == m_target.language)
            continue;
        auto item = m_archive.publishing().itemForSitePost(m_target.site(), *language, it.value().toInteger());
        if (!item)
            return item.error();
        if (*item) {
            auto loaded = m_archive.items().load(**item);
            if (!loaded)
                return loaded.error();
            if (loaded->text(m_target.language).isEmpty())
                return pairedItem(**item);
        }
    }
    return std::optional<qint64>();
}

void WordPressPuller::nextPost(int index)
{
    if (index >= m_posts.size()) {
        m_running = false;
        m_downloads.reset();
        emit finished(Error{});
        return;
    }
    const QJsonObject &post = m_posts[index];
    emit progressed(u"post %1 of %2"_s.arg(index + 1).arg(m_posts.size()), index, int(m_posts.size()));
    const qint64 remoteId = post.value(u"id"_s).toInteger();
    auto known = m_archive.publishing().itemForRemotePost(m_target.id, remoteId);
    if (!known)
        return fail(known.error());
    if (*known) {
        auto stored = m_archive.publishing().remotePost(**known, m_target.id);
        if (!stored)
            return fail(stored.error());
        if (*stored && (*stored)->remoteId == remoteId
            && (*stored)->modifiedGmt == post.value(u"modified_gmt"_s).toString()) {
            ++m_report.unchanged;
            return nextPost(index + 1);
        }
    }
    fetchTerms(index, u"tags"_s, [this, index] {
        fetchTerms(index, u"categories"_s, [this, index] {
            QList<qint64> media;
            const qint64 featured = m_posts[index].value(u"featured_media"_s).toInteger();
            if (featured > 0)
                media << featured;
            (void)withoutMedia(WordPressClient::raw(m_posts[index], u"content"_s), &media);
            nextMedia(index, media, {});
        });
    });
}

void WordPressPuller::fetchTerms(int index, const QString &taxonomy, const std::function<void()> &then)
{
    QStringList missing;
    for (const QJsonValue &v : m_posts[index].value(taxonomy).toArray()) {
        const QString key = taxonomy + u'/' + QString::number(v.toInteger());
        if (!m_termNames.contains(key))
            missing << QString::number(v.toInteger());
    }
    if (missing.isEmpty())
        return then();
    QUrlQuery query;
    query.addQueryItem(u"include"_s, missing.join(u','));
    query.addQueryItem(u"per_page"_s, u"100"_s);
    query.addQueryItem(u"_fields"_s, u"id,name"_s);
    const quint64 generation = m_generation;
    m_client.get(u"/wp/v2/"_s + taxonomy, query, [this, taxonomy, then, generation](const WpResponse &r) {
        if (!alive(generation))
            return;
        if (!r.isSuccess())
            return failWith(r, u"reading the post's %1"_s.arg(taxonomy));
        for (const QJsonValue &v : r.json.array()) {
            const QJsonObject o = v.toObject();
            const QString name = Text::htmlToPlainLine(o.value(u"name"_s).toString());
            m_termNames.insert(taxonomy + u'/' + QString::number(o.value(u"id"_s).toInteger()), name);
            // Remembered like the terms we make, so that publishing finds them without a search.
            if (auto saved = m_archive.publishing().saveRemoteTerm(m_target.site(), taxonomy, name,
                                                                   o.value(u"id"_s).toInteger());
                !saved)
                return fail(saved.error());
        }
        then();
    });
}

void WordPressPuller::nextMedia(int index, QList<qint64> pending, QList<qint64> photoIds)
{
    if (pending.isEmpty())
        return storePost(index, photoIds);
    const qint64 mediaId = pending.takeFirst();
    auto known = m_archive.publishing().photoForRemoteMedia(m_target.site(), mediaId);
    if (!known)
        return fail(known.error());
    if (*known) {
        photoIds << **known;
        return nextMedia(index, pending, photoIds);
    }
    QUrlQuery query;
    query.addQueryItem(u"context"_s, u"edit"_s);
    query.addQueryItem(u"_fields"_s, u"id,source_url,caption,alt_text,description,mime_type"_s);
    const quint64 generation = m_generation;
    m_client.get(u"/wp/v2/media/%1"_s.arg(mediaId), query,
                 [this, index, mediaId, pending, photoIds, generation](const WpResponse &r) mutable {
        if (!alive(generation))
            return;
        if (r.status == 404 || r.status == 410) {
            m_report.problems << u"post %1: media %2 is no longer on the site"_s
                                     .arg(m_posts[index].value(u"id"_s).toInteger())
                                     .arg(mediaId);
            return nextMedia(index, pending, photoIds);
        }
        if (!r.isSuccess())
            return failWith(r, u"reading media %1"_s.arg(mediaId));
        const QJsonObject media = r.json.object();
        const QString url = media.value(u"source_url"_s).toString();
        // One of ours: its description is the mark of the photo it was made from.
        static const QRegularExpression ours(u"^pd-([0-9a-f]{20})$"_s);
        const auto mark = ours.match(Text::htmlToPlainLine(WordPressClient::raw(media, u"description"_s)));
        if (mark.hasMatch()) {
            auto photo = m_archive.photos().findByShaPrefix(mark.captured(1));
            if (!photo)
                return fail(photo.error());
            if (*photo) {
                if (auto saved = m_archive.publishing().saveRemoteMedia((*photo)->id, m_target.site(), mediaId, url);
                    !saved)
                    return fail(saved.error());
                photoIds << (*photo)->id;
                return nextMedia(index, pending, photoIds);
            }
        }
        if (!media.value(u"mime_type"_s).toString().startsWith(u"image/"_s)) {
            m_report.problems << u"media %1 is not an image (%2)"_s.arg(mediaId).arg(
                media.value(u"mime_type"_s).toString());
            return nextMedia(index, pending, photoIds);
        }
        emit progressed(u"photo %1"_s.arg(QUrl(url).fileName()), index, int(m_posts.size()));
        m_client.download(QUrl(url), [this, index, mediaId, media, url, pending, photoIds,
                                      generation](const WpResponse &file) mutable {
            if (!alive(generation))
                return;
            if (!file.isSuccess())
                return failWith(file, u"downloading %1"_s.arg(url));
            QString name = QUrl(url).fileName();
            if (name.isEmpty())
                name = u"media-%1.jpg"_s.arg(mediaId);
            const QString path = m_downloads->filePath(u"%1-%2"_s.arg(mediaId).arg(name));
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly) || out.write(file.body) != file.body.size() || !out.flush())
                return fail(makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, out.errorString())));
            out.close();
            Archive::PhotoDetails details;
            details.originalName = name;
            const QString caption = Text::htmlToPlainLine(WordPressClient::raw(media, u"caption"_s));
            const QString text = caption.isEmpty() ? media.value(u"alt_text"_s).toString().simplified() : caption;
            (m_target.language == Language::Ru ? details.captionRu : details.captionEn) = text;
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(file.body, QCryptographicHash::Sha256).toHex());
            auto before = m_archive.photos().findBySha(sha);
            const bool isNew = !before && before.error().code == ErrorCode::NotFound;
            if (!before && !isNew)
                return fail(before.error());
            auto photo = m_archive.addPhoto(path, details);
            QFile::remove(path);
            if (!photo) {
                // A file the site serves but we cannot read (a corrupt image): the post comes
                // without it, and the report says so.
                m_report.problems << u"media %1 (%2): %3"_s.arg(mediaId).arg(name, photo.error().detail);
                return nextMedia(index, pending, photoIds);
            }
            if (isNew)
                ++m_report.photos;
            if (auto saved = m_archive.publishing().saveRemoteMedia(photo->id, m_target.site(), mediaId, url); !saved)
                return fail(saved.error());
            photoIds << photo->id;
            nextMedia(index, pending, photoIds);
        });
    });
}

void WordPressPuller::storePost(int index, const QList<qint64> &photoIds)
{
    const QJsonObject &post = m_posts[index];
    const Language language = m_target.language;
    const qint64 remoteId = post.value(u"id"_s).toInteger();

    Archive::Transaction tx(m_archive.connection());
    if (auto r = tx.begin(); !r)
        return fail(r.error());
    bool pairing = false;
    auto existing = itemFor(post, &pairing);
    if (!existing)
        return fail(existing.error());

    Model::Item item;
    if (*existing) {
        auto loaded = m_archive.items().load(**existing);
        if (!loaded)
            return fail(loaded.error());
        item = *loaded;
    } else {
        if (const auto mark = markOf(WordPressClient::raw(post, u"content"_s)))
            item.uuid = mark->first; // published from another archive: keep its identity
        item.sourceLanguage = language;
        item.status = statusFor(post.value(u"status"_s).toString());
        item.eventDate = QDate::fromString(post.value(u"date"_s).toString().left(10), Qt::ISODate);
        for (const QJsonValue &v : post.value(u"categories"_s).toArray()) {
            const QString name = m_termNames.value(u"categories/"_s + QString::number(v.toInteger()));
            for (int s = int(Model::Section::News); s <= int(Model::Section::Event); ++s) {
                const auto section = Model::Section(s);
                if (name.compare(Text::sectionName(section, Language::Ru), Qt::CaseInsensitive) == 0
                    || name.compare(Text::sectionName(section, Language::En), Qt::CaseInsensitive) == 0)
                    item.section = section;
            }
        }
    }

    Model::ItemText &text = item.text(language);
    text.title = Text::htmlToPlainLine(WordPressClient::raw(post, u"title"_s));
    text.lead = Text::htmlToPlainLine(WordPressClient::raw(post, u"excerpt"_s));
    text.body = bodyFromHtml(WordPressClient::raw(post, u"content"_s), nullptr);

    for (const QJsonValue &v : post.value(u"tags"_s).toArray()) {
        const QString name = m_termNames.value(u"tags/"_s + QString::number(v.toInteger()));
        if (name.isEmpty())
            continue;
        auto found = m_archive.entities().findByName(name);
        if (!found)
            return fail(found.error());
        qint64 entityId = 0;
        if (!found->isEmpty()) {
            entityId = found->first().id;
        } else {
            Model::Entity entity;
            entity.kind = Model::EntityKind::Topic;
            (language == Language::Ru ? entity.nameRu : entity.nameEn) = name;
            if (auto added = m_archive.entities().add(entity); !added)
                return fail(added.error());
            entityId = entity.id;
        }
        if (!item.entityIds.contains(entityId))
            item.entityIds << entityId;
    }
    const qint64 featured = post.value(u"featured_media"_s).toInteger();
    bool hasCover = std::any_of(item.photos.cbegin(), item.photos.cend(),
                                [](const Model::PhotoLink &l) { return l.isCover; });
    for (int i = 0; i < photoIds.size(); ++i) {
        const qint64 photoId = photoIds[i];
        if (std::any_of(item.photos.cbegin(), item.photos.cend(),
                        [photoId](const Model::PhotoLink &l) { return l.photoId == photoId; }))
            continue;
        const bool cover = !hasCover && i == 0 && featured > 0;
        hasCover = hasCover || cover;
        item.photos.append({photoId, int(item.photos.size()), cover});
    }

    if (item.id == 0) {
        if (auto created = m_archive.items().create(item); !created)
            return fail(created.error());
        ++m_report.created;
    } else {
        if (auto saved = m_archive.items().save(item); !saved)
            return fail(saved.error());
        ++(pairing ? m_report.paired : m_report.updated);
    }
    auto stored = m_archive.publishing().remotePost(item.id, m_target.id);
    if (!stored)
        return fail(stored.error());
    Model::RemotePost remote = stored->value_or(Model::RemotePost{item.id, m_target.id, {}, 0, {}, {}, {}, {}});
    remote.slug = post.value(u"slug"_s).toString();
    if (remote.slug.isEmpty())
        remote.slug = u"post-%1"_s.arg(remoteId);
    remote.remoteId = remoteId;
    remote.url = post.value(u"link"_s).toString();
    remote.status = post.value(u"status"_s).toString();
    remote.modifiedGmt = post.value(u"modified_gmt"_s).toString();
    remote.publishedAt = QDateTime::fromString(post.value(u"date_gmt"_s).toString() + u'Z', Qt::ISODate);
    if (auto saved = m_archive.publishing().saveRemotePost(remote); !saved)
        return fail(saved.error());
    if (auto committed = tx.commit(); !committed)
        return fail(committed.error());
    m_report.items << item.id;
    nextPost(index + 1);
}

} // namespace Press::Publish

#pragma once

#include "publisher.h"
#include "wordpressclient.h"

#include <model/item.h>
#include <model/photo.h>

#include <QJsonArray>
#include <QList>
#include <QMap>

#include <functional>

namespace Press::Archive {
class Archive;
}

namespace Press::Publish {

// Publishes to WordPress (REST API v2, Application Password) without ever making a thing twice,
// although WordPress has no idempotency keys:
// - terms: the section (and the target's language category) as categories, the item's tags as
//   tags, by name; found by search or created (400 term_exists gives the existing id);
// - photos: each uploaded once per site as its web rendition, named pd-<sha256 prefix>.jpg and
//   marked in its description; before uploading, the site is searched for that mark, so an
//   upload whose answer was lost is found, not repeated;
// - the post: its slug is chosen once, before the first attempt, and the content carries a mark
//   (an HTML comment with the item's UUID and language); before creating, the site is searched
//   by slug and by mark. An update first checks the post's modified time: if someone changed it
//   on the website since our last publication, the job stops with Conflict (unless it was
//   queued to overwrite).
// Every answer is checked: WordPress silently drops unknown category and media ids.
class WordPressPublisher final : public Publisher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordPressPublisher)

public:
    WordPressPublisher(Archive::Archive &archive, Model::PublishTarget target,
                       WordPressClient &client, QObject *parent = nullptr);

    void run(const Model::PublishJob &job) override;
    void abort() override;

    // The mark a post's content carries: <!-- pressdesk:UUID:LANG -->.
    [[nodiscard]] static QString postMark(const QString &uuid, Language language);
    // The file name base and description mark of a photo on every site.
    [[nodiscard]] static QString mediaBase(const QString &sha256);
    // A readable, stable slug: transliterated title and the item's UUID prefix.
    [[nodiscard]] static QString slugFor(const Model::Item &item, Language language);

private:
    struct Term
    {
        QString taxonomy; // "categories" or "tags"
        QString name;
        qint64 id = 0;
    };
    struct Media
    {
        Model::Photo photo;
        bool cover = false;
        qint64 id = 0;
        QString url;
    };

    void fail(const Error &error);
    void failWith(const WpResponse &response, const QString &what);
    void succeed();
    [[nodiscard]] bool prepare();
    void start();
    void checkCredentials();
    void nextTerm(int index);
    void createTerm(int index);
    void nextMedia(int index);
    struct Found
    {
        qint64 id = 0;
        QString url;
    };
    // Our media or posts on the site: those carrying `mark`, oldest first.
    void findMarked(const QString &route, const QUrlQuery &extra, const QString &mark,
                    const std::function<void(QList<Found>)> &done);
    void deleteEach(const QString &route, QList<qint64> ids, const std::function<void()> &then);
    [[nodiscard]] QUrlQuery mediaSearch(int index) const;
    [[nodiscard]] QUrlQuery postSearch() const;
    void searchMedia(int index);
    void makeMediaUnique(int index);
    void makePostUnique();
    void uploadMedia(int index);
    void writePost();
    void checkBeforeUpdate();
    void findExistingPost();
    void sendPost(qint64 remoteId);
    void finishPost(const WpResponse &response);
    void changeStatus(const QString &status);
    void trashPost();
    [[nodiscard]] QJsonObject postBody() const;
    [[nodiscard]] QUrlQuery mediaFields(const Model::Photo &photo) const;
    [[nodiscard]] bool alive(quint64 generation) const { return generation == m_generation; }

    Archive::Archive &m_archive;
    Model::PublishTarget m_target;
    WordPressClient &m_client;
    Model::PublishJob m_job;
    Model::Item m_item;
    Model::RemotePost m_post;
    QList<Term> m_terms;
    QList<Media> m_media;
    quint64 m_generation = 0; // bumped by abort(): late answers are ignored
    bool m_running = false;
    bool m_created = false; // this attempt created the post (not updated one)
};

} // namespace Press::Publish

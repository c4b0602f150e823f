#pragma once

#include "wordpressclient.h"

#include <core/error.h>
#include <core/result.h>
#include <model/item.h>
#include <model/publishing.h>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Press::Archive {
class Archive;
}

namespace Press::Publish {

struct PullOptions
{
    QDateTime since;      // only posts changed on the site after this (none: all)
    QList<qint64> postIds; // only these posts (the site's ids), e.g. one that conflicts
};

struct PullReport
{
    int posts = 0;     // posts the site listed
    int created = 0;   // new items
    int updated = 0;   // items whose text in the target's language came from the site
    int unchanged = 0; // posts not changed since we last wrote or pulled them
    int paired = 0;    // posts that became the second language of an existing item
    int photos = 0;    // photos new to the archive
    QList<qint64> items; // items created or updated, in the order pulled
    QStringList problems; // posts or media that could not be taken, with the reason
};

// The other direction of WordPressPublisher: reads one target's posts (and their media, categories
// and tags) into the archive. A post becomes one language of an item:
// - the item it already belongs to (a post we published or pulled before: re-running a pull
//   updates the item, never makes a second one), else
// - the item whose UUID its PressDesk mark names (a post published from another archive: both
//   languages land in one item), else
// - the item holding its translation where the site links them (Polylang's `translations`
//   field, {"en": 123}), else
// - a new item. Items made of unlinked posts can be paired afterwards (Archive::pairItems).
// The body becomes the archive's Markdown (images and figures become the item's photos, the
// featured image its cover); the excerpt the lead; the section comes from a category named like
// one; tags become entities (matched by name, else new topics). A text that changed is saved
// over the archive's, whose earlier version stays in the item's history as a revision.
// Media we uploaded are recognised by their mark and map back to the photo they came from.
// Thread: the thread it was made on, with an event loop.
class WordPressPuller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordPressPuller)

public:
    WordPressPuller(Archive::Archive &archive, Model::PublishTarget target, WordPressClient &client,
                    PullOptions options, QObject *parent = nullptr);
    ~WordPressPuller() override;

    // Starts; finished() follows exactly once.
    void run();
    void abort();
    [[nodiscard]] const PullReport &report() const { return m_report; }

    // A WordPress post's HTML as the archive's Markdown body, without block comments, our mark,
    // figures and images (their media ids, from wp-image-N classes, go to `mediaIds`).
    [[nodiscard]] static QString bodyFromHtml(const QString &html, QList<qint64> *mediaIds);
    // The item UUID and language of a post's PressDesk mark, if it has one.
    [[nodiscard]] static std::optional<std::pair<QString, Language>> markOf(const QString &content);

signals:
    void progressed(const QString &step, int done, int total);
    void finished(const Press::Error &error);

private:
    void fail(const Error &error);
    void failWith(const WpResponse &response, const QString &what);
    void checkCredentials();
    void findCategory();
    void fetchPage(int page);
    void nextPost(int index);
    void fetchTerms(int index, const QString &taxonomy, const std::function<void()> &then);
    void nextMedia(int index, QList<qint64> pending, QList<qint64> photoIds);
    void storePost(int index, const QList<qint64> &photoIds);
    [[nodiscard]] Result<std::optional<qint64>> itemFor(const QJsonObject &post, bool *pairing) const;
    [[nodiscard]] bool alive(quint64 generation) const { return generation == m_generation; }

    Archive::Archive &m_archive;
    Model::PublishTarget m_target;
    WordPressClient &m_client;
    PullOptions m_options;
    PullReport m_report;
    qint64 m_categoryId = 0;
    QList<QJsonObject> m_posts;
    QHash<QString, QString> m_termNames; // "tags/12" → name
    std::unique_ptr<QTemporaryDir> m_downloads;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace Press::Publish

#pragma once

#include <core/clock.h>
#include <core/result.h>
#include <model/publishing.h>

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Press::Archive {

// The archive's side of publishing: the targets (websites), the outbox of jobs that survives
// restarts, and what each site holds of ours (posts by item and target, media by photo and site,
// categories and tags by name) so that nothing is made twice. Thread: the connection's thread.
class PublishRepository final
{
public:
    PublishRepository(QSqlDatabase db, const Clock &clock);

    // Targets
    [[nodiscard]] Result<QList<Model::PublishTarget>> targets() const;
    [[nodiscard]] Result<Model::PublishTarget> target(qint64 id) const;
    // By name, or by id given as text.
    [[nodiscard]] Result<Model::PublishTarget> findTarget(const QString &nameOrId) const;
    // AlreadyExists for a name in use; InvalidArgument for a URL that is not http(s).
    [[nodiscard]] Result<void> addTarget(Model::PublishTarget &target);
    [[nodiscard]] Result<void> updateTarget(const Model::PublishTarget &target);
    // Removes the target with its jobs and what we knew of its posts.
    [[nodiscard]] Result<void> removeTarget(qint64 id);

    // The outbox
    // Queues a job. An unfinished job of the same item and target is replaced by the new one
    // (the newest wish counts), so the queue never holds two for one post.
    [[nodiscard]] Result<void> enqueue(Model::PublishJob &job);
    [[nodiscard]] Result<Model::PublishJob> job(qint64 id) const;
    // Newest first; unfinished only when asked; at most `limit` (0: all).
    [[nodiscard]] Result<QList<Model::PublishJob>> jobs(bool unfinishedOnly = false, int limit = 0) const;
    // Queued jobs, and retrying ones whose time has come, oldest first.
    [[nodiscard]] Result<QList<Model::PublishJob>> dueJobs() const;
    // The earliest next attempt of a retrying job, if any.
    [[nodiscard]] Result<std::optional<QDateTime>> nextRetry() const;
    [[nodiscard]] Result<void> updateJob(Model::PublishJob &job);
    // A job left "running" by a program that ended mid-way goes back to the queue.
    [[nodiscard]] Result<int> requeueInterrupted();
    [[nodiscard]] Result<void> cancelJob(qint64 id);
    // A failed or cancelled job, queued again now.
    [[nodiscard]] Result<void> retryJob(qint64 id);

    // What the sites hold
    [[nodiscard]] Result<std::optional<Model::RemotePost>> remotePost(qint64 itemId,
                                                                     qint64 targetId) const;
    [[nodiscard]] Result<QList<Model::RemotePost>> remotePosts(qint64 itemId) const;
    [[nodiscard]] Result<void> saveRemotePost(const Model::RemotePost &post);
    // The item whose post on `targetId` has the site's id `remoteId` (pulled or published).
    [[nodiscard]] Result<std::optional<qint64>> itemForRemotePost(qint64 targetId, qint64 remoteId) const;
    // The item holding a post with the site's id `remoteId` on any target of `site` in `language`.
    [[nodiscard]] Result<std::optional<qint64>> itemForSitePost(const QString &site, Language language,
                                                               qint64 remoteId) const;
    [[nodiscard]] Result<std::optional<qint64>> remoteMedia(qint64 photoId, const QString &site) const;
    [[nodiscard]] Result<void> saveRemoteMedia(qint64 photoId, const QString &site, qint64 remoteId,
                                               const QString &url);
    [[nodiscard]] Result<void> forgetRemoteMedia(qint64 photoId, const QString &site);
    // The photo that a site's media item `remoteId` is (uploaded by us or pulled).
    [[nodiscard]] Result<std::optional<qint64>> photoForRemoteMedia(const QString &site, qint64 remoteId) const;
    [[nodiscard]] Result<std::optional<qint64>> remoteTerm(const QString &site, const QString &taxonomy,
                                                          const QString &name) const;
    [[nodiscard]] Result<void> saveRemoteTerm(const QString &site, const QString &taxonomy,
                                              const QString &name, qint64 remoteId);
    [[nodiscard]] Result<void> forgetRemoteTerms(const QString &site);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace Press::Archive

#include "publishrepository.h"

#include "sql.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Press::Archive {

namespace {

const QString kTargetColumns = u"id, name, kind, base_url, user_name, language, category, secret_env,"
                               " secret_file, trusted_certificate, created_at"_s;
const QString kJobColumns = u"id, item_id, target_id, action, post_status, scheduled_at, state,"
                            " attempts, next_attempt_at, last_error, error_code, progress,"
                            " created_at, updated_at, overwrite"_s;

Model::PublishTarget targetFrom(const QSqlQuery &q)
{
    Model::PublishTarget t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.kind = q.value(2).toString();
    t.baseUrl = q.value(3).toString();
    t.user = q.value(4).toString();
    t.language = languageFromCode(q.value(5).toString()).value_or(Language::Ru);
    t.category = q.value(6).toString();
    t.secretEnv = q.value(7).toString();
    t.secretFile = q.value(8).toString();
    t.trustedCertificate = q.value(9).toString();
    t.createdAt = fromTimestamp(q.value(10).toString());
    return t;
}

Model::PublishJob jobFrom(const QSqlQuery &q)
{
    Model::PublishJob j;
    j.id = q.value(0).toLongLong();
    j.itemId = q.value(1).toLongLong();
    j.targetId = q.value(2).toLongLong();
    j.action = Model::publishActionFromCode(q.value(3).toString()).value_or(Model::PublishAction::Publish);
    j.postStatus = q.value(4).toString();
    j.scheduledAt = fromTimestamp(q.value(5).toString());
    j.state = Model::jobStateFromCode(q.value(6).toString()).value_or(Model::JobState::Queued);
    j.attempts = q.value(7).toInt();
    j.nextAttemptAt = fromTimestamp(q.value(8).toString());
    j.lastError = q.value(9).toString();
    j.errorCode = q.value(10).toString();
    j.progress = q.value(11).toString();
    j.createdAt = fromTimestamp(q.value(12).toString());
    j.updatedAt = fromTimestamp(q.value(13).toString());
    j.overwrite = q.value(14).toBool();
    return j;
}

QVariant timestampOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(toTimestamp(time)) : QVariant();
}

Result<QList<Model::PublishJob>> selectJobs(const QSqlDatabase &db, const QString &tail,
                                            std::initializer_list<QVariant> params = {})
{
    auto q = run(db, u"SELECT "_s + kJobColumns + u" FROM publish_job "_s + tail, params);
    if (!q)
        return q.error();
    QList<Model::PublishJob> jobs;
    while (q->next())
        jobs << jobFrom(*q);
    return jobs;
}

// One id, or none when there is no row.
Result<std::optional<qint64>> optionalId(const QSqlDatabase &db, const QString &sql,
                                         std::initializer_list<QVariant> params)
{
    auto v = scalar(db, sql, params);
    if (!v && v.error().code == ErrorCode::NotFound)
        return std::optional<qint64>();
    if (!v)
        return v.error();
    if (v->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

} // namespace

PublishRepository::PublishRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<QList<Model::PublishTarget>> PublishRepository::targets() const
{
    auto q = run(m_db, u"SELECT "_s + kTargetColumns + u" FROM publish_target ORDER BY name"_s);
    if (!q)
        return q.error();
    QList<Model::PublishTarget> all;
    while (q->next())
        all << targetFrom(*q);
    return all;
}

Result<Model::PublishTarget> PublishRepository::target(qint64 id) const
{
    auto q = run(m_db, u"SELECT "_s + kTargetColumns + u" FROM publish_target WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, u"no publishing target %1"_s.arg(id));
    return targetFrom(*q);
}

Result<Model::PublishTarget> PublishRepository::findTarget(const QString &nameOrId) const
{
    auto q = run(m_db, u"SELECT "_s + kTargetColumns + u" FROM publish_target WHERE name = ?"_s,
                 {nameOrId});
    if (!q)
        return q.error();
    if (q->next())
        return targetFrom(*q);
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    if (isNumber)
        return target(id);
    return makeError(ErrorCode::NotFound, u"no publishing target named %1"_s.arg(nameOrId));
}

Result<void> PublishRepository::addTarget(Model::PublishTarget &target)
{
    if (auto valid = target.validate(); !valid)
        return valid;
    const QUrl url(target.baseUrl.trimmed());
    auto exists = scalar(m_db, u"SELECT count(*) FROM publish_target WHERE name = ?"_s, {target.name});
    if (!exists)
        return exists.error();
    if (exists->toInt() > 0)
        return makeError(ErrorCode::AlreadyExists, u"a target named %1 exists"_s.arg(target.name));
    target.createdAt = m_clock.now();
    auto q = run(m_db,
                 u"INSERT INTO publish_target (name, kind, base_url, user_name, language, category,"
                 " secret_env, secret_file, trusted_certificate, created_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {target.name.trimmed(), target.kind, url.toString(QUrl::StripTrailingSlash),
                  target.user.trimmed(), languageCode(target.language), nonNull(target.category.trimmed()),
                  nonNull(target.secretEnv), nonNull(target.secretFile),
                  nonNull(target.trustedCertificate), toTimestamp(target.createdAt)});
    if (!q)
        return q.error();
    target.id = q->lastInsertId().toLongLong();
    target.baseUrl = url.toString(QUrl::StripTrailingSlash);
    return ok();
}

Result<void> PublishRepository::updateTarget(const Model::PublishTarget &target)
{
    if (auto valid = target.validate(); !valid)
        return valid;
    auto taken = scalar(m_db, u"SELECT count(*) FROM publish_target WHERE name = ? AND id <> ?"_s,
                        {target.name.trimmed(), target.id});
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return makeError(ErrorCode::AlreadyExists, u"a target named %1 exists"_s.arg(target.name));
    auto q = run(m_db,
                 u"UPDATE publish_target SET name = ?, base_url = ?, user_name = ?, language = ?, category = ?,"
                 " secret_env = ?, secret_file = ?, trusted_certificate = ? WHERE id = ?"_s,
                 {target.name.trimmed(), QUrl(target.baseUrl.trimmed()).toString(QUrl::StripTrailingSlash),
                  target.user.trimmed(), languageCode(target.language), nonNull(target.category.trimmed()),
                  nonNull(target.secretEnv), nonNull(target.secretFile),
                  nonNull(target.trustedCertificate), target.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no publishing target %1"_s.arg(target.id));
    return ok();
}

Result<void> PublishRepository::removeTarget(qint64 id)
{
    auto q = run(m_db, u"DELETE FROM publish_target WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no publishing target %1"_s.arg(id));
    return ok();
}

Result<void> PublishRepository::enqueue(Model::PublishJob &job)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    // The newest wish replaces an unfinished job for the same post (not a running one's row:
    // that one finishes, then this one runs).
    if (auto q = run(m_db,
                     u"DELETE FROM publish_job WHERE item_id = ? AND target_id = ?"
                     " AND state IN ('queued', 'retrying', 'failed', 'cancelled')"_s,
                     {job.itemId, job.targetId});
        !q)
        return q.error();
    const QDateTime now = m_clock.now();
    job.state = Model::JobState::Queued;
    job.attempts = 0;
    job.createdAt = job.updatedAt = now;
    auto q = run(m_db,
                 u"INSERT INTO publish_job (item_id, target_id, action, post_status, scheduled_at,"
                 " overwrite, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)"_s,
                 {job.itemId, job.targetId, Model::publishActionCode(job.action), job.postStatus,
                  timestampOrNull(job.scheduledAt), job.overwrite ? 1 : 0, toTimestamp(now),
                  toTimestamp(now)});
    if (!q)
        return q.error();
    job.id = q->lastInsertId().toLongLong();
    return tx.commit();
}

Result<Model::PublishJob> PublishRepository::job(qint64 id) const
{
    auto jobs = selectJobs(m_db, u"WHERE id = ?"_s, {id});
    if (!jobs)
        return jobs.error();
    if (jobs->isEmpty())
        return makeError(ErrorCode::NotFound, u"no publishing job %1"_s.arg(id));
    return jobs->first();
}

Result<QList<Model::PublishJob>> PublishRepository::jobs(bool unfinishedOnly, int limit) const
{
    const QString where = unfinishedOnly ? u"WHERE state IN ('queued', 'running', 'retrying') "_s : QString();
    const QString tail = limit > 0 ? u" LIMIT %1"_s.arg(limit) : QString();
    return selectJobs(m_db, where + u"ORDER BY id DESC"_s + tail);
}

Result<QList<Model::PublishJob>> PublishRepository::dueJobs() const
{
    return selectJobs(m_db,
                      u"WHERE state = 'queued' OR (state = 'retrying' AND next_attempt_at <= ?)"
                      " ORDER BY id"_s,
                      {toTimestamp(m_clock.now())});
}

Result<std::optional<QDateTime>> PublishRepository::nextRetry() const
{
    auto v = scalar(m_db, u"SELECT min(next_attempt_at) FROM publish_job WHERE state = 'retrying'"_s);
    if (!v)
        return v.error();
    if (v->isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromTimestamp(v->toString()));
}

Result<void> PublishRepository::updateJob(Model::PublishJob &job)
{
    job.updatedAt = m_clock.now();
    auto q = run(m_db,
                 u"UPDATE publish_job SET state = ?, attempts = ?, next_attempt_at = ?, last_error = ?,"
                 " error_code = ?, progress = ?, updated_at = ? WHERE id = ?"_s,
                 {Model::jobStateCode(job.state), job.attempts, timestampOrNull(job.nextAttemptAt),
                  nonNull(job.lastError), nonNull(job.errorCode), nonNull(job.progress),
                  toTimestamp(job.updatedAt), job.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, u"no publishing job %1"_s.arg(job.id));
    return ok();
}

Result<int> PublishRepository::requeueInterrupted()
{
    auto q = run(m_db, u"UPDATE publish_job SET state = 'queued', progress = '' WHERE state = 'running'"_s);
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<void> PublishRepository::cancelJob(qint64 id)
{
    auto q = run(m_db,
                 u"UPDATE publish_job SET state = 'cancelled', updated_at = ? WHERE id = ?"
                 " AND state IN ('queued', 'retrying', 'failed')"_s,
                 {toTimestamp(m_clock.now()), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::Conflict, u"job %1 is running, done or not there"_s.arg(id));
    return ok();
}

Result<void> PublishRepository::retryJob(qint64 id)
{
    auto q = run(m_db,
                 u"UPDATE publish_job SET state = 'queued', next_attempt_at = NULL, updated_at = ?"
                 " WHERE id = ? AND state IN ('failed', 'cancelled', 'retrying')"_s,
                 {toTimestamp(m_clock.now()), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::Conflict, u"job %1 is queued, running, done or not there"_s.arg(id));
    return ok();
}

Result<std::optional<Model::RemotePost>> PublishRepository::remotePost(qint64 itemId,
                                                                      qint64 targetId) const
{
    auto q = run(m_db,
                 u"SELECT slug, remote_id, url, status, modified_gmt, published_at FROM remote_post"
                 " WHERE item_id = ? AND target_id = ?"_s,
                 {itemId, targetId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Model::RemotePost>();
    return std::optional<Model::RemotePost>(Model::RemotePost{
        itemId, targetId, q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(),
        q->value(3).toString(), q->value(4).toString(), fromTimestamp(q->value(5).toString())});
}

Result<QList<Model::RemotePost>> PublishRepository::remotePosts(qint64 itemId) const
{
    auto targetIds = selectIds(m_db, u"SELECT target_id FROM remote_post WHERE item_id = ? ORDER BY target_id"_s,
                               {itemId});
    if (!targetIds)
        return targetIds.error();
    QList<Model::RemotePost> posts;
    for (qint64 targetId : *targetIds) {
        auto post = remotePost(itemId, targetId);
        if (!post)
            return post.error();
        if (*post)
            posts << **post;
    }
    return posts;
}

Result<void> PublishRepository::saveRemotePost(const Model::RemotePost &post)
{
    auto q = run(m_db,
                 u"INSERT INTO remote_post (item_id, target_id, slug, remote_id, url, status,"
                 " modified_gmt, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT(item_id, target_id) DO UPDATE SET slug = excluded.slug,"
                 " remote_id = excluded.remote_id, url = excluded.url, status = excluded.status,"
                 " modified_gmt = excluded.modified_gmt, published_at = excluded.published_at"_s,
                 {post.itemId, post.targetId, post.slug,
                  post.remoteId > 0 ? QVariant(post.remoteId) : QVariant(), nonNull(post.url),
                  nonNull(post.status), nonNull(post.modifiedGmt), timestampOrNull(post.publishedAt)});
    if (!q)
        return q.error();
    return ok();
}

Result<std::optional<qint64>> PublishRepository::itemForRemotePost(qint64 targetId, qint64 remoteId) const
{
    return optionalId(m_db, u"SELECT item_id FROM remote_post WHERE target_id = ? AND remote_id = ?"_s,
                      {targetId, remoteId});
}

Result<std::optional<qint64>> PublishRepository::itemForSitePost(const QString &site, Language language,
                                                                 qint64 remoteId) const
{
    auto all = targets();
    if (!all)
        return all.error();
    for (const Model::PublishTarget &t : std::as_const(*all)) {
        if (t.site() != site || t.language != language)
            continue;
        auto item = itemForRemotePost(t.id, remoteId);
        if (!item || *item)
            return item;
    }
    return std::optional<qint64>();
}

Result<std::optional<qint64>> PublishRepository::photoForRemoteMedia(const QString &site, qint64 remoteId) const
{
    return optionalId(m_db, u"SELECT photo_id FROM remote_media WHERE site = ? AND remote_id = ?"_s,
                      {site, remoteId});
}

Result<std::optional<qint64>> PublishRepository::remoteMedia(qint64 photoId, const QString &site) const
{
    return optionalId(m_db, u"SELECT remote_id FROM remote_media WHERE photo_id = ? AND site = ?"_s,
                      {photoId, site});
}

Result<void> PublishRepository::saveRemoteMedia(qint64 photoId, const QString &site,
                                                qint64 remoteId, const QString &url)
{
    auto q = run(m_db,
                 u"INSERT OR REPLACE INTO remote_media (photo_id, site, remote_id, url) VALUES (?, ?, ?, ?)"_s,
                 {photoId, site, remoteId, nonNull(url)});
    if (!q)
        return q.error();
    return ok();
}

Result<void> PublishRepository::forgetRemoteMedia(qint64 photoId, const QString &site)
{
    if (auto q = run(m_db, u"DELETE FROM remote_media WHERE photo_id = ? AND site = ?"_s, {photoId, site}); !q)
        return q.error();
    return ok();
}

Result<std::optional<qint64>> PublishRepository::remoteTerm(const QString &site,
                                                           const QString &taxonomy,
                                                           const QString &name) const
{
    return optionalId(m_db,
                      u"SELECT remote_id FROM remote_term WHERE site = ? AND taxonomy = ? AND name = ?"_s,
                      {site, taxonomy, name});
}

Result<void> PublishRepository::saveRemoteTerm(const QString &site, const QString &taxonomy,
                                               const QString &name, qint64 remoteId)
{
    auto q = run(m_db,
                 u"INSERT OR REPLACE INTO remote_term (site, taxonomy, name, remote_id) VALUES (?, ?, ?, ?)"_s,
                 {site, taxonomy, name, remoteId});
    if (!q)
        return q.error();
    return ok();
}

Result<void> PublishRepository::forgetRemoteTerms(const QString &site)
{
    if (auto q = run(m_db, u"DELETE FROM remote_term WHERE site = ?"_s, {site}); !q)
        return q.error();
    return ok();
}

} // namespace Press::Archive

#pragma once

#include <core/language.h>
#include <core/result.h>

#include <QDateTime>
#include <QString>

#include <optional>

namespace Press::Model {

// What a publication job does to an item's post on a target.
enum class PublishAction {
    Publish,  // create or update the post (and upload its photos first)
    Withdraw, // back to draft on the site
    Trash,    // into the site's trash
};
// Where a job is. Retrying: failed for a reason that passes (timeout, 5xx, connection lost) and
// waits for its next attempt; Failed: stopped with the server's reason (401, 403, 400 …).
enum class JobState { Queued, Running, Retrying, Done, Failed, Cancelled };

[[nodiscard]] QString publishActionCode(PublishAction action); // "publish", "withdraw", "trash"
[[nodiscard]] std::optional<PublishAction> publishActionFromCode(const QString &code);
[[nodiscard]] QString jobStateCode(JobState state); // "queued", "running" …
[[nodiscard]] std::optional<JobState> jobStateFromCode(const QString &code);

// A website that takes one language's posts: a separate site per language, or one site with a
// category per language (`category`). The Application Password is never stored with it.
struct PublishTarget
{
    qint64 id = 0;
    QString name;               // short, unique: "site-ru"
    QString kind = QStringLiteral("wordpress");
    QString baseUrl;            // https://example.org (the site, not its API)
    QString user;
    Language language = Language::Ru;
    QString category;           // a category every post of this target gets (may be empty)
    QString secretEnv;          // environment variable that holds the password, where no keychain
    QString secretFile;         // or a file (mode 0600) that holds it
    QString trustedCertificate; // SHA-256 (hex) of a certificate trusted although unverified
    QDateTime createdAt;

    // The site's identity for sharing uploads between targets: scheme, host, port and path,
    // lower-case, no trailing slash.
    [[nodiscard]] QString site() const;
    // InvalidArgument, saying what, for a target that cannot be used: no name or user, an address
    // that is not http(s), a trusted certificate that is not a SHA-256 in hex.
    [[nodiscard]] Result<void> validate() const;
};

struct PublishJob
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 targetId = 0;
    PublishAction action = PublishAction::Publish;
    QString postStatus = QStringLiteral("publish"); // publish | draft | future
    QDateTime scheduledAt;                           // for "future"
    // Update even though the post was changed on the website since our last publication.
    bool overwrite = false;
    JobState state = JobState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt; // when Retrying
    QString lastError;       // the server's own message, or the network's
    QString errorCode;       // the server's code ("rest_cannot_create") or the HTTP status
    QString progress;        // the step it is at, for the queue view
    QDateTime createdAt;
    QDateTime updatedAt;

    [[nodiscard]] bool isFinished() const
    {
        return state == JobState::Done || state == JobState::Failed || state == JobState::Cancelled;
    }
};

// The post an item's language has on a target, as we last saw it.
struct RemotePost
{
    qint64 itemId = 0;
    qint64 targetId = 0;
    QString slug;       // chosen once, before the first attempt
    qint64 remoteId = 0; // 0 until the site has answered
    QString url;
    QString status;     // the site's: publish, draft, future, trash
    QString modifiedGmt; // the site's modified_gmt after our last write
    QDateTime publishedAt;
};

} // namespace Press::Model

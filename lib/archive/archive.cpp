#include "archive.h"

#include "photoimporter.h"

#include "migrations.h"
#include "sql.h"
#include "transaction.h"

#include <core/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Press::Archive {

Archive::Archive(QString dir, std::unique_ptr<Database> database, std::unique_ptr<Clock> clock)
    : m_dir(std::move(dir))
    , m_database(std::move(database))
    , m_clock(std::move(clock))
    , m_media(m_dir + u'/' + kMediaDir)
    , m_thumbnails(m_dir + u'/' + kThumbnailDir)
    , m_renditions(m_dir + u'/' + kRenditionDir)
    , m_items(m_database->connection(), *m_clock)
    , m_photos(m_database->connection())
    , m_entities(m_database->connection())
    , m_drafts(m_database->connection(), *m_clock)
    , m_publishing(m_database->connection(), *m_clock)
{}

Archive::~Archive() = default;

QString Archive::databasePath() const
{
    return m_dir + u'/' + kDatabaseFile;
}

bool Archive::isArchiveFolder(const QString &dir)
{
    return QFileInfo(dir + u'/' + kDatabaseFile).isFile();
}

QString Archive::defaultLocation()
{
    const QString fromEnv = qEnvironmentVariable("PRESSDESK_ARCHIVE");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnv));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/archive"_s;
}

Result<std::unique_ptr<Archive>> Archive::openDatabase(const QString &dir,
                                                       const DatabaseOptions &options)
{
    const QString absolute = QDir(dir).absolutePath();
    auto database = Database::open(absolute + u'/' + kDatabaseFile, options);
    if (!database)
        return database.error();
    const QSqlDatabase db = (*database)->connection();
    // Identify the file before writing anything to it (even the journal mode).
    if (auto r = Migrations::checkIdentity(db); !r)
        return r.error();
    auto needs = Migrations::needsMigration(db);
    if (!needs)
        return needs.error();
    if (*needs && (*database)->isReadOnly()) {
        return makeError(ErrorCode::ArchiveReadOnly,
                         u"%1 needs an upgrade to schema version %2 but is read-only"_s
                             .arg(absolute)
                             .arg(Migrations::latestVersion()));
    }
    if (auto r = (*database)->prepareForWriting(); !r)
        return r.error();
    if (auto r = Migrations::migrate(db); !r)
        return r.error();
    return std::unique_ptr<Archive>(
        new Archive(absolute, std::move(*database), std::make_unique<Clock>()));
}

Result<std::unique_ptr<Archive>> Archive::open(const QString &dir, const OpenOptions &options)
{
    if (!QFileInfo(dir).isDir())
        return makeError(ErrorCode::NotFound, u"no archive folder %1"_s.arg(dir));
    if (!isArchiveFolder(dir))
        return makeError(ErrorCode::NotAnArchive,
                         u"%1 has no %2"_s.arg(dir, QString(kDatabaseFile)));
    DatabaseOptions dbOptions;
    dbOptions.readOnly = options.readOnly;
    dbOptions.busyTimeoutMs = options.busyTimeoutMs;
    return openDatabase(dir, dbOptions);
}

Result<std::unique_ptr<Archive>> Archive::create(const QString &dir)
{
    QDir folder(dir);
    if (isArchiveFolder(dir))
        return makeError(ErrorCode::AlreadyExists, u"%1 is already an archive"_s.arg(dir));
    if (folder.exists() && !folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return makeError(ErrorCode::NotAnArchive,
                         u"%1 is not empty and is not an archive"_s.arg(dir));
    if (!QDir().mkpath(folder.absolutePath()) || !QDir().mkpath(folder.absoluteFilePath(kMediaDir)))
        return makeError(ErrorCode::Io, u"cannot create %1"_s.arg(folder.absolutePath()));
    DatabaseOptions options;
    options.create = true;
    auto archive = openDatabase(dir, options);
    if (!archive)
        return archive.error();
    const QSqlDatabase db = (*archive)->connection();
    const QString now = toTimestamp((*archive)->clock().now());
    for (const auto &[key, value] :
         {std::pair{u"archive_uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
          std::pair{u"created_at"_s, now},
          std::pair{u"created_by"_s, QString(u"PressDesk "_s + QCoreApplication::applicationVersion())}}) {
        if (auto r = run(db, u"INSERT OR REPLACE INTO archive_meta (key, value) VALUES (?, ?)"_s,
                         {QVariant(key), QVariant(value)});
            !r)
            return r.error();
    }
    return archive;
}

Result<QString> Archive::metaValue(const QString &key) const
{
    auto v = scalar(connection(), u"SELECT value FROM archive_meta WHERE key = ?"_s, {key});
    if (!v)
        return v.error();
    return v->toString();
}

Result<void> Archive::setMetaValue(const QString &key, const QString &value)
{
    auto r = value.isEmpty()
                 ? run(connection(), u"DELETE FROM archive_meta WHERE key = ?"_s, {key})
                 : run(connection(),
                       u"INSERT OR REPLACE INTO archive_meta (key, value) VALUES (?, ?)"_s,
                       {key, value});
    if (!r)
        return r.error();
    return {};
}

Result<Model::Photo> Archive::addPhoto(const QString &file, const PhotoDetails &details)
{
    const Media::PrepareContext context{&m_media, &m_thumbnails, [this](const QString &sha) {
                                            return m_photos.findBySha(sha).hasValue();
                                        }};
    const Media::PreparedPhoto prepared = Media::preparePhoto(file, context);
    if (!prepared.isOk())
        return makeError(errorCodeFor(prepared.problem), prepared.path + u": "_s + prepared.detail);
    if (prepared.alreadyKnown)
        return m_photos.findBySha(prepared.sha256);
    Model::Photo photo = photoFromPrepared(prepared, m_clock->now());
    auto override = [](QString &field, const QString &value) {
        if (!value.isEmpty())
            field = value;
    };
    override(photo.originalName, details.originalName);
    override(photo.captionRu, details.captionRu);
    override(photo.captionEn, details.captionEn);
    override(photo.credit, details.credit);
    override(photo.camera, details.camera);
    if (details.takenAt.isValid())
        photo.takenAt = details.takenAt;
    if (auto r = m_photos.add(photo); !r) {
        // No row, so no orphan file either (unless the file was there before us).
        if (prepared.storedNewFile)
            (void)m_media.remove(photo.sha256);
        (void)m_thumbnails.remove(photo.sha256);
        return r.error();
    }
    return photo;
}

Result<void> Archive::backup(const QString &dest)
{
    const QDir destDir(dest);
    if (destDir.exists()
        && !destDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return makeError(ErrorCode::AlreadyExists, u"%1 exists and is not empty"_s.arg(dest));
    const QString finalPath = destDir.absolutePath();
    const QString parent = QFileInfo(finalPath).absolutePath();
    if (!QDir().mkpath(parent))
        return makeError(ErrorCode::Io, u"cannot create %1"_s.arg(parent));
    // Build next to the destination, then rename: a failed backup leaves nothing that looks
    // like a complete one.
    const QString staging = finalPath + u".partial-"_s
                            + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QDir stagingDir(staging);
    auto fail = [&stagingDir](Error error) -> Result<void> {
        stagingDir.removeRecursively();
        return error;
    };
    if (!QDir().mkpath(staging + u'/' + kMediaDir))
        return fail(makeError(ErrorCode::Io, u"cannot create %1"_s.arg(staging)));
    const QString copyDb = staging + u'/' + kDatabaseFile;
    if (auto r = run(connection(), u"VACUUM INTO ?"_s, {copyDb}); !r)
        return fail(r.error());

    // Copy the media that the snapshot refers to (files are immutable once stored).
    QStringList hashes;
    {
        auto copy = Database::open(copyDb, DatabaseOptions{});
        if (!copy)
            return fail(copy.error());
        auto q = run((*copy)->connection(), u"SELECT sha256 FROM photo ORDER BY id"_s);
        if (!q)
            return fail(q.error());
        while (q->next())
            hashes << q->value(0).toString();
        if (auto r = (*copy)->checkpoint(); !r)
            return fail(r.error());
    }
    const Media::MediaStore target(staging + u'/' + kMediaDir);
    for (const QString &sha : std::as_const(hashes)) {
        if (!m_media.contains(sha))
            return fail(makeError(ErrorCode::NotFound,
                                  u"media file missing from the archive: %1"_s.arg(sha)));
        const QString to = target.pathFor(sha);
        if (!QDir().mkpath(QFileInfo(to).absolutePath())
            || !QFile::copy(m_media.pathFor(sha), to))
            return fail(makeError(ErrorCode::Io, u"cannot copy %1 to %2"_s.arg(sha, to)));
    }
    if (destDir.exists() && !QDir().rmdir(finalPath))
        return fail(makeError(ErrorCode::Io, u"cannot replace empty folder %1"_s.arg(finalPath)));
    if (!QDir().rename(staging, finalPath))
        return fail(makeError(ErrorCode::Io, u"cannot move %1 to %2"_s.arg(staging, finalPath)));
    qCInfo(lcArchive) << "backup written to" << finalPath << "with" << hashes.size() << "photos";
    return ok();
}

} // namespace Press::Archive

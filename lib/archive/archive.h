#pragma once

#include "database.h"
#include "draftrepository.h"
#include "publishrepository.h"
#include "entityrepository.h"
#include "itemrepository.h"
#include "photorepository.h"

#include <core/clock.h>
#include <core/result.h>
#include <media/mediastore.h>
#include <media/rendition.h>
#include <media/thumbnailcache.h>

#include <memory>

namespace Press::Archive {

struct OpenOptions
{
    bool readOnly = false;
    int busyTimeoutMs = 5000;
};

// What a new photo brings besides its file.
struct PhotoDetails
{
    QString originalName; // defaults to the file's name
    QString captionRu;
    QString captionEn;
    QString credit;
    QDateTime takenAt;
    QString camera;
};

// One archive folder: archive.sqlite, media/ (originals by SHA-256) and thumbnails/ (a cache that
// can be deleted at any time). Owns the connection and the repositories that share it.
// Thread: the thread that opened it; a worker thread opens its own Archive on the same folder.
class Archive final
{
public:
    Q_DISABLE_COPY_MOVE(Archive)
    ~Archive();

    static constexpr QLatin1StringView kDatabaseFile{"archive.sqlite"};
    static constexpr QLatin1StringView kMediaDir{"media"};
    static constexpr QLatin1StringView kThumbnailDir{"thumbnails"};
    static constexpr QLatin1StringView kRenditionDir{"renditions"};

    // Opens an existing archive and brings its schema up to date.
    [[nodiscard]] static Result<std::unique_ptr<Archive>> open(const QString &dir,
                                                               const OpenOptions &options = {});
    // Creates a new, empty archive. Refuses a folder that has files but is not an archive, and an
    // existing archive (AlreadyExists).
    [[nodiscard]] static Result<std::unique_ptr<Archive>> create(const QString &dir);
    [[nodiscard]] static bool isArchiveFolder(const QString &dir);
    // Where the GUI and the CLI look when no archive is named:
    // $PRESSDESK_ARCHIVE, else QStandardPaths::AppDataLocation/archive.
    [[nodiscard]] static QString defaultLocation();

    [[nodiscard]] QString path() const { return m_dir; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] bool isReadOnly() const { return m_database->isReadOnly(); }
    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] QSqlDatabase connection() const { return m_database->connection(); }
    [[nodiscard]] const Media::MediaStore &media() const { return m_media; }
    [[nodiscard]] const Media::ThumbnailCache &thumbnails() const { return m_thumbnails; }
    [[nodiscard]] const Media::RenditionCache &renditions() const { return m_renditions; }
    [[nodiscard]] ItemRepository &items() { return m_items; }
    [[nodiscard]] PhotoRepository &photos() { return m_photos; }
    [[nodiscard]] EntityRepository &entities() { return m_entities; }
    [[nodiscard]] DraftRepository &drafts() { return m_drafts; }
    [[nodiscard]] PublishRepository &publishing() { return m_publishing; }
    [[nodiscard]] Clock &clock() { return *m_clock; }

    // Imports one photo (see PhotoImporter for many): stores the file in media/, makes its
    // thumbnail and adds it to the library with its metadata, `details` overriding what the
    // file says. A file already there (same SHA-256) returns the existing photo unchanged.
    // Fails, storing nothing, for a file that is not an image we can read.
    [[nodiscard]] Result<Model::Photo> addPhoto(const QString &file, const PhotoDetails &details);

    // A consistent copy of the archive, taken while it may be in use: VACUUM INTO a new
    // archive.sqlite, then the media files that copy refers to. `dest` must not exist or be an
    // empty folder; the copy appears there complete or not at all.
    [[nodiscard]] Result<void> backup(const QString &dest);

    // Small settings that belong to the archive and travel with it (the organisation printed on
    // PDFs). A missing key is NotFound; writing an empty value removes the key.
    [[nodiscard]] Result<QString> metaValue(const QString &key) const;
    [[nodiscard]] Result<void> setMetaValue(const QString &key, const QString &value);

private:
    Archive(QString dir, std::unique_ptr<Database> database, std::unique_ptr<Clock> clock);
    [[nodiscard]] static Result<std::unique_ptr<Archive>> openDatabase(
        const QString &dir, const DatabaseOptions &options);

    QString m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Clock> m_clock;
    Media::MediaStore m_media;
    Media::ThumbnailCache m_thumbnails;
    Media::RenditionCache m_renditions;
    ItemRepository m_items;
    PhotoRepository m_photos;
    EntityRepository m_entities;
    DraftRepository m_drafts;
    PublishRepository m_publishing;
};

} // namespace Press::Archive

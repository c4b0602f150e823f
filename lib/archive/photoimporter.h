#pragma once

#include <core/result.h>
#include <media/photopreparation.h>
#include <model/photo.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Press::Archive {

class Archive;

// The library row for a prepared file: metadata pre-fills date, camera, captions and credit.
[[nodiscard]] Model::Photo photoFromPrepared(const Media::PreparedPhoto &prepared,
                                             const QDateTime &importedAt);
// The error code that matches a photo problem (for single-photo calls that return Result).
[[nodiscard]] ErrorCode errorCodeFor(Media::PhotoProblem problem);

struct PhotoImportEntry
{
    enum class Outcome { Imported, AlreadyInLibrary, Failed };

    QString path;
    Outcome outcome = Outcome::Failed;
    qint64 photoId = 0; // the new photo, or the one already in the library
    Media::PhotoProblem problem = Media::PhotoProblem::None;
    QString format;  // the file's format by content ("HEIC" …), where known
    QString detail;  // English particulars
    QString metadataProblem; // imported, but its metadata could not be read
};

struct PhotoImportReport
{
    QList<PhotoImportEntry> entries; // in the order of the files
    int skipped = 0;                 // hidden files and sidecars met in folders
    int attached = 0;                // photos newly linked to the item
    bool cancelled = false;

    [[nodiscard]] int count(PhotoImportEntry::Outcome outcome) const;
};

struct PhotoImportOptions
{
    qint64 itemId = 0; // when set, every photo (new or already there) is attached to this item
    int threads = 0;   // workers that hash and decode; 0: one per core, plus one
};

// Imports photo files and folders into an archive. The per-file work (read once, SHA-256,
// format check, exiv2 metadata, reduced-size decode for the thumbnail, storing the original)
// runs on worker threads; rows are written by the calling thread, one photo at a time, so every
// photo is either fully imported (file, thumbnail, row) or not at all, whatever fails or is
// cancelled. A file whose SHA-256 is already in the library is reported with that photo and not
// decoded again. Thread: the archive's thread.
class PhotoImporter final
{
public:
    using Progress = std::function<void(const PhotoImportEntry &entry, int done, int total)>;

    explicit PhotoImporter(Archive &archive);

    // Files as given; folders walked recursively, in name order, leaving out hidden files,
    // Thumbs.db / desktop.ini and .xmp/.thm sidecars (counted in `skipped`).
    [[nodiscard]] static QStringList collectFiles(const QStringList &paths, int *skipped = nullptr);

    // `progress` is called on the calling thread after each file. A cancel lets the photos
    // already being processed finish and starts no more.
    [[nodiscard]] Result<PhotoImportReport> run(const QStringList &paths,
                                                const PhotoImportOptions &options = {},
                                                const Progress &progress = {},
                                                const std::atomic_bool *cancel = nullptr);

private:
    Archive &m_archive;
};

struct ThumbnailReport
{
    int made = 0;
    int present = 0; // already cached (only without rebuild)
    QStringList failures; // "photo id: detail"
    bool cancelled = false;
};

// Makes every missing thumbnail (or, with rebuildAll, every thumbnail) on worker threads.
[[nodiscard]] Result<ThumbnailReport> makeThumbnails(
    Archive &archive, bool rebuildAll, const std::function<void(int done, int total)> &progress = {},
    const std::atomic_bool *cancel = nullptr, int threads = 0);

} // namespace Press::Archive

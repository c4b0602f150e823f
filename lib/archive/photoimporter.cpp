#include "photoimporter.h"

#include "archive.h"
#include "sql.h"

#include <media/imagedecoding.h>
#include <media/sha256.h>

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace Press::Archive {
namespace {

using Outcome = PhotoImportEntry::Outcome;

bool isCompanionFile(const QFileInfo &info)
{
    const QString name = info.fileName().toLower();
    const QString suffix = info.suffix().toLower();
    return name.startsWith(u'.') || name == u"thumbs.db"_s || name == u"desktop.ini"_s
           || suffix == u"xmp"_s || suffix == u"thm"_s;
}

int workerCount(int requested, qsizetype files)
{
    // One more worker than cores: while one waits for the disk (reading an original, syncing
    // its copy), the cores stay busy decoding.
    const int wanted = requested > 0 ? requested : qMax(1, QThread::idealThreadCount()) + 1;
    return int(std::clamp<qsizetype>(wanted, 1, qMax<qsizetype>(1, files)));
}

// Results from the workers, handed to the archive's thread as they come.
class ResultQueue
{
public:
    void push(int index, Media::PreparedPhoto photo)
    {
        {
            std::lock_guard lock(m_mutex);
            m_items.emplace_back(index, std::move(photo));
        }
        m_ready.notify_one();
    }
    std::pair<int, Media::PreparedPhoto> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_items.empty(); });
        auto item = std::move(m_items.front());
        m_items.pop_front();
        return item;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::pair<int, Media::PreparedPhoto>> m_items;
};

// The hashes in the library before the import plus those a worker has taken in this import:
// a second copy of a file is recognised without decoding it again.
class KnownHashes
{
public:
    explicit KnownHashes(QSet<QString> stored)
        : m_hashes(std::move(stored))
    {}
    // True when the hash was known; otherwise records it and returns false.
    bool claim(const QString &sha256)
    {
        std::lock_guard lock(m_mutex);
        if (m_hashes.contains(sha256))
            return true;
        m_hashes.insert(sha256);
        return false;
    }

private:
    std::mutex m_mutex;
    QSet<QString> m_hashes;
};

} // namespace

Model::Photo photoFromPrepared(const Media::PreparedPhoto &prepared, const QDateTime &now)
{
    const Media::PhotoMetadata &m = prepared.metadata;
    Model::Photo photo;
    photo.sha256 = prepared.sha256;
    photo.originalName = QFileInfo(prepared.path).fileName();
    photo.mimeType = prepared.format.mimeType;
    photo.sizeBytes = prepared.sizeBytes;
    photo.width = prepared.size.width();
    photo.height = prepared.size.height();
    photo.takenAt = m.takenAt;
    photo.camera = m.camera;
    photo.credit = m.credit;
    photo.captionRu = m.captionRu;
    photo.captionEn = m.captionEn;
    photo.importedAt = now;
    photo.orientation = m.orientation;
    photo.headline = m.headline;
    photo.copyright = m.copyright;
    photo.keywords = m.keywords;
    if (m.gps)
        photo.position = Model::GeoPosition{m.gps->latitude, m.gps->longitude, m.gps->altitude};
    return photo;
}

ErrorCode errorCodeFor(Media::PhotoProblem problem)
{
    using Media::PhotoProblem;
    switch (problem) {
    case PhotoProblem::None: return ErrorCode::Unknown;
    case PhotoProblem::Missing: return ErrorCode::NotFound;
    case PhotoProblem::Unreadable:
    case PhotoProblem::StoreFailed: return ErrorCode::Io;
    case PhotoProblem::Empty:
    case PhotoProblem::NotAnImage:
    case PhotoProblem::Damaged: return ErrorCode::Format;
    case PhotoProblem::UnsupportedFormat:
    case PhotoProblem::TooLarge: return ErrorCode::Unsupported;
    }
    return ErrorCode::Unknown;
}

namespace {

PhotoImportEntry entryFrom(const Media::PreparedPhoto &prepared)
{
    PhotoImportEntry entry;
    entry.path = prepared.path;
    entry.problem = prepared.problem;
    entry.format = prepared.format.name;
    entry.detail = prepared.detail;
    entry.metadataProblem = prepared.metadataProblem;
    entry.outcome = prepared.isOk() ? (prepared.alreadyKnown ? Outcome::AlreadyInLibrary
                                                             : Outcome::Imported)
                                    : Outcome::Failed;
    return entry;
}

} // namespace

int PhotoImportReport::count(PhotoImportEntry::Outcome outcome) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [outcome](const PhotoImportEntry &e) { return e.outcome == outcome; }));
}

PhotoImporter::PhotoImporter(Archive &archive)
    : m_archive(archive)
{}

QStringList PhotoImporter::collectFiles(const QStringList &paths, int *skipped)
{
    QStringList files;
    int left = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path; // a missing or unreadable file is reported by the import
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            if (isCompanionFile(file) || file.path().contains(u"/."_s))
                ++left;
            else
                found << file.filePath();
        }
        std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        files << found;
    }
    if (skipped)
        *skipped = left;
    return files;
}

Result<PhotoImportReport> PhotoImporter::run(const QStringList &paths,
                                             const PhotoImportOptions &options,
                                             const Progress &progress,
                                             const std::atomic_bool *cancel)
{
    if (m_archive.isReadOnly())
        return makeError(ErrorCode::ArchiveReadOnly, u"the archive is open read-only"_s);
    if (options.itemId != 0) {
        if (auto item = m_archive.items().load(options.itemId); !item)
            return item.error();
    }
    PhotoImportReport report;
    const QStringList files = collectFiles(paths, &report.skipped);
    const int total = int(files.size());
    report.entries.resize(total);

    auto stored = selectStrings(m_archive.connection(), u"SELECT sha256 FROM photo"_s, {});
    if (!stored)
        return stored.error();
    KnownHashes known(QSet<QString>(stored->cbegin(), stored->cend()));

    Media::applyDecodeLimits();
    const Media::MediaStore &store = m_archive.media();
    const Media::ThumbnailCache &thumbnails = m_archive.thumbnails();
    Media::PrepareContext context{&store, &thumbnails,
                                  [&known](const QString &sha) { return known.claim(sha); }};

    std::atomic_int next{0};
    ResultQueue results;
    const int workers = workerCount(options.threads, files.size());
    std::vector<std::thread> threads;
    threads.reserve(size_t(workers));
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&] {
            for (;;) {
                const int index = next.fetch_add(1);
                if (index >= total)
                    return;
                if (cancel && cancel->load()) {
                    results.push(index, {}); // an empty path marks "not started"
                    continue;
                }
                results.push(index, Media::preparePhoto(files.at(index), context));
            }
        });
    }

    QList<int> duplicatesInRun; // same content as another file of this import
    // Rows are written in file order (ids follow the order of the shoot), whatever order the
    // workers finish in; a worker is at most a file or two ahead, so little waits here.
    std::map<int, Media::PreparedPhoto> waiting;
    int nextIndex = 0;
    for (int done = 0; done < total; ++done) {
        while (!waiting.contains(nextIndex)) {
            auto [index, prepared] = results.pop();
            waiting.emplace(index, std::move(prepared));
        }
        const int index = nextIndex++;
        const Media::PreparedPhoto prepared = std::move(waiting.at(index));
        waiting.erase(index);
        if (prepared.path.isEmpty()) {
            report.cancelled = true;
            report.entries[index].path = files.at(index);
            report.entries[index].outcome = Outcome::Failed;
            report.entries[index].problem = Media::PhotoProblem::None;
            continue;
        }
        PhotoImportEntry entry = entryFrom(prepared);
        if (entry.outcome == Outcome::AlreadyInLibrary) {
            auto existing = m_archive.photos().findBySha(prepared.sha256);
            if (existing)
                entry.photoId = existing->id;
            else
                duplicatesInRun << index; // its twin's row may not be written yet
        } else if (entry.outcome == Outcome::Imported) {
            Model::Photo photo = photoFromPrepared(prepared, m_archive.clock().now());
            if (auto added = m_archive.photos().add(photo); added) {
                entry.photoId = photo.id;
            } else {
                if (prepared.storedNewFile)
                    (void)store.remove(prepared.sha256);
                (void)thumbnails.remove(prepared.sha256);
                entry.outcome = Outcome::Failed;
                entry.problem = Media::PhotoProblem::StoreFailed;
                entry.detail = added.error().detail;
            }
        }
        report.entries[index] = entry;
        if (progress)
            progress(entry, done + 1, total);
    }
    for (std::thread &t : threads)
        t.join();

    for (int index : duplicatesInRun) {
        PhotoImportEntry &entry = report.entries[index];
        const auto sha = Media::sha256OfFile(entry.path);
        auto existing = m_archive.photos().findBySha(sha ? *sha : QString());
        if (existing) {
            entry.photoId = existing->id;
        } else {
            // Its twin failed; this copy fails the same way.
            entry.outcome = Outcome::Failed;
            entry.problem = Media::PhotoProblem::Damaged;
            entry.detail = u"a file with the same content could not be imported"_s;
        }
    }
    // Files never started because of a cancel are not reported.
    report.entries.removeIf([](const PhotoImportEntry &e) {
        return e.outcome == Outcome::Failed && e.problem == Media::PhotoProblem::None;
    });

    if (options.itemId != 0) {
        QList<qint64> ids;
        for (const PhotoImportEntry &e : std::as_const(report.entries)) {
            if (e.photoId != 0)
                ids << e.photoId;
        }
        auto attached = m_archive.items().attachPhotos(options.itemId, ids);
        if (!attached)
            return attached.error();
        report.attached = *attached;
    }
    return report;
}

Result<ThumbnailReport> makeThumbnails(Archive &archive, bool rebuildAll,
                                       const std::function<void(int, int)> &progress,
                                       const std::atomic_bool *cancel, int threads)
{
    auto photos = archive.photos().list();
    if (!photos)
        return photos.error();
    Media::applyDecodeLimits();
    const Media::ThumbnailCache &cache = archive.thumbnails();
    const Media::MediaStore &store = archive.media();
    ThumbnailReport report;
    std::mutex mutex;
    std::atomic_int next{0};
    std::atomic_int done{0};
    const int total = int(photos->size());
    auto work = [&] {
        for (;;) {
            const int index = next.fetch_add(1);
            if (index >= total || (cancel && cancel->load()))
                return;
            const Model::Photo &photo = photos->at(index);
            const bool present = !rebuildAll && cache.has(photo.sha256);
            Result<QString> made = present ? Result<QString>(cache.pathFor(photo.sha256))
                                           : cache.rebuild(photo.sha256,
                                                           store.pathFor(photo.sha256));
            std::lock_guard lock(mutex);
            if (present)
                ++report.present;
            else if (made)
                ++report.made;
            else
                report.failures << u"%1: %2"_s.arg(photo.id).arg(made.error().detail);
            ++done;
        }
    };
    std::vector<std::thread> pool;
    const int workers = workerCount(threads, photos->size());
    for (int w = 0; w < workers; ++w)
        pool.emplace_back(work);
    // Report from this thread, so callers need no locking of their own.
    while (done.load() < total && !(cancel && cancel->load())) {
        if (progress)
            progress(done.load(), total);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (std::thread &t : pool)
        t.join();
    report.cancelled = cancel && cancel->load() && done.load() < total;
    if (progress)
        progress(done.load(), total);
    return report;
}

} // namespace Press::Archive

#pragma once

#include <core/result.h>

#include <QString>

#include <functional>

namespace Press::Archive {
class Archive;
}

namespace Press::Exchange {

struct ImportReport
{
    int itemsAdded = 0;
    int itemsSkipped = 0; // already in the archive (same UUID): left as they are
    int photosAdded = 0;
    int photosReused = 0; // same SHA-256 already in the library
    int entitiesAdded = 0;
    int entitiesReused = 0;
};

// Reads a JSON archive (archive.json + media/, docs/json-format.md) into an archive. The whole
// file is validated and every media file hashed before anything is written; then everything is
// written in one transaction, so a bad file changes nothing and leaves no orphan media. Items
// whose UUID is already present are skipped (an import never overwrites work).
// Thread: the archive's thread.
class JsonImporter final
{
public:
    explicit JsonImporter(Archive::Archive &archive);

    void setProgress(std::function<bool(int, int)> progress) { m_progress = std::move(progress); }
    // `path` is archive.json itself or the folder that holds it.
    [[nodiscard]] Result<ImportReport> importFrom(const QString &path);

private:
    Archive::Archive &m_archive;
    std::function<bool(int, int)> m_progress;
};

} // namespace Press::Exchange

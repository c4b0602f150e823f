#pragma once

#include <core/result.h>

#include <QString>

#include <functional>

namespace Press::Archive {
class Archive;
}

namespace Press::Exchange {

struct ExportReport
{
    int items = 0;
    int photos = 0;
    int entities = 0;
    int revisions = 0;
};

// Writes the whole archive to a folder as archive.json plus media/ (docs/json-format.md): every
// item with both texts, translation marks and revisions, photos with captions, entities and links.
// Reads one consistent snapshot; output is deterministic (same archive, same bytes). The folder
// must not exist or be empty. Thread: the archive's thread.
class JsonExporter final
{
public:
    explicit JsonExporter(Archive::Archive &archive);

    // Called as (done, total) per item; return false to cancel.
    void setProgress(std::function<bool(int, int)> progress) { m_progress = std::move(progress); }
    [[nodiscard]] Result<ExportReport> exportTo(const QString &dir);

private:
    [[nodiscard]] Result<ExportReport> write(const QString &dir);

    Archive::Archive &m_archive;
    std::function<bool(int, int)> m_progress;
};

} // namespace Press::Exchange

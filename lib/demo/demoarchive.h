#pragma once

#include <core/result.h>

#include <memory>

namespace Press::Archive {
class Archive;
}

namespace Press::Demo {

struct DemoReport
{
    int items = 0;
    int photos = 0;
    int entities = 0;
};

// Fills an archive with the bilingual demo content written for PressDesk
// (resources/demo/demo-content.json): items 2002–2026 from the secretariat's press office,
// entities in both languages, painted photos (some with Cyrillic file names), and a realistic mix
// of translation states: done, outdated (the source changed after translation), in progress and
// missing. Used on first run, by `pressdesk-cli init --demo`, and by the tests.
[[nodiscard]] Result<DemoReport> fillDemoArchive(Archive::Archive &archive);

// Creates `dir` as a new archive with the demo content.
[[nodiscard]] Result<std::unique_ptr<Archive::Archive>> createDemoArchive(const QString &dir);

} // namespace Press::Demo

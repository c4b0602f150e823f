#pragma once

#include <archive/photoimporter.h>

#include <QString>

namespace Press::App {

// Why a file was not imported, as a sentence in the UI language ("HEIC photos cannot be
// imported yet …"). `format` names the file's real format where the problem is about it.
[[nodiscard]] QString photoProblemMessage(Media::PhotoProblem problem, const QString &format);

// One line per file for reports: "name: reason".
[[nodiscard]] QString photoImportLine(const Archive::PhotoImportEntry &entry);

// "12 imported, 3 already in the library, 2 not imported"
[[nodiscard]] QString photoImportSummary(const Archive::PhotoImportReport &report);

} // namespace Press::App

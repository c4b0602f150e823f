#pragma once

#include <core/language.h>

#include <QString>

namespace Press::Exchange {

// Names shared by the exporter and the importer of the JSON archive format (docs/json-format.md).
namespace JsonFormat {
constexpr QLatin1StringView kFormatName{"pressdesk-archive"};
constexpr int kFormatVersion = 1;
constexpr QLatin1StringView kFileName{"archive.json"};
constexpr QLatin1StringView kMediaDir{"media"};

// The file name of a photo inside an export: its SHA-256 plus an extension from its MIME type,
// so that exported media open in any viewer.
[[nodiscard]] QString mediaFileName(const QString &sha256, const QString &mimeType);
} // namespace JsonFormat

} // namespace Press::Exchange

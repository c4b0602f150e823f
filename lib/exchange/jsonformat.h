#pragma once

#include <core/language.h>

#include <model/photo.h>

#include <QJsonValue>
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

// A photo's GPS position: {latitude, longitude, altitude?} in degrees and metres, or null.
[[nodiscard]] QJsonValue positionJson(const std::optional<Model::GeoPosition> &position);
} // namespace JsonFormat

} // namespace Press::Exchange

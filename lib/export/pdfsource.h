#pragma once

#include "pdfoptions.h"

#include <core/result.h>
#include <model/item.h>
#include <model/photo.h>

#include <QList>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>

namespace Press::Archive {
class Archive;
}

namespace Press::Export {

// A photo as the PDF prints it: from its cached web rendition (made on demand from the
// original at reduced decode size, never decoding a camera original at full size).
struct PdfPhoto
{
    Model::Photo photo;
    QString imagePath; // the rendition
    QSize pixelSize;   // the rendition's size, upright
    bool isCover = false;
};

struct PdfEntry
{
    Model::Item item;
    QList<PdfPhoto> photos; // in the item's order, the cover among them
};

enum class PdfStage { Collecting, Photos, Layout, Writing };
// Called on the calling thread; `total` may be 0 while unknown.
using PdfProgress = std::function<void(PdfStage stage, int done, int total)>;

// The organisation printed in headers, as stored in the archive (empty fields: defaults).
[[nodiscard]] Result<Organisation> loadOrganisation(Archive::Archive &archive);
// Empty names and an empty logo go back to the defaults. The logo must be a PNG or JPEG of at
// most 2 MB.
[[nodiscard]] Result<void> saveOrganisation(Archive::Archive &archive,
                                            const Organisation &organisation);

// Loads the items (sorted by event date, then id) and prepares their photos: renditions made on
// worker threads where not cached yet. A photo whose original is missing from media/ (and has no
// cached rendition) fails the whole export, naming the photo. Thread: the archive's thread.
[[nodiscard]] Result<QList<PdfEntry>> collectEntries(Archive::Archive &archive,
                                                     const QList<qint64> &itemIds,
                                                     const PdfProgress &progress = {},
                                                     const std::atomic_bool *cancel = nullptr);

} // namespace Press::Export

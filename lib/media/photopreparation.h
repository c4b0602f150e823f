#pragma once

#include "imageformat.h"
#include "photometadata.h"

#include <QSize>
#include <QString>

#include <functional>

namespace Press::Media {

class MediaStore;
class ThumbnailCache;

// Why a file did not become a photo. The GUI and the CLI turn it into a sentence in the user's
// language (app/common/photomessages.h); `detail` carries the English particulars.
enum class PhotoProblem {
    None,
    Missing,           // no such file
    Unreadable,        // no permission, or the read failed
    Empty,             // zero bytes
    NotAnImage,        // text or an unknown binary format
    UnsupportedFormat, // an image format we do not store (HEIC, camera raw …): format names it
    Damaged,           // truncated or corrupt
    TooLarge,          // more pixels than PressDesk decodes within its memory limit
    StoreFailed,       // the archive's media folder could not be written
};

[[nodiscard]] QString photoProblemCode(PhotoProblem problem); // "unsupported-format" …

// The work of importing one file that needs no database: read once, hash, check, read metadata,
// decode a thumbnail at reduced size and store thumbnail and original. Runs on worker threads.
struct PreparedPhoto
{
    QString path;
    PhotoProblem problem = PhotoProblem::None;
    ImageFormat format;
    QString detail;

    QString sha256;
    bool alreadyKnown = false;  // the library has this SHA-256: nothing was decoded or stored
    bool storedNewFile = false; // this call added the original to the media store
    qint64 sizeBytes = 0;
    QSize size; // as displayed (EXIF orientation applied)
    PhotoMetadata metadata;
    QString metadataProblem; // the photo is fine but its metadata could not be read

    [[nodiscard]] bool isOk() const { return problem == PhotoProblem::None; }
};

struct PrepareContext
{
    const MediaStore *store = nullptr;
    const ThumbnailCache *thumbnails = nullptr;
    // Whether the library already has a photo with this hash; called from worker threads.
    std::function<bool(const QString &sha256)> isKnown;
};

[[nodiscard]] PreparedPhoto preparePhoto(const QString &path, const PrepareContext &context);

} // namespace Press::Media

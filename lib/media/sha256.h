#pragma once

#include <core/result.h>

#include <QByteArrayView>
#include <QString>

namespace Press::Media {

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA instructions where there are
// some: about 1 GB/s here against 165 MB/s for QCryptographicHash in Qt 6.4, which matters when
// every camera JPEG (10 MB) is hashed on import. Lower-case hex, as stored in the archive.
[[nodiscard]] QString sha256Hex(QByteArrayView data);
// Streams the file in 1 MB blocks.
[[nodiscard]] Result<QString> sha256OfFile(const QString &path);

} // namespace Press::Media

#pragma once

#include <core/result.h>

#include <QString>

namespace Press::Media {

// The archive's media/ folder: every original stored once, named by its SHA-256 (hex), in a
// two-level fan-out (media/ab/ab12…) so that no folder holds 100,000 files. Files are written
// through QSaveFile, so a crash leaves either the whole file or nothing. Not thread-affine;
// it holds only a path.
class MediaStore final
{
public:
    explicit MediaStore(QString rootDir);

    [[nodiscard]] QString rootDir() const { return m_root; }
    [[nodiscard]] QString pathFor(const QString &sha256) const;
    [[nodiscard]] bool contains(const QString &sha256) const;

    // Copies the file in (if not already there) and returns its SHA-256.
    [[nodiscard]] Result<QString> addFile(const QString &sourcePath) const;
    [[nodiscard]] Result<QString> addData(const QByteArray &data) const;
    // The same when the caller has already hashed `data` (sha256 must be its SHA-256).
    [[nodiscard]] Result<QString> addData(const QByteArray &data, const QString &sha256) const;
    // Re-hashes a stored file; false when it is missing or its content no longer matches.
    [[nodiscard]] Result<bool> verify(const QString &sha256) const;
    // Every sha256 that has a file in the store.
    [[nodiscard]] QStringList storedHashes() const;
    [[nodiscard]] Result<void> remove(const QString &sha256) const;

    [[nodiscard]] static Result<QString> hashFile(const QString &path);
    [[nodiscard]] static bool isValidHash(const QString &sha256);

private:
    QString m_root;
};

} // namespace Press::Media

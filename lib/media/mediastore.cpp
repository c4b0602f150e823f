#include "mediastore.h"

#include "sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Press::Media {

MediaStore::MediaStore(QString rootDir)
    : m_root(std::move(rootDir))
{}

QString MediaStore::pathFor(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

bool MediaStore::contains(const QString &sha256) const
{
    return isValidHash(sha256) && QFileInfo::exists(pathFor(sha256));
}

bool MediaStore::isValidHash(const QString &sha256)
{
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_s);
    return re.match(sha256).hasMatch();
}

Result<QString> MediaStore::hashFile(const QString &path)
{
    return sha256OfFile(path);
}

Result<QString> MediaStore::addFile(const QString &sourcePath) const
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         u"cannot read %1: %2"_s.arg(sourcePath, source.errorString()));
    // Photos are a few MB; reading once serves both the hash and the copy.
    const QByteArray data = source.readAll();
    if (source.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io,
                         u"cannot read %1: %2"_s.arg(sourcePath, source.errorString()));
    return addData(data);
}

Result<QString> MediaStore::addData(const QByteArray &data) const
{
    return addData(data, sha256Hex(data));
}

Result<QString> MediaStore::addData(const QByteArray &data, const QString &sha) const
{
    const QString target = pathFor(sha);
    if (QFileInfo::exists(target))
        return sha;
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return makeError(ErrorCode::Io, u"cannot create folder for %1"_s.arg(target));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(target, out.errorString()));
    if (out.write(data) != data.size() || !out.commit())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(target, out.errorString()));
    return sha;
}

Result<bool> MediaStore::verify(const QString &sha256) const
{
    if (!contains(sha256))
        return false;
    auto actual = hashFile(pathFor(sha256));
    if (!actual)
        return actual.error();
    return *actual == sha256;
}

QStringList MediaStore::storedHashes() const
{
    QStringList hashes;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        if (isValidHash(name))
            hashes << name;
    }
    hashes.sort();
    return hashes;
}

Result<void> MediaStore::remove(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return makeError(ErrorCode::InvalidArgument, u"not a SHA-256: %1"_s.arg(sha256));
    QFile file(pathFor(sha256));
    if (file.exists() && !file.remove())
        return makeError(ErrorCode::Io, u"cannot remove %1: %2"_s.arg(file.fileName(),
                                                                       file.errorString()));
    return ok();
}

} // namespace Press::Media

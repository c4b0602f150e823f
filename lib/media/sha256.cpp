#include "sha256.h"

#include <QFile>

#include <openssl/evp.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Press::Media {
namespace {

struct ContextFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using Context = std::unique_ptr<EVP_MD_CTX, ContextFree>;

QString hexOf(const unsigned char *digest, unsigned int length)
{
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace

QString sha256Hex(QByteArrayView data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.data(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr);
    return hexOf(digest, length);
}

Result<QString> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    Context context(EVP_MD_CTX_new());
    if (!context || !EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr))
        return makeError(ErrorCode::Unknown, u"OpenSSL cannot hash"_s);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
        if (n == 0)
            break;
        EVP_DigestUpdate(context.get(), block.constData(), size_t(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return hexOf(digest, length);
}

} // namespace Press::Media

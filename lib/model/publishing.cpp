#include "publishing.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Press::Model {

QString PublishTarget::site() const
{
    const QUrl url(baseUrl.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const int port = url.port();
    return url.scheme().toLower() + u"://"_s + url.host().toLower()
           + (port > 0 ? u":"_s + QString::number(port) : QString()) + path;
}

Result<void> PublishTarget::validate() const
{
    if (name.trimmed().isEmpty() || user.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"a target needs a name and a user"_s);
    const QUrl url(baseUrl.trimmed());
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         u"%1 is not an http(s) address; the website's address must start with https:// or "
                         "http://"_s.arg(baseUrl));
    static const QRegularExpression sha256(u"^([0-9a-f]{64})?$"_s);
    if (!sha256.match(trustedCertificate).hasMatch())
        return makeError(ErrorCode::InvalidArgument, u"a certificate's SHA-256 has 64 hexadecimal digits"_s);
    return ok();
}

} // namespace Press::Model

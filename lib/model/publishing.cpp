#include "publishing.h"

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

} // namespace Press::Model

#include "jsonformat.h"

using namespace Qt::StringLiterals;

namespace Press::Exchange::JsonFormat {

QString mediaFileName(const QString &sha256, const QString &mimeType)
{
    QString ext = u"bin"_s;
    if (mimeType == u"image/jpeg")
        ext = u"jpg"_s;
    else if (mimeType.startsWith(u"image/"))
        ext = mimeType.mid(6);
    return QString(kMediaDir) + u'/' + sha256 + u'.' + ext;
}

} // namespace Press::Exchange::JsonFormat

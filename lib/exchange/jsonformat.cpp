#include "jsonformat.h"

#include <QJsonObject>

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

QJsonValue positionJson(const std::optional<Model::GeoPosition> &position)
{
    if (!position)
        return QJsonValue::Null;
    QJsonObject o{{u"latitude"_s, position->latitude}, {u"longitude"_s, position->longitude}};
    if (position->altitude)
        o.insert(u"altitude"_s, *position->altitude);
    return o;
}

} // namespace Press::Exchange::JsonFormat

#include "itemtext.h"

#include <QCryptographicHash>

namespace Press::Model {

bool ItemText::isEmpty() const
{
    return title.trimmed().isEmpty() && lead.trimmed().isEmpty() && body.trimmed().isEmpty()
           && place.trimmed().isEmpty();
}

QString ItemText::contentHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // A unit separator between fields keeps "ab"+"c" and "a"+"bc" apart.
    for (const QString *field : {&title, &lead, &body, &place}) {
        hash.addData(field->trimmed().toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool ItemText::sameContent(const ItemText &other) const
{
    return title.trimmed() == other.title.trimmed() && lead.trimmed() == other.lead.trimmed()
           && body.trimmed() == other.body.trimmed() && place.trimmed() == other.place.trimmed();
}

} // namespace Press::Model

#include "slug.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Press::Text {

QString transliterate(const QString &text)
{
    static const QHash<QChar, QString> table{
        {u'а', u"a"_s},  {u'б', u"b"_s},  {u'в', u"v"_s},    {u'г', u"g"_s},  {u'д', u"d"_s},
        {u'е', u"e"_s},  {u'ё', u"e"_s},  {u'ж', u"zh"_s},   {u'з', u"z"_s},  {u'и', u"i"_s},
        {u'й', u"i"_s},  {u'к', u"k"_s},  {u'л', u"l"_s},    {u'м', u"m"_s},  {u'н', u"n"_s},
        {u'о', u"o"_s},  {u'п', u"p"_s},  {u'р', u"r"_s},    {u'с', u"s"_s},  {u'т', u"t"_s},
        {u'у', u"u"_s},  {u'ф', u"f"_s},  {u'х', u"kh"_s},   {u'ц', u"ts"_s}, {u'ч', u"ch"_s},
        {u'ш', u"sh"_s}, {u'щ', u"shch"_s}, {u'ъ', QString()}, {u'ы', u"y"_s}, {u'ь', QString()},
        {u'э', u"e"_s},  {u'ю', u"iu"_s}, {u'я', u"ia"_s},
    };
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        const QChar lower = c.toLower();
        if (auto it = table.constFind(lower); it != table.constEnd()) {
            QString latin = *it;
            if (c != lower && !latin.isEmpty())
                latin[0] = latin[0].toUpper();
            out += latin;
        } else {
            out += c;
        }
    }
    return out;
}

QString slugify(const QString &text, int maxLength)
{
    const QString latin = transliterate(text).toLower();
    QString slug;
    bool hyphen = false;
    for (QChar c : latin) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (hyphen && !slug.isEmpty())
                slug += u'-';
            slug += c;
            hyphen = false;
        } else {
            hyphen = true;
        }
    }
    if (slug.size() > maxLength) {
        slug.truncate(maxLength);
        const qsizetype cut = slug.lastIndexOf(u'-');
        if (cut > maxLength / 2)
            slug.truncate(cut);
    }
    return slug;
}

} // namespace Press::Text

#include "pdfoptions.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Press::Export {

QString pdfLanguageCode(PdfLanguage language)
{
    switch (language) {
    case PdfLanguage::Ru: return u"ru"_s;
    case PdfLanguage::En: return u"en"_s;
    case PdfLanguage::Both: return u"both"_s;
    }
    return {};
}

std::optional<PdfLanguage> pdfLanguageFromCode(const QString &code)
{
    for (PdfLanguage l : {PdfLanguage::Ru, PdfLanguage::En, PdfLanguage::Both})
        if (pdfLanguageCode(l).compare(code, Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

QString paperSizeCode(PaperSize paper)
{
    return paper == PaperSize::A4 ? u"a4"_s : u"letter"_s;
}

std::optional<PaperSize> paperSizeFromCode(const QString &code)
{
    for (PaperSize p : {PaperSize::A4, PaperSize::Letter})
        if (paperSizeCode(p).compare(code, Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QString Organisation::name(Language language) const
{
    return language == Language::Ru ? nameRu : nameEn;
}

QByteArray Organisation::logoOrDefault() const
{
    if (!logo.isEmpty())
        return logo;
    QFile file(u":/export/logo.png"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Press::Export

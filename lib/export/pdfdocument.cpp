#include "pdfdocument.h"

#include "photoobject.h"

#include <text/bodyformat.h>
#include <text/localizedlabels.h>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Press::Export {

namespace {

constexpr qreal kLayoutDpi = 300;
constexpr qreal kMm = kLayoutDpi / 25.4; // layout units per millimetre

qreal pt(qreal points)
{
    return points * kLayoutDpi / 72.0;
}

// Qt shapes without ligatures when a font has letter spacing: "fi" stays two letters, so the PDF's
// text copies and searches as typed (pdftotext gives "officials", not "ﬁ"). A twentieth of a
// 300-dpi pixel cannot be seen.
void noLigatures(QFont &font)
{
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
}

// Forwards writes to the real device and remembers a refusal (a full disk): QPdfWriter does not
// report write errors itself.
class WriteCheck final : public QIODevice
{
public:
    explicit WriteCheck(QIODevice &target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly);
    }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QString targetError() const { return m_target.errorString(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_failed)
            return -1;
        const qint64 written = m_target.write(data, length);
        if (written != length) {
            m_failed = true;
            return -1;
        }
        return written;
    }

private:
    QIODevice &m_target;
    bool m_failed = false;
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QFont pixelFont(const QStringList &families, qreal points, bool bold)
{
    QFont font;
    font.setFamilies(families);
    font.setPixelSize(qRound(pt(points)));
    font.setBold(bold);
    noLigatures(font);
    return font;
}

QFont sansFont(qreal points, bool bold = false)
{
    return pixelFont({u"PT Sans"_s, u"DejaVu Sans"_s}, points, bold);
}

QFont serifFont(qreal points, bool bold = false)
{
    return pixelFont({u"PT Serif"_s, u"DejaVu Serif"_s}, points, bold);
}

// Sizes of margins in layout pixels (300 dpi): Qt's CSS takes points only for fonts.
const QString kStyleSheet = uR"(
h1 { font-family: 'PT Serif', 'DejaVu Serif'; font-size: 14pt; font-weight: bold; margin-top: 8px; margin-bottom: 10px; }
h2 { font-family: 'PT Serif', 'DejaVu Serif'; font-size: 13pt; font-weight: bold; margin-top: 42px; margin-bottom: 17px; }
h3, h4 { font-family: 'PT Serif', 'DejaVu Serif'; font-size: 11.5pt; font-weight: bold; margin-top: 33px; margin-bottom: 17px; }
p { margin-top: 0px; margin-bottom: 25px; }
li { margin-bottom: 12px; }
blockquote { margin-left: 67px; font-style: italic; }
.meta { font-family: 'PT Sans', 'DejaVu Sans'; font-size: 8.5pt; color: #5a5a5a; margin-bottom: 8px; }
.lead { font-weight: bold; margin-top: 0px; margin-bottom: 33px; }
.missing { font-family: 'PT Sans', 'DejaVu Sans'; font-style: italic; color: #8a8a8a; }
.caption { font-family: 'PT Sans', 'DejaVu Sans'; font-size: 8.5pt; color: #303030; margin-bottom: 4px; }
.caption-en { font-family: 'PT Sans', 'DejaVu Sans'; font-size: 8.5pt; font-style: italic; color: #303030; margin-bottom: 4px; }
.credit { font-family: 'PT Sans', 'DejaVu Sans'; font-size: 7.5pt; color: #707070; margin-bottom: 42px; }
.toc { font-family: 'PT Sans', 'DejaVu Sans'; font-size: 9.5pt; margin-bottom: 4px; }
.toc-en { font-family: 'PT Sans', 'DejaVu Sans'; font-size: 9pt; font-style: italic; color: #404040; margin-bottom: 4px; }
.toc-title { font-family: 'PT Serif', 'DejaVu Serif'; font-size: 18pt; font-weight: bold; margin-bottom: 50px; }
.sep { margin-top: 58px; }
)"_s;

QList<Language> languagesOf(PdfLanguage language)
{
    switch (language) {
    case PdfLanguage::Ru: return {Language::Ru};
    case PdfLanguage::En: return {Language::En};
    case PdfLanguage::Both: return {Language::Ru, Language::En};
    }
    return {};
}

} // namespace

struct PdfDocument::Private
{
    PdfOptions options;
    QList<PdfEntry> entries;
    QList<Language> languages;

    QBuffer layoutSink;                       // the layout device writes nowhere
    std::unique_ptr<QPdfWriter> layoutDevice; // font metrics at kLayoutDpi
    std::unique_ptr<PhotoObjectHandler> photos;
    std::unique_ptr<QTextDocument> body;
    std::unique_ptr<QTextDocument> contents;

    QSizeF paper;  // layout units
    QRectF header; // running header band
    QRectF text;   // where documents flow
    QRectF footer;
    QImage logo;
    QString title;
    QString organisationLine;

    int contentsPages = 0;
    int bodyPages = 0;
    QList<int> starts; // 1-based, entry order
    QList<QList<int>> photosOnBodyPage;

    [[nodiscard]] int firstBodyPage() const { return options.digest ? 1 + contentsPages : 0; }
    [[nodiscard]] int total() const { return firstBodyPage() + bodyPages; }

    void setUpPage();
    std::unique_ptr<QTextDocument> newDocument();
    QString metaLine(const PdfEntry &entry, Language language) const;
    QString photoHtml(const PdfPhoto &photo, qreal maxWidth, qreal maxHeight) const;
    QString captionHtml(const PdfPhoto &photo) const;
    QString coverHtml(const PdfEntry &entry) const;
    QString gridHtml(const PdfEntry &entry) const;
    QString itemHtml(const PdfEntry &entry, int index) const;
    QString contentsHtml() const;
    Result<void> findStarts();
    void mapPhotosToPages();

    void paintTitlePage(QPainter &painter) const;
    void paintHeaderFooter(QPainter &painter, int index) const;
    void paintDocumentPage(QPainter &painter, QTextDocument &doc, int page) const;
};

void PdfDocument::Private::setUpPage()
{
    const QPageSize size(options.paper == PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter);
    const QSizeF points = size.size(QPageSize::Point);
    paper = QSizeF(pt(points.width()), pt(points.height()));
    const qreal side = 20 * kMm;
    const qreal top = 12 * kMm;
    const qreal headerHeight = 12 * kMm;
    const qreal footerHeight = 10 * kMm;
    const qreal bottom = 10 * kMm;
    header = QRectF(side, top, paper.width() - 2 * side, headerHeight);
    footer = QRectF(side, paper.height() - bottom - footerHeight, paper.width() - 2 * side,
                    footerHeight);
    const qreal textTop = header.bottom() + 5 * kMm;
    text = QRectF(side, textTop, paper.width() - 2 * side, footer.top() - 3 * kMm - textTop);

    layoutSink.open(QIODevice::WriteOnly);
    layoutDevice = std::make_unique<QPdfWriter>(&layoutSink);
    layoutDevice->setResolution(int(kLayoutDpi));
    layoutDevice->setPageLayout(
        QPageLayout(size, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
}

std::unique_ptr<QTextDocument> PdfDocument::Private::newDocument()
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->documentLayout()->setPaintDevice(layoutDevice.get());
    doc->documentLayout()->registerHandler(QTextFormat::ImageObject, photos.get());
    doc->setPageSize(text.size());
    doc->setDocumentMargin(0);
    QFont font;
    font.setFamilies({u"PT Serif"_s, u"DejaVu Serif"_s});
    font.setPointSizeF(10.5);
    noLigatures(font);
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(kStyleSheet);
    QTextOption option = doc->defaultTextOption();
    // Long URLs and words break where they must instead of running off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    return doc;
}

QString PdfDocument::Private::metaLine(const PdfEntry &entry, Language language) const
{
    QStringList parts{Text::sectionName(entry.item.section, language),
                      Text::longDate(entry.item.eventDate, language)};
    const QString place = entry.item.text(language).place.trimmed();
    if (!place.isEmpty())
        parts << place;
    parts.removeAll(QString());
    return parts.join(u"  ·  "_s);
}

QString PdfDocument::Private::photoHtml(const PdfPhoto &photo, qreal maxWidth,
                                        qreal maxHeight) const
{
    QSizeF size = QSizeF(photo.pixelSize).scaled(maxWidth, maxHeight, Qt::KeepAspectRatio);
    const int index = photos->addRequest(photo.imagePath, photo.photo, size, options.photoDpi);
    return u"<img src=\"%1\" width=\"%2\" height=\"%3\">"_s.arg(
        PhotoObjectHandler::nameFor(index), QString::number(qRound(size.width())),
        QString::number(qRound(size.height())));
}

QString PdfDocument::Private::captionHtml(const PdfPhoto &photo) const
{
    QString html;
    for (Language language : languages) {
        const QString caption = photo.photo.caption(language).trimmed();
        if (caption.isEmpty())
            continue;
        const bool second = languages.size() > 1 && language == Language::En;
        html += u"<p class=\"%1\" align=\"center\">%2</p>"_s.arg(
            second ? u"caption-en"_s : u"caption"_s, esc(caption));
    }
    const QString credit = photo.photo.credit.trimmed();
    const Language creditLanguage = languages.first();
    html += u"<p class=\"credit\" align=\"center\">%1</p>"_s.arg(
        credit.isEmpty() ? u"&nbsp;"_s
                         : esc(Text::label(Text::Label::PhotoCredit, creditLanguage).arg(credit)));
    return html;
}

QString PdfDocument::Private::coverHtml(const PdfEntry &entry) const
{
    for (const PdfPhoto &photo : entry.photos) {
        if (!photo.isCover)
            continue;
        return u"<p align=\"center\" style=\"margin-top:17px; margin-bottom:12px\">%1</p>%2"_s.arg(
            photoHtml(photo, text.width(), text.height() * 0.45), captionHtml(photo));
    }
    return {};
}

QString PdfDocument::Private::gridHtml(const PdfEntry &entry) const
{
    QList<const PdfPhoto *> rest;
    for (const PdfPhoto &photo : entry.photos)
        if (!photo.isCover)
            rest << &photo;
    if (rest.isEmpty())
        return {};
    const qreal padding = 2 * kMm;
    const qreal cellWidth = text.width() / 2 - 2 * padding - 2;
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                   "style=\"margin-top:33px\">"_s.arg(qRound(padding));
    for (qsizetype i = 0; i < rest.size(); i += 2) {
        html += u"<tr>"_s;
        for (qsizetype j = i; j < i + 2; ++j) {
            html += u"<td width=\"50%\" valign=\"top\">"_s;
            if (j < rest.size())
                html += u"<p align=\"center\" style=\"margin-bottom:12px\">%1</p>%2"_s.arg(
                    photoHtml(*rest[j], cellWidth, text.height() * 0.3), captionHtml(*rest[j]));
            html += u"</td>"_s;
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString PdfDocument::Private::itemHtml(const PdfEntry &entry, int index) const
{
    const bool breakBefore = options.digest && options.newPagePerItem && index > 0;
    const QString breakStyle = breakBefore ? u" style=\"page-break-before: always\""_s
                               : (options.digest && index > 0) ? u" class=\"sep\""_s
                                                               : QString();
    const QString anchor = u"item-%1"_s.arg(index);
    const Model::Item &item = entry.item;
    QString html;
    if (languages.size() == 1) {
        const Language language = languages.first();
        const Model::ItemText &t = item.text(language);
        if (options.digest && !options.newPagePerItem && index > 0)
            html += u"<hr>"_s;
        html += u"<p class=\"meta\"%1><a name=\"%2\">%3</a></p>"_s.arg(breakStyle, anchor,
                                                                      esc(metaLine(entry, language)));
        if (t.isEmpty()) {
            const QString fallback = item.displayTitle(language);
            if (!fallback.isEmpty())
                html += u"<h1>%1</h1>"_s.arg(esc(fallback));
            html += u"<p class=\"missing\">%1</p>"_s.arg(esc(Text::label(Text::Label::NoText, language)));
        } else {
            html += u"<h1>%1</h1>"_s.arg(esc(t.title));
            if (!t.lead.trimmed().isEmpty())
                html += u"<p class=\"lead\">%1</p>"_s.arg(esc(t.lead.trimmed()));
        }
        html += coverHtml(entry);
        if (!t.body.trimmed().isEmpty())
            html += Text::markdownToCleanHtml(t.body);
        html += gridHtml(entry);
        return html;
    }

    // Russian and English side by side: one table row per pair of top-level blocks, so that
    // paragraph n of the translation sits beside paragraph n of the original.
    const Model::ItemText &ru = item.ru;
    const Model::ItemText &en = item.en;
    // Cells are padded on the sides only, so rows sit as close as paragraphs do.
    const QString tableStart = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"%1>"_s;
    const QString cell = u"<td width=\"50%\" valign=\"top\" style=\"padding-left: %1px; padding-right: %1px; padding-bottom: %2px\">"_s
                             .arg(qRound(2 * kMm))
                             .arg(qRound(2.2 * kMm));
    auto row = [&cell](const QString &left, const QString &right) -> QString {
        return u"<tr>"_s + cell + left + u"</td>"_s + cell + right + u"</td></tr>"_s;
    };
    if (options.digest && !options.newPagePerItem && index > 0)
        html += u"<hr>"_s;
    // The item starts with a paragraph of its own (a point high): page breaks before a table
    // are not honoured by Qt's HTML import, and the contents finds the item by its anchor.
    html += u"<p style=\"font-size: 1pt; margin-top: 0px; margin-bottom: 0px%1\">"
            "<a name=\"%2\">&nbsp;</a></p>"_s.arg(breakBefore ? u"; page-break-before: always"_s
                                                          : QString(),
                                                anchor);
    html += tableStart.arg((options.digest && index > 0 && !breakBefore) ? u" class=\"sep\""_s
                                                                         : QString());
    auto heading = [](const Model::ItemText &t, Language language) -> QString {
        if (t.isEmpty())
            return u"<p class=\"missing\">%1</p>"_s.arg(esc(Text::label(Text::Label::NoText, language)));
        QString h = u"<h1>%1</h1>"_s.arg(esc(t.title));
        if (!t.lead.trimmed().isEmpty())
            h += u"<p class=\"lead\">%1</p>"_s.arg(esc(t.lead.trimmed()));
        return h;
    };
    html += row(u"<p class=\"meta\">%1</p>"_s.arg(esc(metaLine(entry, Language::Ru)))
                    + heading(ru, Language::Ru),
                u"<p class=\"meta\">%1</p>"_s.arg(esc(metaLine(entry, Language::En)))
                    + heading(en, Language::En));
    html += u"</table>"_s;
    html += coverHtml(entry);
    const QStringList ruBlocks = Text::markdownBlocks(ru.body);
    const QStringList enBlocks = Text::markdownBlocks(en.body);
    const qsizetype rows = std::max(ruBlocks.size(), enBlocks.size());
    if (rows > 0) {
        html += tableStart.arg(QString());
        for (qsizetype i = 0; i < rows; ++i)
            html += row(i < ruBlocks.size() ? Text::markdownToCleanHtml(ruBlocks[i]) : QString(),
                        i < enBlocks.size() ? Text::markdownToCleanHtml(enBlocks[i]) : QString());
        html += u"</table>"_s;
    }
    html += gridHtml(entry);
    return html;
}

QString PdfDocument::Private::contentsHtml() const
{
    QString html = u"<p class=\"toc-title\">%1</p>"_s.arg(esc(
        languages.size() > 1 ? Text::label(Text::Label::Contents, Language::Ru) + u" / "_s
                                   + Text::label(Text::Label::Contents, Language::En)
                             : Text::label(Text::Label::Contents, languages.first())));
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\">"_s.arg(qRound(1.2 * kMm));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Model::Item &item = entries[i].item;
        QString titles;
        if (languages.size() == 1) {
            titles = u"<p class=\"toc\">%1</p>"_s.arg(esc(item.displayTitle(languages.first())));
        } else {
            titles = u"<p class=\"toc\">%1</p>"_s.arg(esc(item.ru.title.isEmpty() ? u"—"_s : item.ru.title));
            titles += u"<p class=\"toc-en\">%1</p>"_s.arg(esc(item.en.title.isEmpty() ? u"—"_s : item.en.title));
        }
        const QString page = i < starts.size() ? QString::number(starts[i]) : u"0000"_s;
        html += u"<tr><td width=\"16%\" valign=\"top\"><p class=\"toc\">%1</p></td>"
                "<td width=\"74%\" valign=\"top\">%2</td>"
                "<td width=\"10%\" valign=\"top\" align=\"right\"><p class=\"toc\" align=\"right\">%3</p></td></tr>"_s
                    .arg(item.eventDate.toString(u"dd.MM.yyyy"_s), titles, page);
    }
    return html + u"</table>"_s;
}

Result<void> PdfDocument::Private::findStarts()
{
    const qreal pageHeight = body->pageSize().height();
    starts = QList<int>(entries.size(), 0);
    int found = 0;
    for (QTextBlock block = body->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                if (!name.startsWith(u"item-"_s))
                    continue;
                const int index = name.mid(5).toInt();
                if (index < 0 || index >= entries.size())
                    continue;
                const qreal top = body->documentLayout()->blockBoundingRect(block).top();
                // A block moved to a new page sits at its top, give or take rounding (2 × 2894.16 is
                // laid out at 5788.31): half a layout pixel decides.
                starts[index] = firstBodyPage() + int(std::floor((top + 0.5) / pageHeight)) + 1;
                ++found;
            }
        }
    }
    if (found != entries.size())
        return makeError(ErrorCode::Unknown,
                         u"laid out %1 of %2 items"_s.arg(found).arg(entries.size()));
    return {};
}

void PdfDocument::Private::mapPhotosToPages()
{
    const qreal pageHeight = body->pageSize().height();
    photosOnBodyPage = QList<QList<int>>(bodyPages);
    for (QTextBlock block = body->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const int index = PhotoObjectHandler::indexOf(fragment.charFormat().toImageFormat().name());
            if (index < 0)
                continue;
            const QRectF blockRect = body->documentLayout()->blockBoundingRect(block);
            const QTextLine line =
                block.layout()->lineForTextPosition(fragment.position() - block.position());
            const qreal y = blockRect.top() + (line.isValid() ? line.y() : 0);
            const int page = std::clamp(int(std::floor((y + 0.5) / pageHeight)), 0, bodyPages - 1);
            photosOnBodyPage[page] << index;
        }
    }
}

void PdfDocument::Private::paintTitlePage(QPainter &painter) const
{
    const qreal width = text.width();
    qreal y = paper.height() * 0.12;
    if (!logo.isNull()) {
        const QSizeF logoSize = QSizeF(logo.size()).scaled(40 * kMm, 40 * kMm, Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF((paper.width() - logoSize.width()) / 2, y), logoSize), logo);
        y += logoSize.height() + 8 * kMm;
    }
    auto line = [&](const QString &textLine, const QFont &font, const QColor &colour, qreal after) {
        if (textLine.isEmpty())
            return;
        painter.setFont(font);
        painter.setPen(colour);
        QRectF bounds;
        painter.drawText(QRectF(text.left(), y, width, paper.height()),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, textLine, &bounds);
        y += bounds.height() + after;
    };
    for (const QString &name : organisationLine.split(u'\n'))
        line(name, sansFont(13), QColor(0x1d, 0x3a, 0x6e), 1.5 * kMm);
    y = std::max(y + 18 * kMm, paper.height() * 0.38);
    line(title, serifFont(26, true), Qt::black, 14 * kMm);

    QDate first;
    QDate last;
    for (const PdfEntry &entry : entries) {
        const QDate d = entry.item.eventDate;
        if (!d.isValid())
            continue;
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    }
    for (Language language : languages) {
        const QString period = first == last ? Text::longDate(first, language)
                                             : u"%1 – %2"_s.arg(Text::longDate(first, language),
                                                                Text::longDate(last, language));
        const Text::Label languageLabel = languages.size() > 1 ? Text::Label::LanguageBoth
                                          : languages.first() == Language::Ru
                                              ? Text::Label::LanguageRu
                                              : Text::Label::LanguageEn;
        const QFont font = serifFont(12);
        const QColor colour(0x30, 0x30, 0x30);
        if (first.isValid())
            line(u"%1: %2"_s.arg(Text::label(Text::Label::Period, language), period), font, colour,
                 1.5 * kMm);
        line(u"%1: %2"_s.arg(Text::label(Text::Label::ContentLanguage, language),
                             Text::label(languageLabel, language)),
             font, colour, 1.5 * kMm);
        line(u"%1: %2"_s.arg(Text::label(Text::Label::Items, language),
                             Text::itemCount(int(entries.size()), language)),
             font, colour, 7 * kMm);
    }
    // When it was made, at the foot of the page.
    QStringList prepared;
    for (Language language : languages)
        prepared << u"%1: %2"_s.arg(Text::label(Text::Label::Generated, language),
                                    Text::longDate(QDate::currentDate(), language));
    painter.setFont(sansFont(9));
    painter.setPen(QColor(0x50, 0x50, 0x50));
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, prepared.join(u"  ·  "_s));
}

void PdfDocument::Private::paintHeaderFooter(QPainter &painter, int index) const
{
    const qreal logoSide = header.height() * 0.8;
    qreal x = header.left();
    if (!logo.isNull()) {
        const QSizeF logoSize = QSizeF(logo.size()).scaled(logoSide, logoSide, Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF(x, header.top() + (header.height() * 0.9 - logoSize.height()) / 2),
                                 logoSize),
                          logo);
        x += logoSize.width() + 3 * kMm;
    }
    const QRectF band(x, header.top(), header.width() / 2, header.height() * 0.9);
    painter.setPen(QColor(0x1d, 0x3a, 0x6e));
    painter.setFont(sansFont(8.5, true));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, organisationLine);

    QString running = title;
    if (!options.digest && !entries.isEmpty())
        running = Text::longDate(entries.first().item.eventDate, languages.first());
    painter.setPen(QColor(0x50, 0x50, 0x50));
    painter.setFont(sansFont(8.5));
    const QRectF right(header.center().x(), header.top(), header.width() / 2, header.height() * 0.9);
    painter.drawText(right, Qt::AlignRight | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(running, Qt::ElideRight, int(right.width())));
    painter.setPen(QPen(QColor(0x1d, 0x3a, 0x6e), 0.6 * kMm / 2));
    painter.drawLine(QPointF(header.left(), header.bottom()), QPointF(header.right(), header.bottom()));

    painter.setPen(QColor(0x50, 0x50, 0x50));
    painter.setFont(sansFont(8.5));
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
                     u"%1 / %2"_s.arg(index + 1).arg(total()));
}

void PdfDocument::Private::paintDocumentPage(QPainter &painter, QTextDocument &doc, int page) const
{
    const qreal pageHeight = doc.pageSize().height();
    painter.save();
    painter.translate(text.left(), text.top() - page * pageHeight);
    const QRectF clip(0, page * pageHeight, text.width(), pageHeight);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Link, QColor(0x1d, 0x3a, 0x6e));
    doc.documentLayout()->draw(&painter, context);
    painter.restore();
}

PdfDocument::PdfDocument(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

PdfDocument::~PdfDocument()
{
    // Documents first: they refer to the handler and the layout device.
    d->body.reset();
    d->contents.reset();
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::build(const QList<PdfEntry> &entries,
                                                        const PdfOptions &options,
                                                        const PdfProgress &progress,
                                                        const std::atomic_bool *cancel)
{
    if (entries.isEmpty())
        return makeError(ErrorCode::InvalidArgument, u"nothing to export"_s);
    if (!options.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         u"photo resolution %1 dpi is out of range"_s.arg(options.photoDpi));
    if (!options.digest && entries.size() != 1)
        return makeError(ErrorCode::InvalidArgument, u"a single-item PDF takes one item"_s);

    auto d = std::make_unique<Private>();
    d->options = options;
    d->entries = entries;
    d->languages = languagesOf(options.language);
    d->photos = std::make_unique<PhotoObjectHandler>();
    d->setUpPage();

    QStringList names;
    for (Language language : d->languages) {
        QString name = options.organisation.name(language).trimmed();
        names << (name.isEmpty() ? Text::label(Text::Label::Organisation, language) : name);
    }
    d->organisationLine = names.join(u'\n');
    if (d->languages.size() > 1 && names.join(QString()).size() < 60)
        d->organisationLine = names.join(u"  ·  "_s);
    d->logo = QImage::fromData(options.organisation.logoOrDefault());
    if (!d->logo.isNull())
        d->logo = d->logo.scaled(600, 600, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                      .convertToFormat(QImage::Format_ARGB32);

    if (!options.title.trimmed().isEmpty()) {
        d->title = options.title.trimmed();
    } else if (options.digest) {
        QStringList titles;
        for (Language language : d->languages)
            titles << Text::label(Text::Label::DefaultDigest, language);
        d->title = titles.join(u" / "_s);
    } else {
        d->title = entries.first().item.displayTitle(d->languages.first());
    }

    QString html;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (cancel && cancel->load())
            return makeError(ErrorCode::Cancelled, u"export cancelled"_s);
        html += d->itemHtml(entries[i], int(i));
        if (progress && (i % 20 == 0 || i + 1 == entries.size()))
            progress(PdfStage::Layout, int(i + 1), int(entries.size()) + 1);
    }
    // The first photos decode while the text is laid out.
    d->photos->prefetchFrom(0);
    d->body = d->newDocument();
    d->body->setHtml(html);
    d->bodyPages = d->body->pageCount();
    if (cancel && cancel->load())
        return makeError(ErrorCode::Cancelled, u"export cancelled"_s);

    if (options.digest) {
        // The contents' length does not depend on its page numbers (fixed columns), so lay it
        // out once to count its pages, then again with the numbers.
        d->contents = d->newDocument();
        d->contents->setHtml(d->contentsHtml());
        d->contentsPages = d->contents->pageCount();
        if (auto r = d->findStarts(); !r)
            return r.error();
        d->contents->setHtml(d->contentsHtml());
        if (d->contents->pageCount() != d->contentsPages) {
            d->contentsPages = d->contents->pageCount();
            if (auto r = d->findStarts(); !r)
                return r.error();
            d->contents->setHtml(d->contentsHtml());
        }
    } else if (auto r = d->findStarts(); !r) {
        return r.error();
    }
    d->mapPhotosToPages();
    if (progress)
        progress(PdfStage::Layout, int(entries.size()) + 1, int(entries.size()) + 1);
    return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(d)));
}

int PdfDocument::pageCount() const
{
    return d->total();
}

QList<int> PdfDocument::itemStartPages() const
{
    return d->starts;
}

int PdfDocument::contentsPageCount() const
{
    return d->contentsPages;
}

QPageLayout PdfDocument::pageLayout() const
{
    return d->layoutDevice->pageLayout();
}

QString PdfDocument::title() const
{
    return d->title;
}

void PdfDocument::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= d->total())
        return;
    painter.save();
    const QPaintDevice *device = painter.device();
    painter.scale(device->logicalDpiX() / kLayoutDpi, device->logicalDpiY() / kLayoutDpi);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (d->options.digest && index == 0) {
        d->paintTitlePage(painter);
    } else if (d->options.digest && index < d->firstBodyPage()) {
        d->paintDocumentPage(painter, *d->contents, index - 1);
        d->paintHeaderFooter(painter, index);
    } else {
        const int page = index - d->firstBodyPage();
        // The first photo of this page (and the few after it) decode on worker threads.
        d->photos->prefetch(d->photosOnBodyPage.value(page).mid(0, 1));
        d->paintDocumentPage(painter, *d->body, page);
        d->paintHeaderFooter(painter, index);
    }
    painter.restore();
}

Result<void> PdfDocument::write(QIODevice &device, const PdfProgress &progress,
                                const std::atomic_bool *cancel) const
{
    WriteCheck check(device);
    QPdfWriter writer(&check);
    writer.setResolution(int(kLayoutDpi));
    writer.setPageLayout(pageLayout());
    writer.setTitle(d->title);
    writer.setCreator(u"PressDesk"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Io, u"cannot start the PDF"_s);
    d->photos->resetErrors();
    const int total = d->total();
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            painter.end();
            d->photos->clear();
            return makeError(ErrorCode::Cancelled, u"export cancelled"_s);
        }
        if (i > 0)
            writer.newPage();
        paintPage(painter, i);
        if (progress)
            progress(PdfStage::Writing, i + 1, total);
        if (check.failed())
            break;
    }
    painter.end();
    d->photos->clear();
    if (check.failed())
        return makeError(ErrorCode::Io, u"cannot write the PDF: %1"_s.arg(check.targetError()));
    if (const QString failure = d->photos->firstError(); !failure.isEmpty())
        return makeError(ErrorCode::Format, failure);
    return {};
}

Result<void> PdfDocument::writeFile(const QString &path, const PdfProgress &progress,
                                    const std::atomic_bool *cancel) const
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::InvalidArgument, u"%1 is a folder"_s.arg(path));
    if (!info.absoluteDir().exists())
        return makeError(ErrorCode::NotFound,
                         u"the folder %1 does not exist"_s.arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    auto written = write(file, progress, cancel);
    if (!written) {
        file.cancelWriting(); // the temporary file goes with `file`; `path` is untouched
        return written.error();
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

} // namespace Press::Export

#include "itempreview.h"

#include "thumbnailloader.h"

#include <common/labels.h>
#include <text/bodyformat.h>

#include <QColor>
#include <QEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QScrollBar>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Press::Ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString stateColour(Model::TranslationState state)
{
    switch (state) {
    case Model::TranslationState::Outdated: return u"#b35c00"_s;
    case Model::TranslationState::Missing: return u"#b02020"_s;
    case Model::TranslationState::InProgress: return u"#1f5fa8"_s;
    case Model::TranslationState::Done: return u"#2e7d32"_s;
    case Model::TranslationState::Original: return u"#555555"_s;
    }
    return u"#555555"_s;
}

} // namespace

ItemPreview::ItemPreview(ThumbnailLoader &thumbnails, QWidget *parent)
    : QTextBrowser(parent)
    , m_thumbnails(thumbnails)
{
    setObjectName(u"itemPreview"_s);
    setOpenExternalLinks(true);
    connect(&m_thumbnails, &ThumbnailLoader::thumbnailReady, this,
            [this](const QString &sha256, const QString &) {
                if (!m_content)
                    return;
                for (const Model::Photo &p : std::as_const(m_content->photos)) {
                    if (p.sha256 == sha256) {
                        render();
                        return;
                    }
                }
            });
}

void ItemPreview::showItem(const Content &content, const QList<Search::TextTerm> &highlight)
{
    if (highlight.isEmpty())
        m_matcher.reset();
    else
        m_matcher.emplace(highlight);
    m_content = content;
    m_placeholder.clear();
    render();
    verticalScrollBar()->setValue(0);
}

void ItemPreview::showPlaceholder(const QString &message)
{
    m_content.reset();
    m_placeholder = message;
    render();
}

void ItemPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTextBrowser::changeEvent(event);
}

QString ItemPreview::photoBlock() const
{
    // One row per photo under both columns: the thumbnail once, both captions beside it. Images
    // inside the 48% columns would set a minimum width wider than a narrow preview.
    if (m_content->photos.isEmpty())
        return {};
    QString html = u"<table cellspacing=\"0\" cellpadding=\"4\">"_s;
    for (const Model::Photo &p : std::as_const(m_content->photos)) {
        const QString thumb = m_thumbnails.request(p.sha256, m_content->originalPath(p.sha256));
        html += u"<tr><td width=\"170\" valign=\"top\">"_s;
        if (!thumb.isEmpty())
            html += u"<img src=\"%1\" width=\"160\">"_s.arg(
                QUrl::fromLocalFile(thumb).toString().toHtmlEscaped());
        else
            html += u"<i>%1</i>"_s.arg(esc(tr("Loading photo…")));
        html += u"</td><td valign=\"top\">"_s;
        for (Language language : allLanguages()) {
            const QString caption = p.caption(language);
            html += caption.isEmpty() ? u"<i>%1</i>"_s.arg(esc(tr("No caption"))) : esc(caption);
            html += u"<br>"_s;
        }
        if (!p.credit.isEmpty())
            html += u"<small style=\"color:#666666\">%1</small><br>"_s.arg(
                esc(tr("Photo: %1").arg(p.credit)));
        html += u"<small style=\"color:#666666\">%1</small></td></tr>"_s.arg(esc(p.originalName));
    }
    return html + u"</table>"_s;
}

QString ItemPreview::languageColumn(Language language) const
{
    const Model::Item &item = m_content->item;
    const Model::ItemText &t = item.text(language);
    const Model::TranslationState state = item.translationState(language);
    QString html = u"<p><b>%1</b> &nbsp;<span style=\"color:%2\">%3</span></p>"_s.arg(
        esc(App::languageName(language)), stateColour(state),
        esc(App::translationStateLabel(state)));
    if (t.isEmpty()) {
        html += u"<p><i>%1</i></p>"_s.arg(esc(tr("No text in this language yet.")));
        return html;
    }
    html += u"<h3>%1</h3>"_s.arg(esc(t.title));
    if (!t.place.isEmpty())
        html += u"<p style=\"color:#666666\">%1</p>"_s.arg(esc(t.place));
    if (!t.lead.isEmpty())
        html += u"<p><b>%1</b></p>"_s.arg(esc(t.lead));
    html += Text::markdownToHtml(t.body);
    return html;
}

void ItemPreview::render()
{
    if (!m_content) {
        setHtml(u"<p style=\"color:#777777\">%1</p>"_s.arg(esc(m_placeholder)));
        return;
    }
    const Model::Item &item = m_content->item;
    QString html;
    QStringList facts;
    if (item.eventDate.isValid())
        facts << QLocale().toString(item.eventDate, QLocale::LongFormat);
    facts << App::sectionLabel(item.section) << App::statusLabel(item.status);
    html += u"<p style=\"color:#555555\">%1</p>"_s.arg(esc(facts.join(u" · "_s)));
    // 48% each: QTextDocument adds cell padding to percentage widths, and 50% + 50% would
    // overflow into a horizontal scroll bar.
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>"
            "<td width=\"48%\" valign=\"top\">%1</td><td width=\"4%\"></td>"
            "<td width=\"48%\" valign=\"top\">%2</td></tr></table>"_s.arg(
                languageColumn(Language::Ru), languageColumn(Language::En));
    html += photoBlock();
    if (!m_content->entities.isEmpty()) {
        QStringList tags;
        const Language ui = QLocale().language() == QLocale::Russian ? Language::Ru : Language::En;
        for (const Model::Entity &e : std::as_const(m_content->entities))
            tags << esc(e.label(ui));
        html += u"<p style=\"color:#555555\">%1 %2</p>"_s.arg(esc(tr("Tags:")),
                                                             tags.join(u", "_s));
    }
    QStringList links;
    for (const Content::Post &p : std::as_const(m_content->posts)) {
        if (p.post.remoteId <= 0 || p.post.url.isEmpty())
            continue;
        QString state;
        if (p.post.status == u"publish"_s)
            state = tr("published");
        else if (p.post.status == u"future"_s)
            state = tr("scheduled");
        else if (p.post.status == u"trash"_s)
            state = tr("in the trash");
        else
            state = tr("draft");
        links << u"<a href=\"%1\">%2</a> (%3)"_s.arg(p.post.url.toHtmlEscaped(),
                                                     esc(u"%1 · %2"_s.arg(p.target, languageCode(p.language).toUpper())),
                                                     esc(state));
    }
    if (!links.isEmpty())
        html += u"<p style=\"color:#555555\">%1 %2</p>"_s.arg(esc(tr("On the website:")), links.join(u", "_s));
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    applyHighlights();
    verticalScrollBar()->setValue(scroll);
}

void ItemPreview::applyHighlights()
{
    m_highlightCount = 0;
    if (!m_matcher || m_matcher->isEmpty() || !m_content)
        return;
    QTextCharFormat mark;
    mark.setBackground(QColor(0xff, 0xe8, 0x7a));
    // Blocks in document order include the table cells of both language columns.
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (const auto &[start, length] : m_matcher->find(block.text())) {
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + start);
            cursor.setPosition(block.position() + start + length, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(mark);
            ++m_highlightCount;
        }
    }
}

} // namespace Press::Ui

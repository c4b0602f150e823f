#include "snippetdelegate.h"

#include <search/searchresultmodel.h>

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

namespace Press::Ui {

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QList<QPoint> matches;
    for (const QVariant &v : index.data(Search::SearchResultModel::MatchesRole).toList())
        matches << v.toPoint();
    // Start a few words before the first match.
    int shift = 0;
    if (!matches.isEmpty() && matches.first().x() > 40) {
        const int from = int(text.lastIndexOf(QLatin1Char(' '), matches.first().x() - 25));
        if (from > 0) {
            shift = from; // original index i is now i - from (one character of ellipsis)
            text = QChar(0x2026) + text.mid(from + 1);
        }
    }
    QList<QTextLayout::FormatRange> formats;
    for (const QPoint &m : std::as_const(matches)) {
        const int start = m.x() - shift;
        if (start < 0 || start >= text.size())
            continue;
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = m.y();
        range.format.setFontWeight(QFont::Bold);
        range.format.setBackground(QColor(0xff, 0xe8, 0x7a));
        range.format.setForeground(QColor(0x20, 0x20, 0x20));
        formats << range;
    }
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(2, 0, -2, 0);
    QTextLayout layout(text, opt.font);
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    const qreal y = rect.top() + (rect.height() - (line.isValid() ? line.height() : 0)) / 2;
    layout.draw(painter, QPointF(rect.left(), y));
    painter->restore();
}

} // namespace Press::Ui

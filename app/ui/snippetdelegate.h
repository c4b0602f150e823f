#pragma once

#include <QStyledItemDelegate>

namespace Press::Ui {

// Paints a search hit's snippet (SearchResultModel::Match) on one line with the matched words
// marked, starting shortly before the first match so that it is visible in a narrow column.
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Press::Ui

#pragma once

#include <QIdentityProxyModel>

namespace Press::Ui {

// Dresses Archive::ItemListModel for people: translated headers, section/status/translation
// labels for the codes the model holds, dates in the UI locale, colours for translation states.
// Sorting passes through to the source model (SQL), so it stays cheap at 200,000 items.
class ItemListPresentation final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemListPresentation)

public:
    explicit ItemListPresentation(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    // Emits headerDataChanged after the UI language changes.
    void retranslate();
};

} // namespace Press::Ui

#include "itemlistpresentation.h"

#include <archive/itemlistmodel.h>
#include <common/labels.h>

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Press::Ui {

using Column = Archive::ItemListModel::Column;

ItemListPresentation::ItemListPresentation(QObject *parent)
    : QIdentityProxyModel(parent)
{}

void ItemListPresentation::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant ItemListPresentation::data(const QModelIndex &index, int role) const
{
    const QVariant raw = QIdentityProxyModel::data(index, Qt::DisplayRole);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Date: {
            const QDate date = QDate::fromString(raw.toString(), Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
        }
        case Column::Section: return App::sectionLabel(raw.toString());
        case Column::Status: return App::statusLabel(raw.toString());
        case Column::StateRu:
        case Column::StateEn: return App::translationStateLabel(raw.toString());
        case Column::Photos: return raw.toInt() > 0 ? raw : QVariant(QString());
        default: return raw;
        }
    case Qt::ToolTipRole:
        if (column == Column::TitleRu || column == Column::TitleEn)
            return raw;
        return {};
    case Qt::ForegroundRole:
        if (column == Column::StateRu || column == Column::StateEn) {
            const QString code = raw.toString();
            if (code == u"outdated")
                return QBrush(QColor(0xb3, 0x5c, 0x00));
            if (code == u"missing")
                return QBrush(QColor(0xb0, 0x20, 0x20));
            if (code == u"in-progress")
                return QBrush(QColor(0x1f, 0x5f, 0xa8));
            if (code == u"done")
                return QBrush(QColor(0x2e, 0x7d, 0x32));
        }
        return QIdentityProxyModel::data(index, role);
    case Qt::TextAlignmentRole:
        if (column == Column::Photos)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QIdentityProxyModel::data(index, role);
    default: return QIdentityProxyModel::data(index, role);
    }
}

QVariant ItemListPresentation::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    switch (section) {
    case Column::Date: return tr("Date");
    case Column::Section: return tr("Section");
    case Column::TitleRu: return tr("Title (Russian)");
    case Column::TitleEn: return tr("Title (English)");
    case Column::Status: return tr("Status");
    case Column::StateRu: return tr("RU", "translation state column, Russian");
    case Column::StateEn: return tr("EN", "translation state column, English");
    case Column::Photos: return tr("Photos");
    case Column::ColumnCount: return tr("Found in", "search results: the snippet column");
    default: return {};
    }
}

} // namespace Press::Ui

#include "photostrip.h"

#include "dialogservice.h"
#include "droppedfiles.h"
#include "thumbnailloader.h"

#include <archive/archive.h>
#include <archive/photolistmodel.h>

#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Press::Ui {
namespace {

constexpr QSize kIcon{120, 90};

QList<qint64> photoIdsFrom(const QMimeData *mime)
{
    QList<qint64> ids;
    const QString kMime(Archive::PhotoListModel::kMimeType);
    if (!mime->hasFormat(kMime))
        return ids;
    for (const QByteArray &line : mime->data(kMime).split('\n')) {
        if (const qint64 id = line.trimmed().toLongLong(); id > 0)
            ids << id;
    }
    return ids;
}

// The icon above its label (a list in left-to-right flow puts it beside).
class StripDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationPosition = QStyleOptionViewItem::Top;
        option->decorationAlignment = Qt::AlignHCenter | Qt::AlignTop;
        option->displayAlignment = Qt::AlignHCenter | Qt::AlignTop;
    }
};

// Reorders by drag within itself; takes photos from the library and files from outside.
class StripList final : public QListWidget
{
public:
    std::function<void()> reordered;
    std::function<void(const QList<qint64> &)> photosDropped;
    std::function<void(const QStringList &)> filesDropped;

protected:
    bool isExternal(const QMimeData *mime) const
    {
        return !photoIdsFrom(mime).isEmpty() || !droppedFiles(mime).isEmpty();
    }
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (isExternal(event->mimeData()) && event->source() != this)
            event->acceptProposedAction();
        else
            QListWidget::dragEnterEvent(event);
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (isExternal(event->mimeData()) && event->source() != this)
            event->acceptProposedAction();
        else
            QListWidget::dragMoveEvent(event);
    }
    void dropEvent(QDropEvent *event) override
    {
        if (event->source() != this) {
            const QList<qint64> ids = photoIdsFrom(event->mimeData());
            const QStringList files = droppedFiles(event->mimeData());
            event->setDropAction(Qt::CopyAction);
            event->accept();
            if (!ids.isEmpty() && photosDropped)
                photosDropped(ids);
            else if (!files.isEmpty() && filesDropped)
                filesDropped(files);
            return;
        }
        QListWidget::dropEvent(event);
        if (reordered)
            reordered();
    }
};

} // namespace

PhotoStrip::PhotoStrip(DialogService &dialogs, ThumbnailLoader &thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_thumbnails(thumbnails)
{
    setObjectName(u"photoStrip"_s);
    m_title = new QLabel;
    m_addButton = new QPushButton;
    m_addButton->setObjectName(u"addPhotosButton"_s);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (m_item.id == 0)
            return;
        const QStringList files = m_dialogs.chooseFiles(this, tr("Add Photos to the Item"), {});
        if (!files.isEmpty())
            emit importRequested(files, m_item.id);
    });

    auto *list = new StripList;
    list->reordered = [this] { orderChanged(); };
    list->photosDropped = [this](const QList<qint64> &ids) { (void)attachPhotos(ids); };
    list->filesDropped = [this](const QStringList &files) {
        if (m_item.id != 0)
            emit importRequested(files, m_item.id);
    };
    m_list = list;
    m_list->setObjectName(u"photoStripList"_s);
    m_list->setViewMode(QListView::ListMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setIconSize(kIcon);
    m_list->setItemDelegate(new StripDelegate(m_list));
    m_list->setSpacing(3);
    m_list->setUniformItemSizes(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setAcceptDrops(true);
    m_list->setFixedHeight(kIcon.height() + m_list->fontMetrics().lineSpacing() + 48);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &PhotoStrip::showContextMenu);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit photoActivated(item->data(Qt::UserRole).toLongLong());
    });

    connect(&m_thumbnails, &ThumbnailLoader::imageReady, this,
            [this](const QString &sha, const QImage &image) {
                for (int i = 0; i < m_list->count(); ++i) {
                    QListWidgetItem *row = m_list->item(i);
                    if (row->data(Qt::UserRole + 1).toString() == sha)
                        row->setIcon(QIcon(QPixmap::fromImage(image)));
                }
            });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_addButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list);
    retranslateUi();
    showItem(0);
}

void PhotoStrip::setArchive(Archive::Archive *archive)
{
    m_archive = archive;
    showItem(0);
}

void PhotoStrip::showItem(qint64 itemId)
{
    m_item = {};
    m_photos.clear();
    if (m_archive && itemId != 0) {
        if (auto item = m_archive->items().load(itemId)) {
            m_item = *item;
            if (auto photos = m_archive->photos().forItem(itemId))
                m_photos = *photos;
        }
    }
    rebuild();
}

QList<qint64> PhotoStrip::photoIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

qint64 PhotoStrip::coverId() const
{
    for (const Model::PhotoLink &link : m_item.photos) {
        if (link.isCover)
            return link.photoId;
    }
    return 0;
}

void PhotoStrip::rebuild()
{
    m_list->clear();
    const qint64 cover = coverId();
    for (const Model::Photo &p : std::as_const(m_photos)) {
        auto *row = new QListWidgetItem;
        row->setData(Qt::UserRole, p.id);
        row->setData(Qt::UserRole + 1, p.sha256);
        row->setText(p.id == cover ? u"★ "_s + tr("Cover") : QString());
        const QString caption = !p.captionRu.isEmpty() ? p.captionRu : p.captionEn;
        row->setToolTip(caption.isEmpty() ? p.originalName : p.originalName + u'\n' + caption);
        row->setTextAlignment(Qt::AlignHCenter);
        row->setSizeHint(QSize(kIcon.width() + 12, kIcon.height() + m_list->fontMetrics().lineSpacing() + 14));
        m_list->addItem(row);
        m_thumbnails.requestImage(p.sha256, m_archive->media().pathFor(p.sha256), kIcon);
    }
    m_addButton->setEnabled(m_item.id != 0);
    m_list->setEnabled(m_item.id != 0);
    m_title->setText(m_item.id == 0 ? QString() : tr("Photos: %n", nullptr, int(m_photos.size())));
}

bool PhotoStrip::setPhotos(const QList<qint64> &ids, qint64 cover)
{
    if (!m_archive || m_item.id == 0)
        return false;
    Model::Item edited = m_item;
    edited.photos.clear();
    if (!ids.contains(cover))
        cover = ids.value(0);
    for (qint64 id : ids)
        edited.photos.append({id, int(edited.photos.size()), id == cover});
    if (auto r = m_archive->items().save(edited); !r) {
        m_dialogs.showError(this, tr("Item Photos"), r.error());
        showItem(m_item.id); // show what is stored
        return false;
    }
    QList<qint64> touched = ids;
    for (const Model::PhotoLink &link : std::as_const(m_item.photos)) {
        if (!touched.contains(link.photoId))
            touched << link.photoId;
    }
    showItem(edited.id);
    emit itemChanged(edited.id, touched);
    return true;
}

bool PhotoStrip::attachPhotos(const QList<qint64> &ids)
{
    QList<qint64> order = photoIds();
    for (qint64 id : ids) {
        if (!order.contains(id))
            order << id;
    }
    if (order == photoIds())
        return true;
    return setPhotos(order, coverId());
}

void PhotoStrip::orderChanged()
{
    const QList<qint64> order = photoIds();
    QList<qint64> stored;
    for (const Model::PhotoLink &link : std::as_const(m_item.photos))
        stored << link.photoId;
    if (order != stored)
        (void)setPhotos(order, coverId());
}

void PhotoStrip::showContextMenu(const QPoint &pos)
{
    QListWidgetItem *row = m_list->itemAt(pos);
    if (!row)
        return;
    const qint64 id = row->data(Qt::UserRole).toLongLong();
    QMenu menu(this);
    QAction *cover = menu.addAction(tr("Make Cover"), this, [this, id] {
        (void)setPhotos(photoIds(), id);
    });
    cover->setEnabled(id != coverId());
    menu.addAction(tr("Remove from Item"), this, [this, id] {
        QList<qint64> order = photoIds();
        order.removeAll(id);
        (void)setPhotos(order, coverId());
    });
    menu.addAction(tr("Show in Photo Library"), this, [this, id] { emit photoActivated(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void PhotoStrip::retranslateUi()
{
    m_addButton->setText(tr("Add Photos…"));
    m_list->setToolTip(tr("Drag to reorder. Drop photos from the library or files here to add "
                          "them. Right-click for the cover."));
    rebuild();
}

void PhotoStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Press::Ui

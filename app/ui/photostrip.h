#pragma once

#include <model/item.h>
#include <model/photo.h>

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Press::Archive {
class Archive;
}

namespace Press::Ui {

class DialogService;
class ThumbnailLoader;

// An item's photos in their order, the cover marked: drag to reorder, drop photos from the
// library (or files from a file manager, which are imported) to attach them, and a context menu
// to make a photo the cover or take it off the item. Every change is saved at once, guarded by
// the item's version (a change made elsewhere meanwhile is reported, not overwritten).
class PhotoStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoStrip)

public:
    PhotoStrip(DialogService &dialogs, ThumbnailLoader &thumbnails, QWidget *parent = nullptr);

    void setArchive(Archive::Archive *archive);
    void showItem(qint64 itemId); // 0: none
    [[nodiscard]] qint64 itemId() const { return m_item.id; }
    [[nodiscard]] QListWidget *list() const { return m_list; }
    // The photo ids in the order shown.
    [[nodiscard]] QList<qint64> photoIds() const;

    // Saves the photos in this order with this cover (tests and the drag handler use it).
    bool setPhotos(const QList<qint64> &ids, qint64 coverId);
    bool attachPhotos(const QList<qint64> &ids);

signals:
    void importRequested(const QStringList &paths, qint64 itemId);
    // The item's photos changed; `photoIds` were on it before or are now (their usage changed).
    void itemChanged(qint64 itemId, const QList<qint64> &photoIds);
    void photoActivated(qint64 photoId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void orderChanged();
    void showContextMenu(const QPoint &pos);
    [[nodiscard]] qint64 coverId() const;

    DialogService &m_dialogs;
    ThumbnailLoader &m_thumbnails;
    Archive::Archive *m_archive = nullptr;
    Model::Item m_item;
    QList<Model::Photo> m_photos;
    QLabel *m_title = nullptr;
    QPushButton *m_addButton = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Press::Ui

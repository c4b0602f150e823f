#pragma once

#include <archive/photoimporter.h>

#include <QCache>
#include <QPixmap>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;
class QToolButton;

namespace Press::Archive {
class Archive;
class PhotoListModel;
}

namespace Press::Ui {

class DialogService;
class PhotoImportWorker;
class PhotoPanel;
class ThumbnailLoader;

// The photo library: a grid of every photo (thumbnails loaded in the background, only for the
// cells in view, so 20,000 photos scroll smoothly), filters by caption text and date range, the
// selected photo's panel, and imports (menu, button, or files and folders dropped on the grid)
// that run on a worker thread with progress and cancel while new photos appear as they are
// imported. Photos are dragged from the grid onto an item's photo strip.
class PhotoLibraryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoLibraryView)

public:
    PhotoLibraryView(DialogService &dialogs, ThumbnailLoader &thumbnails, QWidget *parent = nullptr);
    ~PhotoLibraryView() override;

    void setArchive(Archive::Archive *archive);
    [[nodiscard]] Archive::PhotoListModel *model() const { return m_model.get(); }
    [[nodiscard]] QListView *grid() const { return m_grid; }
    [[nodiscard]] PhotoPanel *panel() const { return m_panel; }
    [[nodiscard]] bool isImporting() const { return m_importThread != nullptr; }
    // The library's rows have been read (on a worker thread, when the view was first shown).
    [[nodiscard]] bool isLoaded() const { return m_ready; }

    // Imports files and folders in the background; with itemId, attaches them to that item.
    void importPaths(const QStringList &paths, qint64 itemId = 0);
    void cancelImport();
    void selectPhoto(qint64 photoId);
    // Re-reads the whole library and its thumbnails.
    void reload();
    // Re-reads these photos' rows (their usage changed: attached to or taken off an item).
    void refreshPhotos(const QList<qint64> &photoIds);
    // Saves an unsaved caption before the window closes or the archive changes.
    bool saveEdits();

    // The grid's thumbnail for a photo, or null while it is being loaded.
    [[nodiscard]] const QPixmap *thumbnail(const QString &sha256, const QString &originalPath);

signals:
    void importFinished(const Press::Archive::PhotoImportReport &report, qint64 itemId);
    void itemActivated(qint64 itemId);
    void libraryLoaded();
    void photoChanged(qint64 photoId);

protected:
    void changeEvent(QEvent *event) override;
    // The library is read when first shown, not when the archive opens.
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void applyFilters();
    void updateCount();
    void showCurrent();
    void finishImport();
    void ensureLoaded();

    DialogService &m_dialogs;
    ThumbnailLoader &m_thumbnails;
    Archive::Archive *m_archive = nullptr;
    std::unique_ptr<Archive::PhotoListModel> m_model;
    QLineEdit *m_filter = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_importButton = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_grid = nullptr;
    PhotoPanel *m_panel = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_filterDelay = nullptr;
    QTimer *m_repaint = nullptr;
    QCache<QString, QPixmap> m_pixmaps;
    QThread *m_importThread = nullptr;
    PhotoImportWorker *m_importWorker = nullptr;
    qint64 m_importItem = 0;
    bool m_loaded = false;     // reading has started
    bool m_ready = false;      // the rows are in the model
    quint64 m_loadGeneration = 0;
    QList<qint64> m_refreshLater; // changed while the rows were being read
};

} // namespace Press::Ui

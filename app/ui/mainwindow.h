#pragma once

#include <archive/archive.h>

#include <QMainWindow>

#include <memory>

class QLabel;
class QSplitter;
class QTableView;

namespace Press::Archive {
class ItemListModel;
}

namespace Press::Ui {

class DialogService;
class ItemListPresentation;
class ItemPreview;
class ThumbnailLoader;

// The main window: the archive's items in a sortable list, the selected item read-only in the
// preview beside it. It owns the open archive; dialogs go through the injected DialogService.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(DialogService &dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `archive` (replacing any open one).
    void setArchive(std::unique_ptr<Archive::Archive> archive);
    // Opens the archive folder `dir`; shows the error and keeps the current archive on failure.
    bool openArchive(const QString &dir);
    [[nodiscard]] Archive::Archive *archive() const { return m_archive.get(); }
    [[nodiscard]] Archive::ItemListModel *itemModel() const { return m_model.get(); }
    // Selects the item's row (loading pages as needed); false when it is not in the list.
    bool selectItem(qint64 id);

signals:
    void archiveChanged(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void showSelected();
    void updateStatus();
    void chooseArchive();

    DialogService &m_dialogs;
    std::unique_ptr<Archive::Archive> m_archive;
    std::unique_ptr<Archive::ItemListModel> m_model;
    ItemListPresentation *m_presentation = nullptr;
    ThumbnailLoader *m_thumbnails = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_list = nullptr;
    ItemPreview *m_preview = nullptr;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace Press::Ui

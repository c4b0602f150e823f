#pragma once

#include <archive/archive.h>
#include <archive/photoimporter.h>
#include "pdfexportworker.h"
#include "targetsdialog.h"

#include <search/query.h>

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QComboBox;
class QProgressDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTabWidget;
class QTableView;
class QThread;
class QTimer;
class QToolButton;

namespace Press::Archive {
class ItemListModel;
}
namespace Press::Search {
class SearchResultModel;
struct SearchPage;
}

namespace Press::Ui {

class DialogService;
class PublishQueueView;
class TargetsDialog;
class ItemListPresentation;
class ItemEditor;
class ItemPreview;
class PhotoLibraryView;
class PhotoStrip;
class SearchWorker;
class ThumbnailLoader;

// The main window: the archive's items in a sortable list, the selected item read-only in the
// preview beside it, and the search: a query box whose results replace the list while typing
// (run by a SearchWorker on its own thread), filters shown as removable chips, and the archive's
// saved searches in a sidebar. It owns the open archive; dialogs go through the DialogService.
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

    // The search box's text; setting it searches (after the typing pause).
    void setSearchText(const QString &text);
    [[nodiscard]] bool isSearching() const { return m_searching; }
    [[nodiscard]] Search::SearchResultModel *searchModel() const { return m_searchModel; }
    [[nodiscard]] PhotoLibraryView *photoLibrary() const { return m_library; }
    [[nodiscard]] PhotoStrip *photoStrip() const { return m_strip; }
    [[nodiscard]] ItemEditor *editor() const { return m_editor; }
    // Opens the selected item (or `itemId`) in the editor tab.
    bool editItem(qint64 itemId = 0);
    bool newItem();
    bool deleteCurrentItem();
    // Item → Join Two Items: the two selected items hold the two languages of one event (posts
    // pulled from a site that does not link translations); the one with Russian text stays.
    bool joinSelectedItems();
    // Selects the next (+1) or previous (-1) item; in the editor, opens it there.
    void stepItem(int delta);
    // Switches the interface language now ("system", "ru" or "en") and remembers it.
    void setUiLanguage(const QString &choice);
    // Shows the photo library (true) or the items.
    void showPhotoLibrary(bool show);

    // File → Export PDF…: asks what and how (DialogService), then previews or saves in the
    // background with progress and cancel.
    void exportPdf();
    // Item → Publish to the Website: queues the item for every target and starts sending.
    bool publishCurrentItem();
    [[nodiscard]] PublishQueueView *publishQueue() const { return m_queue; }
    // File → PDF Header…: the organisation's name and logo on PDFs (kept in the archive).
    void editOrganisation();
    // Archive → Publishing Targets…: the websites, their passwords, Test Connection, Pull Posts.
    void editTargets();
    [[nodiscard]] TargetsDialog *targetsDialog() const { return m_targetsDialog; }
    [[nodiscard]] bool isExportingPdf() const { return m_pdfThread != nullptr; }

signals:
    void archiveChanged(const QString &path);
    // A PDF was written (path, pages), or the export failed or was cancelled.
    void pdfExported(const QString &path, int pages);
    void pdfExportFailed(const Press::Error &error);
    // A search's first page is shown (for tests and the status line).
    void searchFinished(int total);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void showSelected();
    void updateStatus();
    void chooseArchive();
    QWidget *createSearchBar();
    QWidget *createSidebar();
    void startSearchWorker();
    void stopSearchWorker();
    void searchTextChanged();
    void requestSearch(int offset);
    void showSearchPage(const Search::SearchPage &page);
    void showAllItems();
    void rebuildChips();
    void saveCurrentSearch();
    void reloadSavedSearches();
    void deleteSavedSearch(const QString &name);
    void showSearchHelp();
    void importPhotos(bool folder);
    void photoImportFinished(const Archive::PhotoImportReport &report, qint64 itemId);
    void showItemFromLibrary(qint64 itemId);
    // Re-reads the item list and the selected item, keeping the selection.
    void refreshItems();
    [[nodiscard]] qint64 currentItemId() const;
    void startPdfExport(const PdfExportRequest &request, const QString &output);
    QProgressDialog *pdfProgressDialog(PdfExportWorker *worker);
    void stopPdfExport();
    [[nodiscard]] QString suggestedPdfPath(const PdfExportRequest &request) const;

    DialogService &m_dialogs;
    std::unique_ptr<Archive::Archive> m_archive;
    std::unique_ptr<Archive::ItemListModel> m_model;
    ItemListPresentation *m_presentation = nullptr;
    ThumbnailLoader *m_thumbnails = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_list = nullptr;
    ItemPreview *m_preview = nullptr;
    PhotoStrip *m_strip = nullptr;
    PhotoLibraryView *m_library = nullptr;
    QTabWidget *m_tabs = nullptr;
    ItemEditor *m_editor = nullptr;
    QMenu *m_itemMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newItemAction = nullptr;
    QAction *m_editItemAction = nullptr;
    QAction *m_saveItemAction = nullptr;
    QAction *m_revertItemAction = nullptr;
    QAction *m_deleteItemAction = nullptr;
    QAction *m_markDoneAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_nextItemAction = nullptr;
    QAction *m_previousItemAction = nullptr;
    QAction *m_switchPaneAction = nullptr;
    QAction *m_togglePreviewAction = nullptr;
    QAction *m_importPhotosAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_publishAction = nullptr;
    PublishQueueView *m_queue = nullptr;
    QAction *m_organisationAction = nullptr;
    QAction *m_targetsAction = nullptr;
    QAction *m_joinAction = nullptr;
    QPointer<TargetsDialog> m_targetsDialog;
    QThread *m_pdfThread = nullptr;
    PdfExportWorker *m_pdfWorker = nullptr;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QMenu *m_searchMenu = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_saveSearchAction = nullptr;
    QAction *m_searchHelpAction = nullptr;

    // Search
    QLineEdit *m_searchBox = nullptr;
    QComboBox *m_sortBox = nullptr;
    QToolButton *m_saveSearchButton = nullptr;
    QToolButton *m_helpButton = nullptr;
    QWidget *m_chipBar = nullptr;
    QLabel *m_searchMessage = nullptr;
    QLabel *m_savedTitle = nullptr;
    QListWidget *m_savedSearches = nullptr;
    QTimer *m_debounce = nullptr;
    Search::SearchResultModel *m_searchModel = nullptr;
    QThread *m_searchThread = nullptr;
    SearchWorker *m_searchWorker = nullptr;
    std::optional<Search::Query> m_query;
    quint64 m_generation = 0;
    bool m_searching = false;
};

} // namespace Press::Ui

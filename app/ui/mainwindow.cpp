#include "mainwindow.h"

#include "organisationdialog.h"
#include "targetsdialog.h"
#include "publishqueueview.h"

#include "dialogservice.h"
#include "itemlistpresentation.h"
#include "itemeditor.h"
#include "itempreview.h"
#include "photolibraryview.h"
#include "photostrip.h"
#include "searchworker.h"
#include "snippetdelegate.h"
#include "thumbnailloader.h"
#include "uilanguage.h"

#include <archive/itemlistmodel.h>
#include <archive/itempairing.h>
#include <common/errormessages.h>
#include <common/photomessages.h>
#include <common/searchmessages.h>
#include <export/pdfsource.h>
#include <search/savedsearches.h>
#include <search/searchresultmodel.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Press::Ui {

MainWindow::MainWindow(DialogService &dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(dialogs)
{
    setObjectName(u"mainWindow"_s);
    m_thumbnails = new ThumbnailLoader(this);
    m_presentation = new ItemListPresentation(this);

    m_list = new QTableView;
    m_list->setObjectName(u"itemList"_s);
    m_list->setModel(m_presentation);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows can be selected (Ctrl/Shift-click) for a PDF digest of them.
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSortIndicator(Archive::ItemListModel::Date, Qt::DescendingOrder);

    // The view keeps one selection model for the proxy whatever its source, so connect once.
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelected);

    m_preview = new ItemPreview(*m_thumbnails);
    m_strip = new PhotoStrip(dialogs, *m_thumbnails);
    m_library = new PhotoLibraryView(dialogs, *m_thumbnails);
    m_editor = new ItemEditor(dialogs);
    connect(m_editor, &ItemEditor::itemSaved, this, [this](qint64 id) {
        refreshItems();
        (void)selectItem(id);
    });
    connect(m_list, &QAbstractItemView::activated, this, [this] { (void)editItem(); });
    connect(m_strip, &PhotoStrip::importRequested, this,
            [this](const QStringList &paths, qint64 itemId) {
                m_library->importPaths(paths, itemId);
            });
    connect(m_strip, &PhotoStrip::itemChanged, this,
            [this](qint64, const QList<qint64> &photoIds) {
                refreshItems();                      // the photo count column
                m_library->refreshPhotos(photoIds); // the usage badges
            });
    connect(m_strip, &PhotoStrip::photoActivated, this, [this](qint64 photoId) {
        showPhotoLibrary(true);
        m_library->selectPhoto(photoId);
    });
    connect(m_library, &PhotoLibraryView::importFinished, this, &MainWindow::photoImportFinished);
    connect(m_library, &PhotoLibraryView::itemActivated, this, &MainWindow::showItemFromLibrary);
    connect(m_library, &PhotoLibraryView::photoChanged, this, [this] {
        if (m_strip->itemId() != 0)
            showSelected(); // captions shown in the preview
    });

    m_searchModel = new Search::SearchResultModel(this);
    connect(m_searchModel, &Search::SearchResultModel::moreWanted, this,
            [this](int offset) { requestSearch(offset); });
    m_list->setItemDelegateForColumn(Search::SearchResultModel::Match, new SnippetDelegate(m_list));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250); // a pause in typing
    connect(m_debounce, &QTimer::timeout, this, [this] { requestSearch(0); });

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(createSearchBar());
    listLayout->addWidget(m_list, 1);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(createSidebar());
    m_splitter->addWidget(listPane);
    auto *itemPane = new QWidget;
    auto *itemLayout = new QVBoxLayout(itemPane);
    itemLayout->setContentsMargins(0, 0, 0, 0);
    itemLayout->setSpacing(0);
    itemLayout->addWidget(m_preview, 1);
    itemLayout->addWidget(m_strip);
    m_splitter->addWidget(itemPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({150, 785, 345}); // every list column visible at the default width
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, QString());
    m_tabs->addTab(m_library, QString());
    m_tabs->addTab(m_editor, QString());
    m_queue = new PublishQueueView(dialogs);
    m_tabs->addTab(m_queue, QString());
    connect(m_queue, &PublishQueueView::jobChanged, this, [this](qint64 jobId) {
        // A finished job changes the item's posts, which the preview links to.
        if (!m_archive)
            return;
        auto job = m_archive->publishing().job(jobId);
        if (job && job->isFinished() && job->itemId == currentItemId())
            showSelected();
    });
    connect(m_queue, &PublishQueueView::itemsChanged, this, [this](const QList<qint64> &items) {
        // Items a pull brought from the website: the list shows them; an item open in the editor
        // without edits of its own is shown anew (with edits, saving tells of the conflict).
        if (items.contains(m_editor->itemId()) && !m_editor->hasUnsavedDraft())
            (void)m_editor->openItem(m_editor->itemId());
        refreshItems();
    });
    setCentralWidget(m_tabs);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    retranslateUi();
    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"mainWindow/splitter3"_s).toByteArray());
}

MainWindow::~MainWindow()
{
    stopPdfExport();
    stopSearchWorker();
    m_editor->setArchive(nullptr); // writes its draft first
    m_library->setArchive(nullptr);
    m_strip->setArchive(nullptr);
    m_queue->setArchive(nullptr);
    // The model holds the archive's connection; it must go before the archive.
    m_presentation->setSourceModel(nullptr);
    m_model.reset();
    m_archive.reset();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseArchive);
    m_openAction->setObjectName(u"openArchiveAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_reloadAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_model)
            (void)m_model->reload();
        reloadSavedSearches();
        if (m_searching)
            requestSearch(0);
        updateStatus();
    });
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_importPhotosAction = m_fileMenu->addAction(QString(), this, [this] { importPhotos(false); });
    m_importPhotosAction->setObjectName(u"importPhotosAction"_s);
    m_importPhotosAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolderAction = m_fileMenu->addAction(QString(), this, [this] { importPhotos(true); });
    m_fileMenu->addSeparator();
    m_exportPdfAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportPdf);
    m_exportPdfAction->setObjectName(u"exportPdfAction"_s);
    m_exportPdfAction->setShortcut(QKeySequence::Print);
    m_organisationAction = m_fileMenu->addAction(QString(), this, &MainWindow::editOrganisation);
    m_targetsAction = m_fileMenu->addAction(QString(), this, &MainWindow::editTargets);
    m_targetsAction->setObjectName(u"targetsAction"_s);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    // Undo and redo act on the field being edited (each keeps its own history).
    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString(), this, [] {
        if (QWidget *field = QApplication::focusWidget())
            QMetaObject::invokeMethod(field, "undo");
    });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString(), this, [] {
        if (QWidget *field = QApplication::focusWidget())
            QMetaObject::invokeMethod(field, "redo");
    });
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_itemMenu = menuBar()->addMenu(QString());
    m_newItemAction = m_itemMenu->addAction(QString(), this, [this] { (void)newItem(); });
    m_newItemAction->setShortcut(QKeySequence::New);
    m_editItemAction = m_itemMenu->addAction(QString(), this, [this] { (void)editItem(); });
    m_editItemAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_saveItemAction = m_itemMenu->addAction(QString(), this, [this] { (void)m_editor->save(); });
    m_saveItemAction->setShortcut(QKeySequence::Save);
    m_revertItemAction = m_itemMenu->addAction(QString(), this, [this] { m_editor->revert(); });
    m_markDoneAction = m_itemMenu->addAction(QString(), this,
                                             [this] { (void)m_editor->markTranslationDone(); });
    m_markDoneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_historyAction = m_itemMenu->addAction(QString(), this, [this] {
        if (m_editor->itemId() != 0 || editItem())
            m_editor->showHistory();
    });
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_publishAction = m_itemMenu->addAction(QString(), this, [this] { (void)publishCurrentItem(); });
    m_publishAction->setObjectName(u"publishAction"_s);
    m_publishAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_joinAction = m_itemMenu->addAction(QString(), this, [this] { (void)joinSelectedItems(); });
    m_joinAction->setObjectName(u"joinItemsAction"_s);
    m_deleteItemAction = m_itemMenu->addAction(QString(), this, [this] { (void)deleteCurrentItem(); });
    m_deleteItemAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_itemMenu->addSeparator();
    m_nextItemAction = m_itemMenu->addAction(QString(), this, [this] { stepItem(1); });
    m_nextItemAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_previousItemAction = m_itemMenu->addAction(QString(), this, [this] { stepItem(-1); });
    m_previousItemAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_switchPaneAction = m_itemMenu->addAction(QString(), this, [this] {
        m_tabs->setCurrentWidget(m_editor);
        m_editor->toggleLanguageFocus();
    });
    m_switchPaneAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_togglePreviewAction = m_itemMenu->addAction(QString(), this, [this] {
        if (m_tabs->currentWidget() == m_editor)
            m_tabs->setCurrentIndex(0);
        else
            (void)editItem();
    });
    m_togglePreviewAction->setShortcut(QKeySequence(Qt::Key_F4));

    m_searchMenu = menuBar()->addMenu(QString());
    m_findAction = m_searchMenu->addAction(QString(), this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_saveSearchAction = m_searchMenu->addAction(QString(), this, &MainWindow::saveCurrentSearch);
    m_saveSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_searchHelpAction = m_searchMenu->addAction(QString(), this, &MainWindow::showSearchHelp);

    m_helpMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_helpMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    // Language names in their own language: findable whatever the current one is.
    for (const auto &[code, name] : {std::pair{u"system"_s, QString()},
                                     std::pair{u"ru"_s, u"Русский"_s},
                                     std::pair{u"en"_s, u"English"_s}}) {
        QAction *action = m_languageMenu->addAction(name, this, [this, code] { setUiLanguage(code); });
        action->setObjectName(u"language_"_s + code);
        action->setCheckable(true);
        action->setChecked(code == uiLanguageChoice());
        languages->addAction(action);
        if (code == u"system"_s)
            m_systemLanguageAction = action;
    }
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About PressDesk"),
                                    tr("<b>PressDesk %1</b><br>A bilingual archive, editor and "
                                       "publisher for a press office.")
                                        .arg(QApplication::applicationVersion()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&Archive"));
    m_openAction->setText(tr("&Open Archive…"));
    m_reloadAction->setText(tr("&Reload"));
    m_quitAction->setText(tr("&Quit"));
    m_importPhotosAction->setText(tr("Import &Photos…"));
    m_importFolderAction->setText(tr("Import Photo &Folder…"));
    m_exportPdfAction->setText(tr("&Export PDF…"));
    m_organisationAction->setText(tr("PDF &Header…"));
    m_targetsAction->setText(tr("Publishing &Targets…"));
    m_tabs->setTabText(0, tr("Items"));
    m_tabs->setTabText(1, tr("Photos"));
    m_tabs->setTabText(2, tr("Editor"));
    m_tabs->setTabText(3, tr("Publishing"));
    m_publishAction->setText(tr("&Publish to the Website…"));
    m_itemMenu->setTitle(tr("&Item"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_newItemAction->setText(tr("&New Item"));
    m_editItemAction->setText(tr("&Edit Item"));
    m_saveItemAction->setText(tr("&Save Item"));
    m_revertItemAction->setText(tr("&Revert to Saved"));
    m_markDoneAction->setText(tr("&Mark Translation Done"));
    m_deleteItemAction->setText(tr("&Delete Item…"));
    m_joinAction->setText(tr("&Join Two Items as One…"));
    m_joinAction->setToolTip(tr("Select two items that hold the Russian and the English text of one event."));
    m_historyAction->setText(tr("&History…"));
    m_nextItemAction->setText(tr("Ne&xt Item"));
    m_previousItemAction->setText(tr("&Previous Item"));
    m_switchPaneAction->setText(tr("Switch &Language Pane"));
    m_togglePreviewAction->setText(tr("Toggle Editor / &Preview"));
    m_searchMenu->setTitle(tr("&Search"));
    m_findAction->setText(tr("&Find…"));
    m_saveSearchAction->setText(tr("&Save Search…"));
    m_searchHelpAction->setText(tr("Search &Syntax"));
    m_searchBox->setPlaceholderText(
        tr("Search: words, \"phrases\", prefix*, -exclude, date:2018-06, tag:ШОС …"));
    m_searchBox->setToolTip(App::queryLanguageHelp());
    {
        const QSignalBlocker block(m_sortBox);
        const int sort = m_sortBox->currentIndex();
        m_sortBox->clear();
        m_sortBox->addItems({tr("Best match first"), tr("Newest first")});
        m_sortBox->setCurrentIndex(qMax(0, sort));
    }
    m_saveSearchButton->setText(tr("Save…"));
    m_saveSearchButton->setToolTip(tr("Save this search in the sidebar"));
    m_helpButton->setToolTip(tr("How to write a query"));
    m_savedTitle->setText(tr("Saved searches"));
    rebuildChips();
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("Interface &Language"));
    m_systemLanguageAction->setText(tr("As the System"));
    m_aboutAction->setText(tr("&About PressDesk"));
    m_presentation->retranslate();
    updateStatus();
    if (!m_archive)
        m_preview->showPlaceholder(tr("No archive is open. Use Archive → Open Archive…"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->autosave(); // unsaved text stays as a draft and is offered again next time
    if (!m_library->saveEdits()) {
        event->ignore(); // the message says why; the caption is still in the panel
        return;
    }
    m_library->cancelImport();
    stopPdfExport();
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/splitter3"_s, m_splitter->saveState());
    if (m_archive)
        settings.setValue(u"archive/last"_s, m_archive->path());
    event->accept();
}

void MainWindow::setArchive(std::unique_ptr<Archive::Archive> archive)
{
    stopSearchWorker();
    m_library->setArchive(nullptr); // its model holds the old archive's connection
    m_strip->setArchive(nullptr);
    m_queue->setArchive(nullptr);
    m_editor->setArchive(nullptr);
    m_searching = false;
    m_searchModel->clear();
    m_presentation->setSourceModel(nullptr);
    m_list->setSortingEnabled(true);
    m_model.reset();
    m_archive = std::move(archive);
    m_savedSearches->clear();
    if (m_archive) {
        startSearchWorker();
        reloadSavedSearches();
        m_thumbnails->setCache(m_archive->thumbnails());
        m_library->setArchive(m_archive.get());
        m_strip->setArchive(m_archive.get());
        m_editor->setArchive(m_archive.get());
        m_queue->setArchive(m_archive.get());
        m_model = std::make_unique<Archive::ItemListModel>(m_archive->connection());
        connect(m_model.get(), &Archive::ItemListModel::loadFailed, this,
                [this](const Error &error) {
                    m_dialogs.showError(this, tr("Cannot list the items"), error);
                });
        m_model->sort(m_list->horizontalHeader()->sortIndicatorSection(),
                      m_list->horizontalHeader()->sortIndicatorOrder());
        m_presentation->setSourceModel(m_model.get());
        m_list->resizeColumnsToContents();
        for (int column : {Archive::ItemListModel::TitleRu, Archive::ItemListModel::TitleEn})
            m_list->setColumnWidth(column, 150);
        if (m_query)
            requestSearch(0);
        setWindowTitle(tr("PressDesk — %1").arg(QDir::toNativeSeparators(m_archive->path())));
        m_preview->showPlaceholder(tr("Select an item to see it in both languages."));
        if (m_presentation->rowCount() > 0)
            m_list->selectRow(0);
        // Edits that were autosaved but never saved (the program was closed or killed): reopen
        // the newest in the editor, where it says so.
        if (auto drafts = m_archive->drafts().list(); drafts && !drafts->isEmpty())
            (void)editItem(drafts->constFirst().content.id);
        emit archiveChanged(m_archive->path());
    } else {
        setWindowTitle(tr("PressDesk"));
        m_preview->showPlaceholder(tr("No archive is open. Use Archive → Open Archive…"));
    }
    updateStatus();
}

bool MainWindow::openArchive(const QString &dir)
{
    auto archive = Archive::Archive::open(dir);
    if (!archive) {
        m_dialogs.showError(this, tr("Cannot open the archive %1").arg(QDir::toNativeSeparators(dir)),
                            archive.error());
        return false;
    }
    setArchive(std::move(*archive));
    return true;
}

void MainWindow::chooseArchive()
{
    const QString dir = m_dialogs.chooseDirectory(this, tr("Open Archive"),
                                                  m_archive ? m_archive->path() : QDir::homePath());
    if (!dir.isEmpty())
        openArchive(dir);
}

bool MainWindow::selectItem(qint64 id)
{
    if (!m_model)
        return false;
    const int row = m_searching ? m_searchModel->rowOfItem(id) : m_model->rowOfItem(id);
    if (row < 0)
        return false;
    m_list->selectRow(row);
    m_list->scrollTo(m_presentation->index(row, 0));
    return true;
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (!m_archive || !current.isValid()) {
        m_preview->showPlaceholder(tr("Select an item to see it in both languages."));
        m_strip->showItem(0);
        return;
    }
    const qint64 id = currentItemId();
    m_strip->showItem(id);
    auto item = m_archive->items().load(id);
    auto photos = m_archive->photos().forItem(id);
    auto entities = m_archive->entities().forItem(id);
    if (!item || !photos || !entities) {
        const Error error = !item ? item.error() : !photos ? photos.error() : entities.error();
        m_preview->showPlaceholder(App::userMessage(error));
        m_dialogs.showError(this, tr("Cannot show the item"), error);
        return;
    }
    const Media::MediaStore media = m_archive->media();
    QList<ItemPreview::Content::Post> posts;
    if (auto remote = m_archive->publishing().remotePosts(id)) {
        for (const Model::RemotePost &p : std::as_const(*remote))
            if (auto target = m_archive->publishing().target(p.targetId))
                posts << ItemPreview::Content::Post{target->name, target->language, p};
    }
    m_preview->showItem({*item, *photos, *entities,
                         [media](const QString &sha) { return media.pathFor(sha); }, posts},
                        m_searching && m_query ? m_query->highlightTerms()
                                               : QList<Search::TextTerm>());
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_archive || !m_model) {
        m_statusLabel->setText(tr("No archive"));
        return;
    }
    QString text = (m_searching ? tr("%n item(s) found", nullptr, m_searchModel->totalCount())
                                : tr("%n item(s)", nullptr, m_model->totalCount()))
                   + u" — "_s + QDir::toNativeSeparators(m_archive->path());
    if (m_archive->isReadOnly())
        text += u" — "_s + tr("read-only");
    m_statusLabel->setText(text);
}

// ---- photos -------------------------------------------------------------------------------------

void MainWindow::showPhotoLibrary(bool show)
{
    m_tabs->setCurrentIndex(show ? 1 : 0);
}

void MainWindow::importPhotos(bool folder)
{
    if (!m_archive)
        return;
    QStringList paths;
    if (folder) {
        const QString dir = m_dialogs.chooseDirectory(this, tr("Import a Folder of Photos"),
                                                      QDir::homePath());
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = m_dialogs.chooseFiles(this, tr("Import Photos"), QDir::homePath());
    }
    if (paths.isEmpty())
        return;
    showPhotoLibrary(true);
    m_library->importPaths(paths);
}

void MainWindow::photoImportFinished(const Archive::PhotoImportReport &report, qint64 itemId)
{
    const QString summary = App::photoImportSummary(report);
    statusBar()->showMessage(summary, 15000);
    QStringList problems;
    for (const Archive::PhotoImportEntry &e : report.entries) {
        if (e.outcome == Archive::PhotoImportEntry::Outcome::Failed)
            problems << App::photoImportLine(e);
    }
    if (itemId != 0 && itemId == m_strip->itemId())
        refreshItems();
    if (!problems.isEmpty())
        m_dialogs.showReport(this, tr("Import Photos"),
                             summary + u"\n\n"_s
                                 + tr("These files were not imported; nothing of them was kept:"),
                             problems.join(u'\n'));
}

bool MainWindow::editItem(qint64 itemId)
{
    if (!m_archive)
        return false;
    const qint64 id = itemId != 0 ? itemId : currentItemId();
    if (id == 0)
        return false;
    if (m_editor->itemId() != id && !m_editor->openItem(id))
        return false;
    (void)selectItem(id);
    m_tabs->setCurrentWidget(m_editor);
    return true;
}

bool MainWindow::newItem()
{
    if (!m_archive || !m_editor->newItem())
        return false;
    const qint64 id = m_editor->itemId();
    refreshItems();
    (void)selectItem(id);
    m_tabs->setCurrentWidget(m_editor);
    m_editor->focusLanguage(m_editor->editedItem().sourceLanguage);
    return true;
}

bool MainWindow::deleteCurrentItem()
{
    const qint64 id = m_tabs->currentWidget() == m_editor ? m_editor->itemId() : currentItemId();
    if (!m_archive || id == 0)
        return false;
    auto item = m_archive->items().load(id);
    if (!item)
        return false;
    if (!m_dialogs.confirm(this, tr("Delete Item"),
                           tr("Delete “%1” with its texts in both languages and all their saved "
                              "versions? Its photos stay in the library.")
                               .arg(item->displayTitle(Language::Ru))))
        return false;
    if (m_editor->itemId() == id)
        m_editor->setArchive(m_archive.get()); // closes it (its draft goes with the item)
    if (auto r = m_archive->items().remove(id); !r) {
        m_dialogs.showError(this, tr("Delete Item"), r.error());
        return false;
    }
    m_tabs->setCurrentIndex(0);
    refreshItems();
    return true;
}

bool MainWindow::joinSelectedItems()
{
    if (!m_archive)
        return false;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.size() != 2) {
        m_dialogs.showError(this, tr("Join Two Items"),
                            makeError(ErrorCode::InvalidArgument, u"select exactly two items in the list"_s));
        return false;
    }
    qint64 keep = rows.at(0).data(Archive::ItemListModel::ItemIdRole).toLongLong();
    qint64 other = rows.at(1).data(Archive::ItemListModel::ItemIdRole).toLongLong();
    auto first = m_archive->items().load(keep);
    auto second = m_archive->items().load(other);
    if (!first || !second) {
        m_dialogs.showError(this, tr("Join Two Items"), !first ? first.error() : second.error());
        return false;
    }
    if (first->ru.isEmpty() && !second->ru.isEmpty()) {
        std::swap(keep, other);
        std::swap(*first, *second);
    }
    if (!m_dialogs.confirm(this, tr("Join Two Items"),
                           tr("Make one item of “%1” and “%2”? The second one's text, history, photos, tags "
                              "and website posts move into the first; the second item is then deleted.")
                               .arg(first->displayTitle(Language::Ru), second->displayTitle(Language::En))))
        return false;
    for (qint64 id : {keep, other})
        if (m_editor->itemId() == id)
            m_editor->setArchive(m_archive.get()); // closes it; it is about to change
    if (auto r = Archive::pairItems(*m_archive, keep, other); !r) {
        m_dialogs.showError(this, tr("Join Two Items"), r.error());
        return false;
    }
    refreshItems();
    (void)selectItem(keep);
    statusBar()->showMessage(tr("Joined: one item with both languages."), 10000);
    return true;
}

void MainWindow::stepItem(int delta)
{
    const QModelIndex current = m_list->currentIndex();
    const int row = (current.isValid() ? current.row() : -1) + delta;
    if (row < 0 || row >= m_list->model()->rowCount())
        return;
    m_list->selectRow(row);
    if (m_tabs->currentWidget() == m_editor)
        (void)m_editor->openItem(currentItemId());
}

void MainWindow::setUiLanguage(const QString &choice)
{
    setUiLanguageChoice(choice);
    applyUiLanguage(choice); // every window retranslates itself on QEvent::LanguageChange
    if (auto *action = findChild<QAction *>(u"language_"_s + choice))
        action->setChecked(true);
}

void MainWindow::refreshItems()
{
    const qint64 current = currentItemId();
    if (m_model && !m_searching)
        (void)m_model->reload(); // resets the selection
    if (current != 0)
        (void)selectItem(current);
    showSelected();
}

void MainWindow::showItemFromLibrary(qint64 itemId)
{
    showPhotoLibrary(false);
    if (!selectItem(itemId) && m_searching) {
        m_searchBox->clear(); // the item is outside the current search
        showAllItems();
        (void)selectItem(itemId);
    }
}

// ---- search -------------------------------------------------------------------------------------

QWidget *MainWindow::createSearchBar()
{
    auto *bar = new QWidget;
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(3);
    auto *row = new QHBoxLayout;
    m_searchBox = new QLineEdit;
    m_searchBox->setObjectName(u"searchBox"_s);
    m_searchBox->setClearButtonEnabled(true);
    connect(m_searchBox, &QLineEdit::textChanged, this, &MainWindow::searchTextChanged);
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        if (m_query) {
            m_debounce->stop();
            requestSearch(0);
        }
    });
    m_sortBox = new QComboBox;
    m_sortBox->setObjectName(u"sortBox"_s);
    connect(m_sortBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_query)
            requestSearch(0);
    });
    m_saveSearchButton = new QToolButton;
    m_saveSearchButton->setObjectName(u"saveSearchButton"_s);
    connect(m_saveSearchButton, &QToolButton::clicked, this, &MainWindow::saveCurrentSearch);
    m_helpButton = new QToolButton;
    m_helpButton->setObjectName(u"searchHelpButton"_s);
    m_helpButton->setText(u"?"_s);
    connect(m_helpButton, &QToolButton::clicked, this, &MainWindow::showSearchHelp);
    row->addWidget(m_searchBox, 1);
    row->addWidget(m_sortBox);
    row->addWidget(m_saveSearchButton);
    row->addWidget(m_helpButton);
    layout->addLayout(row);

    m_chipBar = new QWidget;
    m_chipBar->setObjectName(u"searchChips"_s);
    auto *chips = new QHBoxLayout(m_chipBar);
    chips->setContentsMargins(0, 0, 0, 0);
    chips->setSpacing(4);
    chips->addStretch(1);
    m_chipBar->hide();
    layout->addWidget(m_chipBar);

    m_searchMessage = new QLabel;
    m_searchMessage->setObjectName(u"searchMessage"_s);
    m_searchMessage->setWordWrap(true);
    m_searchMessage->hide();
    layout->addWidget(m_searchMessage);
    return bar;
}

QWidget *MainWindow::createSidebar()
{
    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(4, 6, 0, 0);
    m_savedTitle = new QLabel;
    QFont bold = m_savedTitle->font();
    bold.setBold(true);
    m_savedTitle->setFont(bold);
    m_savedSearches = new QListWidget;
    m_savedSearches->setObjectName(u"savedSearches"_s);
    m_savedSearches->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_savedSearches, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QSignalBlocker block(m_sortBox);
        m_sortBox->setCurrentIndex(
            int(Search::sortOrderFromCode(item->data(Qt::UserRole + 1).toString())
                    .value_or(Search::SortOrder::Relevance)));
        setSearchText(item->data(Qt::UserRole).toString());
        m_debounce->stop();
        if (m_query)
            requestSearch(0);
    });
    connect(m_savedSearches, &QListWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                QListWidgetItem *item = m_savedSearches->itemAt(pos);
                if (!item)
                    return;
                QMenu menu;
                const QString name = item->text();
                menu.addAction(tr("Delete “%1”").arg(name), this,
                               [this, name] { deleteSavedSearch(name); });
                menu.exec(m_savedSearches->viewport()->mapToGlobal(pos));
            });
    layout->addWidget(m_savedTitle);
    layout->addWidget(m_savedSearches, 1);
    return side;
}

void MainWindow::startSearchWorker()
{
    m_searchThread = new QThread(this);
    m_searchThread->setObjectName(u"search"_s);
    m_searchWorker = new SearchWorker(m_archive->databasePath());
    m_searchWorker->moveToThread(m_searchThread);
    connect(m_searchThread, &QThread::finished, m_searchWorker, &QObject::deleteLater);
    connect(m_searchWorker, &SearchWorker::pageReady, this, &MainWindow::showSearchPage);
    connect(m_searchWorker, &SearchWorker::failed, this,
            [this](quint64 generation, const Error &error) {
                if (generation != m_generation || error.code == ErrorCode::Cancelled)
                    return;
                m_searchMessage->setStyleSheet(u"color: #b02020"_s);
                m_searchMessage->setText(App::userMessage(error));
                m_searchMessage->setToolTip(error.detail);
                m_searchMessage->show();
                updateStatus();
            });
    m_searchThread->start();
}

void MainWindow::stopSearchWorker()
{
    if (!m_searchThread)
        return;
    m_searchWorker->cancelStale(++m_generation);
    m_searchThread->quit();
    m_searchThread->wait();
    delete m_searchThread; // the worker went with the thread's finish (deleteLater)
    m_searchThread = nullptr;
    m_searchWorker = nullptr;
}

void MainWindow::setSearchText(const QString &text)
{
    m_searchBox->setText(text);
}

void MainWindow::searchTextChanged()
{
    const QString text = m_searchBox->text();
    auto parsed = Search::parseQuery(text);
    if (const auto *problem = std::get_if<Search::QueryProblem>(&parsed)) {
        // Keep the last results; say what is wrong and where.
        m_debounce->stop();
        m_query.reset();
        m_searchMessage->setStyleSheet(u"color: #b02020"_s);
        m_searchMessage->setText(App::queryProblemMessage(*problem));
        m_searchMessage->setToolTip(QString());
        m_searchMessage->show();
        rebuildChips();
        return;
    }
    m_searchMessage->hide();
    auto query = std::get<Search::Query>(std::move(parsed));
    if (query.isEmpty()) {
        m_debounce->stop();
        m_query.reset();
        rebuildChips();
        showAllItems();
        return;
    }
    m_query = std::move(query);
    rebuildChips();
    m_debounce->start();
}

void MainWindow::requestSearch(int offset)
{
    if (!m_searchWorker || !m_query)
        return;
    if (offset == 0) {
        ++m_generation;
        m_searchWorker->cancelStale(m_generation); // stops the search of the previous text
        m_statusLabel->setText(tr("Searching…"));
    }
    SearchWorker *worker = m_searchWorker;
    const quint64 generation = m_generation;
    const QString text = m_query->text;
    const int sort = m_sortBox->currentIndex() == 1 ? int(Search::SortOrder::Newest)
                                                    : int(Search::SortOrder::Relevance);
    QMetaObject::invokeMethod(
        worker, [worker, generation, text, sort, offset] {
            worker->search(generation, text, sort, offset);
        },
        Qt::QueuedConnection);
}

void MainWindow::showSearchPage(const Search::SearchPage &page)
{
    if (page.generation != m_generation || !m_query)
        return; // an answer to text typed over since
    if (page.offset > 0) {
        m_searchModel->setPage(page);
        return;
    }
    const qint64 selected = currentItemId();
    if (!m_searching) {
        m_searching = true;
        m_list->setSortingEnabled(false);
        m_list->horizontalHeader()->setSortIndicatorShown(false);
        m_searchModel->setPage(page);
        m_presentation->setSourceModel(m_searchModel);
        m_list->resizeColumnsToContents();
        // The snippet says why an item was found: show it right after the date and section.
        QHeaderView *header = m_list->horizontalHeader();
        header->moveSection(header->visualIndex(Search::SearchResultModel::Match), 2);
        for (int column : {Archive::ItemListModel::TitleRu, Archive::ItemListModel::TitleEn})
            m_list->setColumnWidth(column, 150);
        m_list->setColumnWidth(Search::SearchResultModel::Match, 340);
    } else {
        m_searchModel->setPage(page);
    }
    if (!page.unknownTags.isEmpty()) {
        QStringList names;
        for (const QString &tag : page.unknownTags)
            names << u"“"_s + tag + u"”"_s;
        m_searchMessage->setStyleSheet(u"color: #b35c00"_s);
        m_searchMessage->setText(tr("No tag matches %1.").arg(names.join(u", "_s)));
        m_searchMessage->show();
    }
    const int row = m_searchModel->rowOfItem(selected);
    if (m_searchModel->rowCount() > 0)
        m_list->selectRow(qMax(0, row));
    else
        m_preview->showPlaceholder(tr("Nothing found. Check the spelling, or remove a filter."));
    if (row >= 0 || m_searchModel->rowCount() == 0)
        showSelected(); // same item, new words to mark
    updateStatus();
    emit searchFinished(page.total);
}

void MainWindow::showAllItems()
{
    if (!m_searching)
        return;
    m_searching = false;
    if (m_searchWorker)
        m_searchWorker->cancelStale(++m_generation);
    const qint64 selected = currentItemId();
    m_presentation->setSourceModel(m_model.get());
    m_searchModel->clear();
    m_list->horizontalHeader()->setSortIndicatorShown(true);
    m_list->setSortingEnabled(true);
    m_list->resizeColumnsToContents();
    for (int column : {Archive::ItemListModel::TitleRu, Archive::ItemListModel::TitleEn})
        m_list->setColumnWidth(column, 150);
    if (!selected || !selectItem(selected)) {
        if (m_presentation->rowCount() > 0)
            m_list->selectRow(0);
    }
    showSelected();
    updateStatus();
}

void MainWindow::rebuildChips()
{
    auto *layout = static_cast<QHBoxLayout *>(m_chipBar->layout());
    while (layout->count() > 1) {
        QLayoutItem *item = layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    if (!m_query || m_query->filters.isEmpty()) {
        m_chipBar->hide();
        return;
    }
    int at = 0;
    for (const Search::Filter &filter : std::as_const(m_query->filters)) {
        auto *chip = new QToolButton;
        chip->setObjectName(u"searchChip"_s);
        chip->setText(filter.text + u"  ×"_s);
        chip->setToolTip(tr("Remove this filter"));
        chip->setStyleSheet(u"QToolButton { border: 1px solid #9ab; border-radius: 9px;"
                            " background: #eef4fa; padding: 1px 8px; }"_s);
        connect(chip, &QToolButton::clicked, this, [this, filter] {
            setSearchText(Search::removeFilter(m_searchBox->text(), filter));
        });
        layout->insertWidget(at++, chip);
    }
    m_chipBar->show();
}

void MainWindow::saveCurrentSearch()
{
    if (!m_archive || !m_query) {
        m_searchBox->setFocus();
        return;
    }
    const QString name = m_dialogs.askText(this, tr("Save Search"), tr("Name:"),
                                           m_searchBox->text().left(60));
    if (name.trimmed().isEmpty())
        return;
    Search::SavedSearches searches(m_archive->connection(), m_archive->clock());
    const auto sort = m_sortBox->currentIndex() == 1 ? Search::SortOrder::Newest
                                                     : Search::SortOrder::Relevance;
    if (auto r = searches.save(name, m_searchBox->text(), sort); !r) {
        m_dialogs.showError(this, tr("Cannot save the search"), r.error());
        return;
    }
    reloadSavedSearches();
}

void MainWindow::reloadSavedSearches()
{
    m_savedSearches->clear();
    if (!m_archive)
        return;
    auto list = Search::SavedSearches(m_archive->connection(), m_archive->clock()).list();
    if (!list) {
        m_dialogs.showError(this, tr("Cannot read the saved searches"), list.error());
        return;
    }
    for (const Search::SavedSearch &s : std::as_const(*list)) {
        auto *item = new QListWidgetItem(s.name, m_savedSearches);
        item->setData(Qt::UserRole, s.query);
        item->setData(Qt::UserRole + 1, Search::sortOrderCode(s.sort));
        item->setToolTip(s.query);
    }
}

void MainWindow::deleteSavedSearch(const QString &name)
{
    if (!m_archive
        || !m_dialogs.confirm(this, tr("Delete Saved Search"),
                              tr("Delete the saved search “%1”?").arg(name)))
        return;
    Search::SavedSearches searches(m_archive->connection(), m_archive->clock());
    if (auto r = searches.remove(name); !r)
        m_dialogs.showError(this, tr("Cannot delete the saved search"), r.error());
    reloadSavedSearches();
}

void MainWindow::showSearchHelp()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Search Syntax"),
                                App::queryLanguageHelp(), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---- PDF export -------------------------------------------------------------------------------

void MainWindow::exportPdf()
{
    if (!m_archive || m_pdfThread)
        return;
    PdfExportSetup setup;
    setup.currentItem = currentItemId();
    if (setup.currentItem != 0) {
        if (auto item = m_archive->items().load(setup.currentItem))
            setup.currentTitle = item->displayTitle(Language::Ru);
    }
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        setup.selected << row.data(Archive::ItemListModel::ItemIdRole).toLongLong();
    if (m_searching && m_query) {
        setup.searchText = m_query->text;
        setup.searchCount = m_searchModel->totalCount();
    }
    if (auto count = m_archive->items().count())
        setup.totalItems = *count;
    const auto choice = m_dialogs.choosePdfExport(this, setup);
    if (!choice)
        return;
    if (choice->preview) {
        startPdfExport(choice->request, QString());
        return;
    }
    const QString path = m_dialogs.chooseSaveFile(this, tr("Save PDF"),
                                                  suggestedPdfPath(choice->request),
                                                  tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        startPdfExport(choice->request, path);
}

QString MainWindow::suggestedPdfPath(const PdfExportRequest &request) const
{
    QString name = request.options.title;
    if (name.isEmpty() && request.itemIds.size() == 1 && !request.options.digest) {
        if (auto item = m_archive->items().load(request.itemIds.first()))
            name = item->eventDate.toString(u"yyyy-MM-dd"_s) + u' '
                   + item->displayTitle(Language::Ru).left(60);
    }
    if (name.isEmpty())
        name = tr("Digest %1").arg(QDate::currentDate().toString(u"yyyy-MM-dd"_s));
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\n\\r\\t]+"_s), u" "_s);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(name.simplified() + u".pdf"_s);
}

QProgressDialog *MainWindow::pdfProgressDialog(PdfExportWorker *worker)
{
    auto *progress = new QProgressDialog(this);
    progress->setObjectName(u"pdfProgress"_s);
    progress->setWindowTitle(tr("Export PDF"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(400);
    progress->setLabelText(tr("Collecting the items…"));
    progress->setRange(0, 0);
    connect(progress, &QProgressDialog::canceled, worker, [worker] { worker->cancel(); },
            Qt::DirectConnection);
    connect(worker, &PdfExportWorker::progressed, progress,
            [progress](PdfExportWorker::Stage stage, int done, int total) {
                switch (stage) {
                case PdfExportWorker::Stage::Collecting:
                    progress->setLabelText(tr("Collecting the items… %1 of %2").arg(done).arg(total));
                    break;
                case PdfExportWorker::Stage::Photos:
                    progress->setLabelText(tr("Preparing the photos… %1 of %2").arg(done).arg(total));
                    break;
                case PdfExportWorker::Stage::Layout:
                    progress->setLabelText(tr("Laying out the pages…"));
                    break;
                case PdfExportWorker::Stage::Writing:
                    progress->setLabelText(tr("Writing page %1 of %2…").arg(done).arg(total));
                    break;
                }
                progress->setRange(0, std::max(total, 0));
                progress->setValue(std::min(done, std::max(total, 0)));
            });
    return progress;
}

void MainWindow::startPdfExport(const PdfExportRequest &request, const QString &output)
{
    auto *thread = new QThread(this);
    thread->setObjectName(u"pdfExport"_s);
    auto *worker = new PdfExportWorker(m_archive->path(), request, output);
    worker->moveToThread(thread);
    m_pdfThread = thread;
    m_pdfWorker = worker;
    // One progress dialog per run of the worker: building (and writing), or writing after the
    // preview. `progress` is the current one.
    auto progress = std::make_shared<QPointer<QProgressDialog>>(pdfProgressDialog(worker));
    const auto closeProgress = [progress] {
        if (*progress) {
            (*progress)->close();
            (*progress)->deleteLater();
        }
    };
    const auto finish = [this, thread, closeProgress] {
        closeProgress();
        thread->quit();
        m_pdfThread = nullptr;
        m_pdfWorker = nullptr;
    };
    connect(thread, &QThread::started, worker, &PdfExportWorker::run);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(worker, &PdfExportWorker::written, this, [this, finish](const QString &path, int pages) {
        finish();
        statusBar()->showMessage(
            tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)), 15000);
        emit pdfExported(path, pages);
    });
    connect(worker, &PdfExportWorker::failed, this, [this, finish](const Error &error) {
        finish();
        if (error.code == ErrorCode::Cancelled)
            statusBar()->showMessage(tr("The PDF export was cancelled; no file was written."), 15000);
        else
            m_dialogs.showError(this, tr("Export PDF"), error);
        emit pdfExportFailed(error);
    });
    connect(worker, &PdfExportWorker::discarded, this, finish);
    connect(worker, &PdfExportWorker::previewReady, this,
            [this, worker, request, progress, closeProgress](const PdfPreview &preview) {
                closeProgress();
                QString path;
                if (m_dialogs.previewPdf(this, preview))
                    path = m_dialogs.chooseSaveFile(this, tr("Save PDF"), suggestedPdfPath(request),
                                                    tr("PDF documents (*.pdf)"));
                if (m_pdfWorker != worker)
                    return; // stopped meanwhile (the window closed)
                if (path.isEmpty()) {
                    QMetaObject::invokeMethod(worker, &PdfExportWorker::discard);
                    return;
                }
                *progress = pdfProgressDialog(worker);
                QMetaObject::invokeMethod(worker, [worker, path] { worker->save(path); });
            });
    thread->start();
}

void MainWindow::stopPdfExport()
{
    if (!m_pdfThread)
        return;
    m_pdfWorker->cancel();
    QThread *thread = m_pdfThread;
    m_pdfThread = nullptr;
    m_pdfWorker = nullptr;
    thread->quit();
    thread->wait();
}

bool MainWindow::publishCurrentItem()
{
    const qint64 id = m_tabs->currentWidget() == m_editor ? m_editor->itemId() : currentItemId();
    if (!m_archive || id == 0)
        return false;
    if (m_tabs->currentWidget() == m_editor && !m_editor->save())
        return false; // what is published is what is saved
    const auto setup = m_queue->publishSetup(id);
    if (!setup)
        return false;
    const auto choice = m_dialogs.choosePublication(this, *setup);
    if (!choice || !m_queue->publishItem(id, *choice))
        return false;
    statusBar()->showMessage(tr("Queued for publishing; the Publishing tab shows its progress."), 10000);
    return true;
}

void MainWindow::editTargets()
{
    if (!m_archive)
        return;
    if (m_targetsDialog) {
        m_targetsDialog->raise();
        m_targetsDialog->activateWindow();
        return;
    }
    // Not modal: a press officer may look up a password elsewhere while it is open.
    m_targetsDialog = new TargetsDialog(*m_archive, m_dialogs, this);
    m_targetsDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_targetsDialog, &TargetsDialog::targetsChanged, m_queue, &PublishQueueView::restartWorker);
    connect(m_targetsDialog, &TargetsDialog::pullRequested, this, [this](qint64 targetId) {
        m_tabs->setCurrentWidget(m_queue);
        if (m_queue->isReady()) {
            m_queue->pull(targetId);
            return;
        }
        // The worker is restarting (the targets just changed): pull once it is up.
        auto *once = new QObject(this);
        connect(m_queue, &PublishQueueView::ready, once, [this, once, targetId] {
            m_queue->pull(targetId);
            once->deleteLater();
        });
    });
    m_targetsDialog->show();
}

void MainWindow::editOrganisation()
{
    if (!m_archive)
        return;
    auto organisation = Export::loadOrganisation(*m_archive);
    if (!organisation) {
        m_dialogs.showError(this, tr("PDF Header"), organisation.error());
        return;
    }
    OrganisationDialog dialog(*organisation, m_dialogs, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto saved = Export::saveOrganisation(*m_archive, dialog.organisation()); !saved)
        m_dialogs.showError(this, tr("PDF Header"), saved.error());
}

qint64 MainWindow::currentItemId() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? current.data(Archive::ItemListModel::ItemIdRole).toLongLong() : 0;
}

} // namespace Press::Ui

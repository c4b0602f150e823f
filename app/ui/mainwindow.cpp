#include "mainwindow.h"

#include "dialogservice.h"
#include "itemlistpresentation.h"
#include "itempreview.h"
#include "thumbnailloader.h"

#include <archive/itemlistmodel.h>
#include <common/errormessages.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

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
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
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

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({820, 460}); // every list column visible at the default width
    setCentralWidget(m_splitter);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    retranslateUi();
    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
}

MainWindow::~MainWindow()
{
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
        updateStatus();
    });
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_helpMenu = menuBar()->addMenu(QString());
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
    m_helpMenu->setTitle(tr("&Help"));
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
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    if (m_archive)
        settings.setValue(u"archive/last"_s, m_archive->path());
    event->accept();
}

void MainWindow::setArchive(std::unique_ptr<Archive::Archive> archive)
{
    m_presentation->setSourceModel(nullptr);
    m_model.reset();
    m_archive = std::move(archive);
    if (m_archive) {
        m_thumbnails->setCache(m_archive->thumbnails());
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
            m_list->setColumnWidth(column, 170);
        setWindowTitle(tr("PressDesk — %1").arg(QDir::toNativeSeparators(m_archive->path())));
        m_preview->showPlaceholder(tr("Select an item to see it in both languages."));
        if (m_presentation->rowCount() > 0)
            m_list->selectRow(0);
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
    const int row = m_model->rowOfItem(id);
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
        return;
    }
    const qint64 id = m_model->itemId(current.row());
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
    m_preview->showItem({*item, *photos, *entities,
                         [media](const QString &sha) { return media.pathFor(sha); }});
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_archive || !m_model) {
        m_statusLabel->setText(tr("No archive"));
        return;
    }
    QString text = tr("%n item(s)", nullptr, m_model->totalCount()) + u" — "_s
                   + QDir::toNativeSeparators(m_archive->path());
    if (m_archive->isReadOnly())
        text += u" — "_s + tr("read-only");
    m_statusLabel->setText(text);
}

} // namespace Press::Ui

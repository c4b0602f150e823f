#include "photolibraryview.h"

#include "dialogservice.h"
#include "droppedfiles.h"
#include "photoimportworker.h"
#include "photopanel.h"
#include "thumbnailloader.h"

#include <archive/archive.h>
#include <archive/database.h>
#include <archive/photolistmodel.h>

#include <QDateEdit>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Press::Ui {
namespace {

constexpr QSize kCell{176, 184};
constexpr QSize kThumbBox{160, 128};
const QDate kAnyDate{1900, 1, 1};

// The grid: accepts files and folders dropped from a file manager; drags photos out.
class PhotoGridView final : public QListView
{
public:
    std::function<void(const QStringList &)> filesDropped;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (!droppedFiles(event->mimeData()).isEmpty())
            event->acceptProposedAction();
        else
            QListView::dragEnterEvent(event);
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (!droppedFiles(event->mimeData()).isEmpty())
            event->acceptProposedAction();
        else
            QListView::dragMoveEvent(event);
    }
    void dropEvent(QDropEvent *event) override
    {
        const QStringList files = droppedFiles(event->mimeData());
        if (files.isEmpty()) {
            QListView::dropEvent(event);
            return;
        }
        event->acceptProposedAction();
        if (filesDropped)
            filesDropped(files);
    }
};

// A cell: the thumbnail, the caption (or file name) and the date; a badge counts the items that
// use the photo.
class PhotoGridDelegate final : public QStyledItemDelegate
{
public:
    PhotoGridDelegate(PhotoLibraryView *library, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_library(library)
    {}

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return kCell - QSize(6, 6);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        using Model = Archive::PhotoListModel;
        painter->save();
        const QRect cell = option.rect;
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &palette = option.palette;
        if (selected)
            painter->fillRect(cell, palette.highlight());
        const QRect box(cell.left() + (cell.width() - kThumbBox.width()) / 2, cell.top() + 6,
                        kThumbBox.width(), kThumbBox.height());
        const QString sha = index.data(Model::Sha256Role).toString();
        const QPixmap *pixmap = m_library->thumbnail(sha, QString());
        if (pixmap) {
            const QSize size = pixmap->deviceIndependentSize().toSize();
            const QPoint at(box.left() + (box.width() - size.width()) / 2,
                            box.top() + (box.height() - size.height()) / 2);
            painter->drawPixmap(at, *pixmap);
        } else {
            painter->fillRect(box.adjusted(20, 10, -20, -10), palette.alternateBase());
        }
        const int usage = index.data(Model::UsageRole).toInt();
        if (usage > 0) {
            const QRect badge(box.right() - 22, box.top() + 2, 22, 18);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setBrush(QColor(30, 110, 200));
            painter->setPen(Qt::NoPen);
            painter->drawRoundedRect(badge, 9, 9);
            painter->setPen(Qt::white);
            painter->drawText(badge, Qt::AlignCenter, QString::number(usage));
        }
        painter->setPen(selected ? palette.highlightedText().color() : palette.text().color());
        const QRect text(cell.left() + 6, box.bottom() + 6, cell.width() - 12,
                         option.fontMetrics.lineSpacing() * 2);
        const QString caption = index.data(Qt::DisplayRole).toString().simplified();
        QString elided = option.fontMetrics.elidedText(caption, Qt::ElideRight,
                                                       text.width() * 2 - 20);
        painter->drawText(text, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, elided);
        const QDateTime date = index.data(Model::DateRole).toDateTime();
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->setPen(selected ? palette.highlightedText().color()
                                 : palette.placeholderText().color());
        painter->drawText(QRect(text.left(), text.bottom() + 2, text.width(),
                                QFontMetrics(small).lineSpacing()),
                          Qt::AlignHCenter, QLocale().toString(date.date(), QLocale::ShortFormat));
        painter->restore();
    }

private:
    PhotoLibraryView *m_library;
};

} // namespace

PhotoLibraryView::PhotoLibraryView(DialogService &dialogs, ThumbnailLoader &thumbnails,
                                   QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_thumbnails(thumbnails)
{
    setObjectName(u"photoLibrary"_s);
    m_pixmaps.setMaxCost(96 * 1024 * 1024); // bytes of decoded thumbnails kept

    m_filter = new QLineEdit;
    m_filter->setObjectName(u"photoFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &PhotoLibraryView::applyFilters);

    auto makeDate = [this](const QString &name) {
        auto *edit = new QDateEdit;
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kAnyDate);
        edit->setDate(kAnyDate);
        edit->setDisplayFormat(u"dd.MM.yyyy"_s);
        connect(edit, &QDateEdit::dateChanged, this, &PhotoLibraryView::applyFilters);
        return edit;
    };
    m_from = makeDate(u"photoDateFrom"_s);
    m_to = makeDate(u"photoDateTo"_s);
    m_fromLabel = new QLabel;
    m_toLabel = new QLabel;

    m_importButton = new QToolButton;
    m_importButton->setObjectName(u"importPhotosButton"_s);
    m_importButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *importMenu = new QMenu(m_importButton);
    m_importFilesAction = importMenu->addAction(QString(), this, [this] {
        const QStringList files = m_dialogs.chooseFiles(this, tr("Import Photos"), QString());
        if (!files.isEmpty())
            importPaths(files);
    });
    m_importFolderAction = importMenu->addAction(QString(), this, [this] {
        const QString dir = m_dialogs.chooseDirectory(this, tr("Import a Folder of Photos"),
                                                      QString());
        if (!dir.isEmpty())
            importPaths({dir});
    });
    m_importButton->setMenu(importMenu);
    m_importButton->setDefaultAction(m_importFilesAction);
    m_count = new QLabel;
    m_count->setObjectName(u"photoCount"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_count);
    bar->addWidget(m_importButton);

    auto *grid = new PhotoGridView;
    grid->filesDropped = [this](const QStringList &files) { importPaths(files); };
    m_grid = grid;
    m_grid->setObjectName(u"photoGrid"_s);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(500);
    m_grid->setGridSize(kCell);
    m_grid->setSpacing(0);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setDragEnabled(true);
    m_grid->setAcceptDrops(true);
    m_grid->viewport()->setAcceptDrops(true);
    m_grid->setDragDropMode(QAbstractItemView::DragDrop);
    m_grid->setDefaultDropAction(Qt::CopyAction);
    m_grid->setItemDelegate(new PhotoGridDelegate(this, m_grid));
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_progressRow = new QWidget;
    m_progressRow->setObjectName(u"photoImportProgress"_s);
    m_progressLabel = new QLabel;
    m_progress = new QProgressBar;
    m_cancelButton = new QPushButton;
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    connect(m_cancelButton, &QPushButton::clicked, this, &PhotoLibraryView::cancelImport);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancelButton);
    m_progressRow->hide();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_progressRow);
    leftLayout->addWidget(m_grid, 1);

    m_panel = new PhotoPanel(dialogs);
    connect(m_panel, &PhotoPanel::itemActivated, this, &PhotoLibraryView::itemActivated);
    connect(m_panel, &PhotoPanel::photoSaved, this, [this](qint64 id) {
        if (m_model)
            (void)m_model->refresh(id);
        emit photoChanged(id);
    });
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(350);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_repaint = new QTimer(this);
    m_repaint->setSingleShot(true);
    m_repaint->setInterval(30);
    connect(m_repaint, &QTimer::timeout, m_grid->viewport(), qOverload<>(&QWidget::update));
    connect(&m_thumbnails, &ThumbnailLoader::imageReady, this,
            [this](const QString &sha, const QImage &image) {
                auto *pixmap = new QPixmap(QPixmap::fromImage(image));
                m_pixmaps.insert(sha, pixmap, int(qMin<qint64>(image.sizeInBytes(), INT_MAX)));
                m_repaint->start();
                if (m_model && m_panel->photoId() != 0) {
                    const int row = m_model->rowOf(m_panel->photoId());
                    if (row >= 0 && m_model->index(row).data(Archive::PhotoListModel::Sha256Role) == sha)
                        m_panel->setThumbnail(image);
                }
            });
    retranslateUi();
}

PhotoLibraryView::~PhotoLibraryView()
{
    cancelImport();
    if (m_importThread) {
        m_importThread->quit();
        m_importThread->wait();
    }
}

void PhotoLibraryView::setArchive(Archive::Archive *archive)
{
    (void)saveEdits();
    cancelImport();
    if (m_importThread) {
        m_importThread->quit();
        m_importThread->wait();
    }
    m_archive = archive;
    m_panel->setArchive(archive);
    m_pixmaps.clear();
    m_grid->setModel(nullptr);
    m_model.reset();
    ++m_loadGeneration;
    m_loaded = m_ready = false;
    if (!archive) {
        updateCount();
        return;
    }
    m_model = std::make_unique<Archive::PhotoListModel>(archive->connection());
    m_model->setPreferredLanguage(QLocale().language() == QLocale::Russian);
    m_loaded = false;
    m_ready = false;
    m_refreshLater.clear();
    if (isVisible())
        ensureLoaded();
    m_grid->setModel(m_model.get());
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PhotoLibraryView::showCurrent);
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, &PhotoLibraryView::updateCount);
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &PhotoLibraryView::updateCount);
    applyFilters();
    updateCount();
}

void PhotoLibraryView::ensureLoaded()
{
    if (!m_model || m_loaded)
        return;
    // 20,000 photos take a tenth of a second or more to read: a worker reads them with a
    // connection of its own, the window stays responsive meanwhile.
    m_loaded = true;
    m_count->setText(tr("Reading the photo library…"));
    const QString path = m_archive->databasePath();
    const quint64 generation = ++m_loadGeneration;
    using Rows = Archive::PhotoListModel::Rows;
    auto *watcher = new QFutureWatcher<Result<Rows>>(this);
    connect(watcher, &QFutureWatcher<Result<Rows>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration || !m_model)
            return; // another archive since
        const Result<Rows> rows = watcher->result();
        if (!rows) {
            m_dialogs.showError(this, tr("Photo Library"), rows.error());
            return;
        }
        m_model->setRows(*rows);
        m_ready = true;
        applyFilters();
        refreshPhotos(std::exchange(m_refreshLater, {}));
        updateCount();
        emit libraryLoaded();
    });
    watcher->setFuture(QtConcurrent::run([path]() -> Result<Rows> {
        Archive::DatabaseOptions options;
        options.readOnly = true;
        auto db = Archive::Database::open(path, options);
        if (!db)
            return db.error();
        return Archive::PhotoListModel::loadAll((*db)->connection());
    }));
}

void PhotoLibraryView::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void PhotoLibraryView::refreshPhotos(const QList<qint64> &photoIds)
{
    if (!m_model || !m_loaded)
        return; // read in full when first shown
    if (!m_ready) {
        m_refreshLater << photoIds;
        return;
    }
    for (qint64 id : photoIds)
        (void)m_model->refresh(id);
}

void PhotoLibraryView::reload()
{
    m_pixmaps.clear(); // thumbnails are read again too
    if (m_model && m_ready) {
        const qint64 current = m_panel->photoId();
        (void)m_model->reload();
        if (current)
            selectPhoto(current);
    }
}

bool PhotoLibraryView::saveEdits()
{
    return m_panel->save();
}

const QPixmap *PhotoLibraryView::thumbnail(const QString &sha256, const QString &)
{
    if (const QPixmap *p = m_pixmaps.object(sha256))
        return p;
    if (m_archive)
        m_thumbnails.requestImage(sha256, m_archive->media().pathFor(sha256), kThumbBox);
    return nullptr;
}

void PhotoLibraryView::applyFilters()
{
    if (!m_model)
        return;
    m_model->setFilterText(m_filter->text());
    m_model->setDateRange(m_from->date() == kAnyDate ? QDate() : m_from->date(),
                          m_to->date() == kAnyDate ? QDate() : m_to->date());
    updateCount();
}

void PhotoLibraryView::updateCount()
{
    if (m_loaded && !m_ready)
        return; // "Reading…" stays
    if (!m_model) {
        m_count->clear();
        return;
    }
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%n photo(s)", nullptr, total)
                                    : tr("%1 of %n photo(s)", nullptr, total).arg(shown));
}

void PhotoLibraryView::showCurrent()
{
    const QModelIndex current = m_grid->currentIndex();
    const qint64 id = current.isValid() ? m_model->photoId(current.row()) : 0;
    m_panel->showPhoto(id);
    if (id) {
        const QString sha = current.data(Archive::PhotoListModel::Sha256Role).toString();
        if (const QPixmap *p = m_pixmaps.object(sha))
            m_panel->setThumbnail(p->toImage());
    }
}

void PhotoLibraryView::selectPhoto(qint64 photoId)
{
    if (!m_model)
        return;
    int row = m_model->rowOf(photoId);
    if (row < 0) {
        m_filter->clear();
        m_from->setDate(kAnyDate);
        m_to->setDate(kAnyDate);
        applyFilters();
        row = m_model->rowOf(photoId);
    }
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
}

void PhotoLibraryView::importPaths(const QStringList &paths, qint64 itemId)
{
    if (!m_archive || paths.isEmpty())
        return;
    if (m_importThread) {
        m_dialogs.showError(this, tr("Import Photos"),
                            makeError(ErrorCode::InvalidArgument,
                                      u"an import is already running"_s));
        return;
    }
    m_importItem = itemId;
    m_importThread = new QThread(this);
    m_importWorker = new PhotoImportWorker(m_archive->path(), paths, itemId);
    m_importWorker->moveToThread(m_importThread);
    connect(m_importThread, &QThread::started, m_importWorker, &PhotoImportWorker::run);
    connect(m_importThread, &QThread::finished, m_importWorker, &QObject::deleteLater);
    connect(m_importWorker, &PhotoImportWorker::progressed, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progressLabel->setText(tr("Importing %1 of %2…").arg(done).arg(total));
    });
    connect(m_importWorker, &PhotoImportWorker::photoImported, this,
            [this](qint64 id) { refreshPhotos({id}); });
    connect(m_importWorker, &PhotoImportWorker::finished, this,
            [this](const Archive::PhotoImportReport &report) {
                const qint64 item = m_importItem;
                finishImport();
                if (item != 0) { // attached: their usage badges change
                    QList<qint64> ids;
                    for (const Archive::PhotoImportEntry &e : report.entries)
                        ids << e.photoId;
                    refreshPhotos(ids);
                }
                emit importFinished(report, item);
            });
    connect(m_importWorker, &PhotoImportWorker::failed, this, [this](const Error &error) {
        finishImport();
        m_dialogs.showError(this, tr("Import Photos"), error);
    });
    m_progress->setRange(0, 0);
    m_progressLabel->setText(tr("Looking for photos…"));
    m_cancelButton->setEnabled(true);
    m_progressRow->show();
    m_importThread->start();
}

void PhotoLibraryView::cancelImport()
{
    if (m_importWorker) {
        m_importWorker->cancel();
        m_cancelButton->setEnabled(false);
        m_progressLabel->setText(tr("Stopping after the photos in progress…"));
    }
}

void PhotoLibraryView::finishImport()
{
    m_progressRow->hide();
    if (m_importThread) {
        m_importThread->quit();
        m_importThread->wait();
        m_importThread->deleteLater();
    }
    m_importThread = nullptr;
    m_importWorker = nullptr;
}

void PhotoLibraryView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by caption, file name, credit or keyword…"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setSpecialValueText(tr("any date"));
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(tr("any date")) + 48);
    }
    m_importFilesAction->setText(tr("Import Photos…"));
    m_importFolderAction->setText(tr("Import a Folder…"));
    m_cancelButton->setText(tr("Cancel"));
    m_grid->setToolTip(tr("Drop photo files or folders here to import them; drag photos onto "
                          "an item's photo strip to attach them."));
    updateCount();
}

void PhotoLibraryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Press::Ui

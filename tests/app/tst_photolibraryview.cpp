// The photo library and the item photo strip in the real main window, offscreen: the grid and
// its filters, thumbnails arriving from the background, imports with a bad file among good ones,
// caption editing, "used in" navigation, attaching, ordering and the cover, a conflicting edit.
#include <archive/archivechecker.h>
#include <archive/photolistmodel.h>
#include <common/translator.h>
#include <demo/demoarchive.h>
#include <support/testsupport.h>
#include <ui/dialogservice.h>
#include <ui/mainwindow.h>
#include <ui/photolibraryview.h>
#include <ui/photopanel.h>
#include <ui/photostrip.h>

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

class ScriptedDialogs final : public Ui::DialogService
{
public:
    QStringList nextFiles;
    QList<Error> errors;
    QStringList reports; // summary + details

    QStringList chooseFiles(QWidget *, const QString &, const QString &) override
    {
        return std::exchange(nextFiles, {});
    }
    QString chooseDirectory(QWidget *, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const Error &error) override { errors << error; }
    void showReport(QWidget *, const QString &, const QString &summary,
                    const QString &details) override
    {
        reports << summary + u'\n' + details;
    }
};

} // namespace

class tst_PhotoLibraryView final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::PhotoLibraryView *library() { return m_window->photoLibrary(); }
    Archive::PhotoListModel *model() { return library()->model(); }
    Ui::PhotoStrip *strip() { return m_window->photoStrip(); }
    Archive::Archive &archive() { return *m_window->archive(); }

    void selectRow(int row)
    {
        QListView *grid = library()->grid();
        grid->setCurrentIndex(model()->index(row));
    }

    int rowOfName(const QString &name)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row).data(Archive::PhotoListModel::NameRole).toString() == name)
                return row;
        }
        return -1;
    }

    // Runs an import as the GUI does and waits for it.
    void importAndWait(const QStringList &paths, qint64 itemId = 0)
    {
        QSignalSpy finished(library(), &Ui::PhotoLibraryView::importFinished);
        library()->importPaths(paths, itemId);
        QVERIFY(library()->isImporting());
        QVERIFY(finished.wait(30000));
        QVERIFY(!library()->isImporting());
    }

    void dropOn(QWidget *viewport, QMimeData *mime)
    {
        const QPoint at(viewport->width() / 2, viewport->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        QVERIFY(drop.isAccepted());
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        App::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        auto archive = Archive::Archive::create(m_tmp->filePath(u"archive"_s));
        PRESS_VERIFY_RESULT(archive);
        PRESS_VERIFY_RESULT(Demo::fillDemoArchive(**archive));
        m_dialogs = std::make_unique<ScriptedDialogs>();
        m_window = std::make_unique<Ui::MainWindow>(*m_dialogs);
        m_window->setArchive(std::move(*archive));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPhotoLibrary(true);
        // Read on a worker thread; the window is usable meanwhile.
        QTRY_VERIFY(library()->isLoaded());
    }

    void cleanup()
    {
        m_window.reset();
        m_dialogs.reset();
        m_tmp.reset();
    }

    void gridListsAndFilters()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int total = int(archive().photos().list()->size());
        QCOMPARE(model()->rowCount(), total);
        QVERIFY(total > 5);

        // Newest first.
        const QDateTime first = model()->index(0).data(Archive::PhotoListModel::DateRole).toDateTime();
        const QDateTime last = model()->index(total - 1).data(Archive::PhotoListModel::DateRole).toDateTime();
        QVERIFY(first >= last);

        // Caption words in any case, ё as е; all words must match.
        auto *filter = library()->findChild<QLineEdit *>(u"photoFilter"_s);
        filter->setText(u"ЦИНДАО"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        filter->setText(u"циндао нет-такого-слова"_s);
        QTRY_COMPARE(model()->rowCount(), 0);
        filter->clear();
        QTRY_COMPARE(model()->rowCount(), total);

        // Date range: compared with the archive itself.
        auto *from = library()->findChild<QDateEdit *>(u"photoDateFrom"_s);
        auto *to = library()->findChild<QDateEdit *>(u"photoDateTo"_s);
        from->setDate(QDate(2024, 1, 1));
        to->setDate(QDate(2024, 12, 31));
        int expected = 0;
        for (const Model::Photo &p : archive().photos().list().value())
            expected += (p.takenAt.isValid() ? p.takenAt : p.importedAt).date().year() == 2024;
        QVERIFY(expected > 0);
        QCOMPARE(model()->rowCount(), expected);
        QVERIFY(library()->findChild<QLabel *>(u"photoCount"_s)->text().contains(u" of "_s));
        from->setDate(from->minimumDate());
        to->setDate(to->minimumDate());
        QCOMPARE(model()->rowCount(), total);
    }

    void thumbnailsArriveInTheBackground()
    {
        QVERIFY(QDir(archive().thumbnails().dir()).removeRecursively()); // all must be made again
        library()->reload();
        const QString sha = model()->index(0).data(Archive::PhotoListModel::Sha256Role).toString();
        library()->grid()->viewport()->repaint(); // the view asks for the cells in view
        QTRY_VERIFY(library()->thumbnail(sha, {}) != nullptr);
        QVERIFY(archive().thumbnails().has(sha));
    }

    void importShowsNewPhotosAndReportsBadFiles()
    {
        const int before = model()->rowCount();
        const QString in = m_tmp->filePath(u"съёмка"_s);
        for (int i = 0; i < 5; ++i)
            (void)Test::writeJpeg(in + u"/кадр %1.jpg"_s.arg(i), 300, 200, 40 + i);
        QFile text(in + u"/письмо.jpg"_s);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Это письмо, а не фотография.");
        text.close();

        QSignalSpy inserted(model(), &QAbstractItemModel::rowsInserted);
        importAndWait({in});
        QVERIFY(inserted.count() >= 5); // each photo appeared as soon as it was imported
        QCOMPARE(model()->rowCount(), before + 5);
        QVERIFY(rowOfName(u"кадр 3.jpg"_s) >= 0);
        QCOMPARE(m_dialogs->reports.size(), 1);
        QVERIFY2(m_dialogs->reports.constFirst().contains(u"письмо.jpg: This is not a photo"_s),
                 qPrintable(m_dialogs->reports.constFirst()));
        QVERIFY(!library()->findChild<QWidget *>(u"photoImportProgress"_s)->isVisible());

        // Files dropped on the grid are imported too; a second copy is not.
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(in + u"/кадр 0.jpg"_s)});
        QSignalSpy finished(library(), &Ui::PhotoLibraryView::importFinished);
        dropOn(library()->grid()->viewport(), mime);
        QVERIFY(finished.wait(30000));
        const auto report = finished.constFirst().constFirst().value<Archive::PhotoImportReport>();
        QCOMPARE(report.count(Archive::PhotoImportEntry::Outcome::AlreadyInLibrary), 1);
        QCOMPARE(model()->rowCount(), before + 5);
        delete mime;
    }

    void cancelStopsTheImport()
    {
        const QString in = m_tmp->filePath(u"many"_s);
        for (int i = 0; i < 120; ++i)
            (void)Test::writeJpeg(in + u"/%1.jpg"_s.arg(i, 3, 10, QChar(u'0')), 640, 480, i);
        QSignalSpy finished(library(), &Ui::PhotoLibraryView::importFinished);
        library()->importPaths({in});
        library()->cancelImport();
        QVERIFY(finished.wait(30000));
        const auto report = finished.constFirst().constFirst().value<Archive::PhotoImportReport>();
        QVERIFY(report.cancelled);
        QVERIFY(report.entries.size() < 120);
        auto problems = Archive::checkArchive(archive());
        PRESS_VERIFY_RESULT(problems);
        QVERIFY(problems->isEmpty());
    }

    void panelEditsCaptionsAndSavesOnSwitch()
    {
        selectRow(0);
        Ui::PhotoPanel *panel = library()->panel();
        const qint64 firstId = panel->photoId();
        QVERIFY(firstId != 0);
        auto *ru = panel->findChild<QPlainTextEdit *>(u"captionRu"_s);
        auto *save = panel->findChild<QPushButton *>(u"savePhotoButton"_s);
        QVERIFY(!save->isEnabled());
        ru->setPlainText(u"  Новая подпись к снимку  "_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(archive().photos().load(firstId)->captionRu, u"Новая подпись к снимку"_s);
        QCOMPARE(model()->index(model()->rowOf(firstId)).data(Archive::PhotoListModel::CaptionRole)
                     .toString(),
                 archive().photos().load(firstId)->captionEn.isEmpty()
                     ? u"Новая подпись к снимку"_s
                     : archive().photos().load(firstId)->captionEn); // English UI: English first
        library()->findChild<QLineEdit *>(u"photoFilter"_s)->setText(u"подпись снимку"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->photoId(0), firstId);
        library()->findChild<QLineEdit *>(u"photoFilter"_s)->clear();
        QTRY_VERIFY(model()->rowCount() > 1);
        selectRow(model()->rowOf(firstId));

        // Typed, not saved, then another photo chosen: nothing is lost.
        panel->findChild<QLineEdit *>(u"credit"_s)->setText(u"Фото: Пресс-служба"_s);
        selectRow(1);
        QVERIFY(panel->photoId() != firstId);
        QCOMPARE(archive().photos().load(firstId)->credit, u"Фото: Пресс-служба"_s);
    }

    void usedInOpensTheItem()
    {
        const Model::Photo photo = archive().photos().list()->constFirst();
        const QList<qint64> usage = archive().photos().usage(photo.id).value();
        QVERIFY(!usage.isEmpty());
        library()->selectPhoto(photo.id);
        auto *usedIn = library()->panel()->findChild<QListWidget *>(u"photoUsedIn"_s);
        QCOMPARE(usedIn->count(), usage.size());
        emit usedIn->itemActivated(usedIn->item(0));
        QCOMPARE(m_window->findChild<QTabWidget *>(u"mainTabs"_s)->currentIndex(), 0);
        QCOMPARE(strip()->itemId(), usage.constFirst());
        QVERIFY(strip()->photoIds().contains(photo.id));
    }

    void stripAttachesOrdersAndSetsTheCover()
    {
        m_window->showPhotoLibrary(false);
        // An item without photos.
        qint64 itemId = 0;
        for (qint64 id : archive().items().ids().value()) {
            if (archive().items().load(id)->photos.isEmpty()) {
                itemId = id;
                break;
            }
        }
        QVERIFY(itemId != 0);
        QVERIFY(m_window->selectItem(itemId));
        QCOMPARE(strip()->itemId(), itemId);
        QCOMPARE(strip()->list()->count(), 0);

        // Photos dragged from the library onto the strip.
        const auto photos = archive().photos().list().value();
        auto usage = [this](qint64 photoId) {
            return model()->index(model()->rowOf(photoId)).data(Archive::PhotoListModel::UsageRole).toInt();
        };
        const int usageBefore = usage(photos.at(2).id);
        auto *mime = new QMimeData;
        mime->setData(QString(Archive::PhotoListModel::kMimeType),
                      QByteArray::number(photos.at(0).id) + '\n' + QByteArray::number(photos.at(1).id)
                          + '\n' + QByteArray::number(photos.at(2).id));
        dropOn(strip()->list()->viewport(), mime);
        delete mime;
        QVERIFY2(m_dialogs->errors.isEmpty(), qPrintable(m_dialogs->errors.value(0).detail));
        QCOMPARE(strip()->photoIds(), (QList<qint64>{photos.at(0).id, photos.at(1).id, photos.at(2).id}));
        auto item = archive().items().load(itemId);
        QCOMPARE(item->photos.size(), 3);
        QVERIFY(item->photos.at(0).isCover);
        QVERIFY(strip()->list()->item(0)->text().contains(u"Cover"_s));
        QCOMPARE(usage(photos.at(2).id), usageBefore + 1); // the grid's badge follows

        // Reordered with the third as cover.
        QVERIFY(strip()->setPhotos({photos.at(2).id, photos.at(0).id, photos.at(1).id},
                                   photos.at(0).id));
        item = archive().items().load(itemId);
        QCOMPARE(item->photos.at(0).photoId, photos.at(2).id);
        QVERIFY(item->photos.at(1).isCover);
        QVERIFY(!item->photos.at(0).isCover);
        // The list's photo count follows.
        QSqlQuery count(archive().connection());
        QVERIFY(count.exec(u"SELECT photo_count FROM item WHERE id = %1"_s.arg(itemId)));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 3);
        count.finish(); // an open read would hold an old snapshot

        // Someone else saves the item meanwhile: the strip reports it and shows what is stored.
        auto other = Archive::Archive::open(archive().path());
        PRESS_VERIFY_RESULT(other);
        auto elsewhere = (*other)->items().load(itemId);
        elsewhere->photos.removeLast();
        PRESS_VERIFY_RESULT((*other)->items().save(*elsewhere));
        QVERIFY(!strip()->setPhotos({photos.at(1).id}, photos.at(1).id));
        QCOMPARE(m_dialogs->errors.constLast().code, ErrorCode::Conflict);
        QCOMPARE(strip()->list()->count(), 2);

        // Files dropped on the strip are imported and attached.
        const QString file = Test::writeJpeg(m_tmp->filePath(u"новое.jpg"_s), 300, 200, 77);
        auto *files = new QMimeData;
        files->setUrls({QUrl::fromLocalFile(file)});
        QSignalSpy finished(library(), &Ui::PhotoLibraryView::importFinished);
        dropOn(strip()->list()->viewport(), files);
        delete files;
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE(strip()->list()->count(), 3);
        QCOMPARE(archive().items().load(itemId)->photos.size(), 3);
    }
};

QTEST_MAIN(tst_PhotoLibraryView)
#include "tst_photolibraryview.moc"

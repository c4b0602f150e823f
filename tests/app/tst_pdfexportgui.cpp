// PDF export from the real main window, offscreen: the export dialog's choices, saving in the
// background, the print preview of a search's digest and saving from it, cancelling, a bad
// destination, the selection of several rows, and the PDF header settings.
#include <archive/itemlistmodel.h>
#include <demo/demoarchive.h>
#include <export/pdfdocument.h>
#include <export/pdfsource.h>
#include <support/testsupport.h>
#include <ui/dialogservice.h>
#include <ui/mainwindow.h>
#include <ui/organisationdialog.h>
#include <ui/pdfexportdialog.h>
#include <ui/pdfpreviewdialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

class ScriptedDialogs final : public Ui::DialogService
{
public:
    std::optional<Ui::PdfExportChoice> nextChoice;
    QString nextSavePath;
    bool saveFromPreview = true;
    Ui::PdfExportSetup lastSetup;
    int previewedPages = -1;
    int previewDocumentPages = -1;
    QList<Error> errors;
    QStringList nextFiles;

    std::optional<Ui::PdfExportChoice> choosePdfExport(QWidget *, const Ui::PdfExportSetup &setup) override
    {
        lastSetup = setup;
        return std::exchange(nextChoice, std::nullopt);
    }
    QString chooseSaveFile(QWidget *, const QString &, const QString &suggested, const QString &) override
    {
        if (!suggested.endsWith(u".pdf"_s))
            errors << makeError(ErrorCode::Unknown, u"suggested " + suggested);
        return nextSavePath;
    }
    // The real preview dialog, shown and read, then answered.
    bool previewPdf(QWidget *parent, const Ui::PdfPreview &preview) override
    {
        Ui::PdfPreviewDialog dialog(preview, parent);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        previewedPages = dialog.previewWidget()->pageCount();
        previewDocumentPages = preview.pageCount;
        return saveFromPreview;
    }
    QStringList chooseFiles(QWidget *, const QString &, const QString &) override
    {
        return std::exchange(nextFiles, {});
    }
    void showError(QWidget *, const QString &, const Error &error) override { errors << error; }
};

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {pdf, u"-"_s});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class tst_PdfExportGui final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<Ui::MainWindow> m_window;
    Archive::Archive &archive() { return *m_window->archive(); }
    QTableView *list() { return m_window->findChild<QTableView *>(u"itemList"_s); }

    qint64 idOf(const QDate &date)
    {
        for (qint64 id : archive().items().ids().value())
            if (archive().items().load(id)->eventDate == date)
                return id;
        return 0;
    }

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

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
        QVERIFY(list());
    }

    void cleanup()
    {
        m_window.reset();
        m_dialogs.reset();
        m_tmp.reset();
    }

    void savesTheCurrentItem()
    {
        const qint64 id = idOf(QDate(2018, 6, 9));
        QVERIFY(m_window->selectItem(id));
        Ui::PdfExportChoice choice;
        choice.request.itemIds = {id};
        choice.request.options.language = Export::PdfLanguage::Both;
        m_dialogs->nextChoice = choice;
        m_dialogs->nextSavePath = m_tmp->filePath(u"Циндао.pdf"_s);
        QSignalSpy exported(m_window.get(), &Ui::MainWindow::pdfExported);
        m_window->exportPdf();
        QCOMPARE(m_dialogs->lastSetup.currentItem, id);
        QVERIFY(m_dialogs->lastSetup.currentTitle.contains(u"Хачатуров"_s));
        QVERIFY(m_window->isExportingPdf());
        QVERIFY(exported.wait(30000));
        QVERIFY(!m_window->isExportingPdf());
        QCOMPARE(exported.at(0).at(0).toString(), m_dialogs->nextSavePath);
        const QString text = pdfText(m_dialogs->nextSavePath);
        QVERIFY(text.contains(u"Хачатуров принял участие"_s));
        QVERIFY(text.contains(u"CSTO Secretary General"_s));
        QVERIFY(m_dialogs->errors.isEmpty());
    }

    void previewsASearchDigestThenSaves()
    {
        QSignalSpy searched(m_window.get(), &Ui::MainWindow::searchFinished);
        m_window->setSearchText(u"date:2018"_s);
        QVERIFY(searched.wait(10000));
        m_window->exportPdf(); // no choice scripted: cancelled, nothing happens
        QCOMPARE(m_dialogs->lastSetup.searchText, u"date:2018"_s);
        QCOMPARE(m_dialogs->lastSetup.searchCount, 3);
        QVERIFY(!m_window->isExportingPdf());

        Ui::PdfExportChoice choice;
        choice.preview = true;
        choice.request.query = u"date:2018"_s;
        choice.request.options.digest = true;
        choice.request.options.title = u"2018"_s;
        m_dialogs->nextChoice = choice;
        m_dialogs->nextSavePath = m_tmp->filePath(u"digest.pdf"_s);
        QSignalSpy exported(m_window.get(), &Ui::MainWindow::pdfExported);
        m_window->exportPdf();
        QVERIFY(exported.wait(30000));
        // The preview showed every page of this short digest; the saved file is the same one.
        QVERIFY(m_dialogs->previewDocumentPages > 3);
        QCOMPARE(m_dialogs->previewedPages, m_dialogs->previewDocumentPages);
        QCOMPARE(exported.at(0).at(1).toInt(), m_dialogs->previewDocumentPages);
        QVERIFY(pdfText(m_dialogs->nextSavePath).contains(u"Сессия Совета коллективной безопасности"_s));

        // Closing the preview without saving writes nothing.
        m_dialogs->saveFromPreview = false;
        m_dialogs->nextChoice = choice;
        m_dialogs->nextSavePath = m_tmp->filePath(u"not-saved.pdf"_s);
        m_dialogs->previewedPages = -1;
        m_window->exportPdf();
        QTRY_VERIFY(m_dialogs->previewedPages > 0);
        QTRY_VERIFY(!m_window->isExportingPdf());
        QVERIFY(!QFileInfo::exists(m_dialogs->nextSavePath));
    }

    void cancelLeavesNoFile()
    {
        Ui::PdfExportChoice choice;
        choice.request.allItems = true;
        choice.request.options.digest = true;
        choice.request.options.photoDpi = 300;
        m_dialogs->nextChoice = choice;
        m_dialogs->nextSavePath = m_tmp->filePath(u"all.pdf"_s);
        QSignalSpy failed(m_window.get(), &Ui::MainWindow::pdfExportFailed);
        m_window->exportPdf();
        auto *progress = m_window->findChild<QProgressDialog *>(u"pdfProgress"_s);
        QVERIFY(progress);
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::Cancelled);
        QVERIFY(m_dialogs->errors.isEmpty()); // a cancel is not an error message
        QVERIFY(!QFileInfo::exists(m_dialogs->nextSavePath));
        QCOMPARE(QDir(m_tmp->path()).entryList({u"all.pdf*"_s}, QDir::Files | QDir::Hidden).size(), 0);
    }

    void badDestinationIsReported()
    {
        const qint64 id = idOf(QDate(2018, 6, 9));
        Ui::PdfExportChoice choice;
        choice.request.itemIds = {id};
        m_dialogs->nextChoice = choice;
        m_dialogs->nextSavePath = m_tmp->filePath(u"no such folder/item.pdf"_s);
        QSignalSpy failed(m_window.get(), &Ui::MainWindow::pdfExportFailed);
        m_window->exportPdf();
        QVERIFY(failed.wait(30000));
        QCOMPARE(m_dialogs->errors.size(), 1);
        QCOMPARE(m_dialogs->errors.first().code, ErrorCode::NotFound);
    }

    void severalSelectedRows()
    {
        QTableView *view = list();
        view->selectionModel()->clear();
        for (int row = 0; row < 3; ++row)
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_window->exportPdf();
        QCOMPARE(m_dialogs->lastSetup.selected.size(), 3);
        QCOMPARE(m_dialogs->lastSetup.totalItems, archive().items().count().value());
    }

    void exportDialogChoices()
    {
        Ui::PdfExportSetup setup;
        setup.currentItem = 7;
        setup.currentTitle = u"Новость"_s;
        setup.selected = {7, 8, 9};
        setup.searchText = u"ШОС"_s;
        setup.searchCount = 5;
        setup.totalItems = 34;
        Ui::PdfExportDialog dialog(setup);
        auto *scope = dialog.findChild<QComboBox *>(u"pdfScope"_s);
        QCOMPARE(scope->count(), 4);
        QCOMPARE(scope->currentIndex(), 1); // the selection, when there is one
        Ui::PdfExportChoice choice = dialog.choice();
        QCOMPARE(choice.request.itemIds, (QList<qint64>{7, 8, 9}));
        QVERIFY(choice.request.options.digest);

        scope->setCurrentIndex(0);
        QVERIFY(!dialog.findChild<QLineEdit *>(u"pdfTitle"_s)->isEnabled());
        auto *language = dialog.findChild<QComboBox *>(u"pdfLanguage"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        auto *paper = dialog.findChild<QComboBox *>(u"pdfPaper"_s);
        paper->setCurrentIndex(paper->findData(u"letter"_s));
        choice = dialog.choice();
        QCOMPARE(choice.request.itemIds, (QList<qint64>{7}));
        QVERIFY(!choice.request.options.digest);
        QCOMPARE(choice.request.options.language, Export::PdfLanguage::En);
        QCOMPARE(choice.request.options.paper, Export::PaperSize::Letter);

        scope->setCurrentIndex(2);
        QVERIFY(dialog.findChild<QLineEdit *>(u"pdfTitle"_s)->isEnabled());
        dialog.findChild<QCheckBox *>(u"pdfNewPage"_s)->setChecked(false);
        choice = dialog.choice();
        QCOMPARE(choice.request.query, u"ШОС"_s);
        QCOMPARE(choice.request.options.title, u"ШОС"_s);
        QVERIFY(!choice.request.options.newPagePerItem);
        scope->setCurrentIndex(3);
        QVERIFY(dialog.choice().request.allItems);
    }

    void pdfHeaderSettings()
    {
        Ui::OrganisationDialog dialog({}, *m_dialogs);
        dialog.findChild<QLineEdit *>(u"organisationNameRu"_s)->setText(u"Секретариат ОДКБ"_s);
        dialog.findChild<QLineEdit *>(u"organisationNameEn"_s)->setText(u"CSTO Secretariat"_s);
        QFile bad(m_tmp->filePath(u"logo.png"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("GIF89a not really");
        bad.close();
        QVERIFY(!dialog.setLogoFile(bad.fileName()));
        QCOMPARE(m_dialogs->errors.size(), 1);
        QVERIFY(dialog.organisation().logo.isEmpty());
        const QString good = Test::writeJpeg(m_tmp->filePath(u"logo.jpg"_s), 120, 120, 3);
        QVERIFY(dialog.setLogoFile(good));
        const Export::Organisation organisation = dialog.organisation();
        QCOMPARE(organisation.nameEn, u"CSTO Secretariat"_s);
        QVERIFY(!organisation.logo.isEmpty());
        PRESS_VERIFY_RESULT(Export::saveOrganisation(archive(), organisation));

        const qint64 id = idOf(QDate(2018, 6, 9));
        Ui::PdfExportChoice choice;
        choice.request.itemIds = {id};
        m_dialogs->nextChoice = choice;
        m_dialogs->nextSavePath = m_tmp->filePath(u"header.pdf"_s);
        QSignalSpy exported(m_window.get(), &Ui::MainWindow::pdfExported);
        m_window->exportPdf();
        QVERIFY(exported.wait(30000));
        QVERIFY(pdfText(m_dialogs->nextSavePath).contains(u"CSTO Secretariat"_s));
    }
};

QTEST_MAIN(tst_PdfExportGui)
#include "tst_pdfexportgui.moc"

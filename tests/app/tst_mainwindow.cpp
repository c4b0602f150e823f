// The real main window on the demo archive, offscreen: list, sorting, preview, errors.
#include <archive/itemlistmodel.h>
#include <common/translator.h>
#include <demo/demoarchive.h>
#include <support/testsupport.h>
#include <ui/dialogservice.h>
#include <ui/itempreview.h>
#include <ui/mainwindow.h>
#include <search/searchresultmodel.h>
#include <search/searcher.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

// Answers dialogs from a script and remembers every error it was asked to show.
class ScriptedDialogs final : public Ui::DialogService
{
public:
    QString nextDirectory;
    QString nextText;
    bool confirmAnswer = true;
    QList<Error> errors;

    QString askText(QWidget *, const QString &, const QString &, const QString &) override
    {
        return std::exchange(nextText, QString());
    }
    bool confirm(QWidget *, const QString &, const QString &) override { return confirmAnswer; }

    QString chooseDirectory(QWidget *, const QString &, const QString &) override
    {
        return std::exchange(nextDirectory, QString());
    }
    void showError(QWidget *, const QString &, const Error &error) override { errors << error; }
};

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<Ui::MainWindow> m_window;

    QTableView *list() { return m_window->findChild<QTableView *>(u"itemList"_s); }
    QLineEdit *searchBox() { return m_window->findChild<QLineEdit *>(u"searchBox"_s); }
    QLabel *searchMessage() { return m_window->findChild<QLabel *>(u"searchMessage"_s); }

    // Types as a user does: key presses for ASCII, input-method commits for Cyrillic
    // (QTest::keyClicks cannot send non-ASCII in Qt 6.4).
    void type(const QString &text)
    {
        QLineEdit *box = searchBox();
        box->setFocus();
        for (QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(box, c.toLatin1());
            } else {
                QInputMethodEvent event;
                event.setCommitString(QString(c));
                QCoreApplication::sendEvent(box, &event);
            }
        }
    }

    int expectedTotal(const QString &text)
    {
        auto parsed = Search::parseQuery(text);
        auto result = Search::Searcher(m_window->archive()->connection())
                          .search(std::get<Search::Query>(parsed));
        return result ? result->total : -1;
    }
    Ui::ItemPreview *preview() { return m_window->findChild<Ui::ItemPreview *>(u"itemPreview"_s); }

    int rowOfTitle(const QString &titleRu)
    {
        QAbstractItemModel *model = list()->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, Archive::ItemListModel::TitleRu).data().toString() == titleRu)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        App::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void init()
    {
        QTest::failOnWarning(
            QRegularExpression(u"^(?!This plugin does not support propagateSizeHints)"_s));
        m_tmp = std::make_unique<QTemporaryDir>();
        auto demo = Demo::createDemoArchive(m_tmp->filePath(u"Демо"_s));
        PRESS_VERIFY_RESULT(demo);
        m_dialogs = std::make_unique<ScriptedDialogs>();
        m_window = std::make_unique<Ui::MainWindow>(*m_dialogs);
        m_window->setArchive(std::move(*demo));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_dialogs.reset();
        m_tmp.reset();
    }

    // Two items holding the two languages of one event (pulled from a site that does not link
    // translations) become one from the list.
    void joinsTwoItemsIntoOne()
    {
        Archive::Archive &archive = *m_window->archive();
        Model::Item english = Test::makeItem(QString(), u"Summit in Minsk"_s, QString(), u"The summit ended."_s);
        english.ru = {Language::Ru, {}, {}, {}, {}, {}, {}};
        english.sourceLanguage = Language::En;
        PRESS_VERIFY_RESULT(archive.items().create(english));
        Model::Item russian = Test::makeItem(u"Саммит в Минске"_s, QString(), u"Саммит завершился."_s, QString());
        russian.en = {Language::En, {}, {}, {}, {}, {}, {}};
        PRESS_VERIFY_RESULT(archive.items().create(russian));
        const int before = archive.items().count().value();
        for (QAction *action : m_window->findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
                action->trigger();
        QVERIFY(m_window->selectItem(english.id)); // the English one first: the Russian one stays
        const auto rowOf = [&](qint64 id) {
            for (int row = 0; row < list()->model()->rowCount(); ++row)
                if (list()->model()->index(row, 0).data(Archive::ItemListModel::ItemIdRole).toLongLong() == id)
                    return row;
            return -1;
        };
        list()->selectionModel()->select(list()->model()->index(rowOf(russian.id), 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(list()->selectionModel()->selectedRows().size(), 2);
        QVERIFY(m_window->joinSelectedItems());
        QCOMPARE(archive.items().count().value(), before - 1);
        const Model::Item joined = archive.items().load(russian.id).value();
        QCOMPARE(joined.ru.title, u"Саммит в Минске"_s);
        QCOMPARE(joined.en.title, u"Summit in Minsk"_s);
        QCOMPARE(joined.en.body, u"The summit ended."_s);
        QVERIFY(!archive.items().load(english.id));
        QCOMPARE(list()->selectionModel()->currentIndex().data(Archive::ItemListModel::ItemIdRole).toLongLong(),
                 russian.id);
        QVERIFY(m_dialogs->errors.isEmpty());

        // Two Russian items are not two halves of one: refused, nothing changes.
        QVERIFY(m_window->selectItem(russian.id));
        list()->selectionModel()->select(list()->model()->index(rowOf(russian.id) == 0 ? 1 : 0, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(!m_window->joinSelectedItems());
        QCOMPARE(m_dialogs->errors.size(), 1);
        QCOMPARE(m_dialogs->errors.first().code, ErrorCode::InvalidArgument);
        QCOMPARE(archive.items().count().value(), before - 1);
    }

    void listsTheDemoArchive()
    {
        QAbstractItemModel *model = list()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_window->itemModel()->totalCount(), 34);
        QCOMPARE(model->rowCount(), 34);
        QCOMPARE(model->headerData(Archive::ItemListModel::TitleRu, Qt::Horizontal).toString(),
                 u"Title (Russian)"_s);
        QCOMPARE(model->headerData(Archive::ItemListModel::Photos, Qt::Horizontal).toString(),
                 u"Photos"_s);
        // Newest first; codes appear as labels.
        QCOMPARE(model->index(0, Archive::ItemListModel::Date).data().toString(), u"15/05/2026"_s);
        QCOMPARE(model->index(0, Archive::ItemListModel::Status).data().toString(), u"Draft"_s);
        QCOMPARE(model->index(0, Archive::ItemListModel::StateEn).data().toString(), u"Missing"_s);
        QCOMPARE(model->index(0, Archive::ItemListModel::StateRu).data().toString(), u"Original"_s);
        const QLabel *status = m_window->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY2(status->text().startsWith(u"34 items"_s), qPrintable(status->text()));
        QCOMPARE(m_dialogs->errors.size(), 0);
    }

    void previewShowsBothLanguagesAndPhotos()
    {
        const int row = rowOfTitle(
            u"Генеральный секретарь ОДКБ Юрий Хачатуров принял участие во встрече высших "
            "исполнительных должностных лиц СНГ, ОДКБ и ШОС"_s);
        QVERIFY(row >= 0);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                          list()->visualRect(list()->model()->index(row, 2)).center());
        QTRY_VERIFY(preview()->itemId() > 0);
        const QString text = preview()->toPlainText();
        QVERIFY2(text.contains(u"Циндао"_s), qPrintable(text));
        QVERIFY(text.contains(u"CSTO Secretary General Yury Khachaturov takes part"_s));
        QVERIFY(text.contains(u"Done"_s));
        QVERIFY(text.contains(u"Qingdao, 9 June 2018"_s));       // English caption
        QVERIFY(text.contains(u"Циндао, 9 июня 2018 года"_s));  // Russian caption
        // The thumbnail is made in the background and then shown.
        QTRY_VERIFY_WITH_TIMEOUT(preview()->toHtml().contains(u"<img"_s), 10000);
        QVERIFY(QFile::exists(m_tmp->filePath(u"Демо/thumbnails"_s)));
    }

    void outdatedTranslationIsVisible()
    {
        const int row = rowOfTitle(u"Генеральный секретарь ОДКБ провёл встречу с делегацией ОБСЕ"_s);
        QVERIFY(row >= 0);
        QCOMPARE(list()->model()->index(row, Archive::ItemListModel::StateEn).data().toString(),
                 u"Outdated"_s);
        list()->selectRow(row);
        QTRY_VERIFY(preview()->toPlainText().contains(u"Outdated"_s));
    }

    void sortsByClickingAHeader()
    {
        QHeaderView *header = list()->horizontalHeader();
        const int x = header->sectionViewportPosition(Archive::ItemListModel::Date)
                      + header->sectionSize(Archive::ItemListModel::Date) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QAbstractItemModel *model = list()->model();
        QTRY_COMPARE(model->index(0, Archive::ItemListModel::Date).data().toString(),
                     u"14/05/2002"_s);
        const int sx = header->sectionViewportPosition(Archive::ItemListModel::StateEn)
                       + header->sectionSize(Archive::ItemListModel::StateEn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(sx, header->height() / 2));
        QTRY_COMPARE(model->index(0, Archive::ItemListModel::StateEn).data().toString(),
                     u"Done"_s);
    }

    void brokenArchiveShowsAnErrorAndKeepsTheOpenOne()
    {
        const QString broken = m_tmp->filePath(u"broken"_s);
        QVERIFY(QDir().mkpath(broken));
        QFile f(broken + u"/archive.sqlite"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not sqlite");
        f.close();
        m_dialogs->nextDirectory = broken;
        m_window->findChild<QAction *>(u"openArchiveAction"_s)->trigger();
        QCOMPARE(m_dialogs->errors.size(), 1);
        QCOMPARE(m_dialogs->errors.first().code, ErrorCode::ArchiveCorrupt);
        QVERIFY(m_window->archive()->path().endsWith(u"Демо"_s));
        QCOMPARE(m_window->itemModel()->totalCount(), 34);
    }

    void opensAnotherArchive()
    {
        const QString other = m_tmp->filePath(u"other"_s);
        {
            auto archive = Test::createArchive(other);
            QVERIFY(archive);
            Model::Item item = Test::makeItem(u"Единственная запись"_s, u"The only item"_s);
            PRESS_VERIFY_RESULT(archive->items().create(item));
        }
        QSignalSpy changed(m_window.get(), &Ui::MainWindow::archiveChanged);
        m_dialogs->nextDirectory = other;
        m_window->findChild<QAction *>(u"openArchiveAction"_s)->trigger();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_window->itemModel()->totalCount(), 1);
        QTRY_VERIFY(preview()->toPlainText().contains(u"The only item"_s));
        QCOMPARE(m_dialogs->errors.size(), 0);
    }

    void searchAsYouType()
    {
        QSignalSpy finished(m_window.get(), &Ui::MainWindow::searchFinished);
        type(u"встреча"_s);
        QTRY_VERIFY(finished.count() >= 1);
        // Results of the whole word, not of a prefix typed on the way.
        QTRY_COMPARE(finished.last().at(0).toInt(), expectedTotal(u"встреча"_s));
        QVERIFY(m_window->isSearching());
        QAbstractItemModel *model = list()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), expectedTotal(u"встреча"_s));
        QCOMPARE(model->headerData(Search::SearchResultModel::Match, Qt::Horizontal).toString(),
                 u"Found in"_s);
        const QString snippet = model->index(0, Search::SearchResultModel::Match).data().toString();
        QVERIFY2(snippet.contains(u"встреч"_s, Qt::CaseInsensitive), qPrintable(snippet));
        QVERIFY(!model->index(0, Search::SearchResultModel::Match)
                     .data(Search::SearchResultModel::MatchesRole).toList().isEmpty());
        // The selected hit is shown with the found words marked.
        QTRY_VERIFY(preview()->highlightCount() > 0);
        const QLabel *status = m_window->findChild<QLabel *>(u"statusLabel"_s);
        QTRY_VERIFY2(status->text().contains(u"found"_s), qPrintable(status->text()));

        // More words narrow it; clearing the box brings the whole list back.
        finished.clear();
        type(u" date:2018"_s);
        QTRY_VERIFY(finished.count() >= 1);
        QTRY_COMPARE(finished.last().at(0).toInt(), expectedTotal(u"встреча date:2018"_s));
        QCOMPARE(list()->model()->rowCount(), expectedTotal(u"встреча date:2018"_s));
        searchBox()->clear();
        QTRY_VERIFY(!m_window->isSearching());
        QCOMPARE(list()->model()->rowCount(), 34);
        QCOMPARE(preview()->highlightCount(), 0);
        QCOMPARE(m_dialogs->errors.size(), 0);
    }

    void filtersAreChipsThatRemoveThemselves()
    {
        QSignalSpy finished(m_window.get(), &Ui::MainWindow::searchFinished);
        type(u"meeting date:2018 has:photo"_s);
        QTRY_VERIFY(finished.count() >= 1);
        const auto chips = m_window->findChildren<QToolButton *>(u"searchChip"_s);
        QCOMPARE(chips.size(), 2);
        QVERIFY(chips.at(0)->text().startsWith(u"date:2018"_s));
        finished.clear();
        QTest::mouseClick(chips.at(0), Qt::LeftButton);
        QCOMPARE(searchBox()->text(), u"meeting has:photo"_s);
        QTRY_VERIFY(finished.count() >= 1);
        QTRY_COMPARE(finished.last().at(0).toInt(), expectedTotal(u"meeting has:photo"_s));
        QCOMPARE(m_window->findChildren<QToolButton *>(u"searchChip"_s).size(), 1);
    }

    void badQueryExplainsAndKeepsTheResults()
    {
        QSignalSpy finished(m_window.get(), &Ui::MainWindow::searchFinished);
        type(u"meeting"_s);
        QTRY_VERIFY(finished.count() >= 1);
        const int rows = list()->model()->rowCount();
        type(u" date:2018-13"_s);
        QTRY_VERIFY(searchMessage()->isVisible());
        QVERIFY2(searchMessage()->text().contains(u"2018-13"_s), qPrintable(searchMessage()->text()));
        QVERIFY(searchMessage()->text().contains(u"character 9"_s));
        QCOMPARE(list()->model()->rowCount(), rows);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(searchBox(), Qt::Key_Backspace);
        QTRY_VERIFY(!searchMessage()->isVisible());
        QCOMPARE(m_dialogs->errors.size(), 0);
    }

    void savedSearchesLiveInTheSidebar()
    {
        QSignalSpy finished(m_window.get(), &Ui::MainWindow::searchFinished);
        type(u"tag:SCO date:2018"_s);
        QTRY_VERIFY(finished.count() >= 1);
        m_dialogs->nextText = u"SCO in 2018"_s;
        QTest::mouseClick(m_window->findChild<QToolButton *>(u"saveSearchButton"_s), Qt::LeftButton);
        auto *saved = m_window->findChild<QListWidget *>(u"savedSearches"_s);
        QCOMPARE(saved->count(), 1);
        QCOMPARE(saved->item(0)->text(), u"SCO in 2018"_s);
        searchBox()->clear();
        QTRY_VERIFY(!m_window->isSearching());
        finished.clear();
        const QRect rect = saved->visualItemRect(saved->item(0));
        QTest::mouseClick(saved->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(searchBox()->text(), u"tag:SCO date:2018"_s);
        QTRY_VERIFY(finished.count() >= 1);
        QCOMPARE(finished.last().at(0).toInt(), expectedTotal(u"tag:SCO date:2018"_s));
        QVERIFY(finished.last().at(0).toInt() > 0);
        QCOMPARE(m_dialogs->errors.size(), 0);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

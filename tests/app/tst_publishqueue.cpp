// Publishing from the real main window, offscreen, to the real WordPress peer: Item → Publish
// queues both languages, the Publishing tab shows the jobs run on their worker thread to
// "Done" with the posts' addresses; a failing job (wrong password) shows the website's message
// and is retried from the tab once fixed.
#include <archive/itemlistmodel.h>
#include <demo/demoarchive.h>
#include <support/testsupport.h>
#include <ui/dialogservice.h>
#include <ui/mainwindow.h>
#include <ui/publishqueueview.h>

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

class ScriptedDialogs final : public Ui::DialogService
{
public:
    QList<Error> errors;
    void showError(QWidget *, const QString &, const Error &error) override { errors << error; }
};

} // namespace

class tst_PublishQueue final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<Ui::MainWindow> m_window;

    QString cell(int row, int column) const
    {
        auto *table = m_window->publishQueue()->table();
        return table->item(row, column) ? table->item(row, column)->text() : QString();
    }

private slots:
    void initTestCase()
    {
        Test::initTestEnvironment();
        if (qEnvironmentVariableIsEmpty("WP_URL"))
            QSKIP("No WordPress peer: scripts/test.sh starts one and sets WP_URL");
    }

    void publishesFromTheWindow()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        auto archive = Archive::Archive::create(m_tmp->filePath(u"archive"_s));
        PRESS_VERIFY_RESULT(archive);
        PRESS_VERIFY_RESULT(Demo::fillDemoArchive(**archive));
        for (auto [name, language] : {std::pair{u"gui-ru"_s, Language::Ru}, std::pair{u"gui-en"_s, Language::En}}) {
            Model::PublishTarget t;
            t.name = name;
            t.baseUrl = qEnvironmentVariable("WP_URL");
            t.user = qEnvironmentVariable("WP_USER");
            t.language = language;
            t.secretEnv = u"PRESSDESK_TEST_PASSWORD"_s;
            PRESS_VERIFY_RESULT((*archive)->publishing().addTarget(t));
        }
        qputenv("PRESSDESK_TEST_PASSWORD", "wrongwrongwrongwrong");
        m_dialogs = std::make_unique<ScriptedDialogs>();
        m_window = std::make_unique<Ui::MainWindow>(*m_dialogs);
        m_window->setArchive(std::move(*archive));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *table = m_window->publishQueue()->table();

        // A wrong password: both jobs fail with the website's own message.
        QVERIFY(m_window->selectItem(18));
        QVERIFY(m_window->publishCurrentItem());
        QCOMPARE(table->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 4) == u"Failed"_s && cell(1, 4) == u"Failed"_s, 30000);
        QVERIFY2(cell(0, 7).contains(u"401"_s), qPrintable(cell(0, 7)));

        // Fixed (as the keychain or the variable would be), retried from the tab.
        qputenv("PRESSDESK_TEST_PASSWORD", qgetenv("WP_APP_PASSWORD"));
        table->selectAll();
        m_window->publishQueue()->findChild<QPushButton *>(u"publishRetry"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, 4) == u"Done"_s && cell(1, 4) == u"Done"_s, 60000);
        for (int row = 0; row < 2; ++row) {
            auto *link = qobject_cast<QLabel *>(table->cellWidget(row, 8));
            QVERIFY(link);
            QVERIFY(link->text().contains(u"href=\""_s + qEnvironmentVariable("WP_URL")));
            QVERIFY(link->toolTip().startsWith(qEnvironmentVariable("WP_URL")));
        }
        const auto posts = m_window->archive()->publishing().remotePosts(18).value();
        QCOMPARE(posts.size(), 2);
        for (const auto &p : posts)
            QVERIFY(p.remoteId > 0 && p.status == u"publish"_s);
        QVERIFY(m_dialogs->errors.isEmpty());
        m_window.reset();
    }
};

QTEST_MAIN(tst_PublishQueue)
#include "tst_publishqueue.moc"

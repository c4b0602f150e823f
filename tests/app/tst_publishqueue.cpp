// Publishing from the real main window, offscreen, to the real WordPress peer: Item → Publish
// queues both languages, the Publishing tab shows the jobs run on their worker thread to
// "Done" with the posts' addresses; a failing job (wrong password) shows the website's message
// and is retried from the tab once fixed.
#include <archive/archivechecker.h>
#include <archive/itemlistmodel.h>
#include <demo/demoarchive.h>
#include <support/privatekeyring.h>
#include <support/testsupport.h>
#include <ui/dialogservice.h>
#include <ui/mainwindow.h>
#include <ui/publishqueueview.h>

#include <publish/wordpressclient.h>
#include <ui/publishdialog.h>
#include <ui/targetsdialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QRadioButton>
#include <QTextBrowser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUrlQuery>
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
    bool confirm(QWidget *, const QString &, const QString &) override { return true; }
    QList<Ui::PublishSetup> setups;
    Ui::PublishChoice nextChoice; // no targets: all of them
    std::optional<Ui::PublishChoice> choosePublication(QWidget *, const Ui::PublishSetup &setup) override
    {
        setups << setup;
        return nextChoice;
    }
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
    }

    // The post was edited on the website: the job stops as "Changed on the website"; the user
    // takes the website's version into the archive, or overwrites it.
    void conflictsAreResolvedFromTheTab()
    {
        QVERIFY(m_window);
        const auto post = m_window->archive()->publishing().remotePosts(18).value().first(); // gui-ru
        QNetworkAccessManager network;
        Publish::WordPressClient site(network, QUrl(qEnvironmentVariable("WP_URL")), qEnvironmentVariable("WP_USER"),
                                      qEnvironmentVariable("WP_APP_PASSWORD"));
        const auto editOnSite = [&](const QString &body) {
            QTest::qWait(1100); // modified_gmt counts seconds
            bool ok = false;
            QEventLoop loop;
            site.post(u"/wp/v2/posts/%1"_s.arg(post.remoteId), {{u"content"_s, u"<p>%1</p>"_s.arg(body)}},
                      [&](const Publish::WpResponse &r) {
                          ok = r.isSuccess();
                          loop.quit();
                      });
            loop.exec();
            return ok;
        };
        const auto conflictRow = [&] {
            auto *table = m_window->publishQueue()->table();
            for (int row = 0; row < table->rowCount(); ++row)
                if (cell(row, 4) == u"Changed on the website"_s)
                    return row;
            return -1;
        };
        auto *table = m_window->publishQueue()->table();
        auto *take = m_window->publishQueue()->findChild<QPushButton *>(u"publishTakeWebsite"_s);
        auto *overwrite = m_window->publishQueue()->findChild<QPushButton *>(u"publishOverwrite"_s);
        const QString before = m_window->archive()->items().load(18)->ru.body;

        QVERIFY(editOnSite(u"Текст, исправленный на сайте."_s));
        QVERIFY(m_window->publishCurrentItem());
        QTRY_VERIFY_WITH_TIMEOUT(conflictRow() >= 0, 30000);
        table->clearSelection();
        QVERIFY(!take->isEnabled());
        table->selectRow(conflictRow());
        QVERIFY(take->isEnabled() && overwrite->isEnabled());
        QSignalSpy changed(m_window->publishQueue(), &Ui::PublishQueueView::itemsChanged);
        take->click();
        QVERIFY(changed.wait(30000));
        QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{18});
        QCOMPARE(m_window->archive()->items().load(18)->ru.body, u"Текст, исправленный на сайте."_s);
        const auto history = m_window->archive()->items().history(18, Language::Ru).value();
        QVERIFY(std::any_of(history.cbegin(), history.cend(), [&](const auto &r) { return r.body == before; }));
        QCOMPARE(conflictRow(), -1); // the job was settled (cancelled)

        // Again, and this time the archive's text wins.
        QVERIFY(editOnSite(u"Вторая правка на сайте."_s));
        QVERIFY(m_window->publishCurrentItem());
        QTRY_VERIFY_WITH_TIMEOUT(conflictRow() >= 0, 30000);
        table->selectRow(conflictRow());
        overwrite->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->archive()->publishing().jobs(true).value().isEmpty(), 30000);
        bool ok = false;
        QString content;
        QEventLoop loop;
        QUrlQuery query;
        query.addQueryItem(u"context"_s, u"edit"_s);
        site.get(u"/wp/v2/posts/%1"_s.arg(post.remoteId), query, [&](const Publish::WpResponse &r) {
            ok = r.isSuccess();
            content = r.json.object().value(u"content"_s).toObject().value(u"raw"_s).toString();
            loop.quit();
        });
        loop.exec();
        QVERIFY(ok);
        QVERIFY2(content.contains(u"Текст, исправленный на сайте."_s) && !content.contains(u"Вторая правка"_s),
                 qPrintable(content));
        QVERIFY(m_dialogs->errors.isEmpty());
    }

    // Archive → Publishing Targets…: a new target with its password in a 0600 file, Test
    // Connection, a wrong password named as such, the keychain missing (as on CI) told, and
    // Pull Posts bringing the site's posts in.
    void targetsAreSetUpInTheDialog()
    {
        QVERIFY(m_window);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"); // no keychain service here
        m_window->editTargets();
        Ui::TargetsDialog *dialog = m_window->targetsDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QSignalSpy finished(dialog, &Ui::TargetsDialog::finishedWork);
        dialog->addNew();
        const auto field = [&](const char *name) { return dialog->findChild<QLineEdit *>(QString::fromLatin1(name)); };
        field("targetName")->setText(u"dialog-ru"_s);
        field("targetUrl")->setText(qEnvironmentVariable("WP_URL"));
        field("targetUser")->setText(qEnvironmentVariable("WP_USER"));
        field("targetCategory")->setText(u"Из диалога"_s);
        dialog->findChild<QComboBox *>(u"targetLanguage"_s)->setCurrentIndex(0); // Russian
        field("targetPassword")->setText(qEnvironmentVariable("WP_APP_PASSWORD"));
        auto *storage = dialog->findChild<QComboBox *>(u"targetStorage"_s);

        // The keychain first: there is none, and the dialog says what to do instead.
        storage->setCurrentIndex(0);
        dialog->findChild<QPushButton *>(u"saveTarget"_s)->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().value<Error>().code, ErrorCode::NoKeychain);
        QVERIFY2(dialog->status().contains(u"0600"_s), qPrintable(dialog->status()));

        // With a keychain (a real GNOME Keyring on a private bus): saved there, and Test
        // Connection with the password field empty takes it from there.
        // Kept until the process exits (GLib would end this process when its bus goes).
        static auto *keyring = new Test::PrivateKeyring(m_tmp->filePath(u"keyring-home"_s));
        if (keyring->start()) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", keyring->environment().value(u"DBUS_SESSION_BUS_ADDRESS"_s).toUtf8());
            field("targetPassword")->setText(qEnvironmentVariable("WP_APP_PASSWORD"));
            dialog->findChild<QPushButton *>(u"saveTarget"_s)->click();
            QVERIFY(finished.wait(20000));
            const Error saved = finished.takeFirst().first().value<Error>();
            QVERIFY2(saved.code == ErrorCode::Unknown, qPrintable(saved.detail));
            QVERIFY2(dialog->status().contains(u"keychain"_s), qPrintable(dialog->status()));
            QVERIFY(field("targetPassword")->text().isEmpty());
            dialog->findChild<QPushButton *>(u"testConnection"_s)->click();
            QVERIFY(finished.wait(20000));
            const Error tested = finished.takeFirst().first().value<Error>();
            QVERIFY2(tested.code == ErrorCode::Unknown, qPrintable(tested.detail));
            QVERIFY2(dialog->status().contains(qEnvironmentVariable("WP_USER")), qPrintable(dialog->status()));
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        } else {
            qWarning() << "keychain part skipped:" << keyring->error();
        }

        // A file only the user can read.
        const QString passwordFile = m_tmp->filePath(u"dialog.password"_s);
        storage->setCurrentIndex(1);
        field("targetStoragePlace")->setText(passwordFile);
        field("targetPassword")->setText(qEnvironmentVariable("WP_APP_PASSWORD"));
        dialog->findChild<QPushButton *>(u"saveTarget"_s)->click();
        if (finished.isEmpty())
            QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().value<Error>().code, ErrorCode::Unknown);
        QCOMPARE(QFileInfo(passwordFile).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto target = m_window->archive()->publishing().findTarget(u"dialog-ru"_s);
        QVERIFY(target);
        QCOMPARE(target->secretFile, passwordFile);
        QCOMPARE(target->category, u"Из диалога"_s);

        dialog->findChild<QPushButton *>(u"testConnection"_s)->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().value<Error>().code, ErrorCode::Unknown);
        QVERIFY2(dialog->status().contains(qEnvironmentVariable("WP_USER")), qPrintable(dialog->status()));

        field("targetPassword")->setText(u"wrongwrongwrongwrong"_s);
        dialog->findChild<QPushButton *>(u"testConnection"_s)->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().first().value<Error>().code, ErrorCode::Unauthorized);
        QVERIFY2(dialog->status().contains(u"401"_s), qPrintable(dialog->status()));
        field("targetPassword")->clear();

        // Pull Posts: a post written on the website in the target's category comes in as an item.
        QNetworkAccessManager network;
        Publish::WordPressClient site(network, QUrl(qEnvironmentVariable("WP_URL")), qEnvironmentVariable("WP_USER"),
                                      qEnvironmentVariable("WP_APP_PASSWORD"));
        const auto send = [&](const QString &route, const QJsonObject &body) {
            QJsonObject answer;
            QEventLoop loop;
            site.post(route, body, [&](const Publish::WpResponse &r) {
                answer = r.json.object();
                if (!r.isSuccess()) // the category may be there from an earlier run
                    answer.insert(u"id"_s, answer.value(u"data"_s).toObject().value(u"term_id"_s));
                loop.quit();
            });
            loop.exec();
            return answer.value(u"id"_s).toInteger();
        };
        const qint64 category = send(u"/wp/v2/categories"_s, {{u"name"_s, u"Из диалога"_s}});
        QVERIFY(category > 0);
        const QString title = u"Заметка с сайта %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(send(u"/wp/v2/posts"_s, {{u"title"_s, title}, {u"content"_s, u"<p>Текст заметки.</p>"_s},
                                        {u"status"_s, u"publish"_s}, {u"categories"_s, QJsonArray{category}}}) > 0);
        const int itemsBefore = m_window->archive()->items().count().value();
        QSignalSpy pulled(m_window->publishQueue(), &Ui::PublishQueueView::pullFinished);
        dialog->findChild<QPushButton *>(u"pullTarget"_s)->click();
        QVERIFY(pulled.wait(30000));
        QCOMPARE(pulled.first().at(1).value<Error>().code, ErrorCode::Unknown);
        QVERIFY(m_window->archive()->items().count().value() > itemsBefore);
        QVERIFY(m_dialogs->errors.isEmpty());
        bool found = false;
        for (qint64 id : m_window->archive()->items().ids().value())
            found = found || m_window->archive()->items().load(id)->ru.title == title;
        QVERIFY(found);

        // Reading a whole site (no category: every post the tests made) can be stopped; what was
        // read stays.
        Model::PublishTarget whole = *target;
        whole.id = 0;
        whole.name = u"whole-site"_s;
        whole.category.clear();
        PRESS_VERIFY_RESULT(m_window->archive()->publishing().addTarget(whole));
        pulled.clear();
        m_window->publishQueue()->pull(whole.id);
        auto *stop = m_window->publishQueue()->findChild<QPushButton *>(u"stopPull"_s);
        QVERIFY(!stop->isHidden());
        stop->click(); // reaches the worker right after the pull has started (both are queued)
        QVERIFY(pulled.wait(30000));
        QCOMPARE(pulled.first().at(1).value<Error>().code, ErrorCode::Cancelled);
        QVERIFY(stop->isHidden());
        QVERIFY(m_dialogs->errors.isEmpty()); // a stop is not an error
        const auto problems = Archive::checkArchive(*m_window->archive());
        QVERIFY(problems && problems->isEmpty());
        PRESS_VERIFY_RESULT(m_window->archive()->publishing().removeTarget(whole.id));

        dialog->findChild<QPushButton *>(u"removeTarget"_s)->click();
        QVERIFY(!m_window->archive()->publishing().findTarget(u"dialog-ru"_s));
        dialog->close();
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    // The Publish dialog's choices reach the website: withdraw the English post, and the item's
    // preview links to the posts with their state.
    void withdrawFromTheDialogAndSeeTheLinks()
    {
        QVERIFY(m_window);
        QVERIFY(m_window->selectItem(18));
        const auto posts = m_window->archive()->publishing().remotePosts(18).value();
        const auto en = m_window->archive()->publishing().findTarget(u"gui-en"_s).value();
        m_dialogs->nextChoice = {{en.id}, Model::PublishAction::Withdraw, u"publish"_s, {}};
        QVERIFY(m_window->publishCurrentItem());
        const Ui::PublishSetup setup = m_dialogs->setups.last();
        QCOMPARE(setup.targets.size(), 2);
        for (const auto &t : setup.targets)
            QVERIFY(t.hasText && t.remoteId > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->archive()->publishing().jobs(true).value().isEmpty(), 30000);
        const auto withdrawn = m_window->archive()->publishing().remotePost(18, en.id).value().value();
        QCOMPARE(withdrawn.status, u"draft"_s);
        m_dialogs->nextChoice = {};
        auto *preview = m_window->findChild<QTextBrowser *>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->toHtml().contains(withdrawn.url.toHtmlEscaped()));
        QVERIFY(preview->toPlainText().contains(u"gui-en · EN (draft)"_s));
        QVERIFY(preview->toPlainText().contains(u"gui-ru · RU (published)"_s));
    }

    void publishDialogOffersWhatMakesSense()
    {
        Model::PublishTarget ru;
        ru.id = 1;
        ru.name = u"site-ru"_s;
        ru.language = Language::Ru;
        Model::PublishTarget en = ru;
        en.id = 2;
        en.name = u"site-en"_s;
        en.language = Language::En;
        Ui::PublishSetup setup{u"Заявление"_s, {{ru, true, 0, {}}, {en, false, 0, {}}}};
        Ui::PublishDialog dialog(setup);
        auto *ruBox = dialog.findChild<QCheckBox *>(u"publishTarget_site-ru"_s);
        auto *enBox = dialog.findChild<QCheckBox *>(u"publishTarget_site-en"_s);
        QVERIFY(ruBox->isChecked() && ruBox->isEnabled());
        QVERIFY(!enBox->isChecked() && !enBox->isEnabled()); // no English title
        QVERIFY(!dialog.findChild<QRadioButton *>(u"publishWithdraw"_s)->isEnabled()); // nothing there yet
        dialog.findChild<QRadioButton *>(u"publishLater"_s)->setChecked(true);
        auto *at = dialog.findChild<QDateTimeEdit *>(u"publishAt"_s);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        at->setDateTime(QDateTime::currentDateTime().addDays(-1));
        QVERIFY(!ok->isEnabled()); // the past
        const QDateTime tomorrow = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0));
        at->setDateTime(tomorrow);
        QVERIFY(ok->isEnabled());
        const Ui::PublishChoice choice = dialog.choice();
        QCOMPARE(choice.targetIds, QList<qint64>{1});
        QCOMPARE(choice.postStatus, u"future"_s);
        QCOMPARE(choice.scheduledAt, tomorrow);
        ruBox->setChecked(false);
        QVERIFY(!ok->isEnabled()); // nowhere to publish
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(tst_PublishQueue)
#include "tst_publishqueue.moc"

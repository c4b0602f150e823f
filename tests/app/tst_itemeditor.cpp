// The editor in the real main window, offscreen: a new item typed in both languages (Cyrillic
// through input-method events), formatting, autosave to a draft, save and reopen, pasted HTML
// cleaned, a conflicting save from another connection, recovery of a draft at the next start,
// and the translation state after the source changes.
#include <common/translator.h>
#include <demo/demoarchive.h>
#include <support/testsupport.h>
#include <ui/dialogservice.h>
#include <ui/itemeditor.h>
#include <ui/mainwindow.h>
#include <ui/revisiondialog.h>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QDeadlineTimer>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextLayout>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

class ScriptedDialogs final : public Ui::DialogService
{
public:
    ConflictChoice conflictAnswer = ConflictChoice::Cancel;
    int conflictsAsked = 0;
    bool confirmAnswer = true;
    QList<Error> errors;

    ConflictChoice resolveConflict(QWidget *, const QString &, const QString &) override
    {
        ++conflictsAsked;
        return conflictAnswer;
    }
    bool confirm(QWidget *, const QString &, const QString &) override { return confirmAnswer; }
    void showError(QWidget *, const QString &, const Error &error) override { errors << error; }
    void showHtml(QWidget *, const QString &, const QString &html) override { shown << html; }
    QString askText(QWidget *, const QString &, const QString &, const QString &) override
    {
        return texts.isEmpty() ? QString() : texts.takeFirst();
    }
    QStringList texts;
    QStringList shown;
};

// Types into the focused widget as a user does: keys for ASCII, input-method commits otherwise.
void type(QWidget *widget, const QString &text, bool atEnd = true)
{
    widget->setFocus();
    if (atEnd) { // continue after what is there
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->end(false);
        else
            QTest::keyClick(widget, Qt::Key_End, Qt::ControlModifier);
    }
    for (QChar c : text) {
        if (c.unicode() < 0x80 && c != u'\n') {
            QTest::keyClick(widget, c.toLatin1());
        } else if (c == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(c));
            QCoreApplication::sendEvent(widget, &event);
        }
    }
}

} // namespace

class tst_ItemEditor final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_path;

    Ui::ItemEditor *editor() { return m_window->editor(); }
    Archive::Archive &archive() { return *m_window->archive(); }
    template<typename T>
    T *field(const QString &name) { return editor()->findChild<T *>(name); }

    void openWindow()
    {
        m_window = std::make_unique<Ui::MainWindow>(*m_dialogs);
        auto archive = Archive::Archive::open(m_path);
        PRESS_VERIFY_RESULT(archive);
        m_window->setArchive(std::move(*archive));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        editor()->setAutosaveDelay(50);
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
        m_path = m_tmp->filePath(u"archive"_s);
        auto archive = Archive::Archive::create(m_path);
        PRESS_VERIFY_RESULT(archive);
        PRESS_VERIFY_RESULT(Demo::fillDemoArchive(**archive));
        archive->reset();
        m_dialogs = std::make_unique<ScriptedDialogs>();
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_dialogs.reset();
        m_tmp.reset();
    }

    void newItemTypedAutosavedSavedAndReopened()
    {
        const int before = archive().items().count().value();
        QVERIFY(m_window->newItem());
        QCOMPARE(m_window->findChild<QTabWidget *>(u"mainTabs"_s)->currentWidget(), editor());
        QCOMPARE(archive().items().count().value(), before + 1);
        const qint64 id = editor()->itemId();

        type(field<QLineEdit>(u"title_ru"_s), u"Встреча секретарей в Циндао"_s);
        type(field<QLineEdit>(u"place_ru"_s), u"Циндао"_s);
        auto *body = field<Ui::BodyEdit>(u"body_ru"_s);
        type(body, u"Первый абзац. "_s);
        editor()->findChild<QAction *>(u"formatBold"_s)->trigger();
        type(body, u"Жирно"_s, false); // in bold, where the cursor is
        editor()->findChild<QAction *>(u"formatBold"_s)->trigger();
        type(body, u".\nВторой абзац."_s, false);
        type(field<QLineEdit>(u"title_en"_s), u"Secretaries meet in Qingdao"_s);
        QVERIFY2(field<QLabel>(u"counts_ru"_s)->text().contains(u"9 words"_s),
                 qPrintable(field<QLabel>(u"counts_ru"_s)->text()));

        // A moment after typing stops (50 ms here), the draft holds everything.
        QTRY_VERIFY(archive().drafts().load(id).value().has_value());
        auto draft = archive().drafts().load(id).value();
        QCOMPARE(draft->content.ru.title, u"Встреча секретарей в Циндао"_s);
        QCOMPARE(draft->content.ru.body, u"Первый абзац. **Жирно**.\n\nВторой абзац."_s);
        QCOMPARE(archive().items().load(id)->ru.title, QString()); // not saved yet

        QTest::keySequence(m_window.get(), QKeySequence::Save);
        auto saved = archive().items().load(id);
        QCOMPARE(saved->ru.title, u"Встреча секретарей в Циндао"_s);
        QCOMPARE(saved->ru.place, u"Циндао"_s);
        QCOMPARE(saved->en.title, u"Secretaries meet in Qingdao"_s);
        QCOMPARE(saved->ru.body, u"Первый абзац. **Жирно**.\n\nВторой абзац."_s);
        QVERIFY(!archive().drafts().load(id).value().has_value());
        QVERIFY(!editor()->isModified());

        // Another item, then back: what was typed comes back identical.
        m_window->stepItem(1);
        QVERIFY(m_window->editItem(id));
        QCOMPARE(field<Ui::BodyEdit>(u"body_ru"_s)->markdownBody(), saved->ru.body);
        QCOMPARE(field<QLineEdit>(u"title_ru"_s)->text(), saved->ru.title);
        QVERIFY(!editor()->isModified());
    }

    void misspelledWordsAreUnderlinedInTheirLanguage()
    {
        QVERIFY(m_window->newItem());
        auto underlined = [](Ui::BodyEdit *body) {
            QStringList words;
            const QTextBlock block = body->document()->firstBlock();
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    words << block.text().mid(range.start, range.length);
            }
            return words;
        };
        auto *ru = field<Ui::BodyEdit>(u"body_ru"_s);
        type(ru, u"Встерча секретарей ОДКБ и CSTO"_s);
        QCOMPARE(underlined(ru), QStringList{u"Встерча"_s});
        auto *en = field<Ui::BodyEdit>(u"body_en"_s);
        type(en, u"Secretaries meetnig in Qingdao, ОДКБ"_s);
        QCOMPARE(underlined(en), QStringList{u"meetnig"_s});
    }

    void pastedHtmlArrivesClean()
    {
        QVERIFY(m_window->newItem());
        auto *body = field<Ui::BodyEdit>(u"body_ru"_s);
        body->setFocus();
        auto *mime = new QMimeData;
        mime->setHtml(u"<p style='font-family:Calibri;color:red;font-size:20pt'>Текст "
                      "<b style='color:blue'>важный</b> <span style='background:yellow'>и "
                      "цветной</span></p><h1>Итоги</h1>"_s);
        mime->setText(u"Текст важный и цветной"_s);
        QGuiApplication::clipboard()->setMimeData(mime);
        body->paste();
        const QString md = body->markdownBody();
        QCOMPARE(md, u"Текст **важный** и цветной\n\n## Итоги"_s);
    }

    void conflictingSaveAsks()
    {
        const qint64 id = archive().items().ids().value().constFirst();
        QVERIFY(m_window->editItem(id));
        // Someone else saves the item through another connection.
        {
            auto other = Archive::Archive::open(m_path);
            PRESS_VERIFY_RESULT(other);
            auto item = (*other)->items().load(id);
            item->en.lead = u"Their lead."_s;
            PRESS_VERIFY_RESULT((*other)->items().save(*item));
        }
        type(field<QPlainTextEdit>(u"lead_ru"_s), u" Моя правка."_s);

        m_dialogs->conflictAnswer = Ui::DialogService::ConflictChoice::Cancel;
        QVERIFY(!editor()->save());
        QCOMPARE(m_dialogs->conflictsAsked, 1);
        QVERIFY(archive().drafts().load(id).value().has_value()); // mine is kept as a draft
        QVERIFY(!archive().items().load(id)->ru.lead.endsWith(u"Моя правка."_s));

        m_dialogs->conflictAnswer = Ui::DialogService::ConflictChoice::KeepMine;
        QVERIFY(editor()->save());
        auto item = archive().items().load(id);
        QVERIFY(item->ru.lead.endsWith(u"Моя правка."_s));
        QVERIFY(!archive().drafts().load(id).value().has_value());

        // Again, and this time theirs wins: the editor shows what is stored.
        {
            auto other = Archive::Archive::open(m_path);
            auto theirs = (*other)->items().load(id);
            theirs->ru.place = u"Их место"_s;
            PRESS_VERIFY_RESULT((*other)->items().save(*theirs));
        }
        type(field<QLineEdit>(u"place_ru"_s), u"X"_s);
        m_dialogs->conflictAnswer = Ui::DialogService::ConflictChoice::TakeTheirs;
        QVERIFY(!editor()->save());
        QCOMPARE(field<QLineEdit>(u"place_ru"_s)->text(), u"Их место"_s);
        QVERIFY(!editor()->isModified());
    }

    void draftIsRecoveredAtTheNextStart()
    {
        const qint64 id = archive().items().ids().value().at(3);
        QVERIFY(m_window->editItem(id));
        const QString before = archive().items().load(id)->ru.title;
        type(field<QLineEdit>(u"title_ru"_s), u" — дополнено"_s);
        QTRY_VERIFY(archive().drafts().load(id).value().has_value());
        m_window.reset(); // closed without saving

        openWindow();
        QCOMPARE(m_window->findChild<QTabWidget *>(u"mainTabs"_s)->currentWidget(), editor());
        QCOMPARE(editor()->itemId(), id);
        QCOMPARE(field<QLineEdit>(u"title_ru"_s)->text(), before + u" — дополнено"_s);
        QVERIFY(editor()->findChild<QLabel *>(u"editorStatusText"_s)->text().contains(u"restored"_s));
        QCOMPARE(archive().items().load(id)->ru.title, before); // still only a draft
        QVERIFY(editor()->save());
        QCOMPARE(archive().items().load(id)->ru.title, before + u" — дополнено"_s);
    }

    // The GUI is killed (SIGKILL) while typing: everything up to the last autosave is there
    // at the next start.
    void killedWhileTypingLosesNothingAutosaved()
    {
        const qint64 id = archive().items().ids().value().at(5);
        const QString before = archive().items().load(id)->ru.body;
        m_window.reset(); // the child has the archive to itself, as a user would

        QProcess child;
        child.setProgram(QStringLiteral(PRESS_TOOLS_DIR "/editor_child"));
        child.setArguments({m_path, QString::number(id), u"Текст до сбоя."_s});
        child.start();
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QDeadlineTimer deadline(30000);
        while (!output.contains("TYPING") && !deadline.hasExpired() && child.state() == QProcess::Running) {
            child.waitForReadyRead(200);
            output += child.readAllStandardOutput();
        }
        QVERIFY2(output.contains("AUTOSAVED") && output.contains("TYPING"),
                 QByteArray(output + " / " + child.readAllStandardError()).constData());
        child.kill(); // SIGKILL: no destructor, no autosave on exit
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        openWindow();
        QCOMPARE(editor()->itemId(), id); // reopened with its draft
        const QString body = field<Ui::BodyEdit>(u"body_ru"_s)->toPlainText();
        QVERIFY2(body.contains(u"Текст до сбоя."_s), qPrintable(body));
        QVERIFY(!body.contains(u"Текст после."_s)); // typed after the last autosave
        QCOMPARE(archive().items().load(id)->ru.body, before); // the item itself untouched
    }

    void translationStateFollowsTheSource()
    {
        // A Russian-source item whose English is done.
        qint64 id = 0;
        for (qint64 candidate : archive().items().ids().value()) {
            auto item = archive().items().load(candidate);
            if (item->sourceLanguage == Language::Ru
                && item->translationState(Language::En) == Model::TranslationState::Done) {
                id = candidate;
                break;
            }
        }
        QVERIFY(id != 0);
        QVERIFY(m_window->editItem(id));
        QCOMPARE(field<QLabel>(u"state_en"_s)->text(), u"Done"_s);
        type(field<Ui::BodyEdit>(u"body_ru"_s), u" Новое предложение."_s);
        QVERIFY(editor()->save());
        QCOMPARE(field<QLabel>(u"state_en"_s)->text(), u"Outdated"_s);
        QCOMPARE(archive().items().load(id)->translationState(Language::En),
                 Model::TranslationState::Outdated);

        // The translator sees only what changed in the source since the translation was done.
        auto *changes = editor()->findChild<QPushButton *>(u"sourceChanges_en"_s);
        QVERIFY(changes->isVisible());
        QTest::mouseClick(changes, Qt::LeftButton);
        QCOMPARE(m_dialogs->shown.size(), 1);
        const QString shown = m_dialogs->shown.constFirst();
        const qsizetype added = shown.indexOf(u"<span style='background:#c8f0c8'>"_s);
        QVERIFY(added > 0);
        QVERIFY(shown.indexOf(u"Новое предложение"_s, added) > added);
        QVERIFY(!shown.contains(u"line-through"_s)); // nothing was removed

        // History: the version before this save comes back into the fields, and saves.
        const auto revisions = archive().items().history(id, Language::Ru).value();
        QVERIFY(revisions.size() >= 2);
        Ui::RevisionDialog dialog(archive().items().history(id, std::nullopt).value(), Language::Ru);
        QCOMPARE(dialog.count(), revisions.size());
        dialog.selectRow(0);
        QVERIFY(dialog.diffHtml().contains(u"Новое предложение"_s));
        editor()->restoreRevision(revisions.at(revisions.size() - 2));
        QVERIFY(editor()->isModified());
        QVERIFY(editor()->save());
        QCOMPARE(archive().items().load(id)->ru.body, revisions.at(revisions.size() - 2).body);
        QCOMPARE(field<QLabel>(u"state_en"_s)->text(), u"Done"_s); // back to what it was made from
        type(field<Ui::BodyEdit>(u"body_ru"_s), u" Новое предложение."_s);
        QVERIFY(editor()->save());
        QVERIFY(editor()->markTranslationDone());
        QCOMPARE(field<QLabel>(u"state_en"_s)->text(), u"Done"_s);
    }

    void tagsInBothLanguages()
    {
        Model::Item item = Test::makeItem(u"Без тегов"_s, u"No tags"_s);
        PRESS_VERIFY_RESULT(archive().items().create(item));
        QVERIFY(m_window->editItem(item.id));
        auto *input = field<QLineEdit>(u"editorTagInput"_s);
        auto entityNamed = [this](const QString &shortEn) {
            for (const Model::Entity &e : archive().entities().list().value())
                if (e.shortEn == shortEn)
                    return e.id;
            return qint64(0);
        };
        // The English abbreviation finds the same tag as the Russian one.
        type(input, u"CSTO"_s);
        QTest::keyClick(input, Qt::Key_Return);
        type(input, u"ШОС"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(field<QLabel>(u"editorTags"_s)->text().contains(u"remove:"_s));
        type(input, u"нет такого тега"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(editor()->findChild<QLabel *>(u"editorStatusText"_s)->text().contains(u"No tag"_s));
        input->clear();
        // A new tag in both languages.
        m_dialogs->texts = {u"Пресс-тур"_s, u"Press tour"_s};
        QTest::mouseClick(editor()->findChild<QPushButton *>(u"newTagButton"_s), Qt::LeftButton);
        QVERIFY(editor()->save());
        auto saved = archive().items().load(item.id);
        QCOMPARE(saved->entityIds.size(), 3);
        QVERIFY(saved->entityIds.contains(entityNamed(u"CSTO"_s)));
        QVERIFY(saved->entityIds.contains(entityNamed(u"SCO"_s)));
        QCOMPARE(archive().entities().findByName(u"Press tour"_s)->size(), 1);
        // Removed with its ×; the search follows the saved tags.
        emit field<QLabel>(u"editorTags"_s)->linkActivated(u"remove:%1"_s.arg(entityNamed(u"SCO"_s)));
        QVERIFY(editor()->save());
        QCOMPARE(archive().items().load(item.id)->entityIds.size(), 2);
    }

    // Help → Interface Language: the open window changes language at once, no restart.
    void interfaceLanguageSwitchesWithoutRestart()
    {
        QVERIFY(m_window->editItem(archive().items().ids().value().constFirst()));
        auto *save = editor()->findChild<QPushButton *>(u"editorSaveButton"_s);
        QCOMPARE(save->text(), u"Save"_s);
        m_window->setUiLanguage(u"ru"_s);
        QTRY_COMPARE(save->text(), u"Сохранить"_s); // LanguageChange is a posted event
        QCOMPARE(m_window->findChild<QTabWidget *>(u"mainTabs"_s)->tabText(2), u"Редактор"_s);
        QVERIFY(m_window->findChild<QAction *>(u"language_ru"_s)->isChecked());
        m_window->setUiLanguage(u"en"_s);
        QTRY_COMPARE(save->text(), u"Save"_s);
        QCOMPARE(m_window->findChild<QTabWidget *>(u"mainTabs"_s)->tabText(2), u"Editor"_s);
    }

    void deleteAsksAndRemoves()
    {
        const qint64 id = archive().items().ids().value().constLast();
        QVERIFY(m_window->editItem(id));
        m_dialogs->confirmAnswer = false;
        QVERIFY(!m_window->deleteCurrentItem());
        QVERIFY(archive().items().load(id));
        m_dialogs->confirmAnswer = true;
        QVERIFY(m_window->deleteCurrentItem());
        QCOMPARE(archive().items().load(id).error().code, ErrorCode::NotFound);
        QCOMPARE(editor()->itemId(), 0);
    }
};

QTEST_MAIN(tst_ItemEditor)
#include "tst_itemeditor.moc"

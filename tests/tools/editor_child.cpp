// The real main window in a child process, for the crash test of the editor: opens the archive
// given as argv[1], edits item argv[2] in the editor, types a sentence into the Russian body,
// waits for the autosave and prints AUTOSAVED, then keeps typing (never autosaved: the delay is
// made long) and prints TYPING. The test kills it with SIGKILL at that point.
#include <archive/archive.h>
#include <ui/dialogservice.h>
#include <ui/itemeditor.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QInputMethodEvent>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

void commit(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QCoreApplication::sendEvent(widget, &event);
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 4)
        return 2;
    auto archive = Archive::Archive::open(QString::fromLocal8Bit(argv[1]));
    if (!archive)
        return 1;
    Ui::DialogService dialogs;
    Ui::MainWindow window(dialogs);
    window.setArchive(std::move(*archive));
    window.show();
    Ui::ItemEditor *editor = window.editor();
    editor->setAutosaveDelay(100);
    if (!window.editItem(QByteArray(argv[2]).toLongLong()))
        return 1;
    auto *body = editor->findChild<QWidget *>(u"body_ru"_s);
    body->setFocus();
    QObject::connect(editor, &Ui::ItemEditor::draftSaved, &app, [&] {
        std::printf("AUTOSAVED\n");
        std::fflush(stdout);
        editor->setAutosaveDelay(600000);
        commit(body, QString::fromUtf8(argv[3]).replace(u"до сбоя"_s, u"после"_s));
        std::printf("TYPING\n");
        std::fflush(stdout);
    }, Qt::SingleShotConnection);
    QTimer::singleShot(0, &app, [&] { commit(body, QString::fromUtf8(argv[3])); });
    return app.exec();
}

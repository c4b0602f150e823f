#include <archive/archive.h>
#include <common/errormessages.h>
#include <common/translator.h>
#include <demo/demoarchive.h>
#include <ui/dialogservice.h>
#include <ui/mainwindow.h>
#include <ui/uilanguage.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"pressdesk"_s);
    QApplication::setApplicationDisplayName(u"PressDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(PRESSDESK_VERSION));
    Press::Ui::applyUiLanguage(Press::Ui::uiLanguageChoice()); // Help → Interface Language

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Bilingual press-office archive, editor and publisher."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption archiveOption(
        u"archive"_s, QApplication::translate("main", "Open the archive in <dir>."), u"dir"_s);
    parser.addOption(archiveOption);
    const QCommandLineOption searchOption(
        u"search"_s, QApplication::translate("main", "Start with this search (see Search → Search Syntax)."),
        u"query"_s);
    parser.addOption(searchOption);
    parser.process(app);

    Press::Ui::DialogService dialogs;
    Press::Ui::MainWindow window(dialogs);
    window.show();

    const bool named = parser.isSet(archiveOption);
    const QString dir = named ? QDir(parser.value(archiveOption)).absolutePath()
                              : Press::Archive::Archive::defaultLocation();
    if (!named && !Press::Archive::Archive::isArchiveFolder(dir)) {
        // First run: the default archive does not exist yet; start with the demo archive so that
        // there is something to look at (0.2 s, before the event loop starts).
        auto demo = Press::Demo::createDemoArchive(dir);
        if (demo)
            window.setArchive(std::move(*demo));
        else
            dialogs.showError(&window,
                              QApplication::translate("main", "Cannot create the archive %1")
                                  .arg(QDir::toNativeSeparators(dir)),
                              demo.error());
    } else {
        window.openArchive(dir);
    }
    if (parser.isSet(searchOption))
        window.setSearchText(parser.value(searchOption));
    return app.exec();
}

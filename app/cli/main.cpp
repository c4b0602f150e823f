#include "cli.h"

#include <common/translator.h>

#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <cstdio>

namespace {

// The CLI's stderr carries its own one-line errors for scripts to read. Qt's platform chatter
// (offscreen fonts, XDG_RUNTIME_DIR) is dropped unless PRESSDESK_VERBOSE is set; our own
// categories' warnings and anything critical always pass.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool verbose = !qEnvironmentVariableIsEmpty("PRESSDESK_VERBOSE");
    const bool ours = context.category && qstrncmp(context.category, "press.", 6) == 0;
    if (!verbose && !ours && type != QtCriticalMsg && type != QtFatalMsg)
        return;
    fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(messageHandler);
    // A GUI application on the offscreen platform, never shown: QTextDocument (Markdown to plain
    // text) and QPainter (demo photos) need the font database, which only QGuiApplication sets up.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pressdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRESSDESK_VERSION));
    Press::App::installTranslators(app, QLocale::system());
    // Progress chatter is for the GUI's log; the CLI prints results and one-line errors.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("press.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = Press::Cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

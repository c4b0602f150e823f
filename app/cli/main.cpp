#include "cli.h"

#include <common/translator.h>

#include <QGuiApplication>
#include <QLocale>

#include <cstdio>

namespace {

// The CLI's stderr carries its own one-line errors for scripts to read. Diagnostics (our SQL
// warnings, Qt's platform chatter such as offscreen fonts or XDG_RUNTIME_DIR) are shown only when
// PRESSDESK_VERBOSE is set; anything critical always passes.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool verbose = !qEnvironmentVariableIsEmpty("PRESSDESK_VERBOSE");
    if (!verbose && type != QtCriticalMsg && type != QtFatalMsg)
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

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = Press::Cli::run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

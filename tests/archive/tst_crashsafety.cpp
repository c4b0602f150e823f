// A writer killed with SIGKILL in the middle of a batch of saves leaves an archive that `check`
// accepts, holding every save that the writer reported as committed.
#include <archive/archive.h>
#include <archive/archivechecker.h>
#include <support/testsupport.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;

class tst_CrashSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void killedWriterLosesNothingCommitted_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("early") << 5;
        QTest::newRow("mid-batch") << 120;
        QTest::newRow("late") << 400;
    }

    void killedWriterLosesNothingCommitted()
    {
        QFETCH(int, killAfter);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"archive"_s);
        { QVERIFY(Test::createArchive(dir)); }

        QProcess writer;
        writer.setProgram(QStringLiteral(PRESS_TOOLS_DIR "/crash_writer"));
        writer.setArguments({dir});
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start();
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

        QStringList lines;
        QByteArray pending;
        while (lines.size() < killAfter) {
            if (!writer.waitForReadyRead(10000))
                QFAIL(qPrintable(u"writer stopped: "_s
                                 + QString::fromUtf8(writer.readAllStandardError())));
            pending += writer.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype nl = pending.indexOf('\n');
                lines << QString::fromUtf8(pending.left(nl));
                pending.remove(0, nl + 1);
            }
        }
        writer.kill(); // SIGKILL: no destructors, no checkpoint, mid-transaction
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        pending += writer.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (!line.isEmpty())
                lines << QString::fromUtf8(line);

        auto archive = Archive::Archive::open(dir);
        PRESS_VERIFY_RESULT(archive);
        auto problems = Archive::checkArchive(**archive);
        PRESS_VERIFY_RESULT(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->value(0).message));

        QHash<qint64, int> lastUpdate;
        for (const QString &line : std::as_const(lines)) {
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.size(), 3);
            const qint64 id = parts[1].toLongLong();
            const int n = parts[2].toInt();
            auto item = (*archive)->items().load(id);
            PRESS_VERIFY_RESULT(item);
            if (parts[0] == u"committed")
                QVERIFY(item->en.title.startsWith(u"Save no. "_s));
            else
                lastUpdate[id] = n;
        }
        // Each reported update is there (or a later one that the writer had not reported yet).
        for (auto it = lastUpdate.cbegin(); it != lastUpdate.cend(); ++it) {
            auto history = (*archive)->items().history(it.key(), Language::Ru);
            PRESS_VERIFY_RESULT(history);
            bool found = false;
            for (const Model::Revision &r : *history)
                found = found || r.body.startsWith(u"Правка №%1 "_s.arg(it.value()));
            QVERIFY2(found, qPrintable(u"update %1 of item %2 lost"_s.arg(it.value()).arg(it.key())));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"

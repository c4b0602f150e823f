// pressdesk-cli as archivists and scripts use it: real processes, real archives in temp folders,
// exit codes 0 / 1 / 2 and one-line errors.
#include <archive/archive.h>
#include <support/privatekeyring.h>
#include <support/testsupport.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class tst_Cli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_archive;

    Run cli(const QStringList &args, const QProcessEnvironment &extraEnv = {},
            const QString &program = QStringLiteral(PRESS_CLI_PATH), const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"HOME"_s, m_tmp->filePath(u"home"_s));
        env.remove(u"PRESSDESK_ARCHIVE"_s);
        for (const QString &key : extraEnv.keys())
            env.insert(key, extraEnv.value(key));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!input.isEmpty()) {
            p.waitForStarted();
            p.write(input);
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    Run cliOn(const QStringList &args) { return cli(QStringList{u"--archive"_s, m_archive} + args); }

    // Runs the CLI as the unprivileged user "nobody" (the tests may run as root, who may read and
    // write anything), after opening `dirs` and everything under them to all, except `keep`.
    Run cliAsUser(const QStringList &args, const QStringList &dirs, const QStringList &keep)
    {
        for (const QString &dir : dirs) {
            QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            if (!keep.contains(dir))
                QFile::setPermissions(dir, QFileDevice::Permissions(0x7777));
            while (it.hasNext()) {
                const QString entry = it.next();
                if (!keep.contains(entry))
                    QFile::setPermissions(entry, QFileDevice::Permissions(0x7777));
            }
        }
        return cli(QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                               QStringLiteral(PRESS_CLI_PATH)}
                       + args,
                   {}, u"setpriv"_s);
    }

    static QJsonDocument json(const Run &run) { return QJsonDocument::fromJson(run.out.toUtf8()); }

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_archive = m_tmp->filePath(u"Архив"_s);
    }

    void cleanup() { m_tmp.reset(); }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"list"_s, u"--colour"_s};
        QTest::newRow("missing id") << QStringList{u"show"_s};
        QTest::newRow("extra argument") << QStringList{u"list"_s, u"extra"_s};
        QTest::newRow("bad language") << QStringList{u"history"_s, u"1"_s, u"--lang"_s, u"de"_s};
        QTest::newRow("mark-done without lang") << QStringList{u"mark-done"_s, u"1"_s};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cliOn(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"pressdesk-cli: "_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void helpAndVersion()
    {
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.code, 0);
        for (const QString &command : {u"init"_s, u"import-json"_s, u"export-json"_s, u"list"_s,
                                       u"show"_s, u"history"_s, u"check"_s, u"backup"_s})
            QVERIFY2(help.out.contains(command), qPrintable(command));
        QCOMPARE(cli({u"--version"_s}).code, 0);
    }

    void runtimeErrorIsOneLineWithExitOne()
    {
        const Run r = cliOn({u"list"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(u"not found"_s, Qt::CaseInsensitive), qPrintable(r.err));
    }

    void initDemoListShowHistoryCheck()
    {
        const Run init = cliOn({u"init"_s, u"--demo"_s});
        QCOMPARE(init.code, 0);
        QVERIFY2(init.out.contains(u"34"_s), qPrintable(init.out));
        QCOMPARE(init.err, QString());

        const Run list = cliOn({u"list"_s, u"--json"_s});
        QCOMPARE(list.code, 0);
        const QJsonArray rows = json(list).array();
        QCOMPARE(rows.size(), 34);
        QJsonObject qingdao;
        for (const QJsonValue &v : rows)
            if (v[u"date"_s].toString() == u"2018-06-09")
                qingdao = v.toObject();
        QVERIFY(qingdao[u"title"_s][u"ru"_s].toString().contains(u"Хачатуров"_s));
        QCOMPARE(qingdao[u"translation"_s][u"en"_s].toString(), u"done"_s);

        const Run plain = cliOn({u"list"_s});
        QCOMPARE(plain.out.count(u'\n'), 34);

        // show by UUID, as JSON
        const Run show = cliOn({u"show"_s, qingdao[u"uuid"_s].toString(), u"--json"_s});
        QCOMPARE(show.code, 0);
        const QJsonObject item = json(show).object();
        QCOMPARE(item[u"id"_s].toInt(), qingdao[u"id"_s].toInt());
        QCOMPARE(item[u"photos"_s].toArray().first()[u"originalName"_s].toString(),
                 u"Встреча Генска ОДКБ, ШОС и Предс.Исп.СНГ в Циндао 9.06.2018.jpg"_s);
        QVERIFY(item[u"photos"_s].toArray().first()[u"cover"_s].toBool());
        QVERIFY(item[u"texts"_s][u"en"_s][u"lead"_s].toString().contains(u"Qingdao"_s));

        const Run showText = cliOn({u"show"_s, QString::number(qingdao[u"id"_s].toInt())});
        QCOMPARE(showText.code, 0);
        QVERIFY(showText.out.contains(u"Циндао"_s));
        QVERIFY(showText.out.contains(u"CSTO"_s));

        const Run missing = cliOn({u"show"_s, u"99999"_s});
        QCOMPARE(missing.code, 1);

        const Run check = cliOn({u"check"_s, u"--json"_s});
        QCOMPARE(check.code, 0);
        QVERIFY(json(check).object()[u"ok"_s].toBool());
    }

    void searchFromTheCommandLine()
    {
        QCOMPARE(cliOn({u"init"_s, u"--demo"_s}).code, 0);
        const Run found = cliOn({u"search"_s, u"--json"_s, u"Циндао"_s});
        QCOMPARE(found.code, 0);
        const QJsonObject result = json(found).object();
        QVERIFY(result[u"total"_s].toInt() >= 1);
        const QJsonObject first = result[u"hits"_s].toArray().first().toObject();
        QCOMPARE(first[u"date"_s].toString(), u"2018-06-09"_s);
        const QJsonObject snippet = first[u"snippet"_s].toObject();
        QCOMPARE(snippet[u"lang"_s].toString(), u"ru"_s);
        const QJsonArray match = snippet[u"matches"_s].toArray().first().toArray();
        QCOMPARE(snippet[u"text"_s].toString().mid(match.at(0).toInt(), match.at(1).toInt()),
                 u"Циндао"_s);

        // Several words are one query; text output counts and marks.
        const Run text = cliOn({u"search"_s, u"встреча"_s, u"date:2018"_s});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.startsWith(u"1 item found."_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"[встрече]"_s));

        // Sorting, paging.
        const Run byDate = cliOn({u"search"_s, u"--json"_s, u"--sort"_s, u"date"_s, u"--limit"_s,
                                  u"2"_s, u"--offset"_s, u"1"_s, u"ОДКБ"_s});
        QCOMPARE(byDate.code, 0);
        const QJsonArray hits = json(byDate).object()[u"hits"_s].toArray();
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits.at(0)[u"date"_s].toString() >= hits.at(1)[u"date"_s].toString());
        // A query starting with "-" after "--".
        const Run exclusion = cliOn({u"search"_s, u"--json"_s, u"--"_s, u"-ОДКБ"_s});
        QCOMPARE(exclusion.code, 0);
    }

    void badQueriesAreUsageErrorsWithThePosition_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid date") << u"meeting date:2018-13"_s << u"(at character 9)"_s;
        QTest::newRow("stray parenthesis") << u"a b) c"_s << u"parenthesis"_s;
        QTest::newRow("unknown section") << u"section:sport"_s << u"news, statement"_s;
        QTest::newRow("too long") << QString(5000, u'x') << u"1000"_s;
        QTest::newRow("empty") << u"  *  "_s << u"empty"_s;
    }

    void badQueriesAreUsageErrorsWithThePosition()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(cliOn({u"init"_s}).code, 0);
        const Run run = cliOn({u"search"_s, query});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"SQL"_s, Qt::CaseInsensitive));
        QVERIFY(!run.err.contains(u"fts5"_s, Qt::CaseInsensitive));
    }

    void reindexAndSavedSearches()
    {
        QCOMPARE(cliOn({u"init"_s, u"--demo"_s}).code, 0);
        const Run reindex = cliOn({u"reindex"_s});
        QCOMPARE(reindex.code, 0);
        QVERIFY2(reindex.out.contains(u"Indexed 34 items."_s), qPrintable(reindex.out));
        QCOMPARE(cliOn({u"check"_s}).code, 0);

        QCOMPARE(cliOn({u"save-search"_s, u"ШОС 2018"_s, u"tag:ШОС"_s, u"date:2018"_s}).code, 0);
        QCOMPARE(cliOn({u"save-search"_s, u"--sort"_s, u"date"_s, u"Без перевода"_s,
                        u"missing:en"_s}).code, 0);
        QCOMPARE(cliOn({u"save-search"_s, u"Плохой"_s, u"date:2018-13"_s}).code, 2);
        const Run list = cliOn({u"searches"_s, u"--json"_s});
        QCOMPARE(list.code, 0);
        const QJsonArray saved = json(list).array();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0)[u"name"_s].toString(), u"Без перевода"_s);
        QCOMPARE(saved.at(0)[u"sort"_s].toString(), u"date"_s);
        QCOMPARE(saved.at(1)[u"query"_s].toString(), u"tag:ШОС date:2018"_s);
        QCOMPARE(cliOn({u"delete-search"_s, u"ШОС 2018"_s}).code, 0);
        QCOMPARE(cliOn({u"delete-search"_s, u"ШОС 2018"_s}).code, 1);
        QCOMPARE(json(cliOn({u"searches"_s, u"--json"_s})).array().size(), 1);
    }

    void photoInfo()
    {
        const QString photo = Test::writeJpeg(m_tmp->filePath(u"Фото 9.06.2018.jpg"_s), 80, 60, 4);
        const Run info = cli({u"photo-info"_s, u"--json"_s, photo});
        QCOMPARE(info.code, 0);
        QCOMPARE(json(info).object()[u"width"_s].toInt(), 80);
        QCOMPARE(json(info).object()[u"orientation"_s].toInt(), 1);
        QFile text(m_tmp->filePath(u"notes.jpg"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a photo\n");
        text.close();
        const Run bad = cli({u"photo-info"_s, text.fileName()});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(u"notes.jpg"_s));
        QCOMPARE(bad.err.count(u'\n'), 1);
    }

    void photoLibraryThroughTheCli()
    {
        QCOMPARE(cliOn({u"init"_s}).code, 0);
        const QString in = m_tmp->filePath(u"съёмка"_s);
        (void)Test::writeJpeg(in + u"/Встреча в Циндао 9.06.2018.jpg"_s, 640, 480, 1);
        (void)Test::writeJpeg(in + u"/день 2/зал.jpg"_s, 480, 640, 2);
        QFile heic(in + u"/IMG_0042.HEIC"_s);
        QVERIFY(heic.open(QIODevice::WriteOnly));
        heic.write(QByteArray("\x00\x00\x00\x18" "ftypheic\x00\x00\x00\x00mif1heic", 24));
        heic.close();

        Run import = cliOn({u"import-photos"_s, u"--json"_s, in});
        QCOMPARE(import.code, 1); // one file failed; the good ones are in
        QJsonObject report = json(import).object();
        QCOMPARE(report[u"imported"_s].toInt(), 2);
        QCOMPARE(report[u"failed"_s].toInt(), 1);
        const QJsonArray files = report[u"files"_s].toArray();
        QCOMPARE(files.size(), 3);
        const QJsonObject failed = files.at(0).toObject(); // IMG_0042.HEIC sorts first
        QVERIFY(failed[u"path"_s].toString().endsWith(u"IMG_0042.HEIC"_s));
        QCOMPARE(failed[u"problem"_s].toString(), u"unsupported-format"_s);
        QCOMPARE(failed[u"format"_s].toString(), u"HEIC"_s);
        QVERIFY(failed[u"message"_s].toString().contains(u"HEIC"_s));

        // Text output: the bad file by name and reason on stderr, in Russian for a Russian user.
        QProcessEnvironment russian;
        russian.insert(u"LANGUAGE"_s, u"ru"_s);
        russian.insert(u"LC_ALL"_s, u"ru_RU.UTF-8"_s);
        import = cli({u"--archive"_s, m_archive, u"import-photos"_s, in}, russian);
        QCOMPARE(import.code, 1);
        QVERIFY2(import.err.contains(u"IMG_0042.HEIC: Изображения HEIC"_s), qPrintable(import.err));
        QVERIFY2(import.out.contains(u"уже в библиотеке"_s), qPrintable(import.out));

        Run photos = cliOn({u"photos"_s, u"--json"_s});
        QCOMPARE(photos.code, 0);
        QJsonArray list = json(photos).array();
        QCOMPARE(list.size(), 2);
        // Folder order: files before subfolders' files by path, so "Встреча…" comes first.
        QCOMPARE(list.at(0)[u"originalName"_s].toString(), u"Встреча в Циндао 9.06.2018.jpg"_s);
        QCOMPARE(list.at(1)[u"originalName"_s].toString(), u"зал.jpg"_s);
        const qint64 second = list.at(0)[u"id"_s].toInteger(); // the landscape 640 × 480 one
        const qint64 first = list.at(1)[u"id"_s].toInteger();

        QCOMPARE(cliOn({u"edit-photo"_s, QString::number(second), u"--caption-ru"_s,
                        u"Генсеки в Циндао"_s, u"--credit"_s, u"Пресс-служба"_s})
                     .code,
                 0);
        // Attach both to a demo-less item made through JSON import? Simpler: a new item.
        Model::Item item = Test::makeItem(u"Саммит"_s, u"Summit"_s);
        {
            auto archive = Archive::Archive::open(m_archive);
            PRESS_VERIFY_RESULT(archive);
            PRESS_VERIFY_RESULT((*archive)->items().create(item));
        }
        const QString itemId = QString::number(item.id);
        QCOMPARE(cliOn({u"set-photos"_s, itemId, QString::number(first), QString::number(second),
                        u"--cover"_s, QString::number(second)})
                     .code,
                 0);
        Run photo = cliOn({u"photo"_s, QString::number(second), u"--json"_s});
        QCOMPARE(photo.code, 0);
        const QJsonObject p = json(photo).object();
        QCOMPARE(p[u"caption"_s][u"ru"_s].toString(), u"Генсеки в Циндао"_s);
        QCOMPARE(p[u"credit"_s].toString(), u"Пресс-служба"_s);
        QCOMPARE(p[u"width"_s].toInt(), 640);
        const QJsonObject use = p[u"usedBy"_s].toArray().at(0).toObject();
        QCOMPARE(use[u"id"_s].toInteger(), item.id);
        QCOMPARE(use[u"position"_s].toInt(), 1);
        QVERIFY(use[u"cover"_s].toBool());
        QVERIFY(QFile::exists(p[u"thumbnail"_s].toString()));
        // The caption is searchable through the item.
        QCOMPARE(json(cliOn({u"search"_s, u"генсеки"_s, u"--json"_s})).object()[u"total"_s].toInt(),
                 1);
        QCOMPARE(cliOn({u"set-photos"_s, itemId, u"12345"_s}).code, 1);
        QCOMPARE(cliOn({u"set-photos"_s, itemId, QString::number(first), u"--cover"_s, u"999"_s})
                     .code,
                 2);

        // Thumbnails are made again when lost.
        QVERIFY(QFile::remove(p[u"thumbnail"_s].toString()));
        Run thumbs = cliOn({u"thumbnails"_s});
        QCOMPARE(thumbs.code, 0);
        QVERIFY2(thumbs.out.contains(u"1 thumbnail made, 1 already there"_s), qPrintable(thumbs.out));
        QVERIFY(QFile::exists(p[u"thumbnail"_s].toString()));
        thumbs = cliOn({u"thumbnails"_s, u"--rebuild"_s});
        QVERIFY2(thumbs.out.contains(u"2 thumbnails made"_s), qPrintable(thumbs.out));

        Run rendition = cliOn({u"rendition"_s, QString::number(second), u"--size"_s, u"320"_s,
                               u"--quality"_s, u"70"_s, u"--json"_s});
        QCOMPARE(rendition.code, 0);
        QCOMPARE(json(rendition).object()[u"width"_s].toInt(), 320);
        QCOMPARE(json(rendition).object()[u"height"_s].toInt(), 240);
        QVERIFY(QFile::exists(json(rendition).object()[u"path"_s].toString()));
        QCOMPARE(cliOn({u"rendition"_s, QString::number(second), u"--quality"_s, u"0"_s}).code, 2);
        QCOMPARE(cliOn({u"photo"_s, u"777"_s}).code, 1);
        QCOMPARE(cliOn({u"photo"_s, u"x"_s}).code, 2);
        QCOMPARE(cliOn({u"check"_s}).code, 0);
    }

    void unreadablePhotoIsReported()
    {
        QCOMPARE(cliOn({u"init"_s}).code, 0);
        const QString in = m_tmp->filePath(u"in"_s);
        const QString locked = Test::writeJpeg(in + u"/закрыто.jpg"_s, 100, 80, 1);
        (void)Test::writeJpeg(in + u"/открыто.jpg"_s, 100, 80, 2);
        QVERIFY(QFile::setPermissions(locked, QFile::WriteOwner));
        QStringList args{u"--archive"_s, m_archive, u"import-photos"_s, u"--json"_s, in};
        Run run;
        if (::geteuid() == 0) {
            // root reads anything: run the import as an unprivileged user, as a press officer
            // would be, on folders that user may write.
            run = cliAsUser(args, {m_tmp->path(), in, m_archive}, {locked});
        } else {
            run = cli(args);
        }
        QCOMPARE(run.code, 1);
        const QJsonObject report = json(run).object();
        QCOMPARE(report[u"imported"_s].toInt(), 1);
        const QJsonObject failed = report[u"files"_s].toArray().at(0).toObject();
        QVERIFY(failed[u"path"_s].toString().endsWith(u"закрыто.jpg"_s));
        QCOMPARE(failed[u"problem"_s].toString(), u"unreadable"_s);
    }

    void exportPdfThroughTheCli()
    {
        QCOMPARE(cliOn({u"init"_s, u"--demo"_s}).code, 0);
        const QString pdf = m_tmp->filePath(u"Подборка 2018.pdf"_s);
        Run digest = cliOn({u"export-pdf"_s, u"--query"_s, u"date:2018"_s, u"--title"_s,
                            u"ОДКБ в 2018 году"_s, u"-o"_s, pdf, u"--json"_s});
        QCOMPARE(digest.code, 0);
        const QJsonObject report = json(digest).object();
        QCOMPARE(report[u"file"_s].toString(), pdf);
        QCOMPARE(report[u"items"_s].toArray().size(), 3);
        QCOMPARE(report[u"contentsPages"_s].toInt(), 1);
        QCOMPARE(report[u"bytes"_s].toInteger(), QFileInfo(pdf).size());
        int previous = 2;
        for (const QJsonValue &item : report[u"items"_s].toArray()) {
            QVERIFY(item[u"page"_s].toInt() > previous);
            previous = item[u"page"_s].toInt();
        }
        QProcess info;
        info.start(u"pdfinfo"_s, {pdf});
        QVERIFY(info.waitForFinished());
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(u"Pages:           %1"_s.arg(report[u"pages"_s].toInt())));

        const QString id = QString::number(report[u"items"_s].toArray().at(0)[u"id"_s].toInt());
        Run single = cliOn({u"export-pdf"_s, id, u"--lang"_s, u"ru"_s, u"--paper"_s, u"letter"_s,
                            u"-o"_s, m_tmp->filePath(u"item.pdf"_s)});
        QCOMPARE(single.code, 0);
        QVERIFY2(single.out.contains(u"item.pdf"_s), qPrintable(single.out));

        // Usage errors, before anything is written.
        QCOMPARE(cliOn({u"export-pdf"_s, id}).code, 2);
        QCOMPARE(cliOn({u"export-pdf"_s, id, u"--query"_s, u"ОДКБ"_s, u"-o"_s, pdf}).code, 2);
        QCOMPARE(cliOn({u"export-pdf"_s, id, u"--lang"_s, u"de"_s, u"-o"_s, pdf}).code, 2);
        QCOMPARE(cliOn({u"export-pdf"_s, id, u"--paper"_s, u"a3"_s, u"-o"_s, pdf}).code, 2);
        QCOMPARE(cliOn({u"export-pdf"_s, id, u"--dpi"_s, u"5"_s, u"-o"_s, pdf}).code, 2);
        QCOMPARE(cliOn({u"export-pdf"_s, u"--query"_s, u"date:2018-13"_s, u"-o"_s, pdf}).code, 2);
        Run none = cliOn({u"export-pdf"_s, u"--query"_s, u"несуществующееслово"_s, u"-o"_s,
                          m_tmp->filePath(u"none.pdf"_s)});
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains(u"nothing to export"_s));
        QCOMPARE(cliOn({u"export-pdf"_s, u"99999"_s, u"-o"_s, m_tmp->filePath(u"none.pdf"_s)}).code, 1);
        QVERIFY(!QFileInfo::exists(m_tmp->filePath(u"none.pdf"_s)));

        // The organisation printed in the header.
        Run org = cliOn({u"organisation"_s, u"--name-ru"_s, u"Секретариат ОДКБ"_s, u"--name-en"_s,
                         u"CSTO Secretariat"_s, u"--json"_s});
        QCOMPARE(org.code, 0);
        QCOMPARE(json(org).object()[u"nameEn"_s].toString(), u"CSTO Secretariat"_s);
        QCOMPARE(json(org).object()[u"logo"_s].toString(), u"default"_s);
        QFile notImage(m_tmp->filePath(u"logo.png"_s));
        QVERIFY(notImage.open(QIODevice::WriteOnly));
        notImage.write("<html>not a logo</html>");
        notImage.close();
        Run badLogo = cliOn({u"organisation"_s, u"--logo"_s, notImage.fileName()});
        QCOMPARE(badLogo.code, 1);
        QVERIFY(badLogo.err.contains(u"not in the expected format"_s));
        QCOMPARE(cliOn({u"export-pdf"_s, id, u"-o"_s, pdf}).code, 0);
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished());
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(u"CSTO Secretariat"_s));
    }

    void exportPdfBadInput()
    {
        QCOMPARE(cliOn({u"init"_s}).code, 0);
        const QString photoFile = Test::writeJpeg(m_tmp->filePath(u"in/снимок.jpg"_s), 640, 480, 4);
        QCOMPARE(cliOn({u"new"_s}).code, 0);
        QCOMPARE(cliOn({u"edit"_s, u"1"_s, u"--lang"_s, u"ru"_s, u"--title"_s, u"Новость"_s}).code, 0);
        QCOMPARE(cliOn({u"import-photos"_s, photoFile, u"--item"_s, u"1"_s}).code, 0);

        // A read-only destination folder: nothing written, a clear message.
        const QString locked = m_tmp->filePath(u"только чтение"_s);
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther
                                                  | QFile::ExeOther));
        const QStringList args{u"--archive"_s, m_archive, u"export-pdf"_s, u"1"_s, u"-o"_s,
                               locked + u"/item.pdf"_s};
        Run run = ::geteuid() == 0 ? cliAsUser(args, {m_tmp->path(), m_archive}, {locked})
                                   : cli(args);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"could not be read or written"_s), qPrintable(run.err));
        QVERIFY(QDir(locked).isEmpty());

        // The photo's file is gone from media/ (and its cached rendition, which would otherwise
        // stand in): named, nothing written.
        QDirIterator media(m_archive + u"/media"_s, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(media.hasNext());
        QVERIFY(QFile::remove(media.next()));
        QVERIFY(QDir(m_archive + u"/renditions"_s).removeRecursively());
        Run missing = cliOn({u"export-pdf"_s, u"1"_s, u"-o"_s, m_tmp->filePath(u"x.pdf"_s)});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(u"missing from the archive's media folder"_s), qPrintable(missing.err));
        QVERIFY(missing.err.contains(u"снимок.jpg"_s));
        QVERIFY(!QFileInfo::exists(m_tmp->filePath(u"x.pdf"_s)));
    }

    void publishThroughTheCli()
    {
        const QString url = qEnvironmentVariable("WP_URL");
        if (url.isEmpty())
            QSKIP("No WordPress peer: scripts/test.sh starts one and sets WP_URL");
        QCOMPARE(cliOn({u"init"_s, u"--demo"_s}).code, 0);
        const QString user = qEnvironmentVariable("WP_USER");
        for (auto [name, lang] : {std::pair{u"site-ru"_s, u"ru"_s}, std::pair{u"site-en"_s, u"en"_s}})
            QCOMPARE(cliOn({u"add-target"_s, name, u"--url"_s, url, u"--user"_s, user, u"--lang"_s, lang,
                            u"--password-env"_s, u"WP_APP_PASSWORD"_s})
                         .code,
                     0);
        QCOMPARE(cliOn({u"add-target"_s, u"bad"_s, u"--url"_s, u"ftp://x"_s, u"--user"_s, user, u"--lang"_s,
                        u"ru"_s})
                     .code,
                 2);
        QCOMPARE(cliOn({u"add-target"_s, u"site-ru"_s, u"--url"_s, url, u"--user"_s, user, u"--lang"_s, u"ru"_s})
                     .code,
                 1); // the name is taken
        Run targets = cliOn({u"targets"_s, u"--json"_s});
        QCOMPARE(json(targets).array().size(), 2);
        QVERIFY(!targets.out.contains(qEnvironmentVariable("WP_APP_PASSWORD")));
        Run tested = cliOn({u"test-target"_s, u"site-ru"_s});
        QCOMPARE(tested.code, 0);
        QVERIFY2(tested.out.contains(u"connected as "_s + user), qPrintable(tested.out));

        Run published = cliOn({u"publish"_s, u"18"_s});
        QVERIFY2(published.code == 0, qPrintable(published.err));
        const QStringList lines = published.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines) {
            const QStringList f = line.split(u'\t');
            QCOMPARE(f.value(2), u"publish"_s);
            QVERIFY(f.value(3).startsWith(url));
        }
        Run queue = cliOn({u"queue"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(json(queue).array().size(), 2);
        for (const QJsonValue &job : json(queue).array())
            QCOMPARE(job[u"state"_s].toString(), u"done"_s);
        QCOMPARE(json(cliOn({u"queue"_s, u"--json"_s})).array().size(), 0); // nothing unfinished

        // Another archive pulls the two posts: one item, both languages, as published.
        const QString other = m_tmp->filePath(u"pulled"_s);
        const auto onOther = [&](const QStringList &args) { return cli(QStringList{u"--archive"_s, other} + args); };
        QCOMPARE(onOther({u"init"_s}).code, 0);
        for (auto [name, lang] : {std::pair{u"site-ru"_s, u"ru"_s}, std::pair{u"site-en"_s, u"en"_s}})
            QCOMPARE(onOther({u"add-target"_s, name, u"--url"_s, url, u"--user"_s, user, u"--lang"_s, lang,
                              u"--password-env"_s, u"WP_APP_PASSWORD"_s})
                         .code,
                     0);
        const QString ruPost = lines.value(0).split(u'\t').value(1);
        const QString enPost = lines.value(1).split(u'\t').value(1);
        Run pulled = onOther({u"pull"_s, u"--target"_s, u"site-ru"_s, u"--post"_s, ruPost, u"--json"_s});
        QVERIFY2(pulled.code == 0, qPrintable(pulled.err));
        QCOMPARE(json(pulled)[u"created"_s].toInt(), 1);
        pulled = onOther({u"pull"_s, u"--target"_s, u"site-en"_s, u"--post"_s, enPost, u"--json"_s});
        QCOMPARE(json(pulled)[u"paired"_s].toInt(), 1);
        pulled = onOther({u"pull"_s, u"--target"_s, u"site-en"_s, u"--post"_s, enPost});
        QCOMPARE(pulled.code, 0);
        QVERIFY2(pulled.out.contains(u"unchanged: 1"_s), qPrintable(pulled.out));
        const QJsonObject mine = json(cliOn({u"show"_s, u"18"_s, u"--json"_s})).object();
        const QJsonObject theirs = json(onOther({u"show"_s, u"1"_s, u"--json"_s})).object();
        QCOMPARE(theirs[u"uuid"_s], mine[u"uuid"_s]);
        for (const QString &lang : {u"ru"_s, u"en"_s})
            for (const QString &field : {u"title"_s, u"lead"_s, u"body"_s})
                QCOMPARE(theirs[u"texts"_s][lang][field].toString(), mine[u"texts"_s][lang][field].toString());
        QCOMPARE(onOther({u"pull"_s}).code, 2);                                                 // no target
        QCOMPARE(onOther({u"pull"_s, u"--target"_s, u"site-ru"_s, u"--since"_s, u"вчера"_s}).code, 2);
        QCOMPARE(onOther({u"pull"_s, u"--target"_s, u"nowhere"_s}).code, 1);
        QCOMPARE(onOther({u"pair"_s, u"1"_s}).code, 2);
        Run self = onOther({u"pair"_s, u"1"_s, u"1"_s});
        QCOMPARE(self.code, 2); // an invalid argument
        QVERIFY2(self.err.contains(u"itself"_s), qPrintable(self.err));

        Run withdrawn = cliOn({u"publish"_s, u"18"_s, u"--target"_s, u"site-en"_s, u"--withdraw"_s});
        QCOMPARE(withdrawn.code, 0);
        QVERIFY2(withdrawn.out.contains(u"site-en\t"_s) && withdrawn.out.contains(u"\tdraft\t"_s),
                 qPrintable(withdrawn.out));

        // No password where the target says: the job stops and says where it looked.
        QCOMPARE(cliOn({u"add-target"_s, u"nopass"_s, u"--url"_s, url, u"--user"_s, user, u"--lang"_s, u"ru"_s,
                        u"--password-env"_s, u"PRESSDESK_NO_SUCH_VARIABLE"_s})
                     .code,
                 0);
        Run failed = cliOn({u"publish"_s, u"18"_s, u"--target"_s, u"nopass"_s});
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains(u"PRESSDESK_NO_SUCH_VARIABLE"_s), qPrintable(failed.err));
        const QJsonArray unfinished = json(cliOn({u"queue"_s, u"--all"_s, u"--json"_s})).array();
        const QString failedJob = QString::number(unfinished.at(0)[u"id"_s].toInteger());
        QCOMPARE(unfinished.at(0)[u"state"_s].toString(), u"failed"_s);
        QCOMPARE(cliOn({u"queue"_s, u"cancel"_s, failedJob}).code, 0);
        QCOMPARE(cliOn({u"queue"_s, u"cancel"_s, failedJob}).code, 1); // already cancelled
        QCOMPARE(cliOn({u"queue"_s, u"retry"_s, failedJob}).code, 0);
        QCOMPARE(cliOn({u"queue"_s, u"bogus"_s}).code, 2);
        QCOMPARE(cliOn({u"publish"_s, u"18"_s, u"--status"_s, u"future"_s}).code, 2); // needs --at
        QCOMPARE(cliOn({u"remove-target"_s, u"nopass"_s}).code, 0);
        QCOMPARE(json(cliOn({u"queue"_s, u"--all"_s, u"--json"_s})).array().size(), 3);
    }

    void passwordsInTheSystemKeychain()
    {
        const QString url = qEnvironmentVariable("WP_URL");
        if (url.isEmpty())
            QSKIP("No WordPress peer: scripts/test.sh starts one and sets WP_URL");
        // A real Secret Service (GNOME Keyring) on a private session bus, with its own home.
        Test::PrivateKeyring keyring(m_tmp->filePath(u"keyring-home"_s));
        if (!keyring.start())
            QSKIP(qPrintable(keyring.error()));
        const QProcessEnvironment session = keyring.environment();

        QCOMPARE(cliOn({u"init"_s, u"--demo"_s}).code, 0);
        const QString user = qEnvironmentVariable("WP_USER");
        // No file or variable named: the target's password lives in the keychain.
        QCOMPARE(cliOn({u"add-target"_s, u"vault"_s, u"--url"_s, url, u"--user"_s, user, u"--lang"_s, u"ru"_s}).code, 0);
        const QStringList onArchive{u"--archive"_s, m_archive};
        Run missing = cli(onArchive + QStringList{u"test-target"_s, u"vault"_s}, session);
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(u"keychain"_s), qPrintable(missing.err));
        Run stored = cli(onArchive + QStringList{u"set-password"_s, u"vault"_s}, session, QStringLiteral(PRESS_CLI_PATH),
                         qEnvironmentVariable("WP_APP_PASSWORD").toUtf8() + '\n');
        QVERIFY2(stored.code == 0, qPrintable(stored.err));
        Run tested = cli(onArchive + QStringList{u"test-target"_s, u"vault"_s}, session);
        QVERIFY2(tested.code == 0, qPrintable(tested.err));
        QVERIFY(tested.out.contains(u"connected as "_s + user));
        Run published = cli(onArchive + QStringList{u"publish"_s, u"18"_s}, session);
        QVERIFY2(published.code == 0, qPrintable(published.err));
        QVERIFY(published.out.startsWith(u"vault\t"_s));
        // Kept in the keychain, not in the archive.
        QFile database(m_archive + u"/archive.sqlite"_s);
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains(qEnvironmentVariable("WP_APP_PASSWORD").toUtf8()));

        // Where no keychain service runs, the user is told what to do instead.
        QProcessEnvironment none;
        none.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        Run noKeychain = cli(onArchive + QStringList{u"set-password"_s, u"vault"_s}, none, QStringLiteral(PRESS_CLI_PATH), "secret\n");
        QCOMPARE(noKeychain.code, 1);
        QVERIFY2(noKeychain.err.contains(u"No system keychain"_s), qPrintable(noKeychain.err));
        Run noPassword = cli(onArchive + QStringList{u"test-target"_s, u"vault"_s}, none);
        QCOMPARE(noPassword.code, 1);
        QVERIFY2(noPassword.err.contains(u"PRESSDESK_PASSWORD_VAULT"_s), qPrintable(noPassword.err));
        QCOMPARE(cli(onArchive + QStringList{u"set-password"_s, u"vault"_s}, session).code, 2); // nothing on stdin
    }

    void createEditDeleteThroughTheCli()
    {
        QCOMPARE(cliOn({u"init"_s}).code, 0);
        Run created = cliOn({u"new"_s, u"--section"_s, u"statement"_s, u"--date"_s, u"2018-06-09"_s});
        QCOMPARE(created.code, 0);
        const QString id = created.out.trimmed();
        QFile body(m_tmp->filePath(u"body.md"_s));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(u"Первый абзац с **важным**.\n\nВторой абзац.\n"_s.toUtf8());
        body.close();
        QCOMPARE(cliOn({u"edit"_s, id, u"--lang"_s, u"ru"_s, u"--title"_s, u"Заявление"_s,
                        u"--body-file"_s, body.fileName()})
                     .code,
                 0);
        QFile html(m_tmp->filePath(u"body.html"_s));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write(u"<p style='color:red;font-family:Arial'>Statement <b>text</b>.</p>"_s.toUtf8());
        html.close();
        QCOMPARE(cliOn({u"edit"_s, id, u"--lang"_s, u"en"_s, u"--title"_s, u"Statement"_s,
                        u"--body-html-file"_s, html.fileName(), u"--status"_s, u"ready"_s})
                     .code,
                 0);
        const QJsonObject item = json(cliOn({u"show"_s, id, u"--json"_s})).object();
        QCOMPARE(item[u"section"_s].toString(), u"statement"_s);
        QCOMPARE(item[u"status"_s].toString(), u"ready"_s);
        QCOMPARE(item[u"date"_s].toString(), u"2018-06-09"_s);
        QCOMPARE(item[u"texts"_s][u"ru"_s][u"body"_s].toString(),
                 u"Первый абзац с **важным**.\n\nВторой абзац."_s);
        QCOMPARE(item[u"texts"_s][u"en"_s][u"body"_s].toString(), u"Statement **text**."_s);
        QCOMPARE(json(cliOn({u"history"_s, id, u"--lang"_s, u"ru"_s, u"--json"_s})).array().size(), 1);
        QCOMPARE(cliOn({u"edit"_s, id, u"--lang"_s, u"ru"_s, u"--title"_s, u"Заявление Секретариата"_s}).code, 0);
        QCOMPARE(json(cliOn({u"history"_s, id, u"--lang"_s, u"ru"_s, u"--json"_s})).array().size(), 2);
        QCOMPARE(cliOn({u"edit"_s, id, u"--title"_s, u"X"_s}).code, 2); // which language?
        QCOMPARE(cliOn({u"edit"_s, id, u"--section"_s, u"gossip"_s}).code, 2);
        QCOMPARE(cliOn({u"edit"_s, id, u"--date"_s, u"9 June"_s}).code, 2);
        QCOMPARE(json(cliOn({u"drafts"_s, u"--json"_s})).array().size(), 0);
        QCOMPARE(cliOn({u"delete"_s, id}).code, 0);
        QCOMPARE(cliOn({u"show"_s, id}).code, 1);
    }

    void outdatedTranslationThroughTheCli()
    {
        QCOMPARE(cliOn({u"init"_s, u"--demo"_s}).code, 0);
        // Item 9 (2010, OSCE) has an outdated English translation in the demo.
        Run show = cliOn({u"show"_s, u"9"_s, u"--json"_s});
        QCOMPARE(json(show).object()[u"texts"_s][u"en"_s][u"translation"_s].toString(),
                 u"outdated"_s);
        const Run history = cliOn({u"history"_s, u"9"_s, u"--lang"_s, u"ru"_s, u"--json"_s});
        QCOMPARE(history.code, 0);
        QCOMPARE(json(history).array().size(), 2);
        QCOMPARE(cliOn({u"mark-done"_s, u"9"_s, u"--lang"_s, u"en"_s}).code, 0);
        show = cliOn({u"show"_s, u"9"_s, u"--json"_s});
        QCOMPARE(json(show).object()[u"texts"_s][u"en"_s][u"translation"_s].toString(),
                 u"done"_s);
        QCOMPARE(cliOn({u"mark-done"_s, u"9"_s, u"--lang"_s, u"ru"_s}).code, 2);

        // What changed in the source since then: nothing now; after an edit, that edit.
        QVERIFY(json(cliOn({u"source-changes"_s, u"9"_s, u"--lang"_s, u"en"_s, u"--json"_s}))
                    .object()[u"unchanged"_s].toBool());
        QCOMPARE(cliOn({u"edit"_s, u"9"_s, u"--lang"_s, u"ru"_s, u"--place"_s, u"Минск"_s}).code, 0);
        const Run changes = cliOn({u"source-changes"_s, u"9"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(changes.code, 0);
        QVERIFY2(changes.out.contains(u"{+Минск+}"_s), qPrintable(changes.out));
        QCOMPARE(cliOn({u"source-changes"_s, u"9"_s, u"--lang"_s, u"ru"_s}).code, 1); // the source

        // Restore the Russian text as it was before that edit.
        const QJsonArray revisions = json(cliOn({u"history"_s, u"9"_s, u"--lang"_s, u"ru"_s, u"--json"_s})).array();
        const QString previous = QString::number(revisions.at(revisions.size() - 2)[u"id"_s].toInteger());
        QCOMPARE(cliOn({u"restore"_s, u"9"_s, u"--revision"_s, previous}).code, 0);
        QVERIFY(json(cliOn({u"source-changes"_s, u"9"_s, u"--lang"_s, u"en"_s, u"--json"_s}))
                    .object()[u"unchanged"_s].toBool());
        QCOMPARE(cliOn({u"restore"_s, u"9"_s, u"--revision"_s, u"999999"_s}).code, 1);
    }

    void initRefusesNonEmptyFolder()
    {
        QVERIFY(QDir().mkpath(m_archive));
        QFile f(m_archive + u"/заметки.txt"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const Run r = cliOn({u"init"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(QFile::exists(m_archive + u"/заметки.txt"_s));
        QVERIFY(!QFile::exists(m_archive + u"/archive.sqlite"_s));
    }

    void archiveFromEnvironment()
    {
        QProcessEnvironment env;
        env.insert(u"PRESSDESK_ARCHIVE"_s, m_archive);
        QCOMPARE(cli({u"init"_s}, env).code, 0);
        QVERIFY(Archive::Archive::isArchiveFolder(m_archive));
        const Run list = cli({u"list"_s, u"--json"_s}, env);
        QCOMPARE(list.code, 0);
        QCOMPARE(json(list).array().size(), 0);
    }

    void exportImportExportIsIdentical()
    {
        QCOMPARE(cliOn({u"init"_s, u"--demo"_s}).code, 0);
        const QString first = m_tmp->filePath(u"export1"_s);
        const QString second = m_tmp->filePath(u"export2"_s);
        const QString copy = m_tmp->filePath(u"copy"_s);
        QCOMPARE(cliOn({u"export-json"_s, first}).code, 0);
        QCOMPARE(cli({u"--archive"_s, copy, u"import-json"_s, first}).code, 0);
        QCOMPARE(cli({u"--archive"_s, copy, u"export-json"_s, second}).code, 0);
        QCOMPARE(Test::fileHash(first + u"/archive.json"_s),
                 Test::fileHash(second + u"/archive.json"_s));
        const QStringList media = QDir(first + u"/media"_s).entryList(QDir::Files);
        QVERIFY(media.size() >= 10);
        for (const QString &name : media)
            QCOMPARE(Test::fileHash(first + u"/media/"_s + name),
                     Test::fileHash(second + u"/media/"_s + name));

        // A malformed file: exit 1, a message naming the place, nothing imported.
        QFile broken(m_tmp->filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"format": "pressdesk-archive", "formatVersion": 1, "entities": [],
                        "photos": [], "items": [{"uuid": "nope"}]})");
        broken.close();
        const Run bad = cli({u"--archive"_s, copy, u"import-json"_s, broken.fileName()});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(u"items[0].uuid"_s), qPrintable(bad.err));
        QCOMPARE(cli({u"--archive"_s, copy, u"list"_s, u"--json"_s}).out.count(u"\"uuid\""_s), 34);

        // Into a new folder: a failed import leaves no empty archive behind.
        const QString fresh = m_tmp->filePath(u"fresh"_s);
        QCOMPARE(cli({u"--archive"_s, fresh, u"import-json"_s, broken.fileName()}).code, 1);
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void backupOfLiveArchivePassesCheck()
    {
        QCOMPARE(cliOn({u"init"_s, u"--demo"_s}).code, 0);
        // Keep a connection open with an uncheckpointed write, as the GUI would.
        auto live = Archive::Archive::open(m_archive);
        PRESS_VERIFY_RESULT(live);
        Model::Item item = Test::makeItem(u"Свежая запись"_s, u"Fresh entry"_s);
        PRESS_VERIFY_RESULT((*live)->items().create(item));

        const QString dest = m_tmp->filePath(u"backup"_s);
        const Run backup = cliOn({u"backup"_s, dest});
        QCOMPARE(backup.code, 0);
        const Run check = cli({u"--archive"_s, dest, u"check"_s});
        QCOMPARE(check.code, 0);
        const Run list = cli({u"--archive"_s, dest, u"list"_s, u"--json"_s});
        QCOMPARE(json(list).array().size(), 35);
        QCOMPARE(cliOn({u"backup"_s, dest}).code, 1); // not over an existing backup
    }

    void checkReportsDamageWithExitOne()
    {
        QCOMPARE(cliOn({u"init"_s, u"--demo"_s}).code, 0);
        QDir media(m_archive + u"/media"_s);
        const QString sub = media.entryList(QDir::Dirs | QDir::NoDotAndDotDot).first();
        const QString file = QDir(media.filePath(sub)).entryList(QDir::Files).first();
        QVERIFY(QFile::remove(media.filePath(sub + u'/' + file)));
        const Run check = cliOn({u"check"_s});
        QCOMPARE(check.code, 1);
        QVERIFY2(check.out.contains(file), qPrintable(check.out));
    }

    void readOnlyArchiveRefusesChangesInOneLine()
    {
        QCOMPARE(cliOn({u"init"_s, u"--demo"_s}).code, 0);
        const QString db = m_archive + u"/archive.sqlite"_s;
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = Test::fileHash(db);
        const Run r = cliOn({u"mark-done"_s, u"9"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(u"read-only"_s), qPrintable(r.err));
        QCOMPARE(cliOn({u"list"_s}).code, 0);
        QCOMPARE(cliOn({u"backup"_s, m_tmp->filePath(u"copy"_s)}).code, 0);
        QCOMPARE(Test::fileHash(db), before);
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void corruptArchiveIsAClearError()
    {
        QVERIFY(QDir().mkpath(m_archive));
        QFile f(m_archive + u"/archive.sqlite"_s);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage garbage garbage");
        f.close();
        const Run r = cliOn({u"list"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"

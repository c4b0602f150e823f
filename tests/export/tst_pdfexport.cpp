// PDF export end to end: real archives, real PDFs read back with poppler-utils (pdftotext,
// pdfinfo, pdfimages), as an archivist would check a handout.
#include <archive/archive.h>
#include <demo/demoarchive.h>
#include <export/pdfdocument.h>
#include <export/pdfsource.h>
#include <search/query.h>
#include <search/searcher.h>
#include <support/testsupport.h>
#include <text/bodyformat.h>
#include <text/localizedlabels.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << args << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text (pages first..last, 1-based; 0 = all) with all whitespace removed: lines are
// wrapped differently from the source, the words and their order are what must come back.
QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << u"-f"_s << QString::number(first) << u"-l"_s << QString::number(last ? last : first);
    args << pdf << u"-"_s;
    return run(u"pdftotext"_s, args).remove(QRegularExpression(u"\\s+"_s));
}

// The same, of the text area only (A4, without the running header and the page number): a
// paragraph that breaks across pages then reads on without the header in between.
QString pdfBodyText(const QString &pdf)
{
    return run(u"pdftotext"_s, {u"-x"_s, u"0"_s, u"-y"_s, u"75"_s, u"-W"_s, u"595"_s, u"-H"_s,
                                u"700"_s, pdf, u"-"_s})
        .remove(QRegularExpression(u"\\s+"_s));
}

QString squash(const QString &text)
{
    return QString(text).remove(QRegularExpression(u"\\s+"_s));
}

int pdfPages(const QString &pdf)
{
    const QString info = run(u"pdfinfo"_s, {pdf});
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString &pdf)
{
    const QString info = run(u"pdfinfo"_s, {pdf});
    const auto m = QRegularExpression(u"Page size:\\s+(.*)"_s).match(info);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

// Photos in the PDF (pdfimages -list rows of type "image"), leaving out the header logo.
int pdfPhotoCount(const QString &pdf, QList<QSize> *sizes = nullptr)
{
    int n = 0;
    const QStringList lines = run(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n');
    QString logoObject;
    for (const QString &line : lines) {
        const QStringList f = line.simplified().split(u' ');
        if (f.size() < 12 || f.at(2) != u"image"_s)
            continue;
        if (f.at(3) == u"600"_s && f.at(4) == u"600"_s) // the logo, drawn at 600 × 600
            continue;
        ++n;
        if (sizes)
            *sizes << QSize(f.at(3).toInt(), f.at(4).toInt());
    }
    return n;
}

struct Built
{
    QList<Export::PdfEntry> entries;
    std::unique_ptr<Export::PdfDocument> document;
};

Built build(Archive::Archive &archive, const QList<qint64> &ids, const Export::PdfOptions &options)
{
    Built b;
    auto entries = Export::collectEntries(archive, ids);
    if (!entries) {
        QTest::qFail(qPrintable(entries.error().detail), __FILE__, __LINE__);
        return b;
    }
    b.entries = *entries;
    auto document = Export::PdfDocument::build(b.entries, options);
    if (!document) {
        QTest::qFail(qPrintable(document.error().detail), __FILE__, __LINE__);
        return b;
    }
    b.document = std::move(*document);
    return b;
}

// Fails a device after `limit` bytes, like a disk that fills up mid-file.
class FullDisk final : public QIODevice
{
public:
    explicit FullDisk(qint64 limit)
        : m_limit(limit)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        if (written + length > m_limit) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        written += length;
        return length;
    }

private:
    qint64 m_limit;
};

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bilingualItemSideBySide();
    void singleLanguage();
    void digestOfASearch();
    void digestFlowing();
    void letterPaper();
    void layoutHoldsUnderStress();
    void linksStayClickable();
    void organisationInHeader();
    void missingPhotoFile();
    void readOnlyDestination();
    void fullDisk();
    void cancelKeepsExistingFile();
    void markdownHelpers();
    void contentLabels();

private:
    std::unique_ptr<Test::TempArchive> m_temp;
    Archive::Archive *m_archive = nullptr;
    QString out(const QString &name) const { return m_temp->filePath(name); }
    qint64 addItem(Model::Item item, const QList<qint64> &photos = {});
};

void TestPdfExport::initTestCase()
{
    Test::initTestEnvironment();
    for (const char *tool : {"pdftotext", "pdfinfo", "pdfimages"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 "poppler-utils must be installed (scripts/deps.sh)");
}

void TestPdfExport::init()
{
    m_temp = std::make_unique<Test::TempArchive>();
    QVERIFY(m_temp->archive);
    m_archive = m_temp->archive.get();
}

void TestPdfExport::cleanup()
{
    m_archive = nullptr;
    m_temp.reset();
}

qint64 TestPdfExport::addItem(Model::Item item, const QList<qint64> &photos)
{
    const auto created = m_archive->items().create(item);
    if (!created)
        return 0;
    if (!photos.isEmpty()) {
        const auto attached = m_archive->items().attachPhotos(item.id, photos);
        if (!attached)
            return 0;
    }
    return item.id;
}

void TestPdfExport::bilingualItemSideBySide()
{
    PRESS_VERIFY_RESULT(Demo::fillDemoArchive(*m_archive));
    // The demo item of 9 June 2018 in Qingdao: both languages, a cover photo with captions.
    auto ids = m_archive->items().ids();
    qint64 id = 0;
    for (qint64 candidate : *ids) {
        auto item = m_archive->items().load(candidate);
        if (item->eventDate == QDate(2018, 6, 9))
            id = candidate;
    }
    QVERIFY(id);
    Built b = build(*m_archive, {id}, {});
    QVERIFY(b.document);
    const QString pdf = out(u"item.pdf"_s);
    PRESS_VERIFY_RESULT(b.document->writeFile(pdf));
    QCOMPARE(pdfPages(pdf), b.document->pageCount());
    QCOMPARE(pdfPageSize(pdf), u"595 x 842 pts (A4)"_s);

    const Model::Item &item = b.entries.first().item;
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(squash(item.ru.title)));
    QVERIFY(text.contains(squash(item.en.title)));
    QVERIFY(text.contains(squash(item.ru.lead)));
    QVERIFY(text.contains(squash(item.en.lead)));
    for (Language language : allLanguages())
        for (const QString &block : Text::markdownBlocks(item.text(language).body))
            QVERIFY2(text.contains(squash(Text::markdownToPlainText(block))), qPrintable(block));
    // Captions in both languages and the credit, under the photo.
    const Model::Photo &photo = b.entries.first().photos.first().photo;
    QVERIFY(!photo.captionRu.isEmpty() && !photo.captionEn.isEmpty());
    QVERIFY(text.contains(squash(photo.captionRu)));
    QVERIFY(text.contains(squash(photo.captionEn)));
    QVERIFY(text.contains(squash(u"Фото: "_s + photo.credit)));
    // Date, place and section in each language; the header's organisation.
    QVERIFY(text.contains(squash(u"9 июня 2018"_s)));
    QVERIFY(text.contains(squash(u"9 June 2018"_s)));
    QVERIFY(text.contains(squash(item.ru.place)));
    QVERIFY(text.contains(squash(u"Secretariat Press Office"_s)));
    QCOMPARE(pdfPhotoCount(pdf), 1);
    // Fonts are embedded and carry Cyrillic.
    const QString fonts = run(u"pdffonts"_s, {pdf});
    QVERIFY(fonts.contains(u"PTSerif-Regular"_s));
    QVERIFY(!fonts.contains(u" no  "_s) || !fonts.contains(u"Type 3"_s));
}

void TestPdfExport::singleLanguage()
{
    Model::Item item = Test::makeItem(u"Заявление Секретариата о сотрудничестве"_s,
                                      u"Secretariat statement on cooperation"_s,
                                      u"Первый абзац.\n\nВторой абзац с **жирным** текстом."_s,
                                      u"First paragraph.\n\nSecond paragraph."_s);
    const qint64 id = addItem(item);
    QVERIFY(id);
    for (auto [language, present, absent] :
         {std::tuple{Export::PdfLanguage::Ru, u"Второйабзацсжирнымтекстом."_s, u"Secondparagraph."_s},
          std::tuple{Export::PdfLanguage::En, u"Secondparagraph."_s, u"Второйабзац"_s}}) {
        Export::PdfOptions options;
        options.language = language;
        Built b = build(*m_archive, {id}, options);
        QVERIFY(b.document);
        const QString pdf = out(u"single-%1.pdf"_s.arg(Export::pdfLanguageCode(language)));
        PRESS_VERIFY_RESULT(b.document->writeFile(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(present), qPrintable(text));
        QVERIFY(!text.contains(absent));
        QCOMPARE(pdfPhotoCount(pdf), 0);
    }

    // An item with no English text, exported in English: says so instead of a blank page.
    Model::Item ruOnly = Test::makeItem(u"Только по-русски"_s, QString(), u"Текст."_s);
    ruOnly.en = Model::ItemText{Language::En, {}, {}, {}, {}, {}, {}};
    const qint64 ruId = addItem(ruOnly);
    QVERIFY(ruId);
    Export::PdfOptions options;
    options.language = Export::PdfLanguage::En;
    Built b = build(*m_archive, {ruId}, options);
    QVERIFY(b.document);
    PRESS_VERIFY_RESULT(b.document->writeFile(out(u"missing-en.pdf"_s)));
    QVERIFY(pdfText(out(u"missing-en.pdf"_s)).contains(squash(Text::label(Text::Label::NoText, Language::En))));
}

void TestPdfExport::digestOfASearch()
{
    PRESS_VERIFY_RESULT(Demo::fillDemoArchive(*m_archive));
    auto query = std::get<Search::Query>(Search::parseQuery(u"date:2018"_s));
    auto ids = Search::Searcher(m_archive->connection()).matchingIds(query);
    PRESS_VERIFY_RESULT(ids);
    QVERIFY(ids->size() >= 3);
    Export::PdfOptions options;
    options.digest = true;
    options.title = u"ОДКБ в 2018 году"_s;
    Built b = build(*m_archive, *ids, options);
    QVERIFY(b.document);
    const QString pdf = out(u"digest.pdf"_s);
    PRESS_VERIFY_RESULT(b.document->writeFile(pdf));
    QCOMPARE(pdfPages(pdf), b.document->pageCount());

    // Items in date order.
    for (qsizetype i = 1; i < b.entries.size(); ++i)
        QVERIFY(b.entries[i - 1].item.eventDate <= b.entries[i].item.eventDate);
    // Title page: title, period, count in both languages.
    const QString title = pdfText(pdf, 1);
    QVERIFY(title.contains(squash(options.title)));
    QVERIFY(title.contains(squash(Text::itemCount(int(b.entries.size()), Language::Ru))));
    QVERIFY(title.contains(squash(Text::itemCount(int(b.entries.size()), Language::En))));
    QVERIFY(title.contains(squash(Text::longDate(b.entries.first().item.eventDate, Language::Ru))));
    QVERIFY(title.contains(squash(Text::longDate(b.entries.last().item.eventDate, Language::En))));

    // Contents: each title with the page it starts on; each item's title is on that page and
    // not on the page before (a new page per item).
    const QList<int> starts = b.document->itemStartPages();
    QCOMPARE(starts.size(), b.entries.size());
    const QString contents = pdfText(pdf, 2, 1 + b.document->contentsPageCount());
    QVERIFY(contents.contains(u"Содержание/Contents"_s));
    const QStringList contentsLines =
        run(u"pdftotext"_s, {u"-layout"_s, u"-f"_s, u"2"_s, u"-l"_s,
                             QString::number(1 + b.document->contentsPageCount()), pdf, u"-"_s})
            .split(u'\n');
    for (qsizetype i = 0; i < b.entries.size(); ++i) {
        const Model::Item &item = b.entries[i].item;
        const QString ruTitle = squash(item.ru.title);
        QVERIFY(contents.contains(ruTitle.left(40)));
        QVERIFY(contents.contains(squash(item.en.title).left(40)));
        // The row: date, title, page number on one line of the laid-out page.
        const QString date = item.eventDate.toString(u"dd.MM.yyyy"_s);
        const QString row = contentsLines.filter(date).value(0).simplified();
        QVERIFY2(row.endsWith(u' ' + QString::number(starts[i])), qPrintable(row));
        QVERIFY2(pdfText(pdf, starts[i]).contains(ruTitle.left(30)), qPrintable(item.ru.title));
        if (i > 0) {
            QVERIFY(starts[i] > starts[i - 1]);
            QVERIFY(!pdfText(pdf, starts[i] - 1).contains(ruTitle.left(30)));
        }
    }
    // Running header and page numbers from page 2 on.
    const QString page2 = run(u"pdftotext"_s, {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, pdf, u"-"_s});
    QVERIFY(page2.contains(options.title));
    QVERIFY(page2.contains(u"2/%1"_s.arg(b.document->pageCount())));
    // The photos of the 2018 items.
    int photos = 0;
    for (const auto &e : b.entries)
        photos += int(e.photos.size());
    QCOMPARE(pdfPhotoCount(pdf), photos);
}

void TestPdfExport::digestFlowing()
{
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        Model::Item item = Test::makeItem(u"Короткая новость номер %1"_s.arg(i + 1),
                                          u"Short news number %1"_s.arg(i + 1),
                                          u"Один абзац текста."_s, u"One paragraph of text."_s);
        item.eventDate = QDate(2019, 3, 1).addDays(i);
        ids << addItem(item);
    }
    Export::PdfOptions options;
    options.digest = true;
    options.newPagePerItem = false;
    options.language = Export::PdfLanguage::Ru;
    Built flowing = build(*m_archive, ids, options);
    QVERIFY(flowing.document);
    options.newPagePerItem = true;
    Built paged = build(*m_archive, ids, options);
    QVERIFY(paged.document);
    QVERIFY(flowing.document->pageCount() < paged.document->pageCount());
    // Flowing: several items share a page, and the contents says which.
    const QList<int> starts = flowing.document->itemStartPages();
    QCOMPARE(starts.first(), starts.last());
    const QString pdf = out(u"flow.pdf"_s);
    PRESS_VERIFY_RESULT(flowing.document->writeFile(pdf));
    for (qsizetype i = 0; i < ids.size(); ++i)
        QVERIFY(pdfText(pdf, starts[i]).contains(squash(flowing.entries[i].item.ru.title)));
}

void TestPdfExport::letterPaper()
{
    const qint64 id = addItem(Test::makeItem(u"Письмо"_s, u"Letter"_s, u"Текст."_s, u"Text."_s));
    Export::PdfOptions options;
    options.paper = Export::PaperSize::Letter;
    Built b = build(*m_archive, {id}, options);
    QVERIFY(b.document);
    PRESS_VERIFY_RESULT(b.document->writeFile(out(u"letter.pdf"_s)));
    QCOMPARE(pdfPageSize(out(u"letter.pdf"_s)), u"612 x 792 pts (letter)"_s);
}

void TestPdfExport::layoutHoldsUnderStress()
{
    // 40 photos, portrait and landscape and a panorama; a long body; a word and a URL far wider
    // than a column; no English at all.
    QList<qint64> photoIds;
    for (int i = 0; i < 40; ++i) {
        const QSize size = i % 7 == 3 ? QSize(1600, 300) : i % 2 ? QSize(600, 900) : QSize(900, 600);
        const QString file = Test::writeJpeg(out(u"src/p%1.jpg"_s.arg(i)), size.width(), size.height(), i);
        Archive::PhotoDetails details;
        details.captionRu = u"Подпись к снимку %1"_s.arg(i + 1);
        details.credit = u"Фотограф %1"_s.arg(i + 1);
        auto photo = m_archive->addPhoto(file, details);
        PRESS_VERIFY_RESULT(photo);
        photoIds << photo->id;
    }
    QStringList paragraphs;
    for (int i = 0; i < 120; ++i)
        paragraphs << u"Абзац %1: участники заседания обсудили вопросы коллективной безопасности "
                      "и сотрудничества в регионе."_s.arg(i + 1);
    const QString longWord = QString(u"Сверхдлинноесловобезпробелов"_s).repeated(12);
    const QString longUrl = u"https://example.org/"_s + QString(u"very-long-path-segment-"_s).repeated(15);
    paragraphs << longWord << u"<"_s + longUrl + u">"_s;
    Model::Item item = Test::makeItem(u"Испытание вёрстки"_s, QString(), paragraphs.join(u"\n\n"_s));
    item.en = Model::ItemText{Language::En, {}, {}, {}, {}, {}, {}};
    const qint64 id = addItem(item, photoIds);
    QVERIFY(id);

    for (Export::PdfLanguage language : {Export::PdfLanguage::Ru, Export::PdfLanguage::Both}) {
        Export::PdfOptions options;
        options.language = language;
        Built b = build(*m_archive, {id}, options);
        QVERIFY(b.document);
        const QString pdf = out(u"stress-%1.pdf"_s.arg(Export::pdfLanguageCode(language)));
        PRESS_VERIFY_RESULT(b.document->writeFile(pdf));
        QCOMPARE(pdfPhotoCount(pdf), 40);
        const QString text = pdfBodyText(pdf);
        for (const QString &p : std::as_const(paragraphs).mid(0, 120))
            QVERIFY2(text.contains(squash(p)), qPrintable(p));
        QVERIFY(text.contains(longWord));
        // pdftotext joins a line that ends in a hyphen to the next without it; the link target
        // itself is whole.
        QVERIFY(QString(text).remove(u'-').contains(QString(longUrl).remove(u'-')));
        QVERIFY(run(u"pdfinfo"_s, {u"-url"_s, pdf}).contains(longUrl));
        QVERIFY(text.contains(squash(u"Подпись к снимку 40"_s)));

        // Every word lies inside the page's text area: nothing runs off the paper or into the
        // margins (pdftotext -bbox gives each word's box in points).
        const QString boxes = run(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
        static const QRegularExpression wordRe(
            u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"_s);
        int words = 0;
        for (auto it = wordRe.globalMatch(boxes); it.hasNext(); ++words) {
            const auto m = it.next();
            const double xMin = m.captured(1).toDouble(), yMin = m.captured(2).toDouble();
            const double xMax = m.captured(3).toDouble(), yMax = m.captured(4).toDouble();
            QVERIFY2(xMin >= 56 && xMax <= 595 - 56 && yMin >= 30 && yMax <= 842 - 25,
                     qPrintable(u"word at %1,%2–%3,%4"_s.arg(xMin).arg(yMin).arg(xMax).arg(yMax)));
        }
        QVERIFY(words > 1000);
    }
}

void TestPdfExport::linksStayClickable()
{
    const qint64 id = addItem(Test::makeItem(
        u"Ссылки"_s, u"Links"_s, u"См. [сайт ОДКБ](https://odkb-csto.org/news/) и далее."_s,
        u"See [the CSTO site](https://en.odkb-csto.org/news/) and more."_s));
    Built b = build(*m_archive, {id}, {});
    QVERIFY(b.document);
    PRESS_VERIFY_RESULT(b.document->writeFile(out(u"links.pdf"_s)));
    const QString urls = run(u"pdfinfo"_s, {u"-url"_s, out(u"links.pdf"_s)});
    QVERIFY2(urls.contains(u"https://odkb-csto.org/news/"_s), qPrintable(urls));
    QVERIFY(urls.contains(u"https://en.odkb-csto.org/news/"_s));
    QVERIFY(pdfText(out(u"links.pdf"_s)).contains(u"См.сайтОДКБидалее."_s));
}

void TestPdfExport::organisationInHeader()
{
    Export::Organisation organisation;
    organisation.nameRu = u"Секретариат Организации"_s;
    organisation.nameEn = u"Secretariat of the Organisation"_s;
    organisation.logo = "not an image";
    auto refused = Export::saveOrganisation(*m_archive, organisation);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Format);
    const QString logoFile = Test::writeJpeg(out(u"logo.jpg"_s), 200, 200, 7);
    QFile logo(logoFile);
    QVERIFY(logo.open(QIODevice::ReadOnly));
    organisation.logo = logo.readAll();
    PRESS_VERIFY_RESULT(Export::saveOrganisation(*m_archive, organisation));
    auto loaded = Export::loadOrganisation(*m_archive);
    PRESS_VERIFY_RESULT(loaded);
    QCOMPARE(loaded->nameRu, organisation.nameRu);
    QCOMPARE(loaded->logo, organisation.logo);

    const qint64 id = addItem(Test::makeItem(u"Новость"_s, u"News"_s, u"Текст."_s, u"Text."_s));
    Export::PdfOptions options;
    options.organisation = *loaded;
    Built b = build(*m_archive, {id}, options);
    QVERIFY(b.document);
    PRESS_VERIFY_RESULT(b.document->writeFile(out(u"org.pdf"_s)));
    const QString text = pdfText(out(u"org.pdf"_s));
    QVERIFY(text.contains(u"СекретариатОрганизации"_s));
    QVERIFY(text.contains(u"SecretariatoftheOrganisation"_s));
    QVERIFY(!text.contains(u"SecretariatPressOffice"_s));

    // Back to the defaults.
    PRESS_VERIFY_RESULT(Export::saveOrganisation(*m_archive, {}));
    loaded = Export::loadOrganisation(*m_archive);
    QVERIFY(loaded->nameRu.isEmpty() && loaded->logo.isEmpty());
    QVERIFY(!loaded->logoOrDefault().isEmpty());
}

void TestPdfExport::missingPhotoFile()
{
    const QString file = Test::writeJpeg(out(u"src/gone.jpg"_s), 800, 600, 3);
    auto photo = m_archive->addPhoto(file, {});
    PRESS_VERIFY_RESULT(photo);
    const qint64 id = addItem(Test::makeItem(u"Фото пропало"_s, u"Photo gone"_s), {photo->id});
    QVERIFY(QFile::remove(m_archive->media().pathFor(photo->sha256)));
    auto entries = Export::collectEntries(*m_archive, {id});
    QVERIFY(!entries);
    QCOMPARE(entries.error().code, ErrorCode::MediaMissing);
    QVERIFY(entries.error().detail.contains(u"gone.jpg"_s));
    QVERIFY(!QFileInfo::exists(out(u"gone.pdf"_s)));
}

void TestPdfExport::readOnlyDestination()
{
    const qint64 id = addItem(Test::makeItem(u"Новость"_s, u"News"_s, u"Текст."_s, u"Text."_s));
    Built b = build(*m_archive, {id}, {});
    QVERIFY(b.document);
    const QString dir = out(u"locked"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    if (QFileInfo(dir).isWritable() && ::geteuid() == 0)
        QSKIP("root writes into read-only folders; the CLI test covers this as a plain user");
    auto written = b.document->writeFile(dir + u"/item.pdf"_s);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY(QDir(dir).isEmpty());
    // A folder that does not exist.
    auto nowhere = b.document->writeFile(out(u"no/such/folder/item.pdf"_s));
    QVERIFY(!nowhere);
    QCOMPARE(nowhere.error().code, ErrorCode::NotFound);
}

void TestPdfExport::fullDisk()
{
    const QString file = Test::writeJpeg(out(u"src/big.jpg"_s), 1600, 1200, 5);
    auto photo = m_archive->addPhoto(file, {});
    PRESS_VERIFY_RESULT(photo);
    const qint64 id = addItem(Test::makeItem(u"Новость"_s, u"News"_s, u"Текст."_s, u"Text."_s), {photo->id});
    Built b = build(*m_archive, {id}, {});
    QVERIFY(b.document);
    FullDisk disk(20000);
    auto written = b.document->write(disk);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY(written.error().detail.contains(u"No space left"_s));
    // With room enough, the same document writes.
    FullDisk roomy(100'000'000);
    PRESS_VERIFY_RESULT(b.document->write(roomy));
    QVERIFY(roomy.written > 20000);
}

void TestPdfExport::cancelKeepsExistingFile()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << addItem(Test::makeItem(u"Новость %1"_s.arg(i), u"News %1"_s.arg(i), u"Текст."_s, u"Text."_s));
    Export::PdfOptions options;
    options.digest = true;
    Built b = build(*m_archive, ids, options);
    QVERIFY(b.document);
    const QString pdf = out(u"kept.pdf"_s);
    {
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous digest");
    }
    std::atomic_bool cancel = false;
    auto written = b.document->writeFile(
        pdf,
        [&](Export::PdfStage, int done, int) {
            if (done == 3)
                cancel = true;
        },
        &cancel);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Cancelled);
    QFile kept(pdf);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the previous digest"));
    QCOMPARE(QDir(m_temp->dir.path()).entryList({u"kept.pdf*"_s}, QDir::Files | QDir::Hidden).size(), 1);
}

void TestPdfExport::markdownHelpers()
{
    QCOMPARE(Text::markdownBlocks(u"One\n\nTwo\nstill two\n\n\n- a\n- b\n\n## Head"_s),
             (QStringList{u"One"_s, u"Two\nstill two"_s, u"- a\n- b"_s, u"## Head"_s}));
    QCOMPARE(Text::markdownBlocks(u"```\ncode\n\nmore\n```"_s).size(), 1);
    QCOMPARE(Text::markdownToCleanHtml(u"**Жирный** и [ссылка](https://x.org)"_s),
             u"<p><strong>Жирный</strong> и <a href=\"https://x.org\">ссылка</a></p>"_s);
    // Raw HTML and script links never reach a PDF or the website.
    const QString unsafe = Text::markdownToCleanHtml(u"<script>alert(1)</script>\n\n[x](javascript:alert(1))"_s);
    QVERIFY(!unsafe.contains(u"<script"_s));
    QVERIFY(!unsafe.contains(u"javascript:"_s));
}

void TestPdfExport::contentLabels()
{
    QCOMPARE(Text::itemCount(1, Language::Ru), u"1 материал"_s);
    QCOMPARE(Text::itemCount(3, Language::Ru), u"3 материала"_s);
    QCOMPARE(Text::itemCount(11, Language::Ru), u"11 материалов"_s);
    QCOMPARE(Text::itemCount(22, Language::Ru), u"22 материала"_s);
    QCOMPARE(Text::itemCount(25, Language::Ru), u"25 материалов"_s);
    QCOMPARE(Text::itemCount(1, Language::En), u"1 item"_s);
    QCOMPARE(Text::itemCount(2, Language::En), u"2 items"_s);
    QCOMPARE(Text::longDate(QDate(2018, 6, 9), Language::Ru), u"9 июня 2018"_s);
    QCOMPARE(Text::longDate(QDate(2018, 6, 9), Language::En), u"9 June 2018"_s);
    QCOMPARE(Text::sectionName(Model::Section::Statement, Language::Ru), u"Заявление"_s);
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"

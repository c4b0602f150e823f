// How the archive and the main window's list behave at the size DESIGN.md promises:
// bench_itemlist [ITEMS=200000] [DIR]
// Creates an archive of ITEMS bilingual items (in DIR, else a temporary folder), then measures
// the first page of the list for every sort column, the next pages, loading one item, and the
// archive's size. Prints one line per figure.
#include <archive/archive.h>
#include <archive/itemlistmodel.h>
#include <archive/transaction.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Press;

namespace {

const QStringList &wordsRu()
{
    static const QStringList w = QString(
        u"встреча секретарь генеральный организация договор безопасность коллективной сессия "
        "совет министров иностранных дел заседание стороны обсудили вопросы сотрудничества "
        "терроризм наркотрафик учения миротворческий регион государства члены Москва Душанбе "
        "Минск Ереван Астана Бишкек заявление интервью пресс-служба секретариат делегация "
        "меморандум взаимопонимание консультации эксперты граница информационная угрозы"_s)
        .split(u' ');
    return w;
}

const QStringList &wordsEn()
{
    static const QStringList w = QString(
        u"meeting secretary general organization treaty collective security session council "
        "foreign ministers parties discussed cooperation terrorism drug trafficking exercise "
        "peacekeeping region member states Moscow Dushanbe Minsk Yerevan Astana Bishkek statement "
        "interview press service secretariat delegation memorandum understanding consultations "
        "experts border information threats"_s)
        .split(u' ');
    return w;
}

// Zipf-like: low ranks far more often than high ones.
QString sentence(QRandomGenerator &rng, const QStringList &words, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const double u = rng.generateDouble();
        out << words.at(std::min<qsizetype>(words.size() - 1, qsizetype(words.size() * u * u)));
    }
    QString s = out.join(u' ');
    s[0] = s[0].toUpper();
    return s + u'.';
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    QTemporaryDir tmp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.filePath(u"bench"_s);

    auto created = Archive::Archive::create(dir);
    if (!created) {
        std::fprintf(stderr, "create: %s\n", qPrintable(created.error().detail));
        return 1;
    }
    Archive::Archive &archive = **created;
    QRandomGenerator rng(42);
    QElapsedTimer timer;
    timer.start();
    {
        Archive::Transaction tx(archive.connection());
        if (!tx.begin())
            return 1;
        for (int i = 0; i < count; ++i) {
            Model::Item item;
            item.eventDate = QDate(2001, 1, 1).addDays(int(rng.bounded(25 * 365)));
            item.section = Model::Section(rng.bounded(6));
            item.status = Model::ItemStatus(rng.bounded(5));
            item.ru.title = sentence(rng, wordsRu(), 8);
            item.ru.lead = sentence(rng, wordsRu(), 25);
            item.ru.body = sentence(rng, wordsRu(), 120) + u"\n\n"_s + sentence(rng, wordsRu(), 120);
            if (i % 10 != 0) {
                item.en.title = sentence(rng, wordsEn(), 8);
                item.en.lead = sentence(rng, wordsEn(), 25);
                item.en.body = sentence(rng, wordsEn(), 120) + u"\n\n"_s
                               + sentence(rng, wordsEn(), 120);
                if (i % 3 != 0)
                    item.en.translatedFromHash = item.ru.contentHash();
            }
            if (!archive.items().create(item)) {
                std::fprintf(stderr, "create item %d failed\n", i);
                return 1;
            }
        }
        if (!tx.commit())
            return 1;
    }
    const double insertMs = msSince(timer);
    std::printf("items: %d\n", count);
    std::printf("insert: %.1f s (%.0f items/s, one transaction)\n", insertMs / 1000,
                count / (insertMs / 1000));
    (void)archive.database().checkpoint();
    std::printf("archive.sqlite: %.1f MB\n",
                QFileInfo(archive.databasePath()).size() / 1024.0 / 1024.0);

    Archive::ItemListModel model(archive.connection());
    static const char *const names[] = {"date", "section", "title-ru", "title-en",
                                        "status", "state-ru", "state-en", "photos"};
    for (int column = 0; column < Archive::ItemListModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer t;
            t.start();
            model.sort(column, order);
            std::printf("first page, sort %-8s %s: %7.1f ms (%d rows of %d)\n", names[column],
                        order == Qt::AscendingOrder ? "asc " : "desc", msSince(t),
                        model.rowCount(), model.totalCount());
        }
    }
    model.sort(Archive::ItemListModel::Date, Qt::DescendingOrder);
    QList<double> pages;
    for (int i = 0; i < 20 && model.canFetchMore({}); ++i) {
        QElapsedTimer t;
        t.start();
        model.fetchMore({});
        pages << msSince(t);
    }
    std::sort(pages.begin(), pages.end());
    std::printf("next page (by date, pages 2-21): median %.1f ms, max %.1f ms\n",
                pages.at(pages.size() / 2), pages.constLast());

    QList<double> loads;
    for (int i = 0; i < 200; ++i) {
        const qint64 id = 1 + rng.bounded(count);
        QElapsedTimer t;
        t.start();
        if (!archive.items().load(id))
            return 1;
        loads << msSince(t);
    }
    std::sort(loads.begin(), loads.end());
    std::printf("load one item (200 random): median %.2f ms, max %.2f ms\n",
                loads.at(loads.size() / 2), loads.constLast());
    return 0;
}

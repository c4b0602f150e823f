// Writes items to an archive as fast as it can, one transaction per save, and prints
// "committed <id> <n>" after each commit returns. tst_crashsafety kills it with SIGKILL in the
// middle and then checks that every printed save is in the archive and that `check` passes.
// Every third save edits an earlier item (adding revisions), so updates are killed too.
#include <archive/archive.h>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: crash_writer ARCHIVE_DIR\n");
        return 2;
    }
    auto archive = Press::Archive::Archive::open(QString::fromLocal8Bit(argv[1]));
    if (!archive) {
        std::fprintf(stderr, "open: %s\n", qPrintable(archive.error().detail));
        return 1;
    }
    QList<qint64> ids;
    for (int n = 1;; ++n) {
        if (n % 3 == 0 && !ids.isEmpty()) {
            const qint64 id = ids.at(n % ids.size());
            auto item = (*archive)->items().load(id);
            if (!item)
                return 1;
            item->ru.body = u"Правка №%1 — «кавычки» и апостроф '%1'"_s.arg(n);
            if (auto r = (*archive)->items().save(*item); !r) {
                std::fprintf(stderr, "save: %s\n", qPrintable(r.error().detail));
                return 1;
            }
            std::printf("updated %lld %d\n", static_cast<long long>(id), n);
        } else {
            Press::Model::Item item;
            item.eventDate = QDate(2020, 1, 1).addDays(n);
            item.ru.title = u"Запись №%1"_s.arg(n);
            item.ru.body = QString(u"Текст. "_s).repeated(50 + n % 50);
            item.en.title = u"Save no. %1"_s.arg(n);
            if (auto r = (*archive)->items().create(item); !r) {
                std::fprintf(stderr, "create: %s\n", qPrintable(r.error().detail));
                return 1;
            }
            ids << item.id;
            std::printf("committed %lld %d\n", static_cast<long long>(item.id), n);
        }
        std::fflush(stdout);
    }
}

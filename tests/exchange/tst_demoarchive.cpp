// The demo archive is what first-run users, screenshots and tests see: it must be rich enough.
#include <archive/archive.h>
#include <archive/archivechecker.h>
#include <demo/demoarchive.h>
#include <support/testsupport.h>

#include <QImageReader>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;
using Model::TranslationState;

class tst_DemoArchive final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void demoIsBilingualVariedAndHealthy()
    {
        QTemporaryDir tmp;
        auto archive = Demo::createDemoArchive(tmp.filePath(u"demo"_s));
        PRESS_VERIFY_RESULT(archive);
        Archive::Archive &a = **archive;
        const QList<qint64> ids = a.items().ids().value();
        QVERIFY(ids.size() >= 30);

        QSet<Model::Section> sections;
        QSet<Model::ItemStatus> statuses;
        QMap<TranslationState, int> states;
        QDate first, last;
        int bothLanguages = 0;
        for (qint64 id : ids) {
            const Model::Item item = *a.items().load(id);
            sections.insert(item.section);
            statuses.insert(item.status);
            states[item.translationState(otherLanguage(item.sourceLanguage))]++;
            if (!item.ru.isEmpty() && !item.en.isEmpty())
                ++bothLanguages;
            first = first.isValid() ? std::min(first, item.eventDate) : item.eventDate;
            last = last.isValid() ? std::max(last, item.eventDate) : item.eventDate;
            QVERIFY(!item.text(item.sourceLanguage).title.isEmpty());
        }
        QVERIFY(bothLanguages >= 25);
        QVERIFY(states[TranslationState::Missing] >= 3);
        QVERIFY(states[TranslationState::Outdated] >= 2);
        QVERIFY(states[TranslationState::InProgress] >= 1);
        QVERIFY(states[TranslationState::Done] >= 20);
        QVERIFY(sections.size() >= 5);
        QVERIFY(statuses.size() >= 4);
        QVERIFY(first.year() <= 2002 && last.year() >= 2026);

        // Photos: real decodable images, some with Cyrillic file names, captions in both languages.
        const auto photos = a.photos().list().value();
        QVERIFY(photos.size() >= 10);
        static const QRegularExpression cyrillic(u"[А-Яа-яЁё]"_s);
        int cyrillicNames = 0;
        for (const Model::Photo &p : photos) {
            cyrillicNames += p.originalName.contains(cyrillic) ? 1 : 0;
            QVERIFY(!p.captionRu.isEmpty() && !p.captionEn.isEmpty());
            QImageReader reader(a.media().pathFor(p.sha256));
            QCOMPARE(reader.size(), QSize(p.width, p.height));
        }
        QVERIFY(cyrillicNames >= 3);

        // The Qingdao item from the seed, with the three organisations tagged.
        QStringList tags;
        for (const Model::Entity &e : a.entities().forItem(18).value())
            tags << e.label(Language::En);
        QVERIFY2(tags.contains(u"CSTO"_s) && tags.contains(u"SCO"_s) && tags.contains(u"CIS"_s),
                 qPrintable(tags.join(u',')));

        auto problems = Archive::checkArchive(a);
        PRESS_VERIFY_RESULT(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->value(0).message));
    }
};

QTEST_GUILESS_MAIN(tst_DemoArchive)
#include "tst_demoarchive.moc"

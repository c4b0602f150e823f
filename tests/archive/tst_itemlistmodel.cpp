#include <archive/archive.h>
#include <archive/itemlistmodel.h>
#include <archive/transaction.h>
#include <support/testsupport.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;
using Archive::ItemListModel;

class tst_ItemListModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempArchive> m_fx;
    static constexpr int kItems = 600; // more than two pages

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void init()
    {
        m_fx = std::make_unique<Test::TempArchive>();
        QVERIFY(m_fx->archive);
        Archive::Transaction tx(m_fx->archive->connection());
        PRESS_VERIFY_RESULT(tx.begin());
        for (int i = 0; i < kItems; ++i) {
            Model::Item item = Test::makeItem(u"Заголовок %1"_s.arg(i, 4, 10, QChar(u'0')),
                                              i % 5 == 0 ? QString() : u"Title %1"_s.arg(i));
            item.eventDate = QDate(2002, 1, 1).addDays(i * 13);
            PRESS_VERIFY_RESULT(m_fx->archive->items().create(item));
            if (i % 7 == 1 && i % 5 != 0)
                PRESS_VERIFY_RESULT(m_fx->archive->items().markTranslationDone(item.id, Language::En));
        }
        PRESS_VERIFY_RESULT(tx.commit());
    }

    void cleanup() { m_fx.reset(); }

    void loadsInPages()
    {
        ItemListModel model(m_fx->archive->connection());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy failed(&model, &ItemListModel::loadFailed);
        PRESS_VERIFY_RESULT(model.reload());
        QCOMPARE(model.totalCount(), kItems);
        QCOMPARE(model.rowCount(), ItemListModel::kPageSize);
        QCOMPARE(model.columnCount(), int(ItemListModel::ColumnCount));
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kItems);
        QCOMPARE(inserted.count(), 2); // pages 2 and 3
        QCOMPARE(failed.count(), 0);
        // Newest first by default, and no row twice.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.itemId(row));
        QCOMPARE(ids.size(), kItems);
        QVERIFY(model.index(0, ItemListModel::Date).data().toString()
                > model.index(1, ItemListModel::Date).data().toString());
    }

    void showsTranslationStatesAndCodes()
    {
        ItemListModel model(m_fx->archive->connection());
        model.sort(ItemListModel::Date, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ItemListModel::Date).data().toString(), u"2002-01-01"_s);
        QCOMPARE(model.index(0, ItemListModel::StateRu).data().toString(), u"original"_s);
        QCOMPARE(model.index(0, ItemListModel::StateEn).data().toString(), u"missing"_s);
        QCOMPARE(model.index(1, ItemListModel::StateEn).data().toString(), u"done"_s);
        QCOMPARE(model.index(2, ItemListModel::StateEn).data().toString(), u"in-progress"_s);
        QCOMPARE(model.index(1, ItemListModel::Section).data().toString(), u"news"_s);
        QCOMPARE(model.index(1, ItemListModel::Status).data().toString(), u"draft"_s);
        QCOMPARE(model.index(1, ItemListModel::TitleRu).data().toString(), u"Заголовок 0001"_s);
        QCOMPARE(model.index(1, ItemListModel::Photos).data().toInt(), 0);
    }

    void sortsBySql()
    {
        ItemListModel model(m_fx->archive->connection());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.sort(ItemListModel::TitleRu, Qt::DescendingOrder);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.index(0, ItemListModel::TitleRu).data().toString(), u"Заголовок 0599"_s);
        model.sort(ItemListModel::StateEn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ItemListModel::StateEn).data().toString(), u"done"_s);
        QCOMPARE(reset.count(), 2);
    }

    void findsItemsBeyondTheFirstPage()
    {
        ItemListModel model(m_fx->archive->connection());
        model.sort(ItemListModel::Date, Qt::DescendingOrder);
        const int row = model.rowOfItem(1); // the oldest: the last row
        QCOMPARE(row, kItems - 1);
        QCOMPARE(model.itemId(row), 1);
        QCOMPARE(model.rowOfItem(999999), -1);
    }

    void reloadSeesNewItems()
    {
        ItemListModel model(m_fx->archive->connection());
        PRESS_VERIFY_RESULT(model.reload());
        Model::Item item = Test::makeItem(u"Новое"_s, u"New"_s);
        item.eventDate = QDate(2030, 1, 1);
        PRESS_VERIFY_RESULT(m_fx->archive->items().create(item));
        PRESS_VERIFY_RESULT(model.reload());
        QCOMPARE(model.totalCount(), kItems + 1);
        QCOMPARE(model.itemId(0), item.id);
    }
};

QTEST_GUILESS_MAIN(tst_ItemListModel)
#include "tst_itemlistmodel.moc"

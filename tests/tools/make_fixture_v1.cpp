// Makes tests/data/archive-v1.sqlite: an archive at schema version 1, as the first PressDesk
// release wrote it, with Cyrillic text, an apostrophe, a photo link pair where both links were
// marked as cover (version 1 allowed it; migration 2 keeps only the first) and an entity.
// Usage: make_fixture_v1 OUTPUT_DIR   (writes OUTPUT_DIR/archive.sqlite; media/ is not needed)
#include <archive/database.h>
#include <archive/migrations.h>
#include <archive/sql.h>
#include <model/itemtext.h>

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Press;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dir);
    Archive::DatabaseOptions options;
    options.create = true;
    auto db = Archive::Database::open(dir + u"/archive.sqlite"_s, options);
    if (!db || !Archive::Migrations::migrate((*db)->connection(), 1))
        return 1;
    const QSqlDatabase c = (*db)->connection();
    auto text = [](const char16_t *title, const char16_t *body) {
        Model::ItemText t;
        t.title = QString::fromUtf16(title);
        t.body = QString::fromUtf16(body);
        return t;
    };
    const Model::ItemText ru = text(u"Встреча в Циндао", u"Стороны обменялись мнениями.");
    const Model::ItemText en = text(u"Meeting in Qingdao", u"The parties' views were exchanged.");
    const QStringList statements{
        u"INSERT INTO archive_meta VALUES ('archive_uuid', '6f1c3c8e-2f7a-4c55-9b0e-0a1d2e3f4a5b')"_s,
        u"INSERT INTO item VALUES (1, '0b9d5a52-8f4e-4d0c-8e51-2b7d1c3a9f10', 'news', '2018-06-09',"
        " 'published', 'ru', '2018-06-09T09:30:00.000Z', '2018-06-10T09:30:00.000Z')"_s,
        u"INSERT INTO item VALUES (2, '5c2e7b14-3a6d-4f8b-9c01-7e4d2a1b6c3f', 'statement',"
        " '2011-06-26', 'draft', 'ru', '2011-06-26T09:30:00.000Z', '2011-06-26T09:30:00.000Z')"_s,
        u"INSERT INTO entity VALUES (1, 'a4d1e2f3-5b6c-4d7e-8f90-1a2b3c4d5e6f', 'organisation',"
        " 'ОДКБ', 'CSTO')"_s,
        u"INSERT INTO item_entity VALUES (1, 1)"_s,
        u"INSERT INTO photo VALUES (1, '%1', 'Встреча в Циндао.jpg', 'image/jpeg', 10, 4, 3, NULL,"
        " NULL, 'Пресс-служба', 'Подпись', 'Caption', '2018-06-09T12:00:00.000Z')"_s.arg(
            QString(64, u'a')),
        u"INSERT INTO photo VALUES (2, '%1', 'second.jpg', 'image/jpeg', 10, 4, 3, NULL, NULL,"
        " NULL, NULL, NULL, '2018-06-09T12:00:00.000Z')"_s.arg(QString(64, u'b')),
        u"INSERT INTO item_photo VALUES (1, 1, 0, 1)"_s,
        u"INSERT INTO item_photo VALUES (1, 2, 1, 1)"_s,
    };
    for (const QString &sql : statements) {
        if (!Archive::run(c, sql)) {
            std::fprintf(stderr, "failed: %s\n", qPrintable(sql));
            return 1;
        }
    }
    auto addText = [&](qint64 id, const char *lang, const Model::ItemText &t, const QVariant &from) {
        const QString l = QString::fromLatin1(lang);
        (void)Archive::run(c,
                           u"INSERT INTO item_text VALUES (?, ?, ?, '', ?, '', ?, ?,"
                           " '2018-06-10T09:30:00.000Z')"_s,
                           {id, l, t.title, t.body, t.contentHash(), from});
        (void)Archive::run(c,
                           u"INSERT INTO revision (item_id, lang, title, lead, body, place,"
                           " content_hash, saved_at) VALUES (?, ?, ?, '', ?, '', ?,"
                           " '2018-06-10T09:30:00.000Z')"_s,
                           {id, l, t.title, t.body, t.contentHash()});
    };
    addText(1, "ru", ru, QVariant(QMetaType::fromType<QString>()));
    addText(1, "en", en, ru.contentHash());
    const Model::ItemText ru2 = text(u"Заявление к Международному дню", u"Текст заявления.");
    addText(2, "ru", ru2, QVariant(QMetaType::fromType<QString>()));
    (void)Archive::run(c,
                       u"INSERT INTO item_text VALUES (2, 'en', '', '', '', '', ?, NULL,"
                       " '2011-06-26T09:30:00.000Z')"_s,
                       {Model::ItemText().contentHash()});
    (void)(*db)->checkpoint();
    return 0;
}

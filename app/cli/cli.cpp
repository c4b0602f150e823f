#include "cli.h"

#include <archive/archive.h>
#include <archive/archivechecker.h>
#include <archive/itempairing.h>
#include <archive/photoimporter.h>
#include <archive/searchindex.h>
#include <common/errormessages.h>
#include <common/labels.h>
#include <common/photomessages.h>
#include <common/searchmessages.h>
#include <common/tr.h>
#include <demo/demoarchive.h>
#include <exchange/jsonexporter.h>
#include <exchange/jsonformat.h>
#include <exchange/jsonimporter.h>
#include <export/pdfdocument.h>
#include <export/pdfsource.h>
#include <publish/connectioncheck.h>
#include <publish/keychain.h>
#include <publish/outboxrunner.h>
#include <publish/publisher.h>
#include <publish/secrets.h>
#include <publish/wordpressclient.h>
#include <publish/wordpresspuller.h>
#include <media/photometadata.h>
#include <search/savedsearches.h>
#include <search/searcher.h>
#include <text/bodyformat.h>
#include <text/textdiff.h>

#include <QTextDocument>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Press::Cli {
namespace {

using App::Tr;

constexpr int kExitOk = 0;
constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

struct Context
{
    QString archivePath;
    QTextStream &out;
    QTextStream &err;
};

struct Command
{
    QString name;
    QString synopsis;
    QString description;
    std::function<int(Context &, const QStringList &)> run;
};

int usageError(Context &ctx, const QString &message)
{
    ctx.err << "pressdesk-cli: " << message << '\n'
            << Tr::tr("Try 'pressdesk-cli --help'.") << '\n';
    return kExitUsage;
}

int runtimeError(Context &ctx, const Error &error)
{
    // One line: the translated sentence, then the developer's detail.
    QString line = App::userMessage(error);
    if (!error.detail.isEmpty())
        line += u" ("_s + error.detail + u')';
    ctx.err << "pressdesk-cli: " << line.simplified() << '\n';
    return App::exitCodeFor(error) == kExitUsage ? kExitUsage : kExitError;
}

void printJson(Context &ctx, const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// "key: value" per line; objects and arrays as compact JSON.
void printFields(Context &ctx, const QJsonObject &fields)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const QString text =
            v.isObject()  ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
            : v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                          : v.toVariant().toString();
        ctx.out << it.key() << ": " << text << '\n';
    }
}

// Parses a command's own options; on failure prints the parser's message and returns false.
bool parseCommand(Context &ctx, QCommandLineParser &parser, const QString &name,
                  const QStringList &args, int minPositional, int maxPositional, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"pressdesk-cli "_s + name} + args)) {
        *exitCode = usageError(ctx, parser.errorText());
        return false;
    }
    const int count = int(parser.positionalArguments().size());
    if (count < minPositional) {
        *exitCode = usageError(ctx, Tr::tr("'%1' needs more arguments.").arg(name));
        return false;
    }
    if (maxPositional >= 0 && count > maxPositional) {
        *exitCode = usageError(ctx, Tr::tr("'%1' got unexpected arguments: %2")
                                        .arg(name, parser.positionalArguments()
                                                       .mid(maxPositional)
                                                       .join(u' ')));
        return false;
    }
    return true;
}

Result<std::unique_ptr<Archive::Archive>> openArchive(const Context &ctx)
{
    return Archive::Archive::open(ctx.archivePath);
}

// Removes an archive this command has just created in a new or empty folder (after a failed demo
// fill or import), putting back the empty folder if there was one: nothing of the user's is lost.
void discardCreatedArchive(std::unique_ptr<Archive::Archive> &archive, bool folderExisted)
{
    const QString path = archive->path();
    archive.reset();
    QDir(path).removeRecursively();
    if (folderExisted)
        QDir().mkpath(path);
}

std::optional<Language> parseLanguage(Context &ctx, const QString &code, int *exitCode)
{
    const auto language = languageFromCode(code);
    if (!language)
        *exitCode = usageError(ctx, Tr::tr("Unknown language '%1': use ru or en.").arg(code));
    return language;
}

QString stateCode(const Model::Item &item, Language language)
{
    return Model::translationStateCode(item.translationState(language));
}

// ---- init -------------------------------------------------------------------------------------

int cmdInit(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"demo"_s, Tr::tr("Fill the new archive with the bilingual demo content.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"init"_s, args, 0, 0, &code))
        return code;
    const bool folderExisted = QFileInfo::exists(ctx.archivePath);
    auto archive = Archive::Archive::create(ctx.archivePath);
    if (!archive)
        return runtimeError(ctx, archive.error());
    if (parser.isSet(u"demo"_s)) {
        auto report = Demo::fillDemoArchive(**archive);
        if (!report) {
            discardCreatedArchive(*archive, folderExisted);
            return runtimeError(ctx, report.error());
        }
        ctx.out << Tr::tr("Created archive %1 with %2 demo items and %3 photos.")
                       .arg(QDir::toNativeSeparators((*archive)->path()))
                       .arg(report->items)
                       .arg(report->photos)
                << '\n';
    } else {
        ctx.out << Tr::tr("Created empty archive %1.")
                       .arg(QDir::toNativeSeparators((*archive)->path()))
                << '\n';
    }
    return kExitOk;
}

// ---- list -------------------------------------------------------------------------------------

int cmdList(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"list"_s, args, 0, 0, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto ids = (*archive)->items().ids();
    if (!ids)
        return runtimeError(ctx, ids.error());
    QJsonArray rows;
    for (qint64 id : std::as_const(*ids)) {
        auto item = (*archive)->items().load(id);
        if (!item)
            return runtimeError(ctx, item.error());
        if (parser.isSet(u"json"_s)) {
            rows.append(QJsonObject{
                {u"id"_s, item->id},
                {u"uuid"_s, item->uuid},
                {u"date"_s, item->eventDate.toString(Qt::ISODate)},
                {u"section"_s, Model::sectionCode(item->section)},
                {u"status"_s, Model::statusCode(item->status)},
                {u"sourceLanguage"_s, languageCode(item->sourceLanguage)},
                {u"title"_s, QJsonObject{{u"ru"_s, item->ru.title}, {u"en"_s, item->en.title}}},
                {u"translation"_s, QJsonObject{{u"ru"_s, stateCode(*item, Language::Ru)},
                                               {u"en"_s, stateCode(*item, Language::En)}}},
                {u"photos"_s, int(item->photos.size())}});
            continue;
        }
        // Tab-separated: id, date, section, status, ru state, en state, photos, title.
        ctx.out << item->id << '\t' << item->eventDate.toString(Qt::ISODate) << '\t'
                << Model::sectionCode(item->section) << '\t' << Model::statusCode(item->status)
                << '\t' << "ru:" << stateCode(*item, Language::Ru) << '\t'
                << "en:" << stateCode(*item, Language::En) << '\t' << item->photos.size() << '\t'
                << item->displayTitle(item->sourceLanguage) << '\n';
    }
    if (parser.isSet(u"json"_s))
        printJson(ctx, rows);
    return kExitOk;
}

// ---- show -------------------------------------------------------------------------------------

int cmdShow(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    parser.addPositionalArgument(u"id"_s, Tr::tr("Item id or UUID."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"show"_s, args, 1, 1, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    Archive::Archive &a = **archive;
    auto id = a.items().resolve(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    auto item = a.items().load(*id);
    auto photos = a.photos().forItem(*id);
    auto entities = a.entities().forItem(*id);
    if (!item || !photos || !entities)
        return runtimeError(ctx, !item ? item.error() : !photos ? photos.error() : entities.error());

    if (parser.isSet(u"json"_s)) {
        QJsonObject texts;
        for (Language lang : allLanguages()) {
            const Model::ItemText &t = item->text(lang);
            texts.insert(languageCode(lang),
                         QJsonObject{{u"title"_s, t.title},
                                     {u"lead"_s, t.lead},
                                     {u"body"_s, t.body},
                                     {u"place"_s, t.place},
                                     {u"translation"_s, stateCode(*item, lang)},
                                     {u"updatedAt"_s, toTimestamp(t.updatedAt)}});
        }
        QJsonArray photoArray;
        for (const Model::Photo &p : std::as_const(*photos)) {
            bool cover = false;
            for (const Model::PhotoLink &link : item->photos)
                cover = cover || (link.photoId == p.id && link.isCover);
            photoArray.append(QJsonObject{{u"id"_s, p.id},
                                          {u"sha256"_s, p.sha256},
                                          {u"originalName"_s, p.originalName},
                                          {u"width"_s, p.width},
                                          {u"height"_s, p.height},
                                          {u"credit"_s, p.credit},
                                          {u"caption"_s, QJsonObject{{u"ru"_s, p.captionRu},
                                                                     {u"en"_s, p.captionEn}}},
                                          {u"cover"_s, cover},
                                          {u"path"_s, a.media().pathFor(p.sha256)}});
        }
        QJsonArray entityArray;
        for (const Model::Entity &e : std::as_const(*entities))
            entityArray.append(QJsonObject{{u"id"_s, e.id},
                                           {u"kind"_s, Model::entityKindCode(e.kind)},
                                           {u"name"_s, QJsonObject{{u"ru"_s, e.nameRu},
                                                                   {u"en"_s, e.nameEn}}},
                                           {u"short"_s, QJsonObject{{u"ru"_s, e.shortRu},
                                                                    {u"en"_s, e.shortEn}}}});
        printJson(ctx, QJsonObject{{u"id"_s, item->id},
                                   {u"uuid"_s, item->uuid},
                                   {u"date"_s, item->eventDate.toString(Qt::ISODate)},
                                   {u"section"_s, Model::sectionCode(item->section)},
                                   {u"status"_s, Model::statusCode(item->status)},
                                   {u"sourceLanguage"_s, languageCode(item->sourceLanguage)},
                                   {u"version"_s, item->version},
                                   {u"createdAt"_s, toTimestamp(item->createdAt)},
                                   {u"updatedAt"_s, toTimestamp(item->updatedAt)},
                                   {u"texts"_s, texts},
                                   {u"photos"_s, photoArray},
                                   {u"entities"_s, entityArray}});
        return kExitOk;
    }

    ctx.out << Tr::tr("Item %1 (%2)").arg(item->id).arg(item->uuid) << '\n'
            << Tr::tr("Date: %1").arg(item->eventDate.toString(Qt::ISODate)) << '\n'
            << Tr::tr("Section: %1").arg(App::sectionLabel(item->section)) << '\n'
            << Tr::tr("Status: %1").arg(App::statusLabel(item->status)) << '\n'
            << Tr::tr("Source language: %1").arg(App::languageName(item->sourceLanguage)) << '\n';
    for (Language lang : allLanguages()) {
        const Model::ItemText &t = item->text(lang);
        ctx.out << '\n'
                << u"== %1 — %2 =="_s.arg(App::languageName(lang),
                                          App::translationStateLabel(item->translationState(lang)))
                << '\n';
        if (t.isEmpty())
            continue;
        ctx.out << t.title << '\n';
        if (!t.place.isEmpty())
            ctx.out << t.place << '\n';
        if (!t.lead.isEmpty())
            ctx.out << '\n' << t.lead << '\n';
        if (!t.body.isEmpty())
            ctx.out << '\n' << Text::markdownToPlainText(t.body) << '\n';
    }
    if (!entities->isEmpty()) {
        QStringList names;
        for (const Model::Entity &e : std::as_const(*entities))
            names << u"%1 / %2"_s.arg(e.label(Language::Ru), e.label(Language::En));
        ctx.out << '\n' << Tr::tr("Tags: %1").arg(names.join(u"; "_s)) << '\n';
    }
    for (const Model::Photo &p : std::as_const(*photos)) {
        ctx.out << '\n' << Tr::tr("Photo %1: %2 (%3×%4)").arg(p.id).arg(p.originalName)
                               .arg(p.width).arg(p.height) << '\n';
        if (!p.captionRu.isEmpty())
            ctx.out << "  ru: " << p.captionRu << '\n';
        if (!p.captionEn.isEmpty())
            ctx.out << "  en: " << p.captionEn << '\n';
        if (!p.credit.isEmpty())
            ctx.out << "  " << Tr::tr("Credit: %1").arg(p.credit) << '\n';
    }
    return kExitOk;
}

// ---- history ----------------------------------------------------------------------------------

int cmdHistory(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"lang"_s, Tr::tr("Only this language (ru or en)."), u"lang"_s});
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    parser.addPositionalArgument(u"id"_s, Tr::tr("Item id or UUID."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"history"_s, args, 1, 1, &code))
        return code;
    std::optional<Language> language;
    if (parser.isSet(u"lang"_s)) {
        language = parseLanguage(ctx, parser.value(u"lang"_s), &code);
        if (!language)
            return code;
    }
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto id = (*archive)->items().resolve(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    auto revisions = (*archive)->items().history(*id, language);
    if (!revisions)
        return runtimeError(ctx, revisions.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Model::Revision &r : std::as_const(*revisions))
            array.append(QJsonObject{{u"id"_s, r.id},
                                     {u"lang"_s, languageCode(r.language)},
                                     {u"savedAt"_s, toTimestamp(r.savedAt)},
                                     {u"title"_s, r.title},
                                     {u"lead"_s, r.lead},
                                     {u"body"_s, r.body},
                                     {u"place"_s, r.place},
                                     {u"contentHash"_s, r.contentHash}});
        printJson(ctx, array);
        return kExitOk;
    }
    for (const Model::Revision &r : std::as_const(*revisions))
        ctx.out << r.id << '\t' << toTimestamp(r.savedAt) << '\t' << languageCode(r.language)
                << '\t' << Tr::tr("%n character(s)", nullptr, int(r.body.size())) << '\t'
                << r.title << '\n';
    return kExitOk;
}

// ---- mark-done --------------------------------------------------------------------------------

int cmdMarkDone(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"lang"_s, Tr::tr("The translated language (ru or en)."), u"lang"_s});
    parser.addPositionalArgument(u"id"_s, Tr::tr("Item id or UUID."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"mark-done"_s, args, 1, 1, &code))
        return code;
    if (!parser.isSet(u"lang"_s))
        return usageError(ctx, Tr::tr("'mark-done' needs --lang ru or --lang en."));
    const auto language = parseLanguage(ctx, parser.value(u"lang"_s), &code);
    if (!language)
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto id = (*archive)->items().resolve(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    if (auto r = (*archive)->items().markTranslationDone(*id, *language); !r)
        return runtimeError(ctx, r.error());
    ctx.out << Tr::tr("Marked the %1 translation of item %2 as done.")
                   .arg(App::languageName(*language))
                   .arg(*id)
            << '\n';
    return kExitOk;
}

// ---- new / edit / delete / drafts -------------------------------------------------------------

// Applies the meta options new and edit share; false (usage error printed) on a bad value.
bool applyMetaOptions(Context &ctx, const QCommandLineParser &parser, Model::Item &item, int *code)
{
    if (parser.isSet(u"section"_s)) {
        const auto section = Model::sectionFromCode(parser.value(u"section"_s));
        if (!section) {
            *code = usageError(ctx, Tr::tr("Unknown section '%1': use %2.")
                                        .arg(parser.value(u"section"_s),
                                             Model::sectionCodes().join(u", "_s)));
            return false;
        }
        item.section = *section;
    }
    if (parser.isSet(u"status"_s)) {
        const auto status = Model::statusFromCode(parser.value(u"status"_s));
        if (!status) {
            *code = usageError(ctx, Tr::tr("Unknown status '%1': use %2.")
                                        .arg(parser.value(u"status"_s),
                                             Model::statusCodes().join(u", "_s)));
            return false;
        }
        item.status = *status;
    }
    if (parser.isSet(u"date"_s)) {
        const QDate date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
        if (!date.isValid()) {
            *code = usageError(ctx, Tr::tr("'%1' is not a date; write YYYY-MM-DD.")
                                        .arg(parser.value(u"date"_s)));
            return false;
        }
        item.eventDate = date;
    }
    if (parser.isSet(u"source"_s)) {
        const auto language = parseLanguage(ctx, parser.value(u"source"_s), code);
        if (!language)
            return false;
        item.sourceLanguage = *language;
    }
    return true;
}

void addMetaOptions(QCommandLineParser &parser)
{
    parser.addOption({u"section"_s, Tr::tr("Section: %1.").arg(Model::sectionCodes().join(u", "_s)),
                      u"section"_s});
    parser.addOption({u"status"_s, Tr::tr("Status: %1.").arg(Model::statusCodes().join(u", "_s)),
                      u"status"_s});
    parser.addOption({u"date"_s, Tr::tr("Event date, YYYY-MM-DD."), u"date"_s});
    parser.addOption({u"source"_s, Tr::tr("The language it is written in (ru or en)."), u"lang"_s});
}

int cmdNew(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    addMetaOptions(parser);
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"new"_s, args, 0, 0, &code))
        return code;
    Model::Item item;
    item.eventDate = QDate::currentDate();
    if (!applyMetaOptions(ctx, parser, item, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    if (auto r = (*archive)->items().create(item); !r)
        return runtimeError(ctx, r.error());
    ctx.out << item.id << '\n';
    return kExitOk;
}

Result<QString> readTextArgument(const QString &path)
{
    QFile file;
    if (path == u"-"_s) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, u"cannot read standard input"_s);
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    }
    return QString::fromUtf8(file.readAll());
}

int cmdEdit(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, Tr::tr("Item id or UUID."));
    addMetaOptions(parser);
    parser.addOption({u"lang"_s, Tr::tr("The language the text options below change."), u"lang"_s});
    parser.addOption({u"title"_s, Tr::tr("The title."), u"text"_s});
    parser.addOption({u"lead"_s, Tr::tr("The lead."), u"text"_s});
    parser.addOption({u"place"_s, Tr::tr("The place."), u"text"_s});
    parser.addOption({u"body-file"_s, Tr::tr("The body as Markdown from FILE (- for standard input)."),
                      u"file"_s});
    parser.addOption({u"body-html-file"_s,
                      Tr::tr("The body as HTML from FILE (cleaned like a paste from Word)."), u"file"_s});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"edit"_s, args, 1, 1, &code))
        return code;
    const bool textOptions = parser.isSet(u"title"_s) || parser.isSet(u"lead"_s)
                             || parser.isSet(u"place"_s) || parser.isSet(u"body-file"_s)
                             || parser.isSet(u"body-html-file"_s);
    std::optional<Language> language;
    if (textOptions) {
        if (!parser.isSet(u"lang"_s))
            return usageError(ctx, Tr::tr("Text options need --lang ru or --lang en."));
        language = parseLanguage(ctx, parser.value(u"lang"_s), &code);
        if (!language)
            return code;
    }
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto id = (*archive)->items().resolve(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    auto item = (*archive)->items().load(*id);
    if (!item)
        return runtimeError(ctx, item.error());
    if (!applyMetaOptions(ctx, parser, *item, &code))
        return code;
    if (language) {
        Model::ItemText &text = item->text(*language);
        if (parser.isSet(u"title"_s))
            text.title = parser.value(u"title"_s);
        if (parser.isSet(u"lead"_s))
            text.lead = parser.value(u"lead"_s);
        if (parser.isSet(u"place"_s))
            text.place = parser.value(u"place"_s);
        if (parser.isSet(u"body-file"_s)) {
            auto body = readTextArgument(parser.value(u"body-file"_s));
            if (!body)
                return runtimeError(ctx, body.error());
            QTextDocument document;
            document.setMarkdown(*body, QTextDocument::MarkdownDialectCommonMark);
            Text::cleanDocument(document);
            text.body = Text::documentToMarkdown(document);
        }
        if (parser.isSet(u"body-html-file"_s)) {
            auto html = readTextArgument(parser.value(u"body-html-file"_s));
            if (!html)
                return runtimeError(ctx, html.error());
            text.body = Text::htmlToMarkdown(*html);
        }
    }
    if (auto r = (*archive)->items().save(*item); !r)
        return runtimeError(ctx, r.error());
    ctx.out << Tr::tr("Item %1 saved (version %2).").arg(*id).arg(item->version) << '\n';
    return kExitOk;
}

int cmdDelete(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, Tr::tr("Item id or UUID."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"delete"_s, args, 1, 1, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto id = (*archive)->items().resolve(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    if (auto r = (*archive)->items().remove(*id); !r)
        return runtimeError(ctx, r.error());
    ctx.out << Tr::tr("Item %1 deleted.").arg(*id) << '\n';
    return kExitOk;
}

int cmdDrafts(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    parser.addOption({u"discard"_s, Tr::tr("Delete the draft of this item."), u"id"_s});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"drafts"_s, args, 0, 0, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    if (parser.isSet(u"discard"_s)) {
        auto id = (*archive)->items().resolve(parser.value(u"discard"_s));
        if (!id)
            return runtimeError(ctx, id.error());
        if (auto r = (*archive)->drafts().remove(*id); !r)
            return runtimeError(ctx, r.error());
        return kExitOk;
    }
    auto drafts = (*archive)->drafts().list();
    if (!drafts)
        return runtimeError(ctx, drafts.error());
    QJsonArray array;
    for (const Archive::Draft &d : std::as_const(*drafts)) {
        array.append(QJsonObject{{u"item"_s, d.content.id},
                                 {u"savedAt"_s, toTimestamp(d.savedAt)},
                                 {u"baseVersion"_s, d.baseVersion},
                                 {u"title"_s, QJsonObject{{u"ru"_s, d.content.ru.title},
                                                          {u"en"_s, d.content.en.title}}}});
        if (!parser.isSet(u"json"_s))
            ctx.out << d.content.id << '\t' << toTimestamp(d.savedAt) << '\t'
                    << d.content.displayTitle(Language::Ru) << '\n';
    }
    if (parser.isSet(u"json"_s))
        printJson(ctx, array);
    return kExitOk;
}

// ---- source-changes / restore -----------------------------------------------------------------

int cmdSourceChanges(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, Tr::tr("Item id or UUID."));
    parser.addOption({u"lang"_s, Tr::tr("The translated language (ru or en)."), u"lang"_s});
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"source-changes"_s, args, 1, 1, &code))
        return code;
    if (!parser.isSet(u"lang"_s))
        return usageError(ctx, Tr::tr("'source-changes' needs --lang ru or --lang en."));
    const auto language = parseLanguage(ctx, parser.value(u"lang"_s), &code);
    if (!language)
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto id = (*archive)->items().resolve(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    auto then = (*archive)->items().sourceWhenTranslated(*id, *language);
    if (!then)
        return runtimeError(ctx, then.error());
    auto item = (*archive)->items().load(*id);
    if (!item)
        return runtimeError(ctx, item.error());
    const Model::ItemText &now = item->text(item->sourceLanguage);
    const auto diff = Text::diffWords(
        Text::comparableText(then->title, then->place, then->lead, then->body),
        Text::comparableText(now.title, now.place, now.lead, now.body));
    if (parser.isSet(u"json"_s)) {
        QJsonArray segments;
        for (const Text::DiffSegment &s : diff)
            segments.append(QJsonObject{
                {u"kind"_s, s.kind == Text::DiffSegment::Kind::Same      ? u"same"_s
                            : s.kind == Text::DiffSegment::Kind::Removed ? u"removed"_s
                                                                         : u"added"_s},
                {u"text"_s, s.text}});
        printJson(ctx, QJsonObject{{u"translatedAt"_s, toTimestamp(then->savedAt)},
                                   {u"unchanged"_s, Text::isUnchanged(diff)},
                                   {u"segments"_s, segments}});
        return kExitOk;
    }
    for (const Text::DiffSegment &s : diff) {
        switch (s.kind) {
        case Text::DiffSegment::Kind::Same: ctx.out << s.text; break;
        case Text::DiffSegment::Kind::Removed: ctx.out << "[-" << s.text << "-]"; break;
        case Text::DiffSegment::Kind::Added: ctx.out << "{+" << s.text << "+}"; break;
        }
    }
    ctx.out << '\n';
    return kExitOk;
}

int cmdRestore(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, Tr::tr("Item id or UUID."));
    parser.addOption({u"revision"_s, Tr::tr("The revision to bring back (see 'history')."), u"id"_s});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"restore"_s, args, 1, 1, &code))
        return code;
    bool ok = false;
    const qint64 revision = parser.value(u"revision"_s).toLongLong(&ok);
    if (!ok)
        return usageError(ctx, Tr::tr("'restore' needs --revision and a revision id."));
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto id = (*archive)->items().resolve(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    if (auto r = (*archive)->items().restoreRevision(*id, revision); !r)
        return runtimeError(ctx, r.error());
    ctx.out << Tr::tr("Item %1: revision %2 restored.").arg(*id).arg(revision) << '\n';
    return kExitOk;
}

// ---- check ------------------------------------------------------------------------------------

int cmdCheck(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"quick"_s, Tr::tr("Do not re-hash media files (sizes are still checked).")});
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"check"_s, args, 0, 0, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    Archive::CheckOptions options;
    options.hashMedia = !parser.isSet(u"quick"_s);
    auto problems = Archive::checkArchive(**archive, options);
    if (!problems)
        return runtimeError(ctx, problems.error());
    int errors = 0;
    QJsonArray array;
    for (const Archive::Problem &p : std::as_const(*problems)) {
        const bool isError = p.severity == Archive::Problem::Severity::Error;
        errors += isError ? 1 : 0;
        array.append(QJsonObject{{u"severity"_s, isError ? u"error"_s : u"warning"_s},
                                 {u"check"_s, p.check},
                                 {u"message"_s, p.message}});
        if (!parser.isSet(u"json"_s))
            ctx.out << (isError ? Tr::tr("error") : Tr::tr("warning")) << ": [" << p.check << "] "
                    << p.message << '\n';
    }
    if (parser.isSet(u"json"_s)) {
        printJson(ctx, QJsonObject{{u"ok"_s, errors == 0}, {u"problems"_s, array}});
    } else if (errors == 0) {
        ctx.out << Tr::tr("Archive %1 is consistent.").arg(QDir::toNativeSeparators((*archive)->path()))
                << '\n';
    }
    if (errors > 0) {
        ctx.err << "pressdesk-cli: "
                << Tr::tr("The archive has %n problem(s).", nullptr, errors) << '\n';
        return kExitError;
    }
    return kExitOk;
}

// ---- backup, import-json, export-json ---------------------------------------------------------

int cmdBackup(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"dest"_s, Tr::tr("Folder for the copy (new or empty)."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"backup"_s, args, 1, 1, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    const QString dest = parser.positionalArguments().constFirst();
    if (auto r = (*archive)->backup(dest); !r)
        return runtimeError(ctx, r.error());
    ctx.out << Tr::tr("Backup written to %1.").arg(QDir::toNativeSeparators(QDir(dest).absolutePath()))
            << '\n';
    return kExitOk;
}

int cmdImportJson(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("archive.json or the folder holding it."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"import-json"_s, args, 1, 1, &code))
        return code;
    // Importing into a folder that is not an archive yet creates it (and removes it again if the
    // import fails, so a typo in the file name leaves no empty archive behind).
    const bool creating = !Archive::Archive::isArchiveFolder(ctx.archivePath);
    const bool folderExisted = QFileInfo::exists(ctx.archivePath);
    auto archive = creating ? Archive::Archive::create(ctx.archivePath) : openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    Exchange::JsonImporter importer(**archive);
    auto report = importer.importFrom(parser.positionalArguments().constFirst());
    if (!report) {
        if (creating)
            discardCreatedArchive(*archive, folderExisted);
        return runtimeError(ctx, report.error());
    }
    ctx.out << Tr::tr("Imported %1 items (%2 already present), %3 photos (%4 already present), "
                      "%5 entities.")
                   .arg(report->itemsAdded)
                   .arg(report->itemsSkipped)
                   .arg(report->photosAdded)
                   .arg(report->photosReused)
                   .arg(report->entitiesAdded)
            << '\n';
    return kExitOk;
}

int cmdExportJson(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"dir"_s, Tr::tr("Folder to write (new or empty)."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"export-json"_s, args, 1, 1, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    Exchange::JsonExporter exporter(**archive);
    const QString dir = parser.positionalArguments().constFirst();
    auto report = exporter.exportTo(dir);
    if (!report)
        return runtimeError(ctx, report.error());
    ctx.out << Tr::tr("Exported %1 items, %2 photos and %3 entities to %4.")
                   .arg(report->items)
                   .arg(report->photos)
                   .arg(report->entities)
                   .arg(QDir::toNativeSeparators(QDir(dir).absolutePath()))
            << '\n';
    return kExitOk;
}

// ---- search, reindex, saved searches ----------------------------------------------------------

// Parses a query for a command; on a problem prints it (translated, with the position) and
// returns nullopt with exit code 2.
std::optional<Search::Query> parseQueryArgument(Context &ctx, const QString &text, int *exitCode)
{
    auto parsed = Search::parseQuery(text);
    if (const auto *problem = std::get_if<Search::QueryProblem>(&parsed)) {
        ctx.err << "pressdesk-cli: " << App::queryProblemMessage(*problem) << '\n';
        if (problem->length > 0 && problem->position < text.size())
            ctx.err << "  " << text << "\n  " << QString(problem->position, u' ')
                    << QString(qMax(1, qMin(problem->length, int(text.size()) - problem->position)), u'^')
                    << '\n';
        *exitCode = kExitUsage;
        return std::nullopt;
    }
    auto query = std::get<Search::Query>(std::move(parsed));
    if (query.isEmpty()) {
        *exitCode = usageError(ctx, Tr::tr("The query is empty."));
        return std::nullopt;
    }
    return query;
}

QString markedSnippet(const Search::Snippet &snippet, bool terminal)
{
    QString text;
    int at = 0;
    for (const auto &[start, length] : snippet.matches) {
        text += snippet.text.mid(at, start - at);
        const QString word = snippet.text.mid(start, length);
        text += terminal ? QString(u"\x1b[1m"_s + word + u"\x1b[0m"_s) : QString(u'[' + word + u']');
        at = start + length;
    }
    return text + snippet.text.mid(at);
}

QJsonObject snippetJson(const Search::Snippet &snippet)
{
    QJsonArray matches;
    for (const auto &[start, length] : snippet.matches)
        matches.append(QJsonArray{start, length});
    return QJsonObject{{u"text"_s, snippet.text},
                       {u"lang"_s, snippet.language ? QJsonValue(languageCode(*snippet.language))
                                                    : QJsonValue()},
                       {u"field"_s, snippet.field},
                       {u"matches"_s, matches}};
}

int cmdSearch(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"query"_s, Tr::tr("The query (several words are joined)."));
    parser.addOption({u"sort"_s, Tr::tr("rank (best match first) or date (newest first)."),
                      u"order"_s, u"rank"_s});
    parser.addOption({u"limit"_s, Tr::tr("How many hits to show (default 20)."), u"n"_s, u"20"_s});
    parser.addOption({u"offset"_s, Tr::tr("How many hits to skip."), u"n"_s, u"0"_s});
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"search"_s, args, 1, -1, &code))
        return code;
    const auto sort = Search::sortOrderFromCode(parser.value(u"sort"_s));
    if (!sort)
        return usageError(ctx, Tr::tr("Unknown sort order '%1': use rank or date.")
                                   .arg(parser.value(u"sort"_s)));
    bool limitOk = false, offsetOk = false;
    Search::SearchOptions options;
    options.sort = *sort;
    options.limit = parser.value(u"limit"_s).toInt(&limitOk);
    options.offset = parser.value(u"offset"_s).toInt(&offsetOk);
    if (!limitOk || !offsetOk || options.limit < 0 || options.offset < 0)
        return usageError(ctx, Tr::tr("--limit and --offset take a number of 0 or more."));
    const QString text = parser.positionalArguments().join(u' ');
    const auto query = parseQueryArgument(ctx, text, &code);
    if (!query)
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    const Search::Searcher searcher((*archive)->connection());
    auto result = searcher.search(*query, options);
    if (!result)
        return runtimeError(ctx, result.error());

    const bool json = parser.isSet(u"json"_s);
    const bool terminal = !json && isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR");
    QJsonArray hits;
    if (!json) {
        for (const QString &tag : std::as_const(result->unknownTags))
            ctx.err << "pressdesk-cli: " << Tr::tr("No tag matches “%1”.").arg(tag) << '\n';
        ctx.out << Tr::tr("%n item(s) found.", nullptr, result->total) << '\n';
    }
    for (const Search::Hit &hit : std::as_const(result->hits)) {
        auto item = (*archive)->items().load(hit.itemId);
        if (!item)
            return runtimeError(ctx, item.error());
        if (json) {
            hits.append(QJsonObject{
                {u"id"_s, item->id},
                {u"uuid"_s, item->uuid},
                {u"date"_s, item->eventDate.toString(Qt::ISODate)},
                {u"section"_s, Model::sectionCode(item->section)},
                {u"status"_s, Model::statusCode(item->status)},
                {u"title"_s, QJsonObject{{u"ru"_s, item->ru.title}, {u"en"_s, item->en.title}}},
                {u"score"_s, hit.score},
                {u"snippet"_s, snippetJson(hit.snippet)}});
            continue;
        }
        const Language lang = hit.snippet.language.value_or(item->sourceLanguage);
        ctx.out << item->id << '\t' << item->eventDate.toString(Qt::ISODate) << '\t'
                << Model::sectionCode(item->section) << '\t' << item->displayTitle(lang) << '\n';
        if (!hit.snippet.text.isEmpty())
            ctx.out << "    " << (hit.snippet.language ? languageCode(*hit.snippet.language)
                                                         : hit.snippet.field)
                    << ": " << markedSnippet(hit.snippet, terminal) << '\n';
    }
    if (json) {
        printJson(ctx, QJsonObject{{u"query"_s, text},
                                   {u"sort"_s, Search::sortOrderCode(options.sort)},
                                   {u"total"_s, result->total},
                                   {u"offset"_s, options.offset},
                                   {u"limit"_s, options.limit},
                                   {u"unknownTags"_s, QJsonArray::fromStringList(result->unknownTags)},
                                   {u"hits"_s, hits}});
    }
    return kExitOk;
}

int cmdReindex(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"reindex"_s, args, 0, 0, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    const bool terminal = isatty(STDERR_FILENO);
    int lastPercent = -1;
    auto r = Archive::SearchIndex::rebuild((*archive)->connection(), [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (terminal && percent != lastPercent) {
            ctx.err << '\r' << Tr::tr("Indexing: %1 of %2 items (%3%)").arg(done).arg(total).arg(percent);
            ctx.err.flush();
        }
        lastPercent = percent;
        return true;
    });
    if (terminal)
        ctx.err << '\n';
    if (!r)
        return runtimeError(ctx, r.error());
    auto count = (*archive)->items().count();
    if (!count)
        return runtimeError(ctx, count.error());
    ctx.out << Tr::tr("Indexed %n item(s).", nullptr, *count) << '\n';
    return kExitOk;
}

int cmdSearches(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"searches"_s, args, 0, 0, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto list = Search::SavedSearches((*archive)->connection(), (*archive)->clock()).list();
    if (!list)
        return runtimeError(ctx, list.error());
    QJsonArray array;
    for (const Search::SavedSearch &s : std::as_const(*list)) {
        if (parser.isSet(u"json"_s))
            array.append(QJsonObject{{u"name"_s, s.name},
                                     {u"query"_s, s.query},
                                     {u"sort"_s, Search::sortOrderCode(s.sort)},
                                     {u"created"_s, toTimestamp(s.createdAt)}});
        else
            ctx.out << s.name << '\t' << Search::sortOrderCode(s.sort) << '\t' << s.query << '\n';
    }
    if (parser.isSet(u"json"_s))
        printJson(ctx, array);
    return kExitOk;
}

int cmdSaveSearch(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"name"_s, Tr::tr("Name of the saved search."));
    parser.addPositionalArgument(u"query"_s, Tr::tr("The query."));
    parser.addOption({u"sort"_s, Tr::tr("rank (best match first) or date (newest first)."),
                      u"order"_s, u"rank"_s});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"save-search"_s, args, 2, -1, &code))
        return code;
    const auto sort = Search::sortOrderFromCode(parser.value(u"sort"_s));
    if (!sort)
        return usageError(ctx, Tr::tr("Unknown sort order '%1': use rank or date.")
                                   .arg(parser.value(u"sort"_s)));
    const QStringList positional = parser.positionalArguments();
    const QString text = positional.mid(1).join(u' ');
    if (!parseQueryArgument(ctx, text, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    Search::SavedSearches searches((*archive)->connection(), (*archive)->clock());
    auto saved = searches.save(positional.constFirst(), text, *sort);
    if (!saved)
        return runtimeError(ctx, saved.error());
    ctx.out << Tr::tr("Saved search “%1”.").arg(saved->name) << '\n';
    return kExitOk;
}

int cmdDeleteSearch(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"name"_s, Tr::tr("Name of the saved search."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"delete-search"_s, args, 1, 1, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    Search::SavedSearches searches((*archive)->connection(), (*archive)->clock());
    if (auto r = searches.remove(parser.positionalArguments().constFirst()); !r)
        return runtimeError(ctx, r.error());
    return kExitOk;
}

// ---- photo-info -------------------------------------------------------------------------------

int cmdPhotoInfo(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, Tr::tr("A photo file."));
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"photo-info"_s, args, 1, 1, &code))
        return code;
    auto m = Media::readPhotoMetadata(parser.positionalArguments().constFirst());
    if (!m)
        return runtimeError(ctx, m.error());
    const QJsonValue gps = Exchange::JsonFormat::positionJson(
        m->gps ? std::optional(Model::GeoPosition{m->gps->latitude, m->gps->longitude, m->gps->altitude})
               : std::nullopt);
    const QJsonObject info{
        {u"takenAt"_s, m->takenAt.isValid() ? m->takenAt.toString(Qt::ISODate) : QString()},
        {u"camera"_s, m->camera},
        {u"cameraSerial"_s, m->cameraSerial},
        {u"orientation"_s, m->orientation},
        {u"width"_s, m->pixelSize.width()},
        {u"height"_s, m->pixelSize.height()},
        {u"gps"_s, gps},
        {u"caption"_s, QJsonObject{{u"ru"_s, m->captionRu}, {u"en"_s, m->captionEn}}},
        {u"headline"_s, m->headline},
        {u"credit"_s, m->credit},
        {u"copyright"_s, m->copyright},
        {u"keywords"_s, QJsonArray::fromStringList(m->keywords)}};
    if (parser.isSet(u"json"_s)) {
        printJson(ctx, info);
        return kExitOk;
    }
    printFields(ctx, info);
    return kExitOk;
}

// ---- photos -----------------------------------------------------------------------------------

QJsonObject photoJson(Archive::Archive &a, const Model::Photo &p, bool full)
{
    QJsonObject o{{u"id"_s, p.id},
                  {u"sha256"_s, p.sha256},
                  {u"originalName"_s, p.originalName},
                  {u"takenAt"_s, p.takenAt.isValid() ? p.takenAt.toString(Qt::ISODate) : QString()},
                  {u"width"_s, p.width},
                  {u"height"_s, p.height},
                  {u"caption"_s, QJsonObject{{u"ru"_s, p.captionRu}, {u"en"_s, p.captionEn}}},
                  {u"credit"_s, p.credit}};
    const auto usage = a.photos().usage(p.id);
    QJsonArray items;
    for (qint64 itemId : usage ? *usage : QList<qint64>()) {
        QJsonObject use{{u"id"_s, itemId}};
        if (full) {
            if (auto item = a.items().load(itemId)) {
                use.insert(u"title"_s, QJsonObject{{u"ru"_s, item->ru.title},
                                                   {u"en"_s, item->en.title}});
                const auto link = std::find_if(item->photos.cbegin(), item->photos.cend(),
                                               [&p](const Model::PhotoLink &l) {
                                                   return l.photoId == p.id;
                                               });
                if (link != item->photos.cend()) {
                    use.insert(u"position"_s, link->position);
                    use.insert(u"cover"_s, link->isCover);
                }
            }
        }
        items.append(use);
    }
    o.insert(u"usedBy"_s, items);
    if (!full)
        return o;
    o.insert(u"mimeType"_s, p.mimeType);
    o.insert(u"sizeBytes"_s, p.sizeBytes);
    o.insert(u"orientation"_s, p.orientation);
    o.insert(u"camera"_s, p.camera);
    o.insert(u"headline"_s, p.headline);
    o.insert(u"copyright"_s, p.copyright);
    o.insert(u"keywords"_s, QJsonArray::fromStringList(p.keywords));
    o.insert(u"gps"_s, Exchange::JsonFormat::positionJson(p.position));
    o.insert(u"importedAt"_s, toTimestamp(p.importedAt));
    o.insert(u"path"_s, a.media().pathFor(p.sha256));
    o.insert(u"thumbnail"_s, a.thumbnails().has(p.sha256) ? a.thumbnails().pathFor(p.sha256)
                                                          : QString());
    return o;
}

int cmdImportPhotos(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"path"_s, Tr::tr("Photo files or folders (walked recursively)."));
    parser.addOption({u"item"_s, Tr::tr("Attach the photos to this item (id or UUID)."), u"id"_s});
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"import-photos"_s, args, 1, -1, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    Archive::Archive &a = **archive;
    Archive::PhotoImportOptions options;
    if (parser.isSet(u"item"_s)) {
        auto id = a.items().resolve(parser.value(u"item"_s));
        if (!id)
            return runtimeError(ctx, id.error());
        options.itemId = *id;
    }
    const bool terminal = isatty(STDERR_FILENO) && !parser.isSet(u"json"_s);
    Archive::PhotoImporter importer(a);
    auto report = importer.run(
        parser.positionalArguments(), options,
        [&](const Archive::PhotoImportEntry &, int done, int total) {
            if (terminal) {
                ctx.err << '\r' << Tr::tr("Importing: %1 of %2 files").arg(done).arg(total);
                ctx.err.flush();
            }
        });
    if (terminal)
        ctx.err << '\n';
    if (!report)
        return runtimeError(ctx, report.error());
    using Outcome = Archive::PhotoImportEntry::Outcome;
    const int failed = report->count(Outcome::Failed);
    if (parser.isSet(u"json"_s)) {
        QJsonArray files;
        for (const Archive::PhotoImportEntry &e : std::as_const(report->entries)) {
            QJsonObject f{{u"path"_s, e.path},
                          {u"outcome"_s, e.outcome == Outcome::Imported ? u"imported"_s
                                         : e.outcome == Outcome::AlreadyInLibrary
                                             ? u"already-in-library"_s
                                             : u"failed"_s}};
            if (e.photoId)
                f.insert(u"photoId"_s, e.photoId);
            if (e.outcome == Outcome::Failed) {
                f.insert(u"problem"_s, Media::photoProblemCode(e.problem));
                f.insert(u"format"_s, e.format);
                f.insert(u"message"_s, App::photoProblemMessage(e.problem, e.format));
                f.insert(u"detail"_s, e.detail);
            }
            if (!e.metadataProblem.isEmpty())
                f.insert(u"metadataProblem"_s, e.metadataProblem);
            files.append(f);
        }
        printJson(ctx, QJsonObject{{u"imported"_s, report->count(Outcome::Imported)},
                                   {u"alreadyInLibrary"_s, report->count(Outcome::AlreadyInLibrary)},
                                   {u"failed"_s, failed},
                                   {u"skipped"_s, report->skipped},
                                   {u"attached"_s, report->attached},
                                   {u"files"_s, files}});
    } else {
        for (const Archive::PhotoImportEntry &e : std::as_const(report->entries)) {
            if (e.outcome == Outcome::Failed)
                ctx.err << App::photoImportLine(e) << '\n';
            else
                ctx.out << App::photoImportLine(e) << '\n';
        }
        ctx.out << App::photoImportSummary(*report) << '\n';
        if (options.itemId)
            ctx.out << Tr::tr("%n photo(s) attached to item %1.", nullptr, report->attached)
                           .arg(options.itemId)
                    << '\n';
    }
    return failed > 0 ? kExitError : kExitOk;
}

int cmdPhotos(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"photos"_s, args, 0, 0, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto photos = (*archive)->photos().list();
    if (!photos)
        return runtimeError(ctx, photos.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Model::Photo &p : std::as_const(*photos))
            array.append(photoJson(**archive, p, false));
        printJson(ctx, array);
        return kExitOk;
    }
    for (const Model::Photo &p : std::as_const(*photos)) {
        const auto usage = (*archive)->photos().usage(p.id);
        const QString caption = !p.captionRu.isEmpty() ? p.captionRu : p.captionEn;
        ctx.out << p.id << '\t' << (p.takenAt.isValid() ? p.takenAt.toString(Qt::ISODate) : u"-"_s)
                << '\t' << p.originalName << '\t'
                << Tr::tr("used by %n item(s)", nullptr, usage ? int(usage->size()) : 0) << '\t'
                << caption.simplified().left(80) << '\n';
    }
    return kExitOk;
}

Result<qint64> photoId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorCode::InvalidArgument, u"not a photo id: %1"_s.arg(text));
    return id;
}

int cmdPhoto(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, Tr::tr("A photo id."));
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"photo"_s, args, 1, 1, &code))
        return code;
    auto id = photoId(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto photo = (*archive)->photos().load(*id);
    if (!photo)
        return runtimeError(ctx, photo.error());
    const QJsonObject o = photoJson(**archive, *photo, true);
    if (parser.isSet(u"json"_s)) {
        printJson(ctx, o);
        return kExitOk;
    }
    printFields(ctx, o);
    return kExitOk;
}

int cmdEditPhoto(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, Tr::tr("A photo id."));
    parser.addOption({u"caption-ru"_s, Tr::tr("The Russian caption."), u"text"_s});
    parser.addOption({u"caption-en"_s, Tr::tr("The English caption."), u"text"_s});
    parser.addOption({u"credit"_s, Tr::tr("The credit line."), u"text"_s});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"edit-photo"_s, args, 1, 1, &code))
        return code;
    auto id = photoId(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto photo = (*archive)->photos().load(*id);
    if (!photo)
        return runtimeError(ctx, photo.error());
    if (parser.isSet(u"caption-ru"_s))
        photo->captionRu = parser.value(u"caption-ru"_s).trimmed();
    if (parser.isSet(u"caption-en"_s))
        photo->captionEn = parser.value(u"caption-en"_s).trimmed();
    if (parser.isSet(u"credit"_s))
        photo->credit = parser.value(u"credit"_s).trimmed();
    if (auto r = (*archive)->photos().update(*photo); !r)
        return runtimeError(ctx, r.error());
    ctx.out << Tr::tr("Photo %1 saved.").arg(*id) << '\n';
    return kExitOk;
}

int cmdSetPhotos(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"item"_s, Tr::tr("An item id or UUID."));
    parser.addPositionalArgument(u"photos"_s, Tr::tr("Photo ids in the order to show them."));
    parser.addOption({u"cover"_s, Tr::tr("The cover photo (default: the first)."), u"id"_s});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"set-photos"_s, args, 1, -1, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    Archive::Archive &a = **archive;
    const QStringList positional = parser.positionalArguments();
    auto itemId = a.items().resolve(positional.constFirst());
    if (!itemId)
        return runtimeError(ctx, itemId.error());
    auto item = a.items().load(*itemId);
    if (!item)
        return runtimeError(ctx, item.error());
    QList<qint64> ids;
    for (const QString &text : positional.mid(1)) {
        auto id = photoId(text);
        if (!id)
            return runtimeError(ctx, id.error());
        if (auto photo = a.photos().load(*id); !photo)
            return runtimeError(ctx, photo.error());
        if (ids.contains(*id))
            return usageError(ctx, Tr::tr("Photo %1 is listed twice.").arg(*id));
        ids << *id;
    }
    qint64 cover = ids.value(0);
    if (parser.isSet(u"cover"_s)) {
        auto id = photoId(parser.value(u"cover"_s));
        if (!id)
            return runtimeError(ctx, id.error());
        if (!ids.contains(*id))
            return usageError(ctx, Tr::tr("The cover must be one of the item's photos."));
        cover = *id;
    }
    item->photos.clear();
    for (qint64 id : std::as_const(ids))
        item->photos.append({id, int(item->photos.size()), id == cover});
    if (auto r = a.items().save(*item); !r)
        return runtimeError(ctx, r.error());
    ctx.out << Tr::tr("Item %1 now has %n photo(s).", nullptr, int(ids.size())).arg(*itemId) << '\n';
    return kExitOk;
}

int cmdThumbnails(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"rebuild"_s, Tr::tr("Make every thumbnail again, not only missing ones.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"thumbnails"_s, args, 0, 0, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    const bool terminal = isatty(STDERR_FILENO);
    auto report = Archive::makeThumbnails(**archive, parser.isSet(u"rebuild"_s),
                                          [&](int done, int total) {
                                              if (!terminal)
                                                  return;
                                              ctx.err << '\r'
                                                      << Tr::tr("Thumbnails: %1 of %2")
                                                             .arg(done)
                                                             .arg(total);
                                              ctx.err.flush();
                                          });
    if (terminal)
        ctx.err << '\n';
    if (!report)
        return runtimeError(ctx, report.error());
    for (const QString &failure : std::as_const(report->failures))
        ctx.err << Tr::tr("Photo %1").arg(failure) << '\n';
    ctx.out << Tr::tr("%n thumbnail(s) made", nullptr, report->made) << ", "
            << Tr::tr("%n already there", nullptr, report->present) << ", "
            << Tr::tr("%n failed", nullptr, int(report->failures.size())) << ".\n";
    return report->failures.isEmpty() ? kExitOk : kExitError;
}

int cmdRendition(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, Tr::tr("A photo id."));
    parser.addOption({u"size"_s, Tr::tr("Longest side in pixels (default %1).")
                                     .arg(Media::RenditionSettings::kDefaultLongestSide),
                      u"pixels"_s});
    parser.addOption({u"quality"_s, Tr::tr("JPEG quality 1–100 (default %1).")
                                        .arg(Media::RenditionSettings::kDefaultQuality),
                      u"quality"_s});
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"rendition"_s, args, 1, 1, &code))
        return code;
    Media::RenditionSettings settings;
    bool sizeOk = true;
    bool qualityOk = true;
    if (parser.isSet(u"size"_s))
        settings.longestSide = parser.value(u"size"_s).toInt(&sizeOk);
    if (parser.isSet(u"quality"_s))
        settings.quality = parser.value(u"quality"_s).toInt(&qualityOk);
    if (!sizeOk || !qualityOk || !settings.isValid())
        return usageError(ctx, Tr::tr("The size must be 64–16384 pixels and the quality 1–100."));
    auto id = photoId(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto photo = (*archive)->photos().load(*id);
    if (!photo)
        return runtimeError(ctx, photo.error());
    auto path = (*archive)->renditions().ensure(photo->sha256,
                                                (*archive)->media().pathFor(photo->sha256),
                                                settings);
    if (!path)
        return runtimeError(ctx, path.error());
    if (parser.isSet(u"json"_s)) {
        QImageReader reader(*path);
        const QSize size = reader.size();
        printJson(ctx, QJsonObject{{u"path"_s, *path},
                                   {u"width"_s, size.width()},
                                   {u"height"_s, size.height()},
                                   {u"quality"_s, settings.quality},
                                   {u"sizeBytes"_s, QFileInfo(*path).size()}});
    } else {
        ctx.out << *path << '\n';
    }
    return kExitOk;
}

// ---- PDF export -------------------------------------------------------------------------------

int cmdExportPdf(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ids"_s, Tr::tr("Items to export (or --query)."));
    parser.addOption({{u"o"_s, u"output"_s}, Tr::tr("The PDF file to write."), u"file"_s});
    parser.addOption({u"query"_s, Tr::tr("Export every item this search finds, as a digest."),
                      u"query"_s});
    parser.addOption({u"lang"_s, Tr::tr("ru, en, or both side by side (default)."), u"lang"_s,
                      u"both"_s});
    parser.addOption({u"paper"_s, Tr::tr("a4 (default) or letter."), u"paper"_s, u"a4"_s});
    parser.addOption({u"title"_s, Tr::tr("The digest's title."), u"title"_s});
    parser.addOption({u"digest"_s, Tr::tr("Make a digest (title page, contents) even of one item.")});
    parser.addOption({u"flow"_s, Tr::tr("In a digest, let items follow one another instead of "
                                        "starting each on a new page.")});
    parser.addOption({u"dpi"_s, Tr::tr("Resolution of the photos in the PDF (default 150; 300 for print shops)."),
                      u"dpi"_s, u"150"_s});
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"export-pdf"_s, args, 0, -1, &code))
        return code;
    const QString output = parser.value(u"output"_s);
    if (output.isEmpty())
        return usageError(ctx, Tr::tr("Name the PDF file to write with -o FILE.pdf."));
    const QStringList idArgs = parser.positionalArguments();
    const bool byQuery = parser.isSet(u"query"_s);
    if (byQuery == !idArgs.isEmpty())
        return usageError(ctx, Tr::tr("Give either item ids or --query, not both or neither."));
    const auto language = Export::pdfLanguageFromCode(parser.value(u"lang"_s));
    if (!language)
        return usageError(ctx, Tr::tr("Unknown language '%1': use ru, en or both.")
                                   .arg(parser.value(u"lang"_s)));
    const auto paper = Export::paperSizeFromCode(parser.value(u"paper"_s));
    if (!paper)
        return usageError(ctx, Tr::tr("Unknown paper size '%1': use a4 or letter.")
                                   .arg(parser.value(u"paper"_s)));
    bool dpiOk = false;
    const int dpi = parser.value(u"dpi"_s).toInt(&dpiOk);
    if (!dpiOk || dpi < 72 || dpi > 600)
        return usageError(ctx, Tr::tr("The photo resolution must be between 72 and 600 dpi."));

    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    QList<qint64> ids;
    if (byQuery) {
        const auto query = parseQueryArgument(ctx, parser.value(u"query"_s), &code);
        if (!query)
            return code;
        auto found = Search::Searcher((*archive)->connection()).matchingIds(*query);
        if (!found)
            return runtimeError(ctx, found.error());
        if (found->isEmpty()) {
            ctx.err << "pressdesk-cli: " << Tr::tr("The search found no items; nothing to export.")
                    << '\n';
            return kExitError;
        }
        ids = *found;
    } else {
        for (const QString &arg : idArgs) {
            auto id = (*archive)->items().resolve(arg);
            if (!id)
                return runtimeError(ctx, id.error());
            ids << *id;
        }
    }
    auto organisation = Export::loadOrganisation(**archive);
    if (!organisation)
        return runtimeError(ctx, organisation.error());
    Export::PdfOptions options;
    options.language = *language;
    options.paper = *paper;
    options.digest = byQuery || ids.size() > 1 || parser.isSet(u"digest"_s);
    options.newPagePerItem = !parser.isSet(u"flow"_s);
    options.title = parser.value(u"title"_s);
    options.photoDpi = dpi;
    options.organisation = *organisation;

    auto entries = Export::collectEntries(**archive, ids);
    if (!entries)
        return runtimeError(ctx, entries.error());
    auto document = Export::PdfDocument::build(*entries, options);
    if (!document)
        return runtimeError(ctx, document.error());
    if (auto written = (*document)->writeFile(output); !written)
        return runtimeError(ctx, written.error());

    const QList<int> starts = (*document)->itemStartPages();
    const QString path = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
    if (parser.isSet(u"json"_s)) {
        QJsonArray items;
        for (qsizetype i = 0; i < entries->size(); ++i)
            items.append(QJsonObject{{u"id"_s, entries->at(i).item.id},
                                     {u"page"_s, starts.value(i)},
                                     {u"photos"_s, int(entries->at(i).photos.size())}});
        printJson(ctx, QJsonObject{{u"file"_s, path},
                                   {u"pages"_s, (*document)->pageCount()},
                                   {u"contentsPages"_s, (*document)->contentsPageCount()},
                                   {u"bytes"_s, QFileInfo(output).size()},
                                   {u"items"_s, items}});
        return kExitOk;
    }
    ctx.out << Tr::tr("Wrote %1: %n page(s)", nullptr, (*document)->pageCount()).arg(path) << ", "
            << Tr::tr("%n item(s).", nullptr, int(entries->size())) << '\n';
    return kExitOk;
}

int cmdOrganisation(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"name-ru"_s, Tr::tr("The organisation's name in Russian."), u"text"_s});
    parser.addOption({u"name-en"_s, Tr::tr("The organisation's name in English."), u"text"_s});
    parser.addOption({u"logo"_s, Tr::tr("A PNG or JPEG logo for PDF headers."), u"file"_s});
    parser.addOption({u"default-logo"_s, Tr::tr("Go back to the logo that ships with PressDesk.")});
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"organisation"_s, args, 0, 0, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto organisation = Export::loadOrganisation(**archive);
    if (!organisation)
        return runtimeError(ctx, organisation.error());
    const bool change = parser.isSet(u"name-ru"_s) || parser.isSet(u"name-en"_s)
                        || parser.isSet(u"logo"_s) || parser.isSet(u"default-logo"_s);
    if (parser.isSet(u"name-ru"_s))
        organisation->nameRu = parser.value(u"name-ru"_s);
    if (parser.isSet(u"name-en"_s))
        organisation->nameEn = parser.value(u"name-en"_s);
    if (parser.isSet(u"default-logo"_s))
        organisation->logo.clear();
    if (parser.isSet(u"logo"_s)) {
        QFile file(parser.value(u"logo"_s));
        if (!file.open(QIODevice::ReadOnly))
            return runtimeError(ctx, makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(
                                                                  file.fileName(), file.errorString())));
        organisation->logo = file.readAll();
    }
    if (change) {
        if (auto saved = Export::saveOrganisation(**archive, *organisation); !saved)
            return runtimeError(ctx, saved.error());
    }
    const QJsonObject fields{
        {u"nameRu"_s, organisation->nameRu},
        {u"nameEn"_s, organisation->nameEn},
        {u"logo"_s, organisation->logo.isEmpty() ? u"default"_s
                                                 : Tr::tr("custom, %n byte(s)", nullptr,
                                                          int(organisation->logo.size()))}};
    if (parser.isSet(u"json"_s))
        printJson(ctx, fields);
    else
        printFields(ctx, fields);
    return kExitOk;
}

// ---- publishing -------------------------------------------------------------------------------

QJsonObject targetJson(const Model::PublishTarget &t)
{
    return {{u"id"_s, t.id},
            {u"name"_s, t.name},
            {u"kind"_s, t.kind},
            {u"url"_s, t.baseUrl},
            {u"user"_s, t.user},
            {u"lang"_s, languageCode(t.language)},
            {u"category"_s, t.category},
            {u"passwordEnv"_s, t.secretEnv.isEmpty() ? Publish::defaultPasswordVariable(t) : t.secretEnv},
            {u"passwordFile"_s, t.secretFile},
            {u"trustedCertificate"_s, t.trustedCertificate}};
}

QJsonObject jobJson(const Model::PublishJob &j)
{
    return {{u"id"_s, j.id},
            {u"item"_s, j.itemId},
            {u"target"_s, j.targetId},
            {u"action"_s, Model::publishActionCode(j.action)},
            {u"status"_s, j.postStatus},
            {u"state"_s, Model::jobStateCode(j.state)},
            {u"attempts"_s, j.attempts},
            {u"nextAttempt"_s, j.nextAttemptAt.isValid() ? QJsonValue(toTimestamp(j.nextAttemptAt)) : QJsonValue()},
            {u"error"_s, j.lastError},
            {u"errorCode"_s, j.errorCode},
            {u"progress"_s, j.progress}};
}

// A client for the named target, its password from its file or variable, else the system
// keychain, else the default variable.
Result<std::unique_ptr<Publish::WordPressClient>> clientFor(Archive::Archive &archive, const QString &name,
                                                            QNetworkAccessManager &network,
                                                            Model::PublishTarget *target)
{
    auto found = archive.publishing().findTarget(name);
    if (!found)
        return found.error();
    *target = *found;
    auto client = Publish::WordPressClient::forTarget(
        network, *found, Publish::lookupWithKeychain(Publish::Keychain::readAllNow({*found})));
    if (client) {
        const int timeout = qEnvironmentVariableIntValue("PRESSDESK_TIMEOUT_MS");
        (*client)->setTimeout(timeout > 0 ? timeout : 20000);
    }
    return client;
}

int cmdTargets(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"targets"_s, args, 0, 0, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto targets = (*archive)->publishing().targets();
    if (!targets)
        return runtimeError(ctx, targets.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray all;
        for (const auto &t : *targets)
            all.append(targetJson(t));
        printJson(ctx, all);
        return kExitOk;
    }
    for (const auto &t : *targets)
        ctx.out << t.name << '\t' << languageCode(t.language) << '\t' << t.baseUrl << '\t' << t.user
                << (t.category.isEmpty() ? QString() : u"\t"_s + t.category) << '\n';
    return kExitOk;
}

int cmdAddTarget(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"name"_s, Tr::tr("A short name for the target."));
    parser.addOption({u"url"_s, Tr::tr("The website's address."), u"url"_s});
    parser.addOption({u"user"_s, Tr::tr("The WordPress user."), u"user"_s});
    parser.addOption({u"lang"_s, Tr::tr("The language this target publishes: ru or en."), u"lang"_s});
    parser.addOption({u"category"_s, Tr::tr("A category every post gets (one site, a category per language)."), u"name"_s});
    parser.addOption({u"password-env"_s, Tr::tr("Environment variable holding the Application Password."), u"name"_s});
    parser.addOption({u"password-file"_s, Tr::tr("File (mode 0600) holding the Application Password."), u"file"_s});
    parser.addOption({u"trust-certificate"_s, Tr::tr("SHA-256 of a certificate to trust although it cannot be verified."), u"sha256"_s});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"add-target"_s, args, 1, 1, &code))
        return code;
    if (!parser.isSet(u"url"_s) || !parser.isSet(u"user"_s) || !parser.isSet(u"lang"_s))
        return usageError(ctx, Tr::tr("A target needs --url, --user and --lang."));
    const auto language = parseLanguage(ctx, parser.value(u"lang"_s), &code);
    if (!language)
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    Model::PublishTarget target;
    target.name = parser.positionalArguments().constFirst();
    target.baseUrl = parser.value(u"url"_s);
    target.user = parser.value(u"user"_s);
    target.language = *language;
    target.category = parser.value(u"category"_s);
    target.secretEnv = parser.value(u"password-env"_s);
    target.secretFile = parser.value(u"password-file"_s);
    target.trustedCertificate = parser.value(u"trust-certificate"_s).remove(u':').toLower();
    if (auto added = (*archive)->publishing().addTarget(target); !added)
        return runtimeError(ctx, added.error());
    ctx.out << Tr::tr("Added target %1 (%2).").arg(target.name, target.baseUrl) << '\n';
    return kExitOk;
}

int cmdSetPassword(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"name"_s, Tr::tr("The target."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"set-password"_s, args, 1, 1, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto target = (*archive)->publishing().findTarget(parser.positionalArguments().constFirst());
    if (!target)
        return runtimeError(ctx, target.error());
    QTextStream in(stdin);
    const QString password = in.readLine().trimmed();
    if (password.isEmpty())
        return usageError(ctx, Tr::tr("Give the Application Password on standard input."));
    if (auto stored = Publish::Keychain::writeNow(*target, password); !stored)
        return runtimeError(ctx, stored.error());
    if (!target->secretEnv.isEmpty() || !target->secretFile.isEmpty()) {
        // The keychain is where this target now looks.
        target->secretEnv.clear();
        target->secretFile.clear();
        if (auto updated = (*archive)->publishing().updateTarget(*target); !updated)
            return runtimeError(ctx, updated.error());
    }
    ctx.out << Tr::tr("The password for %1 is in the system keychain.").arg(target->name) << '\n';
    return kExitOk;
}

int cmdRemoveTarget(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"name"_s, Tr::tr("The target."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"remove-target"_s, args, 1, 1, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto target = (*archive)->publishing().findTarget(parser.positionalArguments().constFirst());
    if (!target)
        return runtimeError(ctx, target.error());
    if (auto removed = (*archive)->publishing().removeTarget(target->id); !removed)
        return runtimeError(ctx, removed.error());
    return kExitOk;
}

int cmdTestTarget(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"name"_s, Tr::tr("The target."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"test-target"_s, args, 1, 1, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    QNetworkAccessManager network;
    Model::PublishTarget target;
    auto client = clientFor(**archive, parser.positionalArguments().constFirst(), network, &target);
    if (!client)
        return runtimeError(ctx, client.error());
    QEventLoop loop;
    Result<Publish::ConnectionCheck> check = makeError(ErrorCode::Cancelled, QString());
    Publish::checkConnection(**client, [&](Result<Publish::ConnectionCheck> r) {
        check = std::move(r);
        loop.quit();
    });
    loop.exec();
    if (!check)
        return runtimeError(ctx, check.error());
    ctx.out << Tr::tr("%1: connected as %2; may upload photos and publish posts.").arg(target.name, check->userName)
            << '\n';
    return kExitOk;
}

int cmdPull(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"target"_s, Tr::tr("The target to read posts from."), u"name"_s});
    parser.addOption({u"since"_s, Tr::tr("Only posts changed after this date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)."), u"date"_s});
    parser.addOption({u"post"_s, Tr::tr("Only this post (the site's id; repeatable)."), u"id"_s});
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"pull"_s, args, 0, 0, &code))
        return code;
    if (!parser.isSet(u"target"_s))
        return usageError(ctx, Tr::tr("Name the target: pull --target NAME."));
    Publish::PullOptions options;
    if (parser.isSet(u"since"_s)) {
        const QString since = parser.value(u"since"_s);
        options.since = QDateTime::fromString(since, Qt::ISODate);
        if (!options.since.isValid())
            options.since = QDate::fromString(since, Qt::ISODate).startOfDay();
        if (!options.since.isValid())
            return usageError(ctx, Tr::tr("'%1' is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM.").arg(since));
    }
    for (const QString &post : parser.values(u"post"_s)) {
        bool ok = false;
        const qint64 id = post.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(ctx, Tr::tr("'%1' is not a post id.").arg(post));
        options.postIds << id;
    }
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    QNetworkAccessManager network;
    Model::PublishTarget target;
    auto client = clientFor(**archive, parser.value(u"target"_s), network, &target);
    if (!client)
        return runtimeError(ctx, client.error());
    Publish::WordPressPuller puller(**archive, target, **client, options);
    QEventLoop loop;
    Error error;
    QObject::connect(&puller, &Publish::WordPressPuller::progressed, &loop, [&](const QString &step) {
        if (isatty(fileno(stderr)))
            ctx.err << step << '\n' << Qt::flush;
    });
    QObject::connect(&puller, &Publish::WordPressPuller::finished, &loop, [&](const Error &e) {
        error = e;
        loop.quit();
    });
    puller.run();
    loop.exec();
    const Publish::PullReport &report = puller.report();
    for (const QString &problem : report.problems)
        ctx.err << "pressdesk-cli: " << problem << '\n';
    if (!Publish::isSuccess(error))
        return runtimeError(ctx, error);
    if (parser.isSet(u"json"_s)) {
        QJsonArray items;
        for (qint64 id : report.items)
            items.append(id);
        QJsonArray problems;
        for (const QString &p : report.problems)
            problems.append(p);
        printJson(ctx, QJsonObject{{u"posts"_s, report.posts},
                                   {u"created"_s, report.created},
                                   {u"updated"_s, report.updated},
                                   {u"paired"_s, report.paired},
                                   {u"unchanged"_s, report.unchanged},
                                   {u"photos"_s, report.photos},
                                   {u"items"_s, items},
                                   {u"problems"_s, problems}});
        return kExitOk;
    }
    ctx.out << Tr::tr("%1: %n post(s) on the site", nullptr, report.posts).arg(target.name) << '\n'
            << Tr::tr("new items: %1, updated: %2, paired with their translation: %3, unchanged: %4, new photos: %5")
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.paired)
                   .arg(report.unchanged)
                   .arg(report.photos)
            << '\n';
    return kExitOk;
}

int cmdPair(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"item"_s, Tr::tr("The item that stays."));
    parser.addPositionalArgument(u"other"_s, Tr::tr("The item holding the other language; it is merged in and deleted."));
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"pair"_s, args, 2, 2, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto keep = (*archive)->items().resolve(parser.positionalArguments().at(0));
    if (!keep)
        return runtimeError(ctx, keep.error());
    auto other = (*archive)->items().resolve(parser.positionalArguments().at(1));
    if (!other)
        return runtimeError(ctx, other.error());
    if (auto paired = Archive::pairItems(**archive, *keep, *other); !paired)
        return runtimeError(ctx, paired.error());
    ctx.out << Tr::tr("Item %1 now holds both languages; item %2 was merged into it.").arg(*keep).arg(*other) << '\n';
    return kExitOk;
}

// Runs the outbox until nothing is due (and, with `wait`, until no retry is pending).
int runQueue(Context &ctx, Archive::Archive &archive, bool wait, const QList<qint64> &watch = {})
{
    QNetworkAccessManager network;
    Publish::OutboxOptions options;
    options.waitForRetries = wait;
    if (const int base = qEnvironmentVariableIntValue("PRESSDESK_RETRY_BASE_MS"); base > 0)
        options.retryBaseMs = base;
    if (const int timeout = qEnvironmentVariableIntValue("PRESSDESK_TIMEOUT_MS"); timeout > 0)
        options.timeoutMs = timeout;
    auto targets = archive.publishing().targets();
    if (!targets)
        return runtimeError(ctx, targets.error());
    Publish::OutboxRunner runner(archive, network, options,
                                 Publish::lookupWithKeychain(Publish::Keychain::readAllNow(*targets)));
    QEventLoop loop;
    Error fatal;
    QObject::connect(&runner, &Publish::OutboxRunner::jobProgressed, &loop,
                     [&](qint64 id, const QString &step) {
                         if (isatty(fileno(stderr)))
                             ctx.err << u"job %1: %2\n"_s.arg(id).arg(step) << Qt::flush;
                     });
    QObject::connect(&runner, &Publish::OutboxRunner::drained, &loop, &QEventLoop::quit);
    QObject::connect(&runner, &Publish::OutboxRunner::idle, &loop, [&] {
        if (!wait)
            loop.quit();
    });
    QObject::connect(&runner, &Publish::OutboxRunner::failed, &loop, [&](const Error &e) {
        fatal = e;
        loop.quit();
    });
    runner.start();
    loop.exec();
    runner.stop();
    if (fatal.code != ErrorCode::Unknown)
        return runtimeError(ctx, fatal);
    auto jobs = archive.publishing().jobs();
    if (!jobs)
        return runtimeError(ctx, jobs.error());
    int failed = 0;
    for (const Model::PublishJob &j : *jobs) {
        if (!watch.isEmpty() && !watch.contains(j.id))
            continue;
        if (j.state == Model::JobState::Failed || j.state == Model::JobState::Retrying) {
            ++failed;
            ctx.err << "pressdesk-cli: "
                    << (j.state == Model::JobState::Failed
                            ? Tr::tr("job %1 (item %2) failed: %3").arg(j.id).arg(j.itemId).arg(j.lastError)
                            : Tr::tr("job %1 (item %2) will be tried again at %3: %4")
                                  .arg(j.id)
                                  .arg(j.itemId)
                                  .arg(j.nextAttemptAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                       j.lastError))
                    << '\n';
        }
    }
    return failed ? kExitError : kExitOk;
}

int cmdPublish(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, Tr::tr("The item."));
    parser.addOption({u"lang"_s, Tr::tr("ru, en or both (default): which languages' targets."), u"lang"_s, u"both"_s});
    parser.addOption({u"target"_s, Tr::tr("Only this target (repeatable)."), u"name"_s});
    parser.addOption({u"status"_s, Tr::tr("publish (default), draft or future."), u"status"_s, u"publish"_s});
    parser.addOption({u"at"_s, Tr::tr("For --status future: when, as YYYY-MM-DDTHH:MM (local time)."), u"time"_s});
    parser.addOption({u"overwrite"_s, Tr::tr("Update even if the post was changed on the website.")});
    parser.addOption({u"withdraw"_s, Tr::tr("Take the post back to draft on the website.")});
    parser.addOption({u"trash"_s, Tr::tr("Move the post to the website's trash.")});
    parser.addOption({u"queue-only"_s, Tr::tr("Only queue the jobs; 'queue run' sends them.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"publish"_s, args, 1, 1, &code))
        return code;
    const QString status = parser.value(u"status"_s);
    if (!QStringList{u"publish"_s, u"draft"_s, u"future"_s}.contains(status))
        return usageError(ctx, Tr::tr("Unknown status '%1': use publish, draft or future.").arg(status));
    QDateTime at;
    if (status == u"future"_s) {
        at = QDateTime::fromString(parser.value(u"at"_s), Qt::ISODate);
        if (!at.isValid())
            return usageError(ctx, Tr::tr("--status future needs --at YYYY-MM-DDTHH:MM."));
    }
    const QString lang = parser.value(u"lang"_s);
    if (lang != u"both"_s && !languageFromCode(lang))
        return usageError(ctx, Tr::tr("Unknown language '%1': use ru, en or both.").arg(lang));
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    auto id = (*archive)->items().resolve(parser.positionalArguments().constFirst());
    if (!id)
        return runtimeError(ctx, id.error());
    auto targets = (*archive)->publishing().targets();
    if (!targets)
        return runtimeError(ctx, targets.error());
    const QStringList named = parser.values(u"target"_s);
    QList<qint64> queued;
    for (const Model::PublishTarget &t : *targets) {
        if (!named.isEmpty() && !named.contains(t.name))
            continue;
        if (lang != u"both"_s && languageCode(t.language) != lang)
            continue;
        Model::PublishJob job;
        job.itemId = *id;
        job.targetId = t.id;
        job.action = parser.isSet(u"trash"_s)      ? Model::PublishAction::Trash
                     : parser.isSet(u"withdraw"_s) ? Model::PublishAction::Withdraw
                                                   : Model::PublishAction::Publish;
        job.postStatus = status;
        job.scheduledAt = at;
        job.overwrite = parser.isSet(u"overwrite"_s);
        if (auto r = (*archive)->publishing().enqueue(job); !r)
            return runtimeError(ctx, r.error());
        queued << job.id;
    }
    if (queued.isEmpty()) {
        ctx.err << "pressdesk-cli: " << Tr::tr("No publishing target matches; add one with 'add-target'.") << '\n';
        return kExitError;
    }
    if (parser.isSet(u"queue-only"_s)) {
        ctx.out << Tr::tr("Queued %n job(s).", nullptr, int(queued.size())) << '\n';
        return kExitOk;
    }
    const int result = runQueue(ctx, **archive, false, queued);
    auto posts = (*archive)->publishing().remotePosts(*id);
    if (posts) {
        for (const Model::RemotePost &p : *posts) {
            auto t = (*archive)->publishing().target(p.targetId);
            if (t && p.remoteId > 0)
                ctx.out << t->name << '\t' << p.remoteId << '\t' << p.status << '\t' << p.url << '\n';
        }
    }
    return result;
}

int cmdQueue(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("run, retry JOB or cancel JOB; nothing: list."));
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    parser.addOption({u"wait"_s, Tr::tr("With run: also wait for jobs retrying later.")});
    parser.addOption({u"all"_s, Tr::tr("List finished jobs too.")});
    int code = kExitOk;
    if (!parseCommand(ctx, parser, u"queue"_s, args, 0, 2, &code))
        return code;
    auto archive = openArchive(ctx);
    if (!archive)
        return runtimeError(ctx, archive.error());
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"run"_s)
        return runQueue(ctx, **archive, parser.isSet(u"wait"_s));
    if (action == u"retry"_s || action == u"cancel"_s) {
        bool ok = false;
        const qint64 jobId = pos.value(1).toLongLong(&ok);
        if (!ok)
            return usageError(ctx, Tr::tr("Name the job: queue %1 JOB.").arg(action));
        auto r = action == u"retry"_s ? (*archive)->publishing().retryJob(jobId)
                                      : (*archive)->publishing().cancelJob(jobId);
        if (!r)
            return runtimeError(ctx, r.error());
        return kExitOk;
    }
    if (!action.isEmpty())
        return usageError(ctx, Tr::tr("Unknown queue action '%1': use run, retry or cancel.").arg(action));
    auto jobs = (*archive)->publishing().jobs(!parser.isSet(u"all"_s));
    if (!jobs)
        return runtimeError(ctx, jobs.error());
    if (parser.isSet(u"json"_s)) {
        QJsonArray all;
        for (const auto &j : *jobs)
            all.append(jobJson(j));
        printJson(ctx, all);
        return kExitOk;
    }
    for (const auto &j : *jobs)
        ctx.out << j.id << '\t' << Model::jobStateCode(j.state) << '\t' << j.itemId << '\t'
                << Model::publishActionCode(j.action) << '\t' << j.attempts << '\t' << j.lastError << '\n';
    return kExitOk;
}

const QList<Command> &commands()
{
    static const QList<Command> all{
        {u"init"_s, u"init [--demo]"_s, Tr::tr("Create an archive (with --demo: the demo content)."),
         cmdInit},
        {u"list"_s, u"list [--json]"_s, Tr::tr("List the items."), cmdList},
        {u"show"_s, u"show ID|UUID [--json]"_s, Tr::tr("Show one item in both languages."), cmdShow},
        {u"history"_s, u"history ID [--lang ru|en] [--json]"_s,
         Tr::tr("List the saved revisions of an item's texts."), cmdHistory},
        {u"mark-done"_s, u"mark-done ID --lang ru|en"_s,
         Tr::tr("Mark a translation as done for the current source text."), cmdMarkDone},
        {u"new"_s, u"new [--section S] [--status S] [--date YYYY-MM-DD] [--source ru|en]"_s,
         Tr::tr("Create an empty item; prints its id."), cmdNew},
        {u"edit"_s,
         u"edit ID [--section S] [--status S] [--date D] [--source L] [--lang ru|en [--title T] "
         "[--lead T] [--place T] [--body-file F|-] [--body-html-file F]]"_s,
         Tr::tr("Change an item (a revision is kept for each changed language)."), cmdEdit},
        {u"source-changes"_s, u"source-changes ID --lang ru|en [--json]"_s,
         Tr::tr("What changed in the source since this translation was marked done."),
         cmdSourceChanges},
        {u"restore"_s, u"restore ID --revision REV"_s,
         Tr::tr("Bring back one language's text as it was in a revision."), cmdRestore},
        {u"delete"_s, u"delete ID"_s, Tr::tr("Delete an item with its texts and revisions."),
         cmdDelete},
        {u"drafts"_s, u"drafts [--json] [--discard ID]"_s,
         Tr::tr("List the editor's unsaved drafts (or discard one)."), cmdDrafts},
        {u"check"_s, u"check [--quick] [--json]"_s,
         Tr::tr("Check the archive's integrity and invariants."), cmdCheck},
        {u"search"_s, u"search QUERY [--sort rank|date] [--limit N] [--offset N] [--json]"_s,
         Tr::tr("Search the archive (see docs/search.md; -- before a query that starts with -)."),
         cmdSearch},
        {u"reindex"_s, u"reindex"_s, Tr::tr("Rebuild the full-text search index."), cmdReindex},
        {u"searches"_s, u"searches [--json]"_s, Tr::tr("List the saved searches."), cmdSearches},
        {u"save-search"_s, u"save-search NAME QUERY [--sort rank|date]"_s,
         Tr::tr("Save a query under a name (replaces one of the same name)."), cmdSaveSearch},
        {u"delete-search"_s, u"delete-search NAME"_s, Tr::tr("Delete a saved search."),
         cmdDeleteSearch},
        {u"photo-info"_s, u"photo-info FILE [--json]"_s,
         Tr::tr("Show a photo's metadata: date, camera, GPS, captions, credit, keywords."),
         cmdPhotoInfo},
        {u"import-photos"_s, u"import-photos PATH... [--item ID] [--json]"_s,
         Tr::tr("Import photo files and folders (recursively); with --item, attach them."),
         cmdImportPhotos},
        {u"photos"_s, u"photos [--json]"_s, Tr::tr("List the photo library with captions and usage."),
         cmdPhotos},
        {u"photo"_s, u"photo ID [--json]"_s,
         Tr::tr("Show one photo: captions, credit, metadata, the items that use it."), cmdPhoto},
        {u"edit-photo"_s, u"edit-photo ID [--caption-ru TEXT] [--caption-en TEXT] [--credit TEXT]"_s,
         Tr::tr("Change a photo's captions or credit."), cmdEditPhoto},
        {u"set-photos"_s, u"set-photos ITEM [PHOTO_ID...] [--cover ID]"_s,
         Tr::tr("Set an item's photos in order (none: remove all)."), cmdSetPhotos},
        {u"thumbnails"_s, u"thumbnails [--rebuild]"_s,
         Tr::tr("Make missing thumbnails (with --rebuild: all of them)."), cmdThumbnails},
        {u"rendition"_s, u"rendition ID [--size PIXELS] [--quality Q] [--json]"_s,
         Tr::tr("Make (or find) a photo's web rendition: resized, without GPS and serial numbers."),
         cmdRendition},
        {u"backup"_s, u"backup DEST"_s, Tr::tr("Make a consistent copy of the archive."), cmdBackup},
        {u"import-json"_s, u"import-json FILE|DIR"_s,
         Tr::tr("Import a JSON archive (creates the archive if needed)."), cmdImportJson},
        {u"export-json"_s, u"export-json DIR"_s, Tr::tr("Export the whole archive as JSON + media."),
         cmdExportJson},
        {u"export-pdf"_s,
         u"export-pdf (ID... | --query QUERY) -o FILE.pdf [--lang ru|en|both] [--paper a4|letter] [--title T] [--digest] [--flow] [--dpi N] [--json]"_s,
         Tr::tr("Export items to PDF: one item, or a digest with title page and contents."),
         cmdExportPdf},
        {u"organisation"_s,
         u"organisation [--name-ru T] [--name-en T] [--logo FILE | --default-logo] [--json]"_s,
         Tr::tr("Show or set the organisation name and logo printed on PDFs."), cmdOrganisation},
        {u"targets"_s, u"targets [--json]"_s, Tr::tr("List the publishing targets (websites)."), cmdTargets},
        {u"add-target"_s,
         u"add-target NAME --url URL --user USER --lang ru|en [--category C] [--password-env VAR | --password-file F] [--trust-certificate SHA256]"_s,
         Tr::tr("Add a website to publish one language to."), cmdAddTarget},
        {u"set-password"_s, u"set-password NAME < PASSWORD"_s,
         Tr::tr("Keep a target's Application Password (read from standard input) in the system keychain."),
         cmdSetPassword},
        {u"remove-target"_s, u"remove-target NAME"_s, Tr::tr("Remove a publishing target."), cmdRemoveTarget},
        {u"test-target"_s, u"test-target NAME"_s,
         Tr::tr("Check a target's address, credentials and permissions."), cmdTestTarget},
        {u"publish"_s,
         u"publish ID [--lang ru|en|both] [--target T] [--status publish|draft|future --at TIME] [--overwrite] [--withdraw | --trash] [--queue-only]"_s,
         Tr::tr("Publish an item (photos first, then the post) and print its posts."), cmdPublish},
        {u"queue"_s, u"queue [run [--wait] | retry JOB | cancel JOB] [--all] [--json]"_s,
         Tr::tr("Show or drive the publishing outbox."), cmdQueue},
        {u"pull"_s, u"pull --target T [--since DATE] [--post ID]... [--json]"_s,
         Tr::tr("Read a website's posts and their photos into the archive (again: updates)."), cmdPull},
        {u"pair"_s, u"pair ITEM OTHER"_s,
         Tr::tr("Join two items that hold the two languages of one event."), cmdPair},
    };
    return all;
}

QString helpText()
{
    QString text = Tr::tr("Usage: pressdesk-cli [--archive DIR] COMMAND [OPTIONS]") + u"\n\n"_s
                   + Tr::tr("PressDesk archive tool. The archive is DIR, else $PRESSDESK_ARCHIVE, "
                            "else %1.")
                         .arg(QDir::toNativeSeparators(Archive::Archive::defaultLocation()))
                   + u"\n\n"_s + Tr::tr("Commands:") + u'\n';
    for (const Command &c : commands())
        text += u"  %1\n      %2\n"_s.arg(c.synopsis, c.description);
    text += u'\n' + Tr::tr("Exit status: 0 success, 1 error, 2 usage error.") + u'\n';
    return text;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption archiveOption(u"archive"_s, Tr::tr("The archive folder."), u"dir"_s);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption versionOption(u"version"_s, Tr::tr("Show the version."));
    parser.addOption(archiveOption);
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    Context ctx{{}, out, err};
    if (!parser.parse(QStringList{u"pressdesk-cli"_s} + arguments))
        return usageError(ctx, parser.errorText());
    if (parser.isSet(helpOption)) {
        out << helpText();
        return kExitOk;
    }
    if (parser.isSet(versionOption)) {
        out << "pressdesk-cli " << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(ctx, Tr::tr("No command given."));
    ctx.archivePath = parser.isSet(archiveOption) ? parser.value(archiveOption)
                                                  : Archive::Archive::defaultLocation();
    for (const Command &c : commands()) {
        if (c.name == positional.constFirst())
            return c.run(ctx, positional.mid(1));
    }
    return usageError(ctx, Tr::tr("Unknown command '%1'.").arg(positional.constFirst()));
}

} // namespace Press::Cli

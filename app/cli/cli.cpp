#include "cli.h"

#include <archive/archive.h>
#include <archive/archivechecker.h>
#include <common/errormessages.h>
#include <common/labels.h>
#include <common/tr.h>
#include <demo/demoarchive.h>
#include <exchange/jsonexporter.h>
#include <exchange/jsonimporter.h>
#include <text/bodyformat.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

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
        {u"check"_s, u"check [--quick] [--json]"_s,
         Tr::tr("Check the archive's integrity and invariants."), cmdCheck},
        {u"backup"_s, u"backup DEST"_s, Tr::tr("Make a consistent copy of the archive."), cmdBackup},
        {u"import-json"_s, u"import-json FILE|DIR"_s,
         Tr::tr("Import a JSON archive (creates the archive if needed)."), cmdImportJson},
        {u"export-json"_s, u"export-json DIR"_s, Tr::tr("Export the whole archive as JSON + media."),
         cmdExportJson},
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

#include "itemeditor.h"

#include "dialogservice.h"
#include "revisiondialog.h"
#include "spellhighlighter.h"

#include <archive/archive.h>
#include <common/labels.h>
#include <text/bodyformat.h>
#include <text/textdiff.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QSet>
#include <QStringListModel>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Press::Ui {
namespace {

constexpr int kDefaultAutosaveMs = 3000;

int wordCount(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*"_s);
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

// ---- BodyEdit ---------------------------------------------------------------------------------

BodyEdit::BodyEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
}

void BodyEdit::setMarkdownBody(const QString &markdown)
{
    document()->setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
    document()->setModified(false);
}

QString BodyEdit::markdownBody() const
{
    std::unique_ptr<QTextDocument> copy(document()->clone());
    Text::cleanDocument(*copy);
    return Text::documentToMarkdown(*copy);
}

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || source->hasText();
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    // Whatever Word or the browser styled, only the press formatting arrives.
    if (source->hasHtml()) {
        textCursor().insertMarkdown(Text::htmlToMarkdown(source->html()),
                                    QTextDocument::MarkdownDialectCommonMark);
        return;
    }
    if (source->hasText())
        textCursor().insertText(source->text(), QTextCharFormat());
}

// ---- ItemEditor -------------------------------------------------------------------------------

ItemEditor::ItemEditor(DialogService &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
{
    setObjectName(u"itemEditor"_s);
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kDefaultAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ItemEditor::autosave);
    // Every focus change inside the window writes the draft.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (old && isAncestorOf(old))
            autosave();
    });

    m_date = new QDateEdit;
    m_date->setObjectName(u"editorDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd.MM.yyyy"_s);
    m_section = new QComboBox;
    m_section->setObjectName(u"editorSection"_s);
    m_status = new QComboBox;
    m_status->setObjectName(u"editorStatus"_s);
    m_source = new QComboBox;
    m_source->setObjectName(u"editorSource"_s);
    for (QComboBox *box : {m_section, m_status, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &ItemEditor::edited);
    connect(m_date, &QDateEdit::dateChanged, this, &ItemEditor::edited);
    m_dateLabel = new QLabel;
    m_sectionLabel = new QLabel;
    m_statusLabel = new QLabel;
    m_sourceLabel = new QLabel;
    m_saveButton = new QPushButton;
    m_saveButton->setObjectName(u"editorSaveButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { (void)save(); });

    auto *meta = new QHBoxLayout;
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_dateLabel, m_date},
                                {m_sectionLabel, m_section},
                                {m_statusLabel, m_status},
                                {m_sourceLabel, m_source}}) {
        meta->addWidget(label);
        meta->addWidget(field);
        meta->addSpacing(8);
    }
    meta->addStretch(1);
    meta->addWidget(m_saveButton);

    m_tagsLabel = new QLabel;
    m_tags = new QLabel;
    m_tags->setObjectName(u"editorTags"_s);
    m_tags->setTextFormat(Qt::RichText);
    m_tags->setWordWrap(true);
    connect(m_tags, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"remove:"_s))
            removeTag(link.mid(7).toLongLong());
    });
    m_tagInput = new QLineEdit;
    m_tagInput->setObjectName(u"editorTagInput"_s);
    m_tagInput->setClearButtonEnabled(true);
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_tagInput->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                if (addTag(text))
                    QTimer::singleShot(0, m_tagInput, &QLineEdit::clear);
            });
    connect(m_tagInput, &QLineEdit::returnPressed, this, [this] {
        if (addTag(m_tagInput->text()))
            m_tagInput->clear();
    });
    m_newTagButton = new QPushButton;
    m_newTagButton->setObjectName(u"newTagButton"_s);
    connect(m_newTagButton, &QPushButton::clicked, this, [this] { (void)newTag(); });
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tagsLabel);
    tagRow->addWidget(m_tags, 1);
    tagRow->addWidget(m_tagInput);
    tagRow->addWidget(m_newTagButton);

    createFormatBar();
    for (Language language : allLanguages()) {
        auto checker = Text::SpellChecker::open(language);
        if (checker)
            (language == Language::Ru ? m_spellRu : m_spellEn).emplace(std::move(*checker));
        else
            m_spellProblem = checker.error().detail;
    }
    auto *panes = new QSplitter(Qt::Horizontal);
    panes->addWidget(createPane(m_ru));
    panes->addWidget(createPane(m_en));
    enableSpellChecking(m_ru);
    enableSpellChecking(m_en);
    panes->setChildrenCollapsible(false);

    m_statusText = new QLabel;
    m_statusText->setObjectName(u"editorStatusText"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(meta);
    layout->addLayout(tagRow);
    layout->addWidget(m_formatBar);
    layout->addWidget(panes, 1);
    layout->addWidget(m_statusText);
    retranslateUi();
    setEnabled(false);
}

ItemEditor::~ItemEditor()
{
    autosave();
}

QWidget *ItemEditor::createPane(Pane &pane)
{
    const QString code = languageCode(pane.language);
    auto *box = new QWidget;
    pane.header = new QLabel;
    QFont bold = pane.header->font();
    bold.setBold(true);
    pane.header->setFont(bold);
    pane.state = new QLabel;
    pane.state->setObjectName(u"state_"_s + code);
    pane.markDone = new QPushButton;
    pane.markDone->setObjectName(u"markDone_"_s + code);
    QSizePolicy keep = pane.markDone->sizePolicy();
    keep.setRetainSizeWhenHidden(true); // both panes' fields stay level
    pane.markDone->setSizePolicy(keep);
    connect(pane.markDone, &QPushButton::clicked, this, [this] { (void)markTranslationDone(); });
    pane.sourceChanges = new QPushButton;
    pane.sourceChanges->setObjectName(u"sourceChanges_"_s + code);
    connect(pane.sourceChanges, &QPushButton::clicked, this, &ItemEditor::showSourceChanges);
    pane.title = new QLineEdit;
    pane.title->setObjectName(u"title_"_s + code);
    pane.place = new QLineEdit;
    pane.place->setObjectName(u"place_"_s + code);
    pane.lead = new QPlainTextEdit;
    pane.lead->setObjectName(u"lead_"_s + code);
    pane.lead->setTabChangesFocus(true);
    pane.lead->setFixedHeight(pane.lead->fontMetrics().lineSpacing() * 4 + 12);
    pane.body = new BodyEdit;
    pane.body->setObjectName(u"body_"_s + code);
    pane.counts = new QLabel;
    pane.counts->setObjectName(u"counts_"_s + code);
    pane.titleLabel = new QLabel;
    pane.placeLabel = new QLabel;
    pane.leadLabel = new QLabel;
    pane.bodyLabel = new QLabel;
    // Right to the spell checker and the input methods: each pane is its own language.
    const QLocale locale(pane.language == Language::Ru ? QLocale::Russian : QLocale::English);
    for (QWidget *w : {static_cast<QWidget *>(pane.title), static_cast<QWidget *>(pane.place),
                       static_cast<QWidget *>(pane.lead), static_cast<QWidget *>(pane.body)})
        w->setLocale(locale);

    connect(pane.title, &QLineEdit::textEdited, this, &ItemEditor::edited);
    connect(pane.place, &QLineEdit::textEdited, this, &ItemEditor::edited);
    connect(pane.lead, &QPlainTextEdit::textChanged, this, &ItemEditor::edited);
    connect(pane.body, &QTextEdit::textChanged, this, &ItemEditor::edited);
    connect(pane.body, &QTextEdit::cursorPositionChanged, this,
            [this, body = pane.body] { m_lastBody = body; });

    auto *header = new QHBoxLayout;
    header->addWidget(pane.header);
    header->addWidget(pane.state);
    header->addStretch(1);
    header->addWidget(pane.sourceChanges);
    header->addWidget(pane.markDone);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(pane.titleLabel);
    layout->addWidget(pane.title);
    layout->addWidget(pane.placeLabel);
    layout->addWidget(pane.place);
    layout->addWidget(pane.leadLabel);
    layout->addWidget(pane.lead);
    layout->addWidget(pane.bodyLabel);
    layout->addWidget(pane.body, 1);
    layout->addWidget(pane.counts);
    return box;
}

void ItemEditor::createFormatBar()
{
    m_formatBar = new QToolBar;
    m_formatBar->setObjectName(u"formatBar"_s);
    auto add = [this](const QString &name, QKeySequence shortcut, auto handler) {
        QAction *action = m_formatBar->addAction(QString(), this, handler);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return action;
    };
    add(u"formatBold"_s, QKeySequence::Bold, [this] {
        if (BodyEdit *body = currentBody())
            body->setFontWeight(body->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
    });
    add(u"formatItalic"_s, QKeySequence::Italic, [this] {
        if (BodyEdit *body = currentBody())
            body->setFontItalic(!body->fontItalic());
    });
    add(u"formatLink"_s, QKeySequence(Qt::CTRL | Qt::Key_K), [this] {
        BodyEdit *body = currentBody();
        if (!body)
            return;
        const QString url = m_dialogs.askText(this, tr("Link"), tr("Address (URL):"),
                                              body->textCursor().charFormat().anchorHref());
        if (url.isEmpty())
            return;
        QTextCursor cursor = body->textCursor();
        if (!cursor.hasSelection())
            cursor.select(QTextCursor::WordUnderCursor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(url);
        cursor.mergeCharFormat(format);
    });
    m_formatBar->addSeparator();
    add(u"formatBullets"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
        [this] { toggleList(false); });
    add(u"formatNumbers"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
        [this] { toggleList(true); });
    add(u"formatHeading"_s, QKeySequence(Qt::CTRL | Qt::Key_2), [this] { applyBlockStyle(2, false); });
    add(u"formatQuote"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
        [this] { applyBlockStyle(0, true); });
    add(u"formatParagraph"_s, QKeySequence(Qt::CTRL | Qt::Key_0), [this] { applyBlockStyle(0, false); });
}

BodyEdit *ItemEditor::currentBody() const
{
    if (auto *focused = qobject_cast<BodyEdit *>(QApplication::focusWidget()))
        return focused;
    return m_lastBody ? m_lastBody : m_ru.body;
}

void ItemEditor::applyBlockStyle(int headingLevel, bool quote)
{
    BodyEdit *body = currentBody();
    if (!body)
        return;
    QTextCursor cursor = body->textCursor();
    QTextBlockFormat format;
    if (headingLevel > 0)
        format.setHeadingLevel(headingLevel);
    if (quote)
        format.setProperty(QTextFormat::BlockQuoteLevel, 1);
    cursor.beginEditBlock();
    if (QTextList *list = cursor.currentList())
        list->remove(cursor.block());
    cursor.setBlockFormat(format);
    QTextCharFormat chars;
    chars.setFontWeight(headingLevel > 0 ? QFont::Bold : QFont::Normal);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
    cursor.endEditBlock();
}

void ItemEditor::toggleList(bool numbered)
{
    BodyEdit *body = currentBody();
    if (!body)
        return;
    QTextCursor cursor = body->textCursor();
    if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
        return;
    }
    cursor.createList(numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
}

void ItemEditor::enableSpellChecking(Pane &pane)
{
    const std::optional<Text::SpellChecker> &checker = pane.language == Language::Ru ? m_spellRu
                                                                                    : m_spellEn;
    if (!checker)
        return;
    const Text::SpellChecker *spell = &*checker;
    new SpellHighlighter(pane.body->document(), *spell);
    new SpellHighlighter(pane.lead->document(), *spell);
    // Suggestions above the usual entries of the context menu (QTextEdit and QPlainTextEdit).
    auto withSuggestions = [this, spell](auto *edit) {
        edit->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(edit, &QWidget::customContextMenuRequested, this, [edit, spell](const QPoint &pos) {
            std::unique_ptr<QMenu> menu(edit->createStandardContextMenu(pos));
            SpellHighlighter::addSuggestions(menu.get(), edit->cursorForPosition(pos), *spell);
            menu->exec(edit->viewport()->mapToGlobal(pos));
        });
    };
    withSuggestions(pane.body);
    withSuggestions(pane.lead);
}

void ItemEditor::setArchive(Archive::Archive *archive)
{
    autosave();
    m_archive = archive;
    m_item = {};
    m_shown = {};
    m_draftSaved = false;
    show(Model::Item{});
    setEnabled(false);
}

void ItemEditor::setAutosaveDelay(int ms)
{
    m_autosave->setInterval(ms);
}

Model::Item ItemEditor::editedItem() const
{
    Model::Item item = m_item;
    item.eventDate = m_date->date();
    item.section = Model::Section(m_section->currentData().toInt());
    item.status = Model::ItemStatus(m_status->currentData().toInt());
    item.sourceLanguage = Language(m_source->currentData().toInt());
    item.entityIds = m_entityIds;
    for (const Pane *pane : {&m_ru, &m_en}) {
        Model::ItemText &t = item.text(pane->language);
        t.title = pane->title->text().trimmed();
        t.place = pane->place->text().trimmed();
        t.lead = pane->lead->toPlainText().trimmed();
        t.body = pane->body->markdownBody();
        const int slot = int(pane->language == Language::En);
        if (t.body == m_normalizedBody[slot])
            t.body = m_loadedBody[slot]; // untouched: stored as it was
    }
    return item;
}

bool ItemEditor::isModified() const
{
    if (m_item.id == 0)
        return false;
    const Model::Item now = editedItem();
    return now.eventDate != m_shown.eventDate || now.section != m_shown.section
           || now.status != m_shown.status || now.sourceLanguage != m_shown.sourceLanguage
           || QSet<qint64>(now.entityIds.cbegin(), now.entityIds.cend())
                  != QSet<qint64>(m_shown.entityIds.cbegin(), m_shown.entityIds.cend())
           || !now.ru.sameContent(m_shown.ru) || !now.en.sameContent(m_shown.en);
}

void ItemEditor::edited()
{
    if (m_loading || m_item.id == 0)
        return;
    m_autosave->start();
    updateCounts(m_ru);
    updateCounts(m_en);
    setStatusText(tr("Edited — not saved yet"));
}

void ItemEditor::autosave()
{
    m_autosave->stop();
    if (!m_archive || m_item.id == 0 || m_archive->isReadOnly() || !isModified())
        return;
    const Model::Item draft = editedItem();
    if (auto r = m_archive->drafts().save(draft, m_item.version); !r) {
        setStatusText(tr("Could not autosave: %1").arg(r.error().detail));
        return;
    }
    m_shown = draft;
    m_draftSaved = true;
    setStatusText(tr("Autosaved at %1 — not yet saved to the item")
                      .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit draftSaved(m_item.id);
}

void ItemEditor::show(const Model::Item &item)
{
    m_loading = true;
    m_date->setDate(item.eventDate.isValid() ? item.eventDate : QDate::currentDate());
    m_section->setCurrentIndex(m_section->findData(int(item.section)));
    m_status->setCurrentIndex(m_status->findData(int(item.status)));
    m_source->setCurrentIndex(m_source->findData(int(item.sourceLanguage)));
    m_entityIds = item.entityIds;
    showTags();
    for (Pane *pane : {&m_ru, &m_en}) {
        const Model::ItemText &t = item.text(pane->language);
        pane->title->setText(t.title);
        pane->title->setCursorPosition(0); // the start of a long title, not its end
        pane->place->setText(t.place);
        pane->lead->setPlainText(t.lead);
        pane->body->setMarkdownBody(t.body);
        const int slot = int(pane->language == Language::En);
        m_loadedBody[slot] = t.body;
        m_normalizedBody[slot] = pane->body->markdownBody();
        updateCounts(*pane);
    }
    m_loading = false;
    updateStates();
}

bool ItemEditor::openItem(qint64 itemId)
{
    if (!m_archive)
        return false;
    autosave(); // the item being left keeps its draft
    auto item = m_archive->items().load(itemId);
    if (!item) {
        m_dialogs.showError(this, tr("Open Item"), item.error());
        return false;
    }
    m_item = *item;
    reloadEntities();
    auto draft = m_archive->drafts().load(itemId);
    if (draft && *draft) {
        Model::Item content = (*draft)->content;
        content.id = m_item.id;
        content.uuid = m_item.uuid;
        content.photos = m_item.photos; // photos are saved at once, never drafted
        m_item.version = (*draft)->baseVersion; // the save checks against what the draft began from
        m_shown = content;
        m_draftSaved = true;
        show(content);
        setStatusText(tr("Unsaved changes from %1 were restored. Save to keep them, or revert.")
                          .arg(QLocale().toString((*draft)->savedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_shown = m_item;
        m_draftSaved = false;
        show(m_item);
        setStatusText(tr("Saved"));
    }
    setEnabled(true);
    emit itemOpened(itemId);
    return true;
}

bool ItemEditor::newItem()
{
    if (!m_archive)
        return false;
    autosave();
    Model::Item item;
    item.eventDate = QDate::currentDate();
    item.section = Model::Section::News;
    item.status = Model::ItemStatus::Draft;
    item.sourceLanguage = QLocale().language() == QLocale::English ? Language::En : Language::Ru;
    if (auto r = m_archive->items().create(item); !r) {
        m_dialogs.showError(this, tr("New Item"), r.error());
        return false;
    }
    if (!openItem(item.id))
        return false;
    focusLanguage(item.sourceLanguage);
    return true;
}

bool ItemEditor::save()
{
    if (!m_archive || m_item.id == 0)
        return false;
    m_autosave->stop();
    Model::Item item = editedItem();
    auto r = m_archive->items().save(item);
    if (!r && r.error().code == ErrorCode::Conflict) {
        const auto choice = m_dialogs.resolveConflict(
            this, tr("The Item Was Changed Elsewhere"),
            tr("Someone saved this item after you opened it (another window or pressdesk-cli). "
               "Keep your text and overwrite theirs, or drop yours and show theirs?"));
        if (choice == DialogService::ConflictChoice::Cancel) {
            autosave(); // your text stays in the draft
            return false;
        }
        if (choice == DialogService::ConflictChoice::TakeTheirs) {
            revert();
            return false;
        }
        auto current = m_archive->items().load(m_item.id);
        if (!current) {
            m_dialogs.showError(this, tr("Save"), current.error());
            return false;
        }
        item.version = current->version;
        item.photos = current->photos; // photos were saved at once, keep theirs
        r = m_archive->items().save(item);
    }
    if (!r) {
        m_dialogs.showError(this, tr("Save"), r.error());
        autosave();
        return false;
    }
    (void)m_archive->drafts().remove(item.id);
    for (int slot : {0, 1}) {
        const QString &body = (slot == 0 ? item.ru : item.en).body;
        if (body != m_loadedBody[slot]) // written by the editor: already its own form
            m_loadedBody[slot] = m_normalizedBody[slot] = body;
    }
    m_item = item;
    m_shown = item;
    m_draftSaved = false;
    updateStates();
    setStatusText(tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit itemSaved(item.id);
    return true;
}

void ItemEditor::revert()
{
    if (!m_archive || m_item.id == 0)
        return;
    m_autosave->stop();
    (void)m_archive->drafts().remove(m_item.id);
    const qint64 id = m_item.id;
    m_item = {};
    (void)openItem(id);
}

bool ItemEditor::markTranslationDone()
{
    if (!m_archive || m_item.id == 0)
        return false;
    if (isModified() || m_draftSaved) {
        if (!save())
            return false;
    }
    const Language target = otherLanguage(m_item.sourceLanguage);
    if (auto r = m_archive->items().markTranslationDone(m_item.id, target); !r) {
        m_dialogs.showError(this, tr("Mark Translation Done"), r.error());
        return false;
    }
    const qint64 id = m_item.id;
    (void)openItem(id);
    emit itemSaved(id);
    return true;
}

void ItemEditor::reloadEntities()
{
    auto entities = m_archive ? m_archive->entities().list() : Result<QList<Model::Entity>>(QList<Model::Entity>());
    m_entities = entities ? *entities : QList<Model::Entity>();
    QStringList choices;
    for (const Model::Entity &e : std::as_const(m_entities))
        choices << tagText(e);
    static_cast<QStringListModel *>(m_tagInput->completer()->model())->setStringList(choices);
}

QString ItemEditor::tagText(const Model::Entity &e) const
{
    // Both languages, abbreviations first: «ОДКБ · CSTO — Организация … / Collective …».
    QStringList shortNames;
    for (const QString &n : {e.shortRu, e.shortEn})
        if (!n.isEmpty() && !shortNames.contains(n))
            shortNames << n;
    QStringList names;
    for (const QString &n : {e.nameRu, e.nameEn})
        if (!n.isEmpty() && !names.contains(n))
            names << n;
    const QString full = names.join(u" / "_s);
    return shortNames.isEmpty() ? full : shortNames.join(u" · "_s) + u" — "_s + full;
}

bool ItemEditor::addTag(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty() || m_item.id == 0)
        return false;
    QList<qint64> matches;
    for (const Model::Entity &e : std::as_const(m_entities)) {
        const QStringList names{e.nameRu, e.nameEn, e.shortRu, e.shortEn};
        if (tagText(e) == wanted
            || std::any_of(names.cbegin(), names.cend(), [&wanted](const QString &n) {
                   return !n.isEmpty() && n.compare(wanted, Qt::CaseInsensitive) == 0;
               })) {
            matches = {e.id};
            break;
        }
        if (tagText(e).contains(wanted, Qt::CaseInsensitive))
            matches << e.id;
    }
    if (matches.size() != 1) {
        setStatusText(matches.isEmpty() ? tr("No tag is called “%1”. Use New Tag… to add it.").arg(wanted)
                                        : tr("Several tags match “%1”; choose one from the list.").arg(wanted));
        return false;
    }
    if (!m_entityIds.contains(matches.constFirst()))
        m_entityIds << matches.constFirst();
    showTags();
    edited();
    return true;
}

void ItemEditor::removeTag(qint64 entityId)
{
    if (m_entityIds.removeAll(entityId) > 0) {
        showTags();
        edited();
    }
}

bool ItemEditor::newTag()
{
    if (!m_archive || m_item.id == 0)
        return false;
    const QString ru = m_dialogs.askText(this, tr("New Tag"), tr("Name in Russian:"), m_tagInput->text());
    if (ru.trimmed().isEmpty())
        return false;
    const QString en = m_dialogs.askText(this, tr("New Tag"), tr("Name in English:"), QString());
    Model::Entity entity;
    entity.kind = Model::EntityKind::Topic;
    entity.nameRu = ru.trimmed();
    entity.nameEn = en.trimmed();
    if (auto r = m_archive->entities().add(entity); !r) {
        m_dialogs.showError(this, tr("New Tag"), r.error());
        return false;
    }
    reloadEntities();
    m_entityIds << entity.id;
    m_tagInput->clear();
    showTags();
    edited();
    return true;
}

void ItemEditor::showTags()
{
    QStringList parts;
    const Language ui = QLocale().language() == QLocale::Russian ? Language::Ru : Language::En;
    for (qint64 id : std::as_const(m_entityIds)) {
        const auto e = std::find_if(m_entities.cbegin(), m_entities.cend(),
                                    [id](const Model::Entity &x) { return x.id == id; });
        if (e == m_entities.cend())
            continue;
        parts << e->label(ui).toHtmlEscaped() + u" <a href='remove:%1' style='text-decoration:none'>×</a>"_s.arg(id);
    }
    m_tags->setText(parts.isEmpty() ? u"<i>"_s + tr("none").toHtmlEscaped() + u"</i>"_s
                                    : parts.join(u" &nbsp; "_s));
}

void ItemEditor::showSourceChanges()
{
    if (!m_archive || m_item.id == 0)
        return;
    const Language target = otherLanguage(m_item.sourceLanguage);
    auto then = m_archive->items().sourceWhenTranslated(m_item.id, target);
    if (!then) {
        m_dialogs.showError(this, tr("What Changed in the Source"), then.error());
        return;
    }
    const Model::ItemText &now = m_item.text(m_item.sourceLanguage);
    const auto diff = Text::diffWords(
        Text::comparableText(then->title, then->place, then->lead, then->body),
        Text::comparableText(now.title, now.place, now.lead, now.body));
    const QString intro = tr("The %1 text as it is now, against the version the %2 translation "
                             "was made from (%3): struck-through words were removed, highlighted "
                             "ones added.")
                              .arg(App::languageName(m_item.sourceLanguage),
                                   App::languageName(target),
                                   QLocale().toString(then->savedAt.toLocalTime(), QLocale::ShortFormat));
    m_dialogs.showHtml(this, tr("What Changed in the Source"),
                       u"<p><i>"_s + intro.toHtmlEscaped() + u"</i></p><p>"_s
                           + Text::diffToHtml(diff) + u"</p>"_s);
}

void ItemEditor::showHistory()
{
    if (!m_archive || m_item.id == 0)
        return;
    auto revisions = m_archive->items().history(m_item.id, std::nullopt);
    if (!revisions) {
        m_dialogs.showError(this, tr("History"), revisions.error());
        return;
    }
    RevisionDialog dialog(*revisions, m_item.sourceLanguage, this);
    if (dialog.exec() == QDialog::Accepted)
        restoreRevision(dialog.chosen());
}

void ItemEditor::restoreRevision(const Model::Revision &revision)
{
    Pane &pane = paneOf(revision.language);
    pane.title->setText(revision.title);
    pane.place->setText(revision.place);
    pane.lead->setPlainText(revision.lead);
    pane.body->setMarkdownBody(revision.body);
    edited();
    setStatusText(tr("Version of %1 restored into the fields — save to keep it")
                      .arg(QLocale().toString(revision.savedAt.toLocalTime(), QLocale::ShortFormat)));
}

void ItemEditor::updateStates()
{
    for (Pane *pane : {&m_ru, &m_en}) {
        const bool source = pane->language == m_item.sourceLanguage;
        const Model::TranslationState state = m_item.translationState(pane->language);
        pane->state->setText(App::translationStateLabel(state));
        pane->markDone->setVisible(!source && m_item.id != 0);
        pane->sourceChanges->setVisible(!source && state == Model::TranslationState::Outdated);
        pane->markDone->setEnabled(!pane->title->text().isEmpty() || !pane->body->toPlainText().isEmpty());
    }
}

void ItemEditor::updateCounts(Pane &pane)
{
    const QString text = QStringList{pane.title->text(), pane.lead->toPlainText(),
                                     pane.body->toPlainText()}
                             .join(u'\n');
    const int words = wordCount(text);
    const int characters = int(text.size()) - int(text.count(u'\n'));
    pane.counts->setText(tr("%n word(s)", nullptr, words) + u", "_s
                         + tr("%n character(s)", nullptr, characters));
}

void ItemEditor::setStatusText(const QString &text)
{
    m_statusText->setText(text);
}

void ItemEditor::focusLanguage(Language language)
{
    Pane &pane = paneOf(language);
    (pane.title->text().isEmpty() ? static_cast<QWidget *>(pane.title)
                                  : static_cast<QWidget *>(pane.body))
        ->setFocus(Qt::ShortcutFocusReason);
}

void ItemEditor::toggleLanguageFocus()
{
    QWidget *focused = QApplication::focusWidget();
    const bool inRussian = focused
                           && (focused == m_ru.title || focused == m_ru.place
                               || focused == m_ru.lead || focused == m_ru.body);
    focusLanguage(inRussian ? Language::En : Language::Ru);
}

void ItemEditor::retranslateUi()
{
    m_loading = true;
    m_dateLabel->setText(tr("Date"));
    m_sectionLabel->setText(tr("Section"));
    m_statusLabel->setText(tr("Status"));
    m_sourceLabel->setText(tr("Written in"));
    m_tagsLabel->setText(tr("Tags"));
    m_tagInput->setPlaceholderText(tr("Add a tag: ОДКБ, CSTO, Циндао…"));
    m_newTagButton->setText(tr("New Tag…"));
    showTags();
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save the item (Ctrl+S); typing is autosaved as a draft"));
    const int section = m_section->currentData().toInt();
    const int status = m_status->currentData().toInt();
    const int source = m_source->currentData().toInt();
    m_section->clear();
    for (const QString &code : Model::sectionCodes())
        m_section->addItem(App::sectionLabel(code), int(*Model::sectionFromCode(code)));
    m_status->clear();
    for (const QString &code : Model::statusCodes())
        m_status->addItem(App::statusLabel(code), int(*Model::statusFromCode(code)));
    m_source->clear();
    for (Language language : allLanguages())
        m_source->addItem(App::languageName(language), int(language));
    m_section->setCurrentIndex(qMax(0, m_section->findData(section)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    m_source->setCurrentIndex(qMax(0, m_source->findData(source)));
    for (Pane *pane : {&m_ru, &m_en}) {
        pane->header->setText(App::languageName(pane->language));
        pane->markDone->setText(tr("Mark Translation Done"));
        pane->sourceChanges->setText(tr("What Changed in the Source…"));
        pane->titleLabel->setText(tr("Title"));
        pane->placeLabel->setText(tr("Place"));
        pane->leadLabel->setText(tr("Lead"));
        pane->bodyLabel->setText(tr("Text"));
        updateCounts(*pane);
    }
    const QList<QAction *> actions = m_formatBar->actions();
    const QStringList texts{tr("Bold"), tr("Italic"), tr("Link…"), QString(), tr("Bulleted List"),
                            tr("Numbered List"), tr("Subheading"), tr("Quote"), tr("Paragraph")};
    for (qsizetype i = 0; i < actions.size() && i < texts.size(); ++i) {
        if (!texts.at(i).isEmpty()) {
            actions.at(i)->setText(texts.at(i));
            actions.at(i)->setToolTip(texts.at(i) + u" ("_s
                                      + actions.at(i)->shortcut().toString(QKeySequence::NativeText)
                                      + u')');
        }
    }
    m_loading = false;
    updateStates();
}

void ItemEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Press::Ui

#pragma once

#include <model/entity.h>
#include <model/item.h>
#include <model/revision.h>

#include <text/spellchecker.h>

#include <QTextEdit>

#include <optional>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolBar;

namespace Press::Archive {
class Archive;
}

namespace Press::Ui {

class DialogService;

// The body of one language: rich text as press releases use it (paragraphs, bold, italic,
// links, lists, subheadings, quotes). Pasted HTML from Word or a browser arrives cleaned to that.
class BodyEdit final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyEdit)

public:
    explicit BodyEdit(QWidget *parent = nullptr);

    void setMarkdownBody(const QString &markdown);
    // The stored form (Text::documentToMarkdown of a cleaned copy).
    [[nodiscard]] QString markdownBody() const;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};

// The editor: Russian and English side by side (title, place, lead, body, translation state,
// counts), the item's date, section, status and source language above. What is typed is
// autosaved as a draft a moment after typing stops and whenever the focus moves, so a crash
// loses nothing; Save writes the item (a revision per changed language) after checking that
// nobody saved it meanwhile, and asks what to do when someone did.
class ItemEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemEditor)

public:
    ItemEditor(DialogService &dialogs, QWidget *parent = nullptr);
    ~ItemEditor() override;

    void setArchive(Archive::Archive *archive);
    // Autosaves the item being edited, then opens `itemId`, from its draft when it has one.
    bool openItem(qint64 itemId);
    // Creates an empty item (today, news, draft, Russian source) and opens it.
    bool newItem();
    // Writes the item; false when it was not saved (error shown, or the user chose to wait).
    bool save();
    // Writes the draft now if anything changed since the last one.
    void autosave();
    // Drops the edits: the draft is deleted and the stored item shown again.
    void revert();
    bool markTranslationDone();
    // Shows what changed in the source since the translation was marked done.
    void showSourceChanges();
    // The history of the item's texts; a version chosen there is put into the fields.
    void showHistory();
    // Puts one language's text from `revision` into the fields (saved like any edit).
    void restoreRevision(const Model::Revision &revision);
    // Adds the tag whose name or abbreviation in either language is `text` (or the only one
    // containing it); false when none or several match.
    bool addTag(const QString &text);
    void removeTag(qint64 entityId);
    // Asks for the Russian and English names of a new tag, creates it and adds it.
    bool newTag();
    void focusLanguage(Language language);
    void toggleLanguageFocus();

    [[nodiscard]] qint64 itemId() const { return m_item.id; }
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] bool hasUnsavedDraft() const { return m_draftSaved || isModified(); }
    [[nodiscard]] Model::Item editedItem() const;
    void setAutosaveDelay(int ms);
    [[nodiscard]] QToolBar *formatBar() const { return m_formatBar; }

signals:
    void itemSaved(qint64 itemId);
    void itemOpened(qint64 itemId);
    void draftSaved(qint64 itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Pane
    {
        Language language;
        QLabel *header = nullptr;
        QLabel *state = nullptr;
        QPushButton *markDone = nullptr;
        QPushButton *sourceChanges = nullptr;
        QLineEdit *title = nullptr;
        QLineEdit *place = nullptr;
        QPlainTextEdit *lead = nullptr;
        BodyEdit *body = nullptr;
        QLabel *counts = nullptr;
        QLabel *titleLabel = nullptr;
        QLabel *placeLabel = nullptr;
        QLabel *leadLabel = nullptr;
        QLabel *bodyLabel = nullptr;
    };

    QWidget *createPane(Pane &pane);
    void createFormatBar();
    void retranslateUi();
    void show(const Model::Item &item);
    void edited();
    void updateStates();
    void updateCounts(Pane &pane);
    void setStatusText(const QString &text);
    [[nodiscard]] Pane &paneOf(Language language) { return language == Language::Ru ? m_ru : m_en; }
    [[nodiscard]] BodyEdit *currentBody() const;
    void applyBlockStyle(int headingLevel, bool quote);
    void toggleList(bool numbered);
    void enableSpellChecking(Pane &pane);
    void reloadEntities();
    void showTags();
    [[nodiscard]] QString tagText(const Model::Entity &entity) const;

    DialogService &m_dialogs;
    Archive::Archive *m_archive = nullptr;
    Model::Item m_item;   // as stored (or as the draft was based on)
    Model::Item m_shown;  // what the fields held after the last load/save/draft
    // Each body as loaded and as the editor writes it back: an untouched body is kept verbatim.
    QString m_loadedBody[2];
    QString m_normalizedBody[2];
    bool m_loading = false;
    bool m_draftSaved = false; // a draft holds edits not yet saved to the item
    Pane m_ru{Language::Ru};
    Pane m_en{Language::En};
    QDateEdit *m_date = nullptr;
    QComboBox *m_section = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_source = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_sectionLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_statusText = nullptr;
    QPushButton *m_saveButton = nullptr;
    QToolBar *m_formatBar = nullptr;
    QTimer *m_autosave = nullptr;
    BodyEdit *m_lastBody = nullptr;
    std::optional<Text::SpellChecker> m_spellRu;
    std::optional<Text::SpellChecker> m_spellEn;
    QString m_spellProblem; // why a language is not checked (dictionary missing)
    QList<Model::Entity> m_entities; // every tag of the archive, for completion
    QList<qint64> m_entityIds;       // the item's tags as edited
    QLabel *m_tagsLabel = nullptr;
    QLabel *m_tags = nullptr;
    QLineEdit *m_tagInput = nullptr;
    QPushButton *m_newTagButton = nullptr;
};

} // namespace Press::Ui

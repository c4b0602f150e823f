#include "spellhighlighter.h"

#include <text/spellchecker.h>
#include <text/stemmer.h>

#include <QAction>
#include <QMenu>
#include <QTextBlock>
#include <QTextCursor>

namespace Press::Ui {
namespace {

// The word around `position` in `text` as [start, end), or an empty range.
std::pair<int, int> wordAt(const QString &text, int position)
{
    for (const auto &[start, length] : Text::wordRanges(text)) {
        if (position >= start && position <= start + length)
            return {start, start + length};
    }
    return {0, 0};
}

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document, const Text::SpellChecker &checker)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{}

void SpellHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat misspelled;
    misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    misspelled.setUnderlineColor(Qt::red);
    for (const auto &[start, length] : Text::wordRanges(text)) {
        if (!m_checker.isCorrect(text.mid(start, length)))
            setFormat(start, length, misspelled);
    }
}

void SpellHighlighter::addSuggestions(QMenu *menu, const QTextCursor &cursor,
                                      const Text::SpellChecker &checker)
{
    const QString text = cursor.block().text();
    const auto [start, end] = wordAt(text, cursor.positionInBlock());
    if (start == end)
        return;
    const QString word = text.mid(start, end - start);
    if (checker.isCorrect(word))
        return;
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = checker.suggestions(word);
    if (suggestions.isEmpty()) {
        QAction *none = new QAction(tr("No suggestions for “%1”").arg(word), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    for (const QString &suggestion : suggestions) {
        QAction *action = new QAction(suggestion, menu);
        QTextCursor replace = cursor;
        const int blockStart = cursor.block().position();
        QObject::connect(action, &QAction::triggered, menu, [replace, blockStart, start, end, suggestion]() mutable {
            replace.setPosition(blockStart + start);
            replace.setPosition(blockStart + end, QTextCursor::KeepAnchor);
            replace.insertText(suggestion);
        });
        menu->insertAction(first, action);
    }
    menu->insertSeparator(first);
}

} // namespace Press::Ui

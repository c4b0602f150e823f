#pragma once

#include <QSyntaxHighlighter>

class QMenu;
class QTextCursor;

namespace Press::Text {
class SpellChecker;
}

namespace Press::Ui {

// Underlines (red wavy) the words of one document its language's dictionary does not know,
// as the user types. The checker belongs to the editor and outlives the highlighter.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellHighlighter)

public:
    SpellHighlighter(QTextDocument *document, const Text::SpellChecker &checker);

    // Puts the suggestions for the misspelled word at `cursor` (if it is one) at the top of
    // `menu`; choosing one replaces the word.
    static void addSuggestions(QMenu *menu, const QTextCursor &cursor,
                               const Text::SpellChecker &checker);

protected:
    void highlightBlock(const QString &text) override;

private:
    const Text::SpellChecker &m_checker;
};

} // namespace Press::Ui

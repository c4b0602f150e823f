#pragma once

#include <model/entity.h>
#include <model/item.h>
#include <model/publishing.h>
#include <model/photo.h>
#include <search/highlighter.h>

#include <QTextBrowser>

#include <functional>
#include <optional>

namespace Press::Ui {

class ThumbnailLoader;

// Read-only view of one item: Russian and English side by side (title, place, lead, body), each
// with its translation state, then the photos with captions and credit, and the item's tags.
// Thumbnails arrive from the ThumbnailLoader and are filled in when ready.
class ItemPreview final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemPreview)

public:
    explicit ItemPreview(ThumbnailLoader &thumbnails, QWidget *parent = nullptr);

    struct Content
    {
        Model::Item item;
        QList<Model::Photo> photos;
        QList<Model::Entity> entities;
        std::function<QString(const QString &)> originalPath; // sha256 -> file in media/
        // Where the item is on the websites: the target's name and language, and its post.
        struct Post
        {
            QString target;
            Language language = Language::Ru;
            Model::RemotePost post;
        };
        QList<Post> posts;
    };

    // Shows the item; `highlight`: marks the words these search terms match (any form).
    void showItem(const Content &content, const QList<Search::TextTerm> &highlight = {});
    void showPlaceholder(const QString &message);
    // How many words are marked now (for tests and the status line).
    [[nodiscard]] int highlightCount() const { return m_highlightCount; }
    [[nodiscard]] qint64 itemId() const { return m_content ? m_content->item.id : 0; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    [[nodiscard]] QString languageColumn(Language language) const;
    [[nodiscard]] QString photoBlock() const;

    ThumbnailLoader &m_thumbnails;
    std::optional<Content> m_content;
    void applyHighlights();

    QString m_placeholder;
    std::optional<Search::TermMatcher> m_matcher;
    int m_highlightCount = 0;
};

} // namespace Press::Ui

#pragma once

#include <model/photo.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Press::Archive {
class Archive;
}

namespace Press::Ui {

class DialogService;

// One photo of the library: its thumbnail, Russian and English caption and credit (editable;
// saved with Save, or on their own when another photo is chosen, so no word is lost), what the
// camera recorded, and the items that use it (double-click opens the item).
class PhotoPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoPanel)

public:
    PhotoPanel(DialogService &dialogs, QWidget *parent = nullptr);

    void setArchive(Archive::Archive *archive);
    // Saves pending edits of the photo shown, then shows `photoId` (0: none).
    void showPhoto(qint64 photoId);
    void setThumbnail(const QImage &image);
    [[nodiscard]] qint64 photoId() const { return m_photo.id; }
    [[nodiscard]] bool isModified() const;
    // Writes the edited captions and credit; false (with a message shown) when that failed.
    bool save();

signals:
    void photoSaved(qint64 photoId);
    void itemActivated(qint64 itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showFacts();

    DialogService &m_dialogs;
    Archive::Archive *m_archive = nullptr;
    Model::Photo m_photo;
    QLabel *m_image = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_captionRuLabel = nullptr;
    QLabel *m_captionEnLabel = nullptr;
    QLabel *m_creditLabel = nullptr;
    QPlainTextEdit *m_captionRu = nullptr;
    QPlainTextEdit *m_captionEn = nullptr;
    QLineEdit *m_credit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_usedInLabel = nullptr;
    QListWidget *m_usedIn = nullptr;
};

} // namespace Press::Ui

#pragma once

#include <model/publishing.h>

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Press::Ui {

// What the Publish dialog is asked about: the item's title, the targets, and for each whether
// the item has text in its language and a post there already.
struct PublishSetup
{
    QString itemTitle;
    struct Target
    {
        Model::PublishTarget target;
        bool hasText = false;      // the item has a title in the target's language
        qint64 remoteId = 0;       // its post there, if any
        QString status;            // the post's status on the site
    };
    QList<Target> targets;
};

struct PublishChoice
{
    QList<qint64> targetIds;
    Model::PublishAction action = Model::PublishAction::Publish;
    QString postStatus = QStringLiteral("publish"); // publish | draft | future
    QDateTime scheduledAt;                          // for "future"
};

// Item → Publish to the Website…: which languages (targets), and what to do: publish now, as a
// draft, at a later time (WordPress's "future"), or — for a post already there — take it back to
// draft or into the site's trash. A target without text in its language cannot be chosen, and
// says why.
class PublishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    explicit PublishDialog(const PublishSetup &setup, QWidget *parent = nullptr);

    [[nodiscard]] PublishChoice choice() const;

private:
    void update();

    PublishSetup m_setup;
    QList<QCheckBox *> m_targets;
    QRadioButton *m_now = nullptr;
    QRadioButton *m_draft = nullptr;
    QRadioButton *m_later = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QRadioButton *m_withdraw = nullptr;
    QRadioButton *m_trash = nullptr;
    QPushButton *m_ok = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Press::Ui

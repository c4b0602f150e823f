#include "publishqueueview.h"

#include "dialogservice.h"
#include "publishworker.h"

#include <archive/archive.h>
#include <common/errormessages.h>
#include <publish/keychain.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Press::Ui {

namespace {
constexpr int kShownJobs = 200;
enum Column { JobColumn, ItemColumn, TargetColumn, ActionColumn, StateColumn, AttemptsColumn,
              NextColumn, MessageColumn, PostColumn, ColumnCount };
}

PublishQueueView::PublishQueueView(DialogService &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
{
    setObjectName(u"publishQueue"_s);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"publishQueueTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary = new QLabel(this);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(u"publishRetry"_s);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"publishCancel"_s);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        for (qint64 id : selectedJobs())
            (void)m_archive->publishing().retryJob(id);
        reload();
        if (m_worker)
            QMetaObject::invokeMethod(m_worker, &PublishWorker::wake);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (qint64 id : selectedJobs())
            (void)m_archive->publishing().cancelJob(id);
        reload();
    });
    m_overwrite = new QPushButton(this);
    m_overwrite->setObjectName(u"publishOverwrite"_s);
    connect(m_overwrite, &QPushButton::clicked, this, &PublishQueueView::overwriteConflicts);
    m_takeWebsite = new QPushButton(this);
    m_takeWebsite->setObjectName(u"publishTakeWebsite"_s);
    connect(m_takeWebsite, &QPushButton::clicked, this, &PublishQueueView::takeWebsiteVersions);
    m_stopPull = new QPushButton(this);
    m_stopPull->setObjectName(u"stopPull"_s);
    m_stopPull->hide();
    connect(m_stopPull, &QPushButton::clicked, this, [this] {
        if (m_worker)
            QMetaObject::invokeMethod(m_worker, &PublishWorker::cancelPull);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PublishQueueView::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_stopPull);
    buttons->addWidget(m_overwrite);
    buttons->addWidget(m_takeWebsite);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    retranslateUi();
    updateButtons();
}

PublishQueueView::~PublishQueueView()
{
    stopWorker();
}

void PublishQueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PublishQueueView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Job"), tr("Item"), tr("Target"), tr("Action"), tr("State"),
                                        tr("Attempts"), tr("Next Try"), tr("Message"), tr("Post")});
    m_retry->setText(tr("&Retry"));
    m_cancel->setText(tr("&Cancel Job"));
    m_stopPull->setText(tr("&Stop Reading"));
    m_overwrite->setText(tr("&Overwrite the Website's Version"));
    m_overwrite->setToolTip(tr("The post was changed on the website since it was published from here. "
                               "Publish the archive's text over it."));
    m_takeWebsite->setText(tr("&Take the Website's Version"));
    m_takeWebsite->setToolTip(tr("Bring the post as changed on the website into the archive. The archive's "
                                 "text stays in the item's history."));
    if (m_archive)
        reload();
}

void PublishQueueView::setArchive(Archive::Archive *archive)
{
    stopWorker();
    m_archive = archive;
    reload();
    if (m_archive)
        startWorker();
}

void PublishQueueView::startWorker()
{
    // The keychain is read here, on the GUI thread where QtKeychain's jobs belong, without
    // waiting: the worker starts when the answer is in.
    auto targets = m_archive->publishing().targets();
    const QList<Model::PublishTarget> list = targets ? *targets : QList<Model::PublishTarget>{};
    const quint64 generation = ++m_startGeneration;
    const QPointer<PublishQueueView> self(this);
    Publish::Keychain::readAll(list, [self, generation](Publish::Keychain::Passwords passwords) {
        if (!self || self->m_startGeneration != generation || !self->m_archive || self->m_thread)
            return;
        self->m_thread = new QThread(self);
        self->m_thread->setObjectName(u"publishing"_s);
        self->m_worker = new PublishWorker(self->m_archive->path(), std::move(passwords));
        self->m_worker->moveToThread(self->m_thread);
        PublishQueueView *view = self;
        connect(view->m_thread, &QThread::started, view->m_worker, &PublishWorker::start);
        connect(view->m_thread, &QThread::finished, view->m_worker, &QObject::deleteLater);
        connect(view->m_worker, &PublishWorker::jobChanged, view, [view](qint64 id) {
            view->reload();
            emit view->jobChanged(id);
        });
        connect(view->m_worker, &PublishWorker::failed, view,
                [view](const Error &error) { view->m_dialogs.showError(view, tr("Publishing"), error); });
        connect(view->m_worker, &PublishWorker::pullProgressed, view,
                [view](const QString &step) { view->m_summary->setText(tr("Reading the website: %1").arg(step)); });
        connect(view->m_worker, &PublishWorker::pulled, view,
                [view](const QList<qint64> &items, int created, int updated, const Error &error) {
                    view->m_pulls = std::max(0, view->m_pulls - 1);
                    view->m_stopPull->setVisible(view->m_pulls > 0);
                    const bool ok = error.code == ErrorCode::Unknown && error.detail.isEmpty();
                    const bool stopped = error.code == ErrorCode::Cancelled;
                    if (ok) {
                        for (qint64 id : std::as_const(view->m_conflictJobsPulled))
                            (void)view->m_archive->publishing().cancelJob(id);
                    }
                    view->m_conflictJobsPulled.clear();
                    view->reload();
                    if (!items.isEmpty())
                        emit view->itemsChanged(items);
                    const QString summary =
                        tr("From the website: %n new item(s)", nullptr, created) + u", "_s
                        + tr("%n updated (the earlier text is in each item's history)", nullptr, updated);
                    if (ok || stopped)
                        view->m_summary->setText(stopped ? tr("Stopped reading the website; what was read is kept. %1")
                                                               .arg(summary)
                                                         : summary);
                    else
                        view->m_dialogs.showError(view, tr("Reading the Website"), error);
                    emit view->pullFinished(summary, error);
                });
        view->m_thread->start();
        emit view->ready();
    });
}

void PublishQueueView::restartWorker()
{
    stopWorker();
    if (m_archive)
        startWorker();
}

QList<Model::PublishJob> PublishQueueView::selectedConflicts() const
{
    QList<Model::PublishJob> conflicts;
    if (!m_archive)
        return conflicts;
    for (qint64 id : selectedJobs()) {
        auto job = m_archive->publishing().job(id);
        if (job && job->state == Model::JobState::Failed && job->errorCode == errorCodeName(ErrorCode::Conflict))
            conflicts << *job;
    }
    return conflicts;
}

void PublishQueueView::updateButtons()
{
    const bool conflicts = !selectedConflicts().isEmpty();
    m_overwrite->setEnabled(conflicts);
    m_takeWebsite->setEnabled(conflicts && m_worker);
}

void PublishQueueView::overwriteConflicts()
{
    for (const Model::PublishJob &conflict : selectedConflicts()) {
        Model::PublishJob job;
        job.itemId = conflict.itemId;
        job.targetId = conflict.targetId;
        job.postStatus = conflict.postStatus;
        job.scheduledAt = conflict.scheduledAt;
        job.overwrite = true;
        if (auto r = m_archive->publishing().enqueue(job); !r) {
            m_dialogs.showError(this, tr("Publish"), r.error());
            break;
        }
    }
    reload();
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &PublishWorker::wake);
}

void PublishQueueView::takeWebsiteVersions()
{
    // One pull per target, of the conflicting posts.
    QMap<qint64, QList<qint64>> postsByTarget;
    for (const Model::PublishJob &conflict : selectedConflicts()) {
        auto post = m_archive->publishing().remotePost(conflict.itemId, conflict.targetId);
        if (post && *post && (*post)->remoteId > 0) {
            postsByTarget[conflict.targetId] << (*post)->remoteId;
            m_conflictJobsPulled << conflict.id;
        }
    }
    for (auto it = postsByTarget.cbegin(); it != postsByTarget.cend(); ++it)
        pull(it.key(), it.value());
}

void PublishQueueView::pull(qint64 targetId, const QList<qint64> &postIds)
{
    if (!m_worker)
        return;
    m_summary->setText(tr("Reading the website…"));
    ++m_pulls;
    m_stopPull->show();
    QMetaObject::invokeMethod(m_worker, "pull", Q_ARG(qint64, targetId), Q_ARG(QList<qint64>, postIds));
}

void PublishQueueView::stopWorker()
{
    ++m_startGeneration;
    m_pulls = 0;
    m_stopPull->hide();
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &PublishWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

std::optional<PublishSetup> PublishQueueView::publishSetup(qint64 itemId)
{
    if (!m_archive)
        return std::nullopt;
    auto item = m_archive->items().load(itemId);
    auto targets = m_archive->publishing().targets();
    if (!item || !targets) {
        m_dialogs.showError(this, tr("Publish"), !item ? item.error() : targets.error());
        return std::nullopt;
    }
    if (targets->isEmpty()) {
        m_dialogs.showError(this, tr("Publish"),
                            makeError(ErrorCode::NotFound,
                                      u"no publishing target; add one in Archive → Publishing Targets… "
                                      "(or pressdesk-cli add-target)"_s));
        return std::nullopt;
    }
    PublishSetup setup;
    setup.itemTitle = item->displayTitle(Language::Ru);
    for (const Model::PublishTarget &t : std::as_const(*targets)) {
        PublishSetup::Target entry{t, !item->text(t.language).title.trimmed().isEmpty(), 0, {}};
        if (auto post = m_archive->publishing().remotePost(itemId, t.id); post && *post) {
            entry.remoteId = (*post)->remoteId;
            entry.status = (*post)->status;
        }
        setup.targets << entry;
    }
    return setup;
}

bool PublishQueueView::publishItem(qint64 itemId, const PublishChoice &choice)
{
    QList<qint64> targetIds = choice.targetIds;
    if (targetIds.isEmpty()) {
        const auto setup = publishSetup(itemId);
        if (!setup)
            return false;
        for (const PublishSetup::Target &t : setup->targets)
            targetIds << t.target.id;
    }
    for (qint64 targetId : std::as_const(targetIds)) {
        Model::PublishJob job;
        job.itemId = itemId;
        job.targetId = targetId;
        job.action = choice.action;
        job.postStatus = choice.postStatus;
        job.scheduledAt = choice.scheduledAt;
        if (auto r = m_archive->publishing().enqueue(job); !r) {
            m_dialogs.showError(this, tr("Publish"), r.error());
            return false;
        }
    }
    reload();
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &PublishWorker::wake);
    return true;
}

QList<qint64> PublishQueueView::selectedJobs() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << m_table->item(row.row(), JobColumn)->data(Qt::UserRole).toLongLong();
    return ids;
}

void PublishQueueView::reload()
{
    if (!m_archive) {
        m_table->setRowCount(0);
        return;
    }
    // The newest jobs only: a reload reads a few rows per job, and the history only grows.
    auto jobs = m_archive->publishing().jobs(false, kShownJobs);
    if (!jobs)
        return;
    const QList<qint64> selected = selectedJobs();
    m_table->setRowCount(int(jobs->size()));
    int unfinished = 0;
    for (int row = 0; row < jobs->size(); ++row) {
        const Model::PublishJob &j = jobs->at(row);
        unfinished += !j.isFinished();
        const auto item = m_archive->items().load(j.itemId);
        const auto target = m_archive->publishing().target(j.targetId);
        const auto post = m_archive->publishing().remotePost(j.itemId, j.targetId);
        QString state;
        switch (j.state) {
        case Model::JobState::Queued: state = tr("Queued"); break;
        case Model::JobState::Running: state = j.progress.isEmpty() ? tr("Sending") : tr("Sending: %1").arg(j.progress); break;
        case Model::JobState::Retrying: state = tr("Will retry"); break;
        case Model::JobState::Done: state = tr("Done"); break;
        case Model::JobState::Failed:
            state = j.errorCode == errorCodeName(ErrorCode::Conflict) ? tr("Changed on the website") : tr("Failed");
            break;
        case Model::JobState::Cancelled: state = tr("Cancelled"); break;
        }
        QString action;
        switch (j.action) {
        case Model::PublishAction::Publish: action = tr("Publish"); break;
        case Model::PublishAction::Withdraw: action = tr("Withdraw"); break;
        case Model::PublishAction::Trash: action = tr("Trash"); break;
        }
        const QString url = post && *post ? (*post)->url : QString();
        const bool conflict = j.state == Model::JobState::Failed && j.errorCode == errorCodeName(ErrorCode::Conflict);
        const QStringList cells{
            QString::number(j.id),
            item ? item->displayTitle(target ? target->language : Language::Ru) : QString(),
            target ? target->name : QString(),
            action,
            state,
            QString::number(j.attempts),
            j.nextAttemptAt.isValid() ? j.nextAttemptAt.toLocalTime().toString(u"HH:mm:ss"_s) : QString(),
            conflict ? tr("Changed on the website after it was published from here: overwrite it, or take "
                          "the website's version into the archive.")
                     : j.lastError,
            QString()}; // the post's link is a label of its own
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column == JobColumn)
                cell->setData(Qt::UserRole, j.id);
            if (column == MessageColumn || column == ItemColumn)
                cell->setToolTip(column == MessageColumn && conflict ? cells.at(column) + u"\n"_s + j.lastError
                                                                     : cells.at(column));
            m_table->setItem(row, column, cell);
        }
        if (!url.isEmpty()) {
            auto *link = new QLabel(u"<a href=\"%1\">%2</a>"_s.arg(
                url.toHtmlEscaped(), tr("Open post %1").arg((*post)->remoteId).toHtmlEscaped()));
            link->setOpenExternalLinks(true);
            link->setToolTip(url);
            link->setObjectName(u"postLink"_s);
            m_table->setCellWidget(row, PostColumn, link);
        } else {
            m_table->removeCellWidget(row, PostColumn);
        }
        if (selected.contains(j.id))
            m_table->selectRow(row);
    }
    m_summary->setText(tr("%n job(s) waiting or running", nullptr, unfinished));
    m_table->resizeColumnsToContents();
    // Long titles and messages are elided (whole in the tooltip) so that the post's link shows.
    for (int column : {int(ItemColumn), int(MessageColumn)})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));
    updateButtons();
}

} // namespace Press::Ui

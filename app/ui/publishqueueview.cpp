#include "publishqueueview.h"

#include "dialogservice.h"
#include "publishworker.h"

#include <archive/archive.h>
#include <common/errormessages.h>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    retranslateUi();
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
    m_thread = new QThread(this);
    m_thread->setObjectName(u"publishing"_s);
    m_worker = new PublishWorker(m_archive->path());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &PublishWorker::start);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PublishWorker::jobChanged, this, [this](qint64 id) {
        reload();
        emit jobChanged(id);
    });
    connect(m_worker, &PublishWorker::failed, this,
            [this](const Error &error) { m_dialogs.showError(this, tr("Publishing"), error); });
    m_thread->start();
}

void PublishQueueView::stopWorker()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &PublishWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

bool PublishQueueView::publishItem(qint64 itemId)
{
    if (!m_archive)
        return false;
    auto targets = m_archive->publishing().targets();
    if (!targets) {
        m_dialogs.showError(this, tr("Publish"), targets.error());
        return false;
    }
    if (targets->isEmpty()) {
        m_dialogs.showError(this, tr("Publish"),
                            makeError(ErrorCode::NotFound,
                                      u"no publishing target; add one with pressdesk-cli add-target"_s));
        return false;
    }
    for (const Model::PublishTarget &t : *targets) {
        Model::PublishJob job;
        job.itemId = itemId;
        job.targetId = t.id;
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
        case Model::JobState::Failed: state = tr("Failed"); break;
        case Model::JobState::Cancelled: state = tr("Cancelled"); break;
        }
        QString action;
        switch (j.action) {
        case Model::PublishAction::Publish: action = tr("Publish"); break;
        case Model::PublishAction::Withdraw: action = tr("Withdraw"); break;
        case Model::PublishAction::Trash: action = tr("Trash"); break;
        }
        const QString url = post && *post ? (*post)->url : QString();
        const QStringList cells{
            QString::number(j.id),
            item ? item->displayTitle(target ? target->language : Language::Ru) : QString(),
            target ? target->name : QString(),
            action,
            state,
            QString::number(j.attempts),
            j.nextAttemptAt.isValid() ? j.nextAttemptAt.toLocalTime().toString(u"HH:mm:ss"_s) : QString(),
            j.lastError,
            QString()}; // the post's link is a label of its own
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column == JobColumn)
                cell->setData(Qt::UserRole, j.id);
            if (column == MessageColumn || column == ItemColumn)
                cell->setToolTip(cells.at(column));
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
}

} // namespace Press::Ui

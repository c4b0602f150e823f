#pragma once

#include <core/error.h>
#include <model/publishing.h>

#include <QObject>

namespace Press::Publish {

// One website's upload API. An adapter runs one job at a time for its target — photos first,
// then the post, then records what the site holds in the archive — and reports each step and
// the end. The WordPress REST adapter is the first; an organisation's own upload API is one more
// subclass. Thread: the thread it was made on, which must run an event loop.
class Publisher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Publisher)

public:
    using QObject::QObject;

    // Starts the job; finished() follows exactly once (also after abort()).
    virtual void run(const Model::PublishJob &job) = 0;
    virtual void abort() = 0;

signals:
    // "photo 2 of 5", "post" … for the queue view.
    void progressed(const QString &step);
    // No error (code Unknown, empty detail) when the job is done.
    void finished(const Press::Error &error);
};

[[nodiscard]] inline bool isSuccess(const Error &error)
{
    return error.code == ErrorCode::Unknown && error.detail.isEmpty();
}

} // namespace Press::Publish

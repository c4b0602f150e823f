#include "pdfexportworker.h"

#include <archive/archive.h>
#include <export/pdfsource.h>
#include <search/query.h>
#include <search/searcher.h>

#include <QPainter>

using namespace Qt::StringLiterals;

namespace Press::Ui {

PdfExportWorker::PdfExportWorker(QString archivePath, PdfExportRequest request, QString output,
                                 QObject *parent)
    : QObject(parent)
    , m_archivePath(std::move(archivePath))
    , m_request(std::move(request))
    , m_output(std::move(output))
{
    qRegisterMetaType<Press::Ui::PdfPreview>();
    qRegisterMetaType<Press::Ui::PdfExportWorker::Stage>();
    qRegisterMetaType<Press::Error>();
}

void PdfExportWorker::run()
{
    const auto progress = [this](Export::PdfStage stage, int done, int total) {
        emit progressed(static_cast<Stage>(stage), done, total);
    };
    if (!m_document) {
        auto archive = Archive::Archive::open(m_archivePath);
        if (!archive) {
            emit failed(archive.error());
            return;
        }
        QList<qint64> ids = m_request.itemIds;
        if (m_request.allItems) {
            auto all = (*archive)->items().ids();
            if (!all) {
                emit failed(all.error());
                return;
            }
            ids = *all;
        } else if (!m_request.query.isEmpty()) {
            auto parsed = Search::parseQuery(m_request.query);
            const auto *query = std::get_if<Search::Query>(&parsed);
            if (!query) {
                emit failed(makeError(ErrorCode::InvalidArgument, u"the search is not valid"_s));
                return;
            }
            auto found = Search::Searcher((*archive)->connection()).matchingIds(*query);
            if (!found) {
                emit failed(found.error());
                return;
            }
            ids = *found;
        }
        if (ids.isEmpty()) {
            emit failed(makeError(ErrorCode::InvalidArgument, u"nothing to export"_s));
            return;
        }
        auto organisation = Export::loadOrganisation(**archive);
        if (!organisation) {
            emit failed(organisation.error());
            return;
        }
        Export::PdfOptions options = m_request.options;
        options.organisation = *organisation;
        auto entries = Export::collectEntries(**archive, ids, progress, &m_cancel);
        if (!entries) {
            emit failed(entries.error());
            return;
        }
        auto document = Export::PdfDocument::build(*entries, options, progress, &m_cancel);
        if (!document) {
            emit failed(document.error());
            return;
        }
        m_document = std::move(*document);
    }
    if (m_output.isEmpty()) {
        PdfPreview preview;
        preview.pageCount = m_document->pageCount();
        preview.title = m_document->title();
        preview.layout = m_document->pageLayout();
        for (int i = 0; i < std::min(preview.pageCount, kPreviewPages); ++i) {
            QPicture page;
            QPainter painter(&page);
            m_document->paintPage(painter, i);
            painter.end();
            preview.pages << page;
        }
        emit previewReady(preview);
        return;
    }
    save(m_output);
}

void PdfExportWorker::save(const QString &path)
{
    if (!m_document) {
        emit failed(makeError(ErrorCode::InvalidArgument, u"nothing to save"_s));
        return;
    }
    m_cancel = false;
    const auto progress = [this](Export::PdfStage stage, int done, int total) {
        emit progressed(static_cast<Stage>(stage), done, total);
    };
    auto result = m_document->writeFile(path, progress, &m_cancel);
    const int pages = m_document->pageCount();
    m_document.reset();
    if (!result) {
        emit failed(result.error());
        return;
    }
    emit written(path, pages);
}

void PdfExportWorker::discard()
{
    m_document.reset();
    emit discarded();
}

} // namespace Press::Ui

#pragma once

#include <QMimeData>
#include <QStringList>
#include <QUrl>

namespace Press::Ui {

// The local files and folders a drag from a file manager carries (others are ignored).
[[nodiscard]] inline QStringList droppedFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace Press::Ui

#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// What the benchmarks share: memory figures and distinct test files.
namespace Press::Bench {

// The process's peak resident memory (VmHWM) in KiB, or -1.
inline long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

// The same JPEG made a distinct file (its own SHA-256) by a comment segment after SOI.
inline QByteArray distinctJpeg(const QByteArray &jpeg, int index)
{
    const QByteArray text = "PressDesk benchmark file " + QByteArray::number(index);
    QByteArray segment("\xFF\xFE", 2);
    segment.append(char((text.size() + 2) >> 8)).append(char((text.size() + 2) & 0xFF)).append(text);
    return jpeg.left(2) + segment + jpeg.mid(2);
}

} // namespace Press::Bench

#pragma once

#include <archive/archive.h>
#include <core/result.h>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Fails the test with the error's code and detail when `result` holds an error.
#define PRESS_VERIFY_RESULT(result) \
    do { \
        const auto &press_r_ = (result); \
        QVERIFY2(bool(press_r_), \
                 qPrintable(press_r_ ? QString() \
                                     : Press::errorCodeName(press_r_.error().code) + u": " \
                                           + press_r_.error().detail)); \
    } while (false)

namespace Press::Test {

// What every test's initTestCase() does: test-mode standard paths, fixed names, English locale.
void initTestEnvironment();

// A unique connection-independent name for temporary things, from the current test and tag.
[[nodiscard]] QString currentTestName();

// The SHA-256 of a file's bytes (to prove a file was not modified).
[[nodiscard]] QByteArray fileHash(const QString &path);

// A new empty archive in `dir`, failing the test if it cannot be made.
[[nodiscard]] std::unique_ptr<Archive::Archive> createArchive(const QString &dir);

// A fresh, empty archive in a temporary folder of its own, for a test's init(). The archive is
// closed before the folder is removed (member order). `archive` is null if creation failed (the
// test has then already been failed).
struct TempArchive
{
    TempArchive();
    [[nodiscard]] QString filePath(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    std::unique_ptr<Archive::Archive> archive;
};

// A bilingual item with the given titles and bodies; other fields get plausible values.
[[nodiscard]] Model::Item makeItem(const QString &titleRu, const QString &titleEn,
                                   const QString &bodyRu = {}, const QString &bodyEn = {});

// Writes a small real JPEG (w×h, colour from seed) and returns its path.
[[nodiscard]] QString writeJpeg(const QString &path, int width, int height, int seed);

} // namespace Press::Test

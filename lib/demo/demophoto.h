#pragma once

#include <QByteArray>
#include <QString>

namespace Press::Demo {

// Paints a small "photo" for the demo archive: a stylised scene (sky, hall or field, a table
// with flags, figures) whose colours and layout follow `seed`. Shapes only, no text, so it runs
// under a plain QCoreApplication (no font database). Returns JPEG bytes.
[[nodiscard]] QByteArray paintDemoPhoto(const QString &scene, int seed, int width = 960,
                                        int height = 640);

} // namespace Press::Demo

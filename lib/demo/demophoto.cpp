#include "demophoto.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Press::Demo {
namespace {

void paintFigure(QPainter &p, QRandomGenerator &rng, qreal x, qreal baseY, qreal scale)
{
    const QColor suit = QColor::fromHsv(int(rng.bounded(200, 240)), int(rng.bounded(20, 80)),
                                        int(rng.bounded(30, 80)));
    p.setPen(Qt::NoPen);
    p.setBrush(suit);
    QPainterPath body;
    body.addRoundedRect(QRectF(x - 22 * scale, baseY - 95 * scale, 44 * scale, 95 * scale),
                        14 * scale, 14 * scale);
    p.drawPath(body);
    p.setBrush(QColor::fromHsv(25, int(rng.bounded(60, 120)), int(rng.bounded(170, 230))));
    p.drawEllipse(QPointF(x, baseY - 112 * scale), 15 * scale, 18 * scale);
}

void paintFlag(QPainter &p, QRandomGenerator &rng, qreal x, qreal y)
{
    p.setPen(QPen(QColor(90, 90, 90), 2));
    p.drawLine(QPointF(x, y), QPointF(x, y + 60));
    p.setPen(Qt::NoPen);
    const int stripes = 3;
    for (int i = 0; i < stripes; ++i) {
        p.setBrush(QColor::fromHsv(int(rng.bounded(360)), int(rng.bounded(120, 255)),
                                   int(rng.bounded(150, 255))));
        p.drawRect(QRectF(x + 1, y + i * 10, 34, 10));
    }
}

} // namespace

QByteArray paintDemoPhoto(const QString &scene, int seed, int width, int height)
{
    QRandomGenerator rng(quint32(seed) * 2654435761u + 17);
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const int hue = int(rng.bounded(360));
    const bool outdoor = scene == u"outdoor" || scene == u"exercise";

    QLinearGradient sky(0, 0, 0, height);
    if (outdoor) {
        sky.setColorAt(0, QColor::fromHsv(205, 120, 235));
        sky.setColorAt(0.55, QColor::fromHsv(200, 40, 250));
        sky.setColorAt(0.56, QColor::fromHsv(scene == u"exercise" ? 45 : 100, 110, 150));
        sky.setColorAt(1, QColor::fromHsv(scene == u"exercise" ? 40 : 95, 140, 100));
    } else {
        sky.setColorAt(0, QColor::fromHsv(hue, 40, 120));
        sky.setColorAt(0.6, QColor::fromHsv(hue, 30, 190));
        sky.setColorAt(0.61, QColor::fromHsv((hue + 20) % 360, 70, 110));
        sky.setColorAt(1, QColor::fromHsv((hue + 20) % 360, 80, 70));
    }
    p.fillRect(image.rect(), sky);

    if (outdoor) {
        // Distant hills and, for exercises, vehicles.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor::fromHsv(120, 60, 110));
        QPainterPath hills;
        hills.moveTo(0, height * 0.56);
        for (int x = 0; x <= width; x += width / 8)
            hills.lineTo(x, height * (0.45 + rng.generateDouble() * 0.1));
        hills.lineTo(width, height * 0.56);
        hills.closeSubpath();
        p.drawPath(hills);
        const int vehicles = scene == u"exercise" ? 4 : 0;
        for (int i = 0; i < vehicles; ++i) {
            const qreal x = width * (0.1 + 0.22 * i) + rng.bounded(30);
            const qreal y = height * (0.65 + rng.generateDouble() * 0.15);
            p.setBrush(QColor(80, 95, 60));
            p.drawRoundedRect(QRectF(x, y, 120, 40), 8, 8);
            p.drawRect(QRectF(x + 35, y - 22, 50, 24));
            p.setBrush(QColor(40, 40, 40));
            for (int w = 0; w < 4; ++w)
                p.drawEllipse(QPointF(x + 15 + w * 30, y + 42), 11, 11);
        }
    } else {
        // A hall: a backdrop with the organisation's colours, flags, a long table.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor::fromHsv(215, 150, 120));
        p.drawRect(QRectF(width * 0.08, height * 0.08, width * 0.84, height * 0.32));
        p.setBrush(QColor::fromHsv(45, 160, 230));
        p.drawEllipse(QPointF(width * 0.5, height * 0.24), height * 0.09, height * 0.09);
        const int flags = 3 + int(rng.bounded(4));
        for (int i = 0; i < flags; ++i)
            paintFlag(p, rng, width * 0.12 + i * (width * 0.76 / flags), height * 0.42);
    }

    const int people = scene == u"press" ? 2 : scene == u"exercise" ? 3 : 3 + int(rng.bounded(3));
    for (int i = 0; i < people; ++i) {
        const qreal x = width * (0.15 + 0.7 * (i + 0.5) / people);
        paintFigure(p, rng, x, height * (outdoor ? 0.92 : 0.8), outdoor ? 1.1 : 1.3);
    }
    if (!outdoor) {
        p.setBrush(QColor::fromHsv(25, 90, 90));
        p.drawRect(QRectF(width * 0.05, height * 0.78, width * 0.9, height * 0.06));
        p.setBrush(QColor(245, 245, 245));
        p.drawRect(QRectF(width * 0.05, height * 0.76, width * 0.9, height * 0.025));
    }
    p.end();

    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 82);
    return jpeg;
}

} // namespace Press::Demo

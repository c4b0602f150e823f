// Word-level diff for source changes and revision history.
#include <text/textdiff.h>
#include <support/testsupport.h>

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Press;
using Kind = Text::DiffSegment::Kind;

class tst_TextDiff final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::initTestEnvironment(); }

    void wordsChanged()
    {
        const auto diff = Text::diffWords(u"Встреча прошла в Москве 9 июня."_s,
                                          u"Встреча прошла в Минске 10 июня."_s);
        QCOMPARE(diff, (QList<Text::DiffSegment>{{Kind::Same, u"Встреча прошла в "_s},
                                                  {Kind::Removed, u"Москве"_s},
                                                  {Kind::Added, u"Минске"_s},
                                                  {Kind::Same, u" "_s},
                                                  {Kind::Removed, u"9"_s},
                                                  {Kind::Added, u"10"_s},
                                                  {Kind::Same, u" июня."_s}}));
        QVERIFY(!Text::isUnchanged(diff));
    }

    void sentenceAddedAndJoinedBack()
    {
        const QString before = u"Первый абзац.\n\nВторой абзац."_s;
        const QString after = u"Первый абзац. Новое предложение.\n\nВторой абзац."_s;
        const auto diff = Text::diffWords(before, after);
        QString rebuiltBefore, rebuiltAfter, added;
        for (const auto &s : diff) {
            if (s.kind != Kind::Added)
                rebuiltBefore += s.text;
            if (s.kind != Kind::Removed)
                rebuiltAfter += s.text;
            if (s.kind == Kind::Added)
                added += s.text;
        }
        QCOMPARE(rebuiltBefore, before);
        QCOMPARE(rebuiltAfter, after);
        QVERIFY2(added.contains(u"Новое предложение"_s), qPrintable(added));
        QVERIFY(Text::diffToHtml(diff).contains(u"<span style='background:#c8f0c8'>"_s));
    }

    void identicalAndEmpty()
    {
        QVERIFY(Text::isUnchanged(Text::diffWords(u"same text"_s, u"same text"_s)));
        QCOMPARE(Text::diffWords(QString(), u"new"_s),
                 (QList<Text::DiffSegment>{{Kind::Added, u"new"_s}}));
        QCOMPARE(Text::comparableText(u"T"_s, u"P"_s, QString(), u"**B**"_s), u"T\n\nP\n\nB"_s);
    }

    void longTextsStayQuick()
    {
        QString a, b;
        for (int i = 0; i < 1500; ++i) { // 3,000 tokens a side: aligned word by word
            a += u"слово%1 "_s.arg(i);
            b += (i % 100 == 0 ? u"другое%1 "_s : u"слово%1 "_s).arg(i);
        }
        QElapsedTimer timer;
        timer.start();
        const auto diff = Text::diffWords(a, b);
        QVERIFY(timer.elapsed() < 5000);
        int removed = 0;
        for (const auto &s : diff)
            removed += s.kind == Kind::Removed;
        QCOMPARE(removed, 15);
    }
};

QTEST_GUILESS_MAIN(tst_TextDiff)
#include "tst_textdiff.moc"

// The shipped translations are whole: every message of every .ts file is finished, keeps the
// source's placeholders, markup, accelerator and plural forms, and the files hold every
// string the sources have today (lupdate, run on the sources, finds nothing new).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString sourceDir = QStringLiteral(REFUNDDESK_SOURCE_DIR);
const QStringList tsFiles {u"refunddesk_de.ts"_s, u"refunddesk_fr.ts"_s};

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; ///< the translation's type attribute: unfinished, vanished, …
    QStringList translations; ///< one, or one per plural form
};

QList<Message> readMessages(const QByteArray &ts, QString *error)
{
    QList<Message> messages;
    QXmlStreamReader xml(ts);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                message =
                    Message {context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}};
            } else if (xml.name() == "source"_L1) {
                message.source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (xml.name() == "numerusform"_L1) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages << message;
        }
    }
    if (xml.hasError() && error)
        *error = xml.errorString();
    return messages;
}

QStringList sorted(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression marker(u"%(?:L?\\d+|n)"_s);
    QStringList found;
    for (const auto &match : marker.globalMatch(text))
        found << match.captured();
    if (numerus)
        found.removeAll(u"%n"_s);
    return sorted(found);
}

QStringList tags(const QString &text)
{
    static const QRegularExpression tag(u"</?[a-zA-Z][a-zA-Z0-9]*"_s);
    QStringList found;
    for (const auto &match : tag.globalMatch(text))
        found << match.captured().toLower();
    found.sort();
    return found;
}

bool hasAccelerator(const QString &text)
{
    return QString(text).remove(u"&&"_s).contains(u'&');
}

/// What is wrong with one .ts file's messages, one line each; empty when it is whole.
QStringList problemsIn(const QByteArray &ts)
{
    QString error;
    const QList<Message> messages = readMessages(ts, &error);
    QStringList problems;
    if (!error.isEmpty())
        problems << u"not valid XML: "_s + error;
    for (const Message &m : messages) {
        const QString where = m.context + u": \""_s + m.source.left(60) + u'"';
        if (!m.type.isEmpty()) {
            problems << where + u" is "_s + m.type;
            continue;
        }
        if (m.numerus && m.translations.size() != 2) {
            problems << where + u" has %1 plural forms, not 2"_s.arg(m.translations.size());
            continue;
        }
        for (const QString &translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << where + u" has an empty translation"_s;
                continue;
            }
            if (placeholders(translation, m.numerus) != placeholders(m.source, m.numerus))
                problems << where
                        + u" has placeholders %1, the source %2"_s.arg(
                            placeholders(translation, m.numerus).join(u' '),
                            placeholders(m.source, m.numerus).join(u' '));
            if (tags(translation) != tags(m.source))
                problems << where
                        + u" has markup %1, the source %2"_s.arg(tags(translation).join(u' '),
                                                                 tags(m.source).join(u' '));
            if (hasAccelerator(m.source) && !hasAccelerator(translation))
                problems << where + u" lost its keyboard accelerator (&)"_s;
            if (m.source.endsWith(u'\n') != translation.endsWith(u'\n'))
                problems << where + u" ends differently (line break)"_s;
        }
    }
    return problems;
}

QByteArray ts(const QString &messages)
{
    return (u"<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE TS><TS version=\"2.1\" "
            "language=\"de_DE\"><context><name>RefundDesk</name>"_s
            + messages + u"</context></TS>"_s)
        .toUtf8();
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkerFindsEveryFault_data();
    void checkerFindsEveryFault();
    void shippedFilesAreWhole_data();
    void shippedFilesAreWhole();
    void filesHoldEveryStringOfTheSources();
};

void tst_Translations::checkerFindsEveryFault_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("problem"); // a part of the one line expected; empty: none

    QTest::newRow("finished") << u"<message><source>Refund %1</source><translation>%1 "
                                 "erstatten</translation></message>"_s
                              << QString();
    QTest::newRow("unfinished") << u"<message><source>Refund</source><translation "
                                   "type=\"unfinished\"/></message>"_s
                                << u"is unfinished"_s;
    QTest::newRow("unfinished, with a draft")
        << u"<message><source>Refund</source><translation "
           "type=\"unfinished\">Erstatten</translation></message>"_s
        << u"is unfinished"_s;
    QTest::newRow("vanished") << u"<message><source>Old</source><translation "
                                 "type=\"vanished\">Alt</translation></message>"_s
                              << u"is vanished"_s;
    QTest::newRow("empty") << u"<message><source>Refund</source><translation></translation>"
                              "</message>"_s
                           << u"empty translation"_s;
    QTest::newRow("blank") << u"<message><source>Refund</source><translation>  </translation>"
                              "</message>"_s
                           << u"empty translation"_s;
    QTest::newRow("placeholder lost") << u"<message><source>Refund %1 of %2</source>"
                                         "<translation>Erstattung von %2</translation></message>"_s
                                      << u"has placeholders %2, the source %1 %2"_s;
    QTest::newRow("placeholder added") << u"<message><source>Refund %1</source>"
                                          "<translation>%1 %2 erstatten</translation></message>"_s
                                       << u"has placeholders %1 %2, the source %1"_s;
    QTest::newRow("placeholder renumbered")
        << u"<message><source>%1 of %2</source><translation>%1 von %3</translation></message>"_s
        << u"has placeholders %1 %3, the source %1 %2"_s;
    QTest::newRow("markup lost") << u"<message><source>&lt;b&gt;%1&lt;/b&gt; left</source>"
                                    "<translation>%1 übrig</translation></message>"_s
                                 << u"has markup , the source </b <b"_s;
    QTest::newRow("accelerator lost") << u"<message><source>&amp;File</source>"
                                         "<translation>Datei</translation></message>"_s
                                      << u"lost its keyboard accelerator"_s;
    QTest::newRow("literal ampersand is no accelerator")
        << u"<message><source>&amp;File</source><translation>Datei &amp;&amp; "
           "Co</translation></message>"_s
        << u"lost its keyboard accelerator"_s;
    QTest::newRow("line break lost") << u"<message><source>Done.\n</source>"
                                        "<translation>Fertig.</translation></message>"_s
                                     << u"ends differently"_s;
    QTest::newRow("plural finished")
        << u"<message numerus=\"yes\"><source>%n user(s)</source><translation><numerusform>%n "
           "Benutzer</numerusform><numerusform>%n Benutzer</numerusform></translation>"
           "</message>"_s
        << QString();
    QTest::newRow("plural form missing")
        << u"<message numerus=\"yes\"><source>%n user(s)</source><translation><numerusform>%n "
           "Benutzer</numerusform></translation></message>"_s
        << u"has 1 plural forms, not 2"_s;
    QTest::newRow("plural form empty")
        << u"<message numerus=\"yes\"><source>%n user(s)</source><translation><numerusform>%n "
           "Benutzer</numerusform><numerusform/></translation></message>"_s
        << u"empty translation"_s;
    QTest::newRow("broken XML") << u"<message><source>Refund</source><translation>Erstatten"_s
                                << u"not valid XML"_s;
}

void tst_Translations::checkerFindsEveryFault()
{
    QFETCH(QString, message);
    QFETCH(QString, problem);
    const QStringList problems = problemsIn(ts(message));
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QVERIFY2(!problems.isEmpty(), "no problem found");
        QVERIFY2(problems.first().contains(problem), qPrintable(problems.join(u'\n')));
    }
}

void tst_Translations::shippedFilesAreWhole_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : tsFiles)
        QTest::newRow(qPrintable(file)) << file;
}

void tst_Translations::shippedFilesAreWhole()
{
    QFETCH(QString, file);
    QFile ts(sourceDir + u"/resources/translations/"_s + file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    const QByteArray content = ts.readAll();
    const QList<Message> messages = readMessages(content, nullptr);
    QVERIFY2(messages.size() > 1000, qPrintable(QString::number(messages.size())));
    const QStringList problems = problemsIn(content);
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(u"%1 problem(s):\n"_s.arg(problems.size()) + problems.mid(0, 30).join(u'\n')));
    qInfo("%s: %lld messages, all finished", qPrintable(file), qlonglong(messages.size()));
}

void tst_Translations::filesHoldEveryStringOfTheSources()
{
    // lupdate reads the sources as the build's update_translations target does; a string
    // added to the code and not yet in the .ts files shows up as a new message here.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(u"fresh.ts"_s);
    QProcess lupdate;
    lupdate.setWorkingDirectory(sourceDir);
    lupdate.start(QStringLiteral(REFUNDDESK_LUPDATE),
                  {u"-I"_s, u"model"_s, u"-I"_s, u"ui"_s, u"-I"_s, u"app/cli"_s, u"-extensions"_s,
                   u"cpp,h"_s, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"model"_s, u"ui"_s,
                   u"app"_s, u"-ts"_s, fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QFile freshFile(fresh);
    QVERIFY(freshFile.open(QIODevice::ReadOnly));
    QSet<QString> wanted;
    for (const Message &m : readMessages(freshFile.readAll(), nullptr))
        wanted.insert(m.context + u'\x1f' + m.source);
    QVERIFY2(wanted.size() > 1000, qPrintable(QString::number(wanted.size())));

    for (const QString &file : tsFiles) {
        QFile ts(sourceDir + u"/resources/translations/"_s + file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QSet<QString> shipped;
        for (const Message &m : readMessages(ts.readAll(), nullptr))
            shipped.insert(m.context + u'\x1f' + m.source);
        QStringList missing = (wanted - shipped).values();
        QStringList stale = (shipped - wanted).values();
        missing.replaceInStrings(u"\x1f"_s, u": "_s);
        stale.replaceInStrings(u"\x1f"_s, u": "_s);
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(u"%1 lacks %2 string(s) of the sources; run `cmake --build --preset "
                       "default --target update_translations` and translate them:\n"_s.arg(file)
                           .arg(missing.size())
                       + sorted(missing).mid(0, 20).join(u'\n')));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(u"%1 holds %2 string(s) the sources no longer "
                            "have:\n"_s.arg(file)
                                .arg(stale.size())
                            + sorted(stale).mid(0, 20).join(u'\n')));
    }
    qInfo("%lld strings in the sources, all in %lld files", qlonglong(wanted.size()),
          qlonglong(tsFiles.size()));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"

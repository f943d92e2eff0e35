// File ▸ Export and Load Demo Data against real SQLite files, and what every job shares: an
// export re-imports to the same bytes, a cancelled export leaves no file, demo data load and
// cancel, the progress dialog, one job at a time.

#include "jobprogressdialog.h"
#include "seedrecords.h"
#include "transferfixture.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace RefundDesk;
using namespace RefundDesk::Testing;

Q_DECLARE_METATYPE(RefundDesk::ExportOptions::Format)

namespace {

/// More demo records than can be generated before the test cancels them.
constexpr qint64 slowDemoRecords = 200000;

} // namespace

class tst_TransferActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QVERIFY(m_desk.open()); }
    void cleanup() { m_desk.close(); }

    void exportReimportsToTheSameBytes_data();
    void exportReimportsToTheSameBytes();
    void cancelledExportLeavesNoFile_data();
    void cancelledExportLeavesNoFile();
    void exportFailureIsShown();
    void exportFormatFor_data();
    void exportFormatFor();
    void demoLoadCreatesRecords();
    void cancelledDemoChangesNothing();
    void progressDialogFollowsTheJob();
    void oneJobAtATime();

private:
    TransferFixture m_desk;
};

void tst_TransferActions::initTestCase()
{
    // Counts in messages are formatted for the locale; pin one.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TransferActions::exportReimportsToTheSameBytes_data()
{
    QTest::addColumn<ExportOptions::Format>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");

    QTest::newRow("JSON array") << ExportOptions::Format::Array << QStringLiteral("out.json")
                                << QByteArray("[\n{");
    QTest::newRow("list envelope")
        << ExportOptions::Format::List << QStringLiteral("out.json") << QByteArray("{\"data\":[");
    QTest::newRow("JSON Lines") << ExportOptions::Format::JsonLines << QStringLiteral("out.jsonl")
                                << QByteArray("{\"");
}

void tst_TransferActions::exportReimportsToTheSameBytes()
{
    QFETCH(ExportOptions::Format, format);
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    QVERIFY(TestSeed::seed(*m_desk.store, 120));
    ExportOptions options;
    options.format = format;
    const QString path = m_desk.dir->filePath(name);
    QVERIFY(m_desk.actions->exportPath(path, options));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);
    QCOMPARE(m_desk.errors->size(), 0);
    QCOMPARE(m_desk.changed->size(), 0); // an export writes no record
    const QByteArray exported = readAll(path);
    QVERIFY2(exported.startsWith(start), exported.left(40).constData());
    const auto refunds = m_desk.store->countRefunds(RefundQuery());
    QVERIFY(refunds);
    QCOMPARE(m_desk.lastStatus(),
             QStringLiteral("Exported 120 records, 120 attempts and %1 refunds to %2.")
                 .arg(refunds.value())
                 .arg(QDir::toNativeSeparators(path)));

    // Into an empty desk and out again: the same bytes.
    const QString copyPath = m_desk.dir->filePath(QStringLiteral("copy.sqlite"));
    auto *copy = new TransferActions(openerFor(copyPath), testAgent, m_desk.window.get());
    QSignalSpy copyFinished(copy, &TransferActions::jobFinished);
    QSignalSpy copyChanged(copy, &TransferActions::storeChanged);
    QSignalSpy copyStatus(copy, &TransferActions::statusMessage);
    QVERIFY(copy->importPath(path));
    QTRY_COMPARE_WITH_TIMEOUT(copyFinished.size(), 1, jobTimeoutMs);
    QCOMPARE(copyChanged.size(), 1);
    QVERIFY2(copyStatus.last().first().toString().endsWith(u"0 rejected."),
             qPrintable(copyStatus.last().first().toString()));
    const QString againPath = m_desk.dir->filePath(QStringLiteral("again-") + name);
    QVERIFY(copy->exportPath(againPath, options));
    QTRY_COMPARE_WITH_TIMEOUT(copyFinished.size(), 2, jobTimeoutMs);
    QCOMPARE(readAll(againPath), exported);
}

void tst_TransferActions::cancelledExportLeavesNoFile_data()
{
    QTest::addColumn<bool>("midway");
    QTest::addColumn<bool>("existed");

    QTest::newRow("at once, new file") << false << false;
    QTest::newRow("midway, new file") << true << false;
    QTest::newRow("midway, over an older file") << true << true;
}

void tst_TransferActions::cancelledExportLeavesNoFile()
{
    QFETCH(bool, midway);
    QFETCH(bool, existed);
    QVERIFY(TestSeed::seed(*m_desk.store, 120));
    QVERIFY(QDir(m_desk.dir->path()).mkdir(QStringLiteral("out")));
    const QString path = m_desk.dir->filePath(QStringLiteral("out/export.json"));
    const QByteArray older("[]\n");
    if (existed)
        m_desk.writeFile(QStringLiteral("out/export.json"), older);

    ExportOptions options;
    auto polls = std::make_shared<std::atomic<int>>(0);
    if (midway)
        options.isCancelled = [polls] {
            return ++*polls > 100;
        };
    QVERIFY(m_desk.actions->exportPath(path, options));
    if (!midway)
        m_desk.actions->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);

    QCOMPARE(m_desk.errors->size(), 0);
    QCOMPARE(m_desk.lastStatus(), QStringLiteral("Export cancelled: no file was written."));
    const QStringList left = QDir(m_desk.dir->filePath(QStringLiteral("out")))
                                 .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    if (existed) {
        QCOMPARE(left, QStringList {QStringLiteral("export.json")});
        QCOMPARE(readAll(path), older);
    } else {
        QCOMPARE(left, QStringList());
    }
}

void tst_TransferActions::exportFailureIsShown()
{
    const QString path = m_desk.dir->filePath(QStringLiteral("no/such/folder/export.json"));
    QVERIFY(m_desk.actions->exportPath(path));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);
    QCOMPARE(m_desk.errors->size(), 1);
    const QString message = m_desk.errors->first().first().toString();
    QVERIFY2(
        message.startsWith(QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(path))),
        qPrintable(message));
    auto *box = m_desk.window->findChild<QMessageBox *>(QStringLiteral("transferErrorBox"));
    QVERIFY(box);
    QCOMPARE(box->informativeText(), message);
    QCOMPARE(box->text(), QStringLiteral("Nothing was exported to export.json."));
    QVERIFY(!QFile::exists(path));
}

void tst_TransferActions::exportFormatFor_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("filter");
    QTest::addColumn<ExportOptions::Format>("format");

    using Format = ExportOptions::Format;
    QTest::newRow("array filter, .json") << QStringLiteral("a.json") << 0 << Format::Array;
    QTest::newRow("list filter, .json") << QStringLiteral("a.json") << 1 << Format::List;
    QTest::newRow("lines filter, .jsonl") << QStringLiteral("a.jsonl") << 2 << Format::JsonLines;
    QTest::newRow("lines filter, no suffix") << QStringLiteral("a") << 2 << Format::JsonLines;
    QTest::newRow("array filter, .jsonl: the name wins")
        << QStringLiteral("a.jsonl") << 0 << Format::JsonLines;
    QTest::newRow("list filter, .NDJSON: the name wins")
        << QStringLiteral("b.NDJSON") << 1 << Format::JsonLines;
    QTest::newRow("lines filter, .json: the name wins")
        << QStringLiteral("a.json") << 2 << Format::Array;
    QTest::newRow("unknown filter") << QStringLiteral("a.txt") << -1 << Format::Array;
}

void tst_TransferActions::exportFormatFor()
{
    QFETCH(QString, path);
    QFETCH(int, filter);
    QFETCH(ExportOptions::Format, format);
    const QStringList filters = TransferActions::exportFilters();
    QCOMPARE(filters.size(), 3);
    const QString chosen = filter >= 0 ? filters.at(filter) : QStringLiteral("All files (*)");
    QCOMPARE(TransferActions::exportFormatFor(path, chosen), format);
}

void tst_TransferActions::demoLoadCreatesRecords()
{
    QVERIFY(m_desk.actions->loadDemo(300));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);
    QCOMPARE(m_desk.errors->size(), 0);
    QCOMPARE(m_desk.recordCount(), 300);
    QCOMPARE(m_desk.changed->size(), 1);
    const QString message = m_desk.lastStatus();
    QVERIFY2(message.startsWith(u"Loaded 300 demo payment records with "), qPrintable(message));
    const auto refunds = m_desk.store->countRefunds(RefundQuery());
    QVERIFY(refunds);
    QVERIFY(refunds.value() > 0);
    QVERIFY(message.contains(QStringLiteral(" and %1 refunds.").arg(refunds.value())));

    // Loading demo data again adds to them rather than clashing with the first set.
    QVERIFY(m_desk.actions->loadDemo(200));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 2, jobTimeoutMs);
    QCOMPARE(m_desk.errors->size(), 0);
    QCOMPARE(m_desk.recordCount(), 500);
    QCOMPARE(m_desk.changed->size(), 2);
}

void tst_TransferActions::cancelledDemoChangesNothing()
{
    QVERIFY(TestSeed::seed(*m_desk.store, 10));
    const QByteArray before = m_desk.snapshot();
    QVERIFY(m_desk.actions->loadDemo(slowDemoRecords));
    JobProgressDialog *dialog = m_desk.actions->progressDialog();
    QVERIFY(dialog);
    auto *bar = dialog->findChild<QProgressBar *>(QStringLiteral("jobProgressBar"));
    QVERIFY(bar);
    // Some records are written, into the batch the cancel rolls back.
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, jobTimeoutMs);
    QCOMPARE(m_desk.finished->size(), 0);
    dialog->reject(); // Escape
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);

    QCOMPARE(m_desk.recordCount(), 10);
    QCOMPARE(m_desk.snapshot(), before);
    QCOMPARE(m_desk.changed->size(), 0);
    QCOMPARE(m_desk.errors->size(), 0);
    QCOMPARE(m_desk.lastStatus(),
             QStringLiteral("Loading demo data cancelled: nothing was changed."));
}

void tst_TransferActions::progressDialogFollowsTheJob()
{
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
    timer.start();

    QVERIFY(m_desk.actions->loadDemo(slowDemoRecords));
    QPointer<JobProgressDialog> dialog = m_desk.actions->progressDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("jobProgressDialog"));
    QCOMPARE(dialog->parentWidget(), m_desk.window.get());
    QVERIFY(!dialog->isModal()); // the window stays usable
    // A quick job never shows it; a slow one does, after a moment.
    QVERIFY(!dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), JobProgressDialog::ShowDelayMs * 10);
    auto *detail = dialog->findChild<QLabel *>(QStringLiteral("jobDetail"));
    QVERIFY(detail);
    QTRY_VERIFY_WITH_TIMEOUT(detail->text().endsWith(u" of 200,000 records")
                                 && !detail->text().startsWith(u"0 "),
                             jobTimeoutMs);
    auto *text = dialog->findChild<QLabel *>(QStringLiteral("jobText"));
    QVERIFY(text);
    QCOMPARE(text->text(), QStringLiteral("Generating 200,000 demo payment records…"));
    // The GUI thread kept running while the worker generated.
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));

    m_desk.actions->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);
    QTRY_VERIFY(!dialog);
    QVERIFY(!m_desk.actions->progressDialog());
}

void tst_TransferActions::oneJobAtATime()
{
    const QString path =
        m_desk.writeFile(QStringLiteral("one.json"), arrayFile({recordJson("pr_a", "usd", 1000)}));
    QVERIFY(m_desk.actions->loadDemo(slowDemoRecords));
    QVERIFY(m_desk.actions->isBusy());
    QVERIFY(!m_desk.actions->importPath(path));
    QVERIFY(!m_desk.actions->exportPath(m_desk.dir->filePath(QStringLiteral("x.json"))));
    QVERIFY(!m_desk.actions->loadDemo(10));
    QCOMPARE(m_desk.busy->size(), 1);
    m_desk.actions->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);
    QCOMPARE(m_desk.busy->size(), 2);
    QCOMPARE(m_desk.busy->last().first().toBool(), false);
    QVERIFY(!QFile::exists(m_desk.dir->filePath(QStringLiteral("x.json"))));

    QVERIFY(m_desk.actions->importPath(path));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 2, jobTimeoutMs);
    QCOMPARE(m_desk.recordCount(), 1);
}

QTEST_MAIN(tst_TransferActions)
#include "tst_transferactions.moc"

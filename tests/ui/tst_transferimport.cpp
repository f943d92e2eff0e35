// File ▸ Import against real SQLite files: the summary the command line would print, the
// rejection report and its saved text, skip-invalid, a cancel at once or midway leaving the
// database as it was, and the model's own words when a file cannot be imported.

#include "jobprogressdialog.h"
#include "seedrecords.h"
#include "transferfixture.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <atomic>

using namespace RefundDesk;
using namespace RefundDesk::Testing;

namespace {

/// Big enough that a cancel lands in the middle of the file.
constexpr int bigFileRecords = 3000;

/// Objects 2 and 3 are refused: a refund with an unknown reason, a record in no currency.
QByteArray fileWithRejections()
{
    return arrayFile({
        recordJson("pr_good1", "usd", 1000),
        attemptJson("par_good1", "pr_good1", "usd", 1000),
        with(refundJson("re_bad", "pr_good1", "usd", 500), "/reason", "because"),
        recordJson("pr_bad", "xxx", 1000),
        recordJson("pr_good2", "eur", 2500),
    });
}

} // namespace

class tst_TransferImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QVERIFY(m_desk.open()); }
    void cleanup() { m_desk.close(); }

    void importsAFile();
    void reimportChangesNothing();
    void rejectionsAreReportedAndSaved();
    void skipInvalidImportsTheValidObjects();
    void checkOnlyWritesNothing_data();
    void checkOnlyWritesNothing();
    void cancelledImportChangesNothing_data();
    void cancelledImportChangesNothing();
    void importFailuresShowTheModelsMessage_data();
    void importFailuresShowTheModelsMessage();
    void screenshot();

private:
    QTemporaryDir m_shared;
    QString m_bigFile;
    TransferFixture m_desk;
};

void tst_TransferImport::initTestCase()
{
    // Counts in messages are formatted for the locale; pin one.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_shared.isValid());
    auto source = SqliteStore::open(m_shared.filePath(QStringLiteral("big-source.sqlite")));
    QVERIFY(source);
    DemoOptions demo;
    demo.records = bigFileRecords;
    const auto generated = generateDemo(*source.value(), demo, testAgent);
    QVERIFY2(generated, qPrintable(errorOf(generated)));
    m_bigFile = m_shared.filePath(QStringLiteral("big.json"));
    QFile big(m_bigFile);
    QVERIFY(big.open(QIODevice::WriteOnly));
    const auto exported = exportJson(*source.value(), big, ExportOptions());
    QVERIFY2(exported, qPrintable(errorOf(exported)));
}

void tst_TransferImport::importsAFile()
{
    const QString path = m_desk.writeFile(
        QStringLiteral("good.json"),
        arrayFile({recordJson("pr_a", "usd", 1000), attemptJson("par_a", "pr_a", "usd", 1000),
                   recordJson("pr_b", "jpy", 5000)}));
    QVERIFY(m_desk.actions->importPath(path));
    QVERIFY(m_desk.actions->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);

    QCOMPARE(m_desk.recordCount(), 2);
    QCOMPARE(m_desk.changed->size(), 1);
    QCOMPARE(m_desk.errors->size(), 0);
    QCOMPARE(m_desk.status->size(), 1);
    QCOMPARE(m_desk.status->first().first().toString(),
             QStringLiteral("good.json: Read 3 objects (array): 3 imported, 0 updated, "
                            "0 unchanged, 0 rejected."));
    QCOMPARE(m_desk.busy->size(), 2);
    QCOMPARE(m_desk.busy->at(0).first().toBool(), true);
    QCOMPARE(m_desk.busy->at(1).first().toBool(), false);
    QVERIFY(!m_desk.actions->isBusy());
    QVERIFY(!m_desk.reportDialog());
    // The import is in the records' history under the acting user.
    const auto history = m_desk.store->history(QStringLiteral("pr_a"));
    QVERIFY(history);
    QVERIFY(!history->isEmpty());
    QCOMPARE(history->first().actor, testAgent.name);
}

void tst_TransferImport::reimportChangesNothing()
{
    const QString path = m_desk.writeFile(
        QStringLiteral("again.json"),
        linesFile({recordJson("pr_a", "usd", 1000), attemptJson("par_a", "pr_a", "usd", 1000)}));
    QVERIFY(m_desk.actions->importPath(path));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);
    QCOMPARE(m_desk.changed->size(), 1);
    const QByteArray before = m_desk.snapshot();

    QVERIFY(m_desk.actions->importPath(path));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 2, jobTimeoutMs);
    QCOMPARE(m_desk.changed->size(), 1); // nothing was written the second time
    QCOMPARE(m_desk.lastStatus(),
             QStringLiteral("again.json: Read 2 objects (jsonl): 0 imported, 0 updated, "
                            "2 unchanged, 0 rejected."));
    QCOMPARE(m_desk.snapshot(), before);
}

void tst_TransferImport::rejectionsAreReportedAndSaved()
{
    const QByteArray bytes = fileWithRejections();
    const QString path = m_desk.writeFile(QStringLiteral("mixed.json"), bytes);
    const QByteArray before = m_desk.snapshot();
    QVERIFY(m_desk.actions->importPath(path));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);

    // All or nothing by default.
    QCOMPARE(m_desk.recordCount(), 0);
    QCOMPARE(m_desk.snapshot(), before);
    QCOMPARE(m_desk.changed->size(), 0);
    QCOMPARE(m_desk.errors->size(), 0);
    const QString summary =
        QStringLiteral("Read 5 objects (array): 3 imported, 0 updated, 0 unchanged, 2 "
                       "rejected. 2 object(s) were rejected, so nothing was imported; fix them "
                       "or import again with “Skip invalid objects”.");
    QCOMPARE(m_desk.lastStatus(), QStringLiteral("mixed.json: ") + summary);

    RejectionReportDialog *dialog = m_desk.reportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("rejectionList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    const QTreeWidgetItem *refund = list->topLevelItem(0);
    QCOMPARE(refund->text(RejectionReportDialog::Object), QStringLiteral("2"));
    QCOMPARE(refund->text(RejectionReportDialog::Kind), QStringLiteral("refund"));
    QCOMPARE(refund->text(RejectionReportDialog::Id), QStringLiteral("re_bad"));
    QCOMPARE(refund->text(RejectionReportDialog::Field), QStringLiteral("reason"));
    QVERIFY2(refund->text(RejectionReportDialog::Reason).contains(u"because"),
             qPrintable(refund->text(RejectionReportDialog::Reason)));
    const QTreeWidgetItem *record = list->topLevelItem(1);
    QCOMPARE(record->text(RejectionReportDialog::Object), QStringLiteral("3"));
    QCOMPARE(record->text(RejectionReportDialog::Id), QStringLiteral("pr_bad"));
    QVERIFY2(record->text(RejectionReportDialog::Reason).contains(u"xxx"),
             qPrintable(record->text(RejectionReportDialog::Reason)));
    QVERIFY(list->isColumnHidden(RejectionReportDialog::Line)); // an array has no lines

    // The report lists what the importer said, in its words.
    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ImportOptions dryRun;
    dryRun.dryRun = true;
    const auto expected = importJson(*m_desk.store, buffer, dryRun, testAgent);
    QVERIFY(expected);
    QCOMPARE(expected->rejections.size(), 2);
    auto *headline = dialog->findChild<QLabel *>(QStringLiteral("reportHeadline"));
    QVERIFY(headline);
    QVERIFY(summary.endsWith(headline->text()));
    QVERIFY(headline->text().startsWith(u"2 object(s) were rejected, so nothing was imported"));
    auto *detail = dialog->findChild<QLabel *>(QStringLiteral("rejectionDetail"));
    QVERIFY(detail);
    QCOMPARE(detail->text(), expected->rejections.at(0).toString());
    list->setCurrentItem(list->topLevelItem(1));
    QCOMPARE(detail->text(), expected->rejections.at(1).toString());

    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveReportButton"));
    QVERIFY(save);
    QVERIFY(save->isEnabled());
    const QString reportPath = m_desk.dir->filePath(QStringLiteral("report.txt"));
    const auto saved = dialog->saveReport(reportPath);
    QVERIFY2(saved, qPrintable(errorOf(saved)));
    const QStringList lines = QString::fromUtf8(readAll(reportPath)).split(u'\n');
    QCOMPARE(lines.size(), 4); // header, two rejections, and the final newline
    QCOMPARE(lines.at(0),
             QStringLiteral("Import of %1: %2").arg(QDir::toNativeSeparators(path), summary));
    QCOMPARE(lines.at(1), expected->rejections.at(0).toString());
    QCOMPARE(lines.at(2), expected->rejections.at(1).toString());
    QCOMPARE(lines.at(1),
             QStringLiteral("object 2 refund re_bad: reason \"because\" is not one of duplicate, "
                            "fraudulent, requested_by_customer."));
    QCOMPARE(lines.at(3), QString());

    const auto unwritable =
        dialog->saveReport(m_desk.dir->filePath(QStringLiteral("no/such/dir.txt")));
    QVERIFY(!unwritable);
    QVERIFY2(unwritable.error().message.startsWith(u"Cannot write "),
             qPrintable(unwritable.error().message));
}

void tst_TransferImport::skipInvalidImportsTheValidObjects()
{
    const QString path = m_desk.writeFile(QStringLiteral("mixed.jsonl"),
                                          linesFile({
                                              recordJson("pr_good1", "usd", 1000),
                                              recordJson("pr_bad", "xxx", 1000),
                                              recordJson("pr_good2", "eur", 2500),
                                          }));
    ImportOptions options;
    options.skipInvalid = true;
    QVERIFY(m_desk.actions->importPath(path, options));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);

    QCOMPARE(m_desk.recordCount(), 2);
    QVERIFY(m_desk.store->record(QStringLiteral("pr_good1")));
    QVERIFY(m_desk.store->record(QStringLiteral("pr_good2")));
    QVERIFY(!m_desk.store->record(QStringLiteral("pr_bad")));
    QCOMPARE(m_desk.changed->size(), 1);
    QCOMPARE(m_desk.lastStatus(),
             QStringLiteral("mixed.jsonl: Read 3 objects (jsonl): 2 imported, 0 updated, "
                            "0 unchanged, 1 rejected."));
    RejectionReportDialog *dialog = m_desk.reportDialog();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("rejectionList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(RejectionReportDialog::Object), QStringLiteral("1"));
    QCOMPARE(list->topLevelItem(0)->text(RejectionReportDialog::Line), QStringLiteral("2"));
    QVERIFY(!list->isColumnHidden(RejectionReportDialog::Line));
    auto *headline = dialog->findChild<QLabel *>(QStringLiteral("reportHeadline"));
    QVERIFY(headline);
    QCOMPARE(headline->text(), QStringLiteral("1 object(s) were rejected and left out."));
    const QStringList report = dialog->reportText().split(u'\n');
    QCOMPARE(report.size(), 3);
    QCOMPARE(report.at(0),
             QStringLiteral("Import of %1: Read 3 objects (jsonl): 2 imported, 0 updated, 0 "
                            "unchanged, 1 rejected. 1 object(s) were rejected and left out.")
                 .arg(QDir::toNativeSeparators(path)));
    QVERIFY2(report.at(1).startsWith(u"object 1 (line 2) payment_record pr_bad: "),
             qPrintable(report.at(1)));
}

void tst_TransferImport::checkOnlyWritesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("said");

    QTest::newRow("valid file") << arrayFile(
        {recordJson("pr_a", "usd", 1000), recordJson("pr_b", "eur", 900)})
                                << QStringLiteral("Every object in check.json is valid.");
    QTest::newRow("with rejections")
        << fileWithRejections()
        << QStringLiteral("2 object(s) would be rejected. Check only: nothing was written.");
}

void tst_TransferImport::checkOnlyWritesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, said);
    const QString path = m_desk.writeFile(QStringLiteral("check.json"), bytes);
    const QByteArray before = m_desk.snapshot();
    ImportOptions options;
    options.dryRun = true;
    QVERIFY(m_desk.actions->importPath(path, options));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);

    QCOMPARE(m_desk.snapshot(), before);
    QCOMPARE(m_desk.changed->size(), 0);
    QCOMPARE(m_desk.errors->size(), 0);
    QVERIFY2(m_desk.lastStatus().endsWith(u" Check only: nothing was written."),
             qPrintable(m_desk.lastStatus()));
    if (RejectionReportDialog *report = m_desk.reportDialog()) {
        auto *headline = report->findChild<QLabel *>(QStringLiteral("reportHeadline"));
        QVERIFY(headline);
        QCOMPARE(headline->text(), said);
    } else {
        auto *box = m_desk.window->findChild<QMessageBox *>(QStringLiteral("checkResultBox"));
        QVERIFY(box);
        QCOMPARE(box->text(), said);
    }
}

void tst_TransferImport::cancelledImportChangesNothing_data()
{
    QTest::addColumn<bool>("midway");
    QTest::newRow("Cancel button at once") << false;
    QTest::newRow("after 1500 objects were written") << true;
}

void tst_TransferImport::cancelledImportChangesNothing()
{
    QFETCH(bool, midway);
    QVERIFY(TestSeed::seed(*m_desk.store, 25));
    const QByteArray before = m_desk.snapshot();
    const qint64 records = m_desk.recordCount();
    QCOMPARE(records, 25);

    ImportOptions options;
    auto polls = std::make_shared<std::atomic<int>>(0);
    if (midway)
        options.isCancelled = [polls] {
            return ++*polls > 1500;
        };
    QVERIFY(m_desk.actions->importPath(m_bigFile, options));
    if (!midway) {
        JobProgressDialog *dialog = m_desk.actions->progressDialog();
        QVERIFY(dialog);
        dialog->showNow();
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("jobCancelButton"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(dialog->isCancelling());
        QVERIFY(!cancel->isEnabled());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);

    if (midway)
        QVERIFY(polls->load() > 1500); // it did write, into the batch it then rolled back
    QCOMPARE(m_desk.recordCount(), records);
    QCOMPARE(m_desk.snapshot(), before);
    QCOMPARE(m_desk.changed->size(), 0);
    QCOMPARE(m_desk.errors->size(), 0);
    QCOMPARE(m_desk.lastStatus(),
             QStringLiteral("Import of big.json cancelled: nothing was changed."));
    QVERIFY(!m_desk.reportDialog());
    QTRY_VERIFY(!m_desk.actions->progressDialog());
}

void tst_TransferImport::importFailuresShowTheModelsMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("exists");

    QTest::newRow("missing file") << QByteArray() << false;
    QTest::newRow("empty file") << QByteArray("  \n") << true;
    QTest::newRow("not JSON") << QByteArray("id,amount\npr_1,100\n") << true;
    QTest::newRow("broken JSON") << QByteArray("[{\"object\":\"payment_record\",\"id\":\"pr_1\",")
                                 << true;
}

void tst_TransferImport::importFailuresShowTheModelsMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, exists);
    QVERIFY(TestSeed::seed(*m_desk.store, 5));
    const QByteArray before = m_desk.snapshot();
    const QString path = exists ? m_desk.writeFile(QStringLiteral("bad.json"), bytes)
                                : m_desk.dir->filePath(QStringLiteral("missing.json"));
    QString expected;
    if (exists) {
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto direct = importJson(*m_desk.store, buffer, ImportOptions(), testAgent);
        QVERIFY(!direct);
        expected = direct.error().message;
    } else {
        expected = QStringLiteral("Cannot read %1: No such file or directory")
                       .arg(QDir::toNativeSeparators(path));
    }

    QVERIFY(m_desk.actions->importPath(path));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);
    QCOMPARE(m_desk.errors->size(), 1);
    QCOMPARE(m_desk.errors->first().first().toString(), expected);
    auto *box = m_desk.window->findChild<QMessageBox *>(QStringLiteral("transferErrorBox"));
    QVERIFY(box);
    QCOMPARE(box->informativeText(), expected);
    QCOMPARE(box->text(),
             QStringLiteral("%1 was not imported; nothing was changed.")
                 .arg(QFileInfo(path).fileName()));
    QCOMPARE(m_desk.changed->size(), 0);
    QCOMPARE(m_desk.snapshot(), before);
}

void tst_TransferImport::screenshot()
{
    // Writes progress-dialog.png and rejection-report.png when asked:
    // REFUNDDESK_SCREENSHOT_DIR=docs/screenshots.
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(folder));

    JobProgressDialog progress(
        QStringLiteral("Import"), QStringLiteral("Importing payments-2026-11.jsonl…"),
        [](qint64 done, qint64 total) {
            const QLocale locale;
            return QStringLiteral("%1 of %2 read")
                .arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
        },
        m_desk.window.get());
    progress.setProgress(123'456'789, 345'678'901);
    progress.showNow();
    QVERIFY(QTest::qWaitForWindowExposed(&progress));
    QVERIFY(progress.grab().save(QDir(folder).filePath(QStringLiteral("progress-dialog.png"))));
    progress.hide();

    const QString path =
        m_desk.writeFile(QStringLiteral("payments-2026-11.jsonl"),
                         linesFile({
                             recordJson("pr_1MbUm2Rk8Xw", "usd", 12500),
                             attemptJson("par_1MbUm2Rk8Xw", "pr_1MbUm2Rk8Xw", "usd", 12500),
                             with(refundJson("re_3Pq9LkT0aZ", "pr_1MbUm2Rk8Xw", "usd", 2500),
                                  "/reason", "changed_mind"),
                             recordJson("pr_7HdX0pQ2fVn", "xxx", 4000),
                             refundJson("re_5Gt2MnB8cY", "pr_7HdX0pQ2fVn", "xxx", 1000),
                             with(recordJson("pr_2KsW9eR4tLm", "eur", 8000),
                                  "/customer_details/email", "not an email"),
                             with(refundJson("re_8Vb1QwE3rT", "pr_1MbUm2Rk8Xw", "usd", 99999),
                                  "/status", "succeeded"),
                             recordJson("pr_4JgH6yU8iOp", "gbp", 3000),
                         }));
    QVERIFY(m_desk.actions->importPath(path));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk.finished->size(), 1, jobTimeoutMs);
    RejectionReportDialog *report = m_desk.reportDialog();
    QVERIFY(report);
    QVERIFY(QTest::qWaitForWindowExposed(report));
    QVERIFY(report->grab().save(QDir(folder).filePath(QStringLiteral("rejection-report.png"))));
    qInfo("screenshots written to %s", qPrintable(folder));
}

QTEST_MAIN(tst_TransferImport)
#include "tst_transferimport.moc"

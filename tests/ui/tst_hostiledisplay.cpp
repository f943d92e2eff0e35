// Hostile text on screen (issue 8, part 6): a payment record whose id, customer, email,
// description, processor reference, metadata, notes and refund hold markup ("<b>bold</b>",
// "<img src=x>", "<a href=…>"), bidi controls and formula starters, shown in every widget
// and tooltip that shows user-provided text. Each label showing such text must be plain
// text, and each tooltip that Qt would render as rich text must show the markup literally.
//
// Set REFUNDDESK_HOSTILE_SCREENSHOTS to a folder to keep screenshots of the widgets there.

#include "approvaldialog.h"
#include "auditmodel.h"
#include "historymodel.h"
#include "metadatadialog.h"
#include "metadataeditor.h"
#include "paymentlistmodel.h"
#include "recorddetailpane.h"
#include "refunddialog.h"
#include "rejectionreportdialog.h"
#include "statuschangedialog.h"
#include "store/sqlitestore.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace RefundDesk;
using Qt::Literals::StringLiterals::operator""_s;

namespace {

constexpr qint64 paidAt = 1'790'000'000;
const Actor agent {u"local:amara"_s};

const QString bold = u"<b>bold</b>"_s;
const QString image = u"<img src=\"file:///etc/passwd\">"_s;
const QString link = u"<a href=\"https://evil.example\">click</a>"_s;
/// Every piece of markup a test string carries; a widget that rendered it would lose it.
const QStringList markers {bold, image, link, u"<i>"_s};

QString hostile(const QString &what)
{
    return what + u' ' + bold + u" \u202Eevil\u202C =1+2 "_s + image + u' ' + link;
}

bool holdsMarkup(const QString &text)
{
    for (const QString &marker : markers) {
        if (text.contains(marker))
            return true;
    }
    return false;
}

/// What a reader sees of `text` shown as rich text, or where Qt decides by itself whether
/// it is (tooltips, labels in Qt::AutoText).
QString shownText(const QString &text, bool rich = false)
{
    if (!rich && !Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

} // namespace

class tst_HostileDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void detailPane();
    void refundDialog();
    void statusChangeDialog();
    void approvalDialog();
    void metadataDialog();
    void rejectionReport();
    void tooltips();

private:
    /// Checks every label under `root` (what it renders wrongly goes to m_wrong) and returns
    /// how many showed hostile text.
    int checkLabels(QWidget *root, const char *name);
    void checkModel(QAbstractItemModel &model, const char *name);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    PaymentRecord m_record;
    Refund m_refund;
    QStringList m_wrong;
    int m_labels = 0;
    int m_tooltips = 0;
    int m_widgets = 0;
};

void tst_HostileDisplay::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_HostileDisplay::init()
{
    auto opened = SqliteStore::open(m_dir.filePath(u"hostile-%1.sqlite"_s.arg(m_widgets++)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    m_store = std::move(opened).value();
    m_store->setClock([] { return (paidAt + 86400) * 1000; });

    PaymentRecord &r = m_record;
    r = {};
    r.id = u"pr_<b>bold</b>\u202E"_s;
    r.currency = u"usd"_s;
    r.amountRequested = r.amountAuthorized = r.amountGuaranteed = 50000;
    r.created = paidAt;
    r.customer.name = hostile(u"name"_s);
    r.customer.email = u"<b>bold</b>@example.com"_s;
    r.customer.phone = u"=HYPERLINK(\"x\")"_s;
    r.description = hostile(u"description"_s);
    r.metadata.insert(u"<i>key</i>"_s, hostile(u"value"_s));
    r.paymentMethod.type = u"card"_s;
    r.paymentMethod.cardBrand = u"<b>bold</b>"_s;
    r.paymentMethod.billing.name = hostile(u"billing"_s);
    r.processorReference = hostile(u"reference"_s);
    r.shipping.name = hostile(u"shipping"_s);
    r.shipping.address.line1 = hostile(u"line1"_s);
    r.latestAttemptId = u"par_<i>x</i>"_s;
    PaymentAttempt attempt;
    attempt.id = r.latestAttemptId;
    attempt.paymentRecordId = r.id;
    attempt.outcome = AttemptOutcome::Guaranteed;
    attempt.currency = r.currency;
    attempt.amountRequested = attempt.amountAuthorized = attempt.amountGuaranteed = 50000;
    attempt.created = paidAt;

    auto bulk = m_store->beginBulk(Actor {hostile(u"importer"_s)});
    QVERIFY(bulk);
    QVERIFY(bulk.value()->putRecord(r));
    QVERIFY(bulk.value()->putAttempt(attempt));
    QVERIFY(bulk.value()->commit(u"import"_s, R"({"source":"<b>bold</b>.json"})"));

    QVERIFY(m_store->addRecordNote(r.id, hostile(u"note"_s), agent));
    RefundRequest request;
    request.paymentRecordId = r.id;
    request.amount = 1000;
    request.note = hostile(u"refund note"_s);
    request.metadata.insert(u"<i>ticket</i>"_s, hostile(u"ticket"_s));
    request.reported = true;
    request.refundReference = hostile(u"refund reference"_s);
    const auto created = m_store->createRefund(request, Actor {u"<b>agent</b>"_s});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    m_refund = created->refund;
    const auto stored = m_store->record(r.id);
    QVERIFY(stored);
    m_record = stored.value();
}

void tst_HostileDisplay::cleanup()
{
    m_store.reset();
    const QStringList wrong = std::exchange(m_wrong, {});
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

void tst_HostileDisplay::cleanupTestCase()
{
    qInfo("reliability: hostiledisplay: %d test functions: %d labels and %d tooltips with markup "
          "checked",
          m_widgets, m_labels, m_tooltips);
}

void tst_HostileDisplay::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("REFUNDDESK_HOSTILE_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + u".png"_s));
}

int tst_HostileDisplay::checkLabels(QWidget *root, const char *name)
{
    int shown = 0;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (label->textFormat() == Qt::PlainText || label->textFormat() == Qt::MarkdownText) {
            shown += holdsMarkup(text) ? 1 : 0;
            if (label->textFormat() == Qt::MarkdownText && holdsMarkup(text))
                qWarning("%s: %s is Markdown", name, qPrintable(label->objectName()));
            continue;
        }
        // Rich or automatic: the markup must not be taken as markup, so what is shown
        // still holds it literally, or the text holds none.
        const QString seen = shownText(text, label->textFormat() == Qt::RichText);
        if (holdsMarkup(text) || holdsMarkup(seen) || text.contains(u"&lt;"_s)) {
            ++shown;
            if (!holdsMarkup(seen)) {
                m_wrong << u"%1: label %2 renders \"%3\" as markup"_s.arg(
                    QLatin1String(name), label->objectName(), text.left(200));
            }
        }
    }
    m_labels += shown;
    return shown;
}

void tst_HostileDisplay::checkModel(QAbstractItemModel &model, const char *name)
{
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            const QString display = model.data(index, Qt::DisplayRole).toString();
            const QString tip = model.data(index, Qt::ToolTipRole).toString();
            if (tip.isEmpty())
                continue;
            const QString seen = shownText(tip);
            if (holdsMarkup(tip) || holdsMarkup(seen) || tip.contains(u"&lt;"_s)) {
                ++checked;
                QVERIFY2(holdsMarkup(seen),
                         qPrintable(u"%1: tooltip of row %2 column %3 renders \"%4\" as markup"_s
                                        .arg(QLatin1String(name))
                                        .arg(row)
                                        .arg(column)
                                        .arg(tip.left(200))));
            }
            Q_UNUSED(display);
        }
    }
    QVERIFY2(checked > 0, name); // the model showed none of the hostile text: nothing tested
    m_tooltips += checked;
}

void tst_HostileDisplay::detailPane()
{
    RecordDetailPane pane(*m_store, agent);
    pane.resize(560, 900);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showRecord(m_record.id);
    QCoreApplication::processEvents();
    QVERIFY(checkLabels(&pane, "detail pane") >= 4);
    screenshot(&pane, u"hostile-detailpane"_s);
    // The history timeline and the refunds table are item views: their tooltips too.
    for (QAbstractItemView *view : pane.findChildren<QAbstractItemView *>()) {
        if (view->model() && view->model()->rowCount() > 0)
            checkModel(*view->model(), qPrintable(view->objectName()));
    }
}

void tst_HostileDisplay::refundDialog()
{
    RefundDialog dialog(*m_store, m_record, agent);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(checkLabels(&dialog, "refund dialog") >= 2);
    screenshot(&dialog, u"hostile-refunddialog"_s);
}

void tst_HostileDisplay::statusChangeDialog()
{
    StatusChangeDialog dialog(m_refund, RefundStatus::Failed, paidAt + 86400);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(checkLabels(&dialog, "status change dialog") >= 1);
}

void tst_HostileDisplay::approvalDialog()
{
    ApprovalDialog dialog(m_refund, true, hostile(u"customer"_s));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(checkLabels(&dialog, "approval dialog") >= 1);
}

void tst_HostileDisplay::metadataDialog()
{
    MetadataDialog dialog(*m_store, m_record, agent);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkLabels(&dialog, "metadata dialog");
    // A key the rules refuse: the problem line quotes it.
    Metadata refused = m_record.metadata;
    refused.insert(u"<b>bold</b>[x]"_s, u"v"_s);
    dialog.editor()->setMetadata(refused);
    Q_EMIT dialog.editor()->changed(); // as an edit in the table would
    QCoreApplication::processEvents();
    auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_s);
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(u"<b>bold</b>[x]"_s), qPrintable(problem->text()));
    QVERIFY(checkLabels(&dialog, "metadata dialog") >= 1);
}

void tst_HostileDisplay::rejectionReport()
{
    Rejection rejection;
    rejection.index = 3;
    rejection.id = u"pr_<b>bold</b>"_s;
    rejection.object = u"payment_record"_s;
    rejection.field = u"metadata[<img src=x>]"_s;
    rejection.reason = hostile(u"reason"_s);
    RejectionReportDialog dialog(u"/tmp/<b>bold</b>.json"_s, hostile(u"headline"_s),
                                 hostile(u"summary"_s), {rejection}, 1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>();
    QVERIFY(list);
    list->setCurrentItem(list->topLevelItem(0));
    QCoreApplication::processEvents();
    QVERIFY(checkLabels(&dialog, "import report") >= 4);
    checkModel(*list->model(), "import report list");
    screenshot(&dialog, u"hostile-rejectionreport"_s);
}

void tst_HostileDisplay::tooltips()
{
    PaymentListModel payments(*m_store);
    payments.setQuery(RecordQuery {});
    QTRY_VERIFY(payments.rowCount() > 0);
    checkModel(payments, "payment list");

    HistoryModel history(*m_store);
    history.setRecord(m_record.id);
    QTRY_VERIFY(history.rowCount() > 0);
    checkModel(history, "history");

    AuditModel audit(*m_store, agent);
    audit.setQuery(AuditQuery {});
    QTRY_VERIFY(audit.rowCount() > 0);
    checkModel(audit, "audit log");
}

QTEST_MAIN(tst_HostileDisplay)
#include "tst_hostiledisplay.moc"

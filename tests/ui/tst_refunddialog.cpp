#include "amountvalidator.h"
#include "failingstore.h"
#include "metadataeditor.h"
#include "refunddialog.h"
#include "seedrecords.h"
#include "store/sqlitestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 nowSeconds = TestSeed::newest + 86400; // a day after the newest record

const QString mia = u"pr_usd_mia"_s; // $400.00 paid, $92.98 refunded before: $307.02 left
const QString kenji = u"pr_jpy_kenji"_s; // ¥5,550
const QString omar = u"pr_kwd_omar"_s; // KWD 12.345
const QString failed = u"pr_usd_failed"_s;

PaymentRecord paidRecord(const QString &id, const QString &currency, qint64 amount,
                         const QString &name, const QString &email)
{
    PaymentRecord record;
    record.id = id;
    record.currency = currency;
    record.amountRequested = record.amountAuthorized = record.amountGuaranteed = amount;
    record.created = TestSeed::newest - 3600;
    record.customer.customer = u"cus_"_s + id.mid(3);
    record.customer.name = name;
    record.customer.email = email;
    record.paymentMethod.type = u"card"_s;
    record.paymentMethod.cardBrand = u"visa"_s;
    record.paymentMethod.cardLast4 = u"4242"_s;
    return record;
}

QList<PaymentRecord> dialogRecords()
{
    PaymentRecord usd =
        paidRecord(mia, u"usd"_s, 40000, u"Mia Larsen"_s, u"mia.larsen0@example.com"_s);
    usd.amountRefunded = 9298; // refunded outside the desk before the import
    PaymentRecord bad = paidRecord(failed, u"usd"_s, 0, u"Ava Okafor"_s, u"ava@example.com"_s);
    bad.amountRequested = bad.amountFailed = 1500;
    return {usd, paidRecord(kenji, u"jpy"_s, 5550, u"Kenji Tanaka"_s, u"kenji@example.com"_s),
            paidRecord(omar, u"kwd"_s, 12345, u"Omar Haddad"_s, u"omar@example.com"_s), bad};
}

/// The dialog's widgets, found by the object names the dialog promises.
struct Form
{
    explicit Form(RefundDialog &dialog)
        : amount(find<QLineEdit>(dialog, "amountField"))
        , fullAmount(find<QPushButton>(dialog, "fullAmountButton"))
        , reason(find<QComboBox>(dialog, "reasonField"))
        , note(find<QPlainTextEdit>(dialog, "noteField"))
        , metadata(find<MetadataEditor>(dialog, "metadataEditor"))
        , metadataTable(find<QTableWidget>(dialog, "metadataTable"))
        , addMetadata(find<QPushButton>(dialog, "addMetadataButton"))
        , reported(find<QCheckBox>(dialog, "reportedCheck"))
        , reference(find<QLineEdit>(dialog, "referenceField"))
        , refundedAt(find<QDateTimeEdit>(dialog, "refundedAtField"))
        , continueButton(find<QPushButton>(dialog, "continueButton"))
        , confirm(find<QPushButton>(dialog, "confirmButton"))
        , back(find<QPushButton>(dialog, "backButton"))
        , problem(find<QLabel>(dialog, "problemLabel"))
        , summary(find<QLabel>(dialog, "summaryLabel"))
        , refundable(find<QLabel>(dialog, "refundableLabel"))
        , pages(dialog.findChild<QStackedWidget *>())
    { }

    bool complete() const
    {
        return amount && fullAmount && reason && note && metadata && metadataTable && addMetadata
            && reported && reference && refundedAt && continueButton && confirm && back && problem
            && summary && refundable && pages;
    }
    bool onConfirmPage() const { return pages->currentWidget()->isAncestorOf(confirm); }
    /// Waits for the confirm button to arm (RefundDialog::ConfirmArmDelayMs).
    bool armed() const
    {
        return QTest::qWaitFor([this] { return confirm->isEnabled() && confirm->hasFocus(); },
                               10 * RefundDialog::ConfirmArmDelayMs);
    }

    template<typename T>
    static T *find(RefundDialog &dialog, const char *name)
    {
        return dialog.findChild<T *>(QString::fromLatin1(name));
    }

    QLineEdit *amount;
    QPushButton *fullAmount;
    QComboBox *reason;
    QPlainTextEdit *note;
    MetadataEditor *metadata;
    QTableWidget *metadataTable;
    QPushButton *addMetadata;
    QCheckBox *reported;
    QLineEdit *reference;
    QDateTimeEdit *refundedAt;
    QPushButton *continueButton;
    QPushButton *confirm;
    QPushButton *back;
    QLabel *problem;
    QLabel *summary;
    QLabel *refundable;
    QStackedWidget *pages;
};

QString errorText(const Error &error)
{
    return error.message;
}

} // namespace

class tst_RefundDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsPaymentAndRemainingAmount();
    void everyInputIsNamed();
    void partialRefund();
    void fullAmountButton_data();
    void fullAmountButton();
    void overRefundIsRefused();
    void zeroIsRefused();
    void thirdDecimalInUsd();
    void decimalsInJpy();
    void localeComma();
    void enterTwiceCreatesOneRefund();
    void doubleClickCreatesOneRefund();
    void reasonNoteAndMetadataReachTheStore();
    void metadataProblems();
    void noteTooLong();
    void reportedNeedsReference();
    void reportedInTheFuture();
    void failedPaymentCannotBeRefunded();
    void storeErrorKeepsDialogOpen();
    void refundedMeanwhile();
    void backReturnsToTheForm();
    void keyboardOnly();
    void escapeCancels();
    void screenshot();

private:
    std::unique_ptr<RefundDialog> open(const QString &recordId);
    QList<Refund> refundsOf(const QString &recordId);
    qint64 refundable(const QString &recordId);

    const Actor m_actor {u"agent:test"_s};
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    int m_databases = 0;
};

void tst_RefundDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_RefundDialog::init()
{
    // Amounts read per locale; pin one so the expectations hold on any machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto opened = SqliteStore::open(m_dir.filePath(u"refunds-%1.sqlite"_s.arg(++m_databases)));
    QVERIFY2(opened, qPrintable(opened ? QString() : errorText(opened.error())));
    m_store = std::move(opened).value();
    m_store->setClock([] { return nowSeconds * 1000; });
    const auto seeded = TestSeed::seed(*m_store, 20, dialogRecords());
    QVERIFY2(seeded, qPrintable(seeded ? QString() : errorText(seeded.error())));
    QCOMPARE(refundable(mia), 30702);
}

void tst_RefundDialog::cleanup()
{
    m_store.reset();
}

std::unique_ptr<RefundDialog> tst_RefundDialog::open(const QString &recordId)
{
    const auto record = m_store->record(recordId);
    if (!record) {
        qWarning("%s", qPrintable(record.error().message));
        return {};
    }
    auto dialog = std::make_unique<RefundDialog>(*m_store, record.value(), m_actor);
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        return {};
    return dialog;
}

QList<Refund> tst_RefundDialog::refundsOf(const QString &recordId)
{
    auto refunds = m_store->refundsOf(recordId);
    if (!refunds) {
        qWarning("%s", qPrintable(refunds.error().message));
        return {};
    }
    return refunds.value();
}

qint64 tst_RefundDialog::refundable(const QString &recordId)
{
    const auto record = m_store->record(recordId);
    return record ? record->refundable() : -1;
}

void tst_RefundDialog::showsPaymentAndRemainingAmount()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    const auto label = [&](const char *name) {
        auto *found = dialog->findChild<QLabel *>(QString::fromLatin1(name));
        return found ? found->text() : QString();
    };
    QCOMPARE(label("recordIdLabel"), mia);
    QCOMPARE(label("customerLabel"), u"Mia Larsen (mia.larsen0@example.com)"_s);
    QCOMPARE(form.refundable->text(), u"$307.02"_s);
    QCOMPARE(label("paidLabel"), u"of $400.00 paid"_s);
    QVERIFY(form.refundable->alignment() & Qt::AlignRight);
    QVERIFY(form.amount->alignment() & Qt::AlignRight);
    QVERIFY(dialog->windowTitle().contains(mia));

    QVERIFY(!form.onConfirmPage());
    QVERIFY(form.amount->hasFocus());
    QVERIFY(form.amount->text().isEmpty());
    QVERIFY(!form.continueButton->isEnabled());
    QVERIFY(form.continueButton->isDefault());
    QCOMPARE(form.problem->text(),
             u"Enter the amount to refund, at most $307.02, or choose Full amount."_s);
    QVERIFY(!form.reference->isEnabled());
    QVERIFY(!form.refundedAt->isEnabled());

    QCOMPARE(form.reason->count(), 4);
    QCOMPARE(form.reason->currentData().toInt(), int(RefundReason::None));
    QCOMPARE(form.reason->itemText(3), displayName(RefundReason::RequestedByCustomer));

    // One key per dialog, kept for its lifetime, different for the next one.
    QVERIFY(dialog->idempotencyKey().startsWith(u"idem_"_s));
    QCOMPARE(dialog->request().idempotencyKey, dialog->idempotencyKey());
    RefundDialog other(*m_store, m_store->record(mia).value(), m_actor);
    QVERIFY(other.idempotencyKey() != dialog->idempotencyKey());
}

void tst_RefundDialog::everyInputIsNamed()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    const char *names[] = {
        "amountField",   "fullAmountButton", "reasonField",     "noteField",      "metadataEditor",
        "reportedCheck", "referenceField",   "refundedAtField", "continueButton", "confirmButton",
        "backButton",    "problemLabel",     "summaryLabel"};
    for (const char *name : names) {
        auto *widget = dialog->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        if (qobject_cast<QLabel *>(widget) || qobject_cast<QPushButton *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty() || !widget->property("text").isNull(),
                     name);
        else
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // Every labelled input is reachable by its mnemonic.
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            QVERIFY2(label->text().contains(u'&'), qPrintable(label->text()));
    }
}

void tst_RefundDialog::partialRefund()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QSignalSpy created(dialog.get(), &RefundDialog::refundCreated);

    QTest::keyClicks(form.amount, u"25"_s);
    QVERIFY(form.continueButton->isEnabled());
    QCOMPARE(form.problem->text(), QString());
    QVERIFY(form.problem->isHidden());
    QTest::mouseClick(form.continueButton, Qt::LeftButton);

    QVERIFY(form.onConfirmPage());
    QCOMPARE(form.summary->text(),
             u"Refund $25.00 of $307.02 to Mia Larsen (mia.larsen0@example.com) on "
             "pr_usd_mia? This cannot be undone."_s);
    QCOMPARE(form.confirm->text(), u"Refund $25.00"_s);
    QVERIFY(form.confirm->isDefault());
    QVERIFY(refundsOf(mia).isEmpty()); // nothing happens before the confirmation

    QVERIFY(form.armed());
    QTest::mouseClick(form.confirm, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());

    const QList<Refund> refunds = refundsOf(mia);
    QCOMPARE(refunds.size(), 1);
    const Refund &refund = refunds.first();
    QCOMPARE(refund.amount, 2500);
    QCOMPARE(refund.currency, u"usd"_s);
    QCOMPARE(toString(refund.status), toString(RefundStatus::Pending));
    QCOMPARE(refund.createdBy, m_actor.name);
    QCOMPARE(refund.idempotencyKey, dialog->idempotencyKey());
    QCOMPARE(toString(refund.reason), QString());
    QCOMPARE(refundable(mia), 30702 - 2500);

    QCOMPARE(dialog->createdRefund(), refund);
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().value<Refund>().id, refund.id);
}

void tst_RefundDialog::fullAmountButton_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("button");

    QTest::newRow("usd en_US") << u"en_US"_s << mia << u"307.02"_s << qint64(30702)
                               << u"Refund $307.02"_s;
    QTest::newRow("usd de_DE") << u"de_DE"_s << mia << u"307,02"_s << qint64(30702)
                               << u"Refund $307,02"_s;
    QTest::newRow("jpy en_US") << u"en_US"_s << kenji << u"5550"_s << qint64(5550)
                               << u"Refund ¥5,550"_s;
    QTest::newRow("kwd en_US") << u"en_US"_s << omar << u"12.345"_s << qint64(12345)
                               << u"Refund KWD 12.345"_s;
    QTest::newRow("kwd de_DE") << u"de_DE"_s << omar << u"12,345"_s << qint64(12345)
                               << u"Refund KWD 12,345"_s;
}

void tst_RefundDialog::fullAmountButton()
{
    QFETCH(QString, locale);
    QFETCH(QString, record);
    QFETCH(QString, text);
    QFETCH(qint64, value);
    QFETCH(QString, button);

    QLocale::setDefault(QLocale(locale));
    auto dialog = open(record);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());

    QTest::mouseClick(form.fullAmount, Qt::LeftButton);
    QCOMPARE(form.amount->text(), text);
    QVERIFY(form.amount->hasAcceptableInput());
    QCOMPARE(dialog->request().amount, value);
    QVERIFY2(form.continueButton->isEnabled(), qPrintable(form.problem->text()));
    QTest::mouseClick(form.continueButton, Qt::LeftButton);
    QCOMPARE(form.confirm->text(), button);
    QVERIFY(form.armed());
    QTest::mouseClick(form.confirm, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QList<Refund> refunds = refundsOf(record);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().amount, value);
    QCOMPARE(refundable(record), 0);
}

void tst_RefundDialog::overRefundIsRefused()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());

    QTest::keyClicks(form.amount, u"400"_s);
    QVERIFY(form.amount->hasAcceptableInput()); // well formed, but too much
    QVERIFY(!form.continueButton->isEnabled());
    QCOMPARE(form.problem->text(),
             u"Refund of $400.00 exceeds the $307.02 still refundable on pr_usd_mia."_s);
    QVERIFY(form.problem->isVisible());

    // Enter cannot get past it either.
    QTest::keyClick(form.amount, Qt::Key_Return);
    QVERIFY(!form.onConfirmPage());
    QVERIFY(dialog->isVisible());

    // One cent over is over.
    form.amount->clear();
    QTest::keyClicks(form.amount, u"307.03"_s);
    QVERIFY(!form.continueButton->isEnabled());
    QVERIFY(form.problem->text().startsWith(u"Refund of $307.03 exceeds"_s));
    form.amount->clear();
    QTest::keyClicks(form.amount, u"307.02"_s);
    QVERIFY(form.continueButton->isEnabled());

    dialog->reject();
    QVERIFY(refundsOf(mia).isEmpty());
    QCOMPARE(refundable(mia), 30702);
}

void tst_RefundDialog::zeroIsRefused()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QTest::keyClicks(form.amount, u"0.00"_s);
    QVERIFY(!form.continueButton->isEnabled());
    QCOMPARE(form.problem->text(), u"Refund amount $0.00 must be greater than zero."_s);
}

void tst_RefundDialog::thirdDecimalInUsd()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());

    // The validator refuses the third decimal as it is typed, and the dialog says why.
    QTest::keyClicks(form.amount, u"12.345"_s);
    QCOMPARE(form.amount->text(), u"12.34"_s);
    QCOMPARE(form.problem->text(),
             uR"(Amount: "12.345" has 3 decimals, but USD allows at most 2)"_s);

    // Text that bypasses the keyboard (set by a program) is checked all the same.
    form.amount->setText(u"12.345"_s);
    QVERIFY(!form.amount->hasAcceptableInput());
    QVERIFY(!form.continueButton->isEnabled());
    QCOMPARE(form.problem->text(),
             uR"(Amount: "12.345" has 3 decimals, but USD allows at most 2)"_s);
    QCOMPARE(dialog->request().amount, 0);

    // Letters are refused the same way.
    form.amount->clear();
    QTest::keyClicks(form.amount, u"1x"_s);
    QCOMPARE(form.amount->text(), u"1"_s);
    QCOMPARE(form.problem->text(),
             uR"(Amount: "1x" contains "x", which is not part of an amount)"_s);
    QVERIFY(refundsOf(mia).isEmpty());
}

void tst_RefundDialog::decimalsInJpy()
{
    auto dialog = open(kenji);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QCOMPARE(form.refundable->text(), u"¥5,550"_s);

    QTest::keyClicks(form.amount, u"12.5"_s);
    QCOMPARE(form.amount->text(), u"12."_s);
    QCOMPARE(form.problem->text(), uR"(Amount: "12.5" has decimals, but JPY has no decimals)"_s);

    form.amount->setText(u"12.50"_s);
    QVERIFY(!form.continueButton->isEnabled());
    QCOMPARE(form.problem->text(), uR"(Amount: "12.50" has decimals, but JPY has no decimals)"_s);

    form.amount->clear();
    QTest::keyClicks(form.amount, u"1,000"_s);
    QVERIFY(form.continueButton->isEnabled());
    QTest::keyClick(form.amount, Qt::Key_Return);
    QCOMPARE(form.confirm->text(), u"Refund ¥1,000"_s);
    QVERIFY(form.armed());
    QTest::keyClick(form.confirm, Qt::Key_Return);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(refundsOf(kenji).size(), 1);
    QCOMPARE(refundsOf(kenji).first().amount, 1000);
}

void tst_RefundDialog::localeComma()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QCOMPARE(form.refundable->text(), u"$307,02"_s);

    QTest::keyClicks(form.amount, u"12,50"_s);
    QVERIFY2(form.continueButton->isEnabled(), qPrintable(form.problem->text()));
    QTest::keyClick(form.amount, Qt::Key_Return);
    QVERIFY(form.onConfirmPage());
    QCOMPARE(form.confirm->text(), u"Refund $12,50"_s);
    QVERIFY(form.summary->text().startsWith(u"Refund $12,50 of $307,02 to Mia Larsen"_s));
    QVERIFY(form.armed());
    QTest::keyClick(form.confirm, Qt::Key_Return);
    QCOMPARE(refundsOf(mia).size(), 1);
    QCOMPARE(refundsOf(mia).first().amount, 1250);
}

void tst_RefundDialog::enterTwiceCreatesOneRefund()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QSignalSpy created(dialog.get(), &RefundDialog::refundCreated);

    QTest::keyClicks(form.amount, u"25"_s);
    QTest::keyClick(form.amount, Qt::Key_Return);
    QVERIFY(form.onConfirmPage());
    // A second Enter right away (a double press, a held key) refunds nothing: the confirm
    // button is not armed until the agent has had a moment to read the page.
    QVERIFY(!form.confirm->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QVERIFY(form.onConfirmPage());
    QCOMPARE(created.count(), 0);
    QVERIFY(refundsOf(mia).isEmpty());
    // Then Enter, and Enter again on whatever is still there to take it.
    QVERIFY(form.armed());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(form.confirm, Qt::Key_Return);
    QTest::keyClick(dialog.get(), Qt::Key_Return);

    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(created.count(), 1);
    QCOMPARE(refundsOf(mia).size(), 1);
    QCOMPARE(refundable(mia), 30702 - 2500);
    QVERIFY(!form.confirm->isEnabled());

    // Even a retry that reached the store would get the first refund back.
    const auto retried = m_store->createRefund(dialog->request(), m_actor);
    QVERIFY(retried);
    QVERIFY(retried->replayed);
    QCOMPARE(retried->refund.id, dialog->createdRefund().id);
    QCOMPARE(refundsOf(mia).size(), 1);
}

void tst_RefundDialog::doubleClickCreatesOneRefund()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QSignalSpy created(dialog.get(), &RefundDialog::refundCreated);

    QTest::keyClicks(form.amount, u"25"_s);
    QTest::mouseClick(form.continueButton, Qt::LeftButton);
    QVERIFY(form.armed());
    QTest::mouseDClick(form.confirm, Qt::LeftButton);
    QTest::mouseClick(form.confirm, Qt::LeftButton);

    QCOMPARE(created.count(), 1);
    QCOMPARE(refundsOf(mia).size(), 1);
    QCOMPARE(refundsOf(mia).first().amount, 2500);
}

void tst_RefundDialog::reasonNoteAndMetadataReachTheStore()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());

    QTest::keyClicks(form.amount, u"10"_s);
    form.reason->setFocus();
    QTest::keyClick(form.reason, Qt::Key_Down);
    QCOMPARE(form.reason->currentData().toInt(), int(RefundReason::Duplicate));
    form.note->setFocus();
    QTest::keyClicks(form.note, u"Charged twice for order 40012"_s);

    // A key and a value, typed into the table; Enter commits the cell and stays there.
    QTest::mouseClick(form.addMetadata, Qt::LeftButton);
    QWidget *keyEditor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(keyEditor));
    QTest::keyClicks(keyEditor, u"ticket"_s);
    QTest::keyClick(keyEditor, Qt::Key_Tab);
    QWidget *valueEditor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(valueEditor));
    QVERIFY(valueEditor != keyEditor);
    QTest::keyClicks(valueEditor, u"T-1234"_s);
    QTest::keyClick(valueEditor, Qt::Key_Return);
    QTRY_COMPARE(form.metadata->metadata(), (Metadata {{u"ticket"_s, u"T-1234"_s}}));
    QVERIFY(!form.onConfirmPage());

    QVERIFY2(form.continueButton->isEnabled(), qPrintable(form.problem->text()));
    QTest::mouseClick(form.continueButton, Qt::LeftButton);
    const auto detail = [&](const char *name) {
        auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(name));
        return label && label->isVisible() ? label->text() : QString();
    };
    QCOMPARE(detail("remainingSummary"), u"$297.02"_s);
    QCOMPARE(detail("reasonSummary"), u"Duplicate"_s);
    QCOMPARE(detail("noteSummary"), u"Charged twice for order 40012"_s);
    QCOMPARE(detail("metadataSummary"), u"ticket = T-1234"_s);
    QCOMPARE(detail("referenceSummary"), QString()); // not reported: no such row
    QVERIFY(form.armed());
    QTest::mouseClick(form.confirm, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QList<Refund> refunds = refundsOf(mia);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().amount, 1000);
    QCOMPARE(toString(refunds.first().reason), toString(RefundReason::Duplicate));
    QCOMPARE(refunds.first().note, u"Charged twice for order 40012"_s);
    QCOMPARE(refunds.first().metadata, (Metadata {{u"ticket"_s, u"T-1234"_s}}));
}

void tst_RefundDialog::metadataProblems()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QTest::keyClicks(form.amount, u"10"_s);
    QVERIFY(form.continueButton->isEnabled());

    form.metadata->setMetadata({{u"order[1]"_s, u"40012"_s}});
    // setMetadata() is a program's doing; the next edit revalidates.
    QTest::keyClicks(form.amount, u"0"_s);
    QVERIFY(!form.continueButton->isEnabled());
    QCOMPARE(form.problem->text(),
             uR"(metadata key "order[1]" contains a square bracket, which is not allowed.)"_s);

    // The same key twice would silently keep one value; it is refused instead.
    form.metadata->setMetadata({{u"ticket"_s, u"T-1"_s}});
    QTest::mouseClick(form.addMetadata, Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), u"ticket"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"T-2"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(form.problem->text(),
                 uR"(metadata key "ticket" is given twice, in rows 1 and 2.)"_s);
    QVERIFY(!form.continueButton->isEnabled());

    // Delete removes the current row; then all is well again.
    form.metadataTable->setFocus();
    QTest::keyClick(form.metadataTable, Qt::Key_Delete);
    QCOMPARE(form.metadataTable->rowCount(), 1);
    QCOMPARE(form.metadata->metadata(), (Metadata {{u"ticket"_s, u"T-1"_s}}));
    QVERIFY2(form.continueButton->isEnabled(), qPrintable(form.problem->text()));
    QVERIFY(refundsOf(mia).isEmpty());
}

void tst_RefundDialog::noteTooLong()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QTest::keyClicks(form.amount, u"10"_s);
    form.note->setPlainText(QString(2001, u'x'));
    QVERIFY(!form.continueButton->isEnabled());
    QCOMPARE(form.problem->text(), u"note has 2001 characters; at most 2000 are allowed."_s);
    form.note->setPlainText(QString(2000, u'x'));
    QVERIFY(form.continueButton->isEnabled());
}

void tst_RefundDialog::reportedNeedsReference()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QTest::keyClicks(form.amount, u"25"_s);
    QVERIFY(form.continueButton->isEnabled());

    form.reported->setFocus();
    QTest::keyClick(form.reported, Qt::Key_Space);
    QVERIFY(form.reported->isChecked());
    QVERIFY(form.reference->isEnabled());
    QVERIFY(form.refundedAt->isEnabled());
    QVERIFY(!form.continueButton->isEnabled());
    QCOMPARE(form.problem->text(),
             u"A refund reported as already refunded at the processor needs the processor's "
             "refund reference."_s);

    QTest::keyClicks(form.reference, u"   "_s);
    QVERIFY(!form.continueButton->isEnabled()); // blanks are no reference
    form.reference->clear();
    QTest::keyClicks(form.reference, u"proc_re_778"_s);
    QVERIFY2(form.continueButton->isEnabled(), qPrintable(form.problem->text()));

    const QDateTime refundedAt = QDateTime::fromSecsSinceEpoch(nowSeconds - 7200);
    form.refundedAt->setDateTime(refundedAt);
    QTest::keyClick(form.reference, Qt::Key_Return);
    QVERIFY(form.onConfirmPage());
    QCOMPARE(form.summary->text(),
             u"Record that $25.00 of $307.02 was already refunded to Mia Larsen "
             "(mia.larsen0@example.com) on pr_usd_mia at the processor? This cannot be undone."_s);
    QCOMPARE(form.confirm->text(), u"Record refund of $25.00"_s);
    auto *reference = dialog->findChild<QLabel *>(u"referenceSummary"_s);
    QVERIFY(reference && reference->isVisible());
    QCOMPARE(reference->text(), u"proc_re_778"_s);
    QVERIFY(form.armed());
    QTest::keyClick(form.confirm, Qt::Key_Return);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QList<Refund> refunds = refundsOf(mia);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(toString(refunds.first().status), toString(RefundStatus::Succeeded));
    QCOMPARE(refunds.first().refundReference, u"proc_re_778"_s);
    QCOMPARE(refunds.first().refundedAt, std::optional<qint64>(nowSeconds - 7200));
    QCOMPARE(m_store->record(mia)->amountRefunded, 9298 + 2500);
}

void tst_RefundDialog::reportedInTheFuture()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QTest::keyClicks(form.amount, u"25"_s);
    form.reported->setChecked(true);
    QTest::keyClicks(form.reference, u"proc_re_779"_s);
    QVERIFY(form.continueButton->isEnabled());

    form.refundedAt->setDateTime(QDateTime::fromSecsSinceEpoch(nowSeconds + 2 * 86400));
    QVERIFY(!form.continueButton->isEnabled());
    QCOMPARE(form.problem->text(),
             u"refunded_at 2026-11-23T12:00:00Z is in the future (now is 2026-11-21T12:00:00Z)."_s);
    form.refundedAt->setDateTime(QDateTime::fromSecsSinceEpoch(TestSeed::newest - 7200));
    QVERIFY(form.problem->text().startsWith(u"refunded_at 2026-11-20T10:00:00Z is before payment "
                                            "pr_usd_mia was created"_s));
    QVERIFY(!form.continueButton->isEnabled());
}

void tst_RefundDialog::failedPaymentCannotBeRefunded()
{
    auto dialog = open(failed);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    const QString why = u"pr_usd_failed cannot be refunded: the payment failed."_s;
    QCOMPARE(form.problem->text(), why);
    QTest::mouseClick(form.fullAmount, Qt::LeftButton);
    QTest::keyClicks(form.amount, u"5"_s);
    QCOMPARE(form.problem->text(), why);
    QVERIFY(!form.continueButton->isEnabled());
    QVERIFY(refundsOf(failed).isEmpty());
}

void tst_RefundDialog::storeErrorKeepsDialogOpen()
{
    Testing::FailingStore store;
    store.setClock([] { return nowSeconds * 1000; });
    const PaymentRecord record = dialogRecords().first();
    RefundDialog dialog(store, record, m_actor);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Form form(dialog);
    QVERIFY(form.complete());
    QSignalSpy created(&dialog, &RefundDialog::refundCreated);

    QTest::keyClicks(form.amount, u"25"_s);
    QTest::mouseClick(form.continueButton, Qt::LeftButton);
    QVERIFY(form.armed());
    QTest::mouseClick(form.confirm, Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted, nothing to return
    QCOMPARE(created.count(), 0);
    QVERIFY(!form.onConfirmPage());
    QCOMPARE(form.problem->text(), u"database disk image is malformed"_s);
    QVERIFY(form.problem->isVisible());
    QVERIFY(dialog.createdRefund().id.isEmpty());
    // Storage trouble may pass: trying again is allowed, and editing clears the message.
    QVERIFY(form.continueButton->isEnabled());
    QTest::keyClicks(form.amount, u"0"_s);
    QCOMPARE(form.problem->text(), QString());
}

void tst_RefundDialog::refundedMeanwhile()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    const QString key = dialog->idempotencyKey();

    // Another agent refunds most of it while this dialog is open.
    RefundRequest other;
    other.paymentRecordId = mia;
    other.amount = 30000;
    QVERIFY(m_store->createRefund(other, Actor {u"agent:other"_s}));

    QTest::keyClicks(form.amount, u"25"_s);
    QTest::mouseClick(form.continueButton, Qt::LeftButton);
    QVERIFY(form.armed());
    QTest::mouseClick(form.confirm, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!form.onConfirmPage());
    QCOMPARE(form.problem->text(),
             u"Refund of $25.00 exceeds the $7.02 still refundable on pr_usd_mia."_s);
    QCOMPARE(form.refundable->text(), u"$7.02"_s);
    QCOMPARE(refundsOf(mia).size(), 1);

    // What is left can still be refunded, under the same key: the refused try used none.
    QTest::mouseClick(form.fullAmount, Qt::LeftButton);
    QCOMPARE(form.amount->text(), u"7.02"_s);
    QCOMPARE(form.problem->text(), QString());
    QTest::mouseClick(form.continueButton, Qt::LeftButton);
    QVERIFY(form.armed());
    QTest::mouseClick(form.confirm, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(refundsOf(mia).size(), 2);
    QCOMPARE(dialog->createdRefund().amount, 702);
    QCOMPARE(dialog->createdRefund().idempotencyKey, key);
    QCOMPARE(refundable(mia), 0);
}

void tst_RefundDialog::backReturnsToTheForm()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QTest::keyClicks(form.amount, u"25"_s);
    QTest::keyClick(form.amount, Qt::Key_Return);
    QVERIFY(form.onConfirmPage());
    QTest::keyClick(dialog.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_VERIFY(!form.onConfirmPage()); // the mnemonic animates a click
    QVERIFY(form.amount->hasFocus());
    QVERIFY(form.continueButton->isDefault());
    QCOMPARE(form.amount->text(), u"25"_s);

    // A changed amount is what the confirmation then names.
    form.amount->selectAll();
    QTest::keyClicks(form.amount, u"30"_s);
    QTest::keyClick(form.amount, Qt::Key_Return);
    QCOMPARE(form.confirm->text(), u"Refund $30.00"_s);
    QVERIFY(refundsOf(mia).isEmpty());
}

void tst_RefundDialog::keyboardOnly()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QTest::keyClicks(form.amount, u"25"_s);

    // Tab visits the fields top to bottom; disabled ones are skipped.
    QStringList visited;
    for (int i = 0; i < 12; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        visited << focus->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
        if (QApplication::focusWidget() == form.amount)
            break;
    }
    QCOMPARE(visited,
             (QStringList {u"amountField"_s, u"fullAmountButton"_s, u"reasonField"_s,
                           u"noteField"_s, u"metadataTable"_s, u"addMetadataButton"_s,
                           u"reportedCheck"_s, u"cancelButton"_s, u"continueButton"_s}));

    // Mnemonics: Alt+F fills in the full amount, Alt+E jumps to the reason.
    // A button's mnemonic animates a click, which lands a moment later.
    QTest::keyClick(dialog.get(), Qt::Key_F, Qt::AltModifier);
    QTRY_COMPARE(form.amount->text(), u"307.02"_s);
    QTest::keyClick(dialog.get(), Qt::Key_E, Qt::AltModifier);
    QVERIFY(form.reason->hasFocus());
    QTest::keyClick(dialog.get(), Qt::Key_A, Qt::AltModifier);
    QVERIFY(form.amount->hasFocus());
    // Insert in the metadata table adds a row.
    QTest::keyClick(dialog.get(), Qt::Key_M, Qt::AltModifier);
    QVERIFY(form.metadataTable->hasFocus());
    QTest::keyClick(form.metadataTable, Qt::Key_Insert);
    QCOMPARE(form.metadataTable->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leaves the cell only
    QVERIFY(dialog->isVisible());
}

void tst_RefundDialog::escapeCancels()
{
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QTest::keyClicks(form.amount, u"25"_s);
    QTest::keyClick(form.amount, Qt::Key_Return);
    QVERIFY(form.onConfirmPage());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->isVisible());
    QVERIFY(refundsOf(mia).isEmpty());
}

void tst_RefundDialog::screenshot()
{
    // Writes refund-dialog.png and refund-confirm.png when asked:
    // REFUNDDESK_SCREENSHOT_DIR=docs/screenshots.
    const QString folder = qEnvironmentVariable("REFUNDDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("REFUNDDESK_SCREENSHOT_DIR is not set");
    auto dialog = open(mia);
    QVERIFY(dialog);
    Form form(*dialog);
    QVERIFY(form.complete());
    QTest::keyClicks(form.amount, u"25"_s);
    form.reason->setCurrentIndex(form.reason->findData(int(RefundReason::RequestedByCustomer)));
    form.note->setPlainText(u"Customer returned one of two items."_s);
    form.metadata->setMetadata({{u"ticket"_s, u"T-1234"_s}});
    QVERIFY(QDir().mkpath(folder));
    const QDir dir(folder);
    QVERIFY(dialog->grab().save(dir.filePath(u"refund-dialog.png"_s)));
    QTest::mouseClick(form.continueButton, Qt::LeftButton);
    QVERIFY(form.armed());
    QVERIFY(dialog->grab().save(dir.filePath(u"refund-confirm.png"_s)));
    qInfo("screenshots written to %s", qPrintable(dir.absolutePath()));
}

QTEST_MAIN(tst_RefundDialog)
#include "tst_refunddialog.moc"

#include "domain/refundlifecycle.h"
#include "statuschangedialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace RefundDesk;
using Qt::Literals::StringLiterals::operator""_s;

Q_DECLARE_METATYPE(RefundDesk::RefundStatus)

namespace {

constexpr qint64 initiated = 1'795'180'000;
constexpr qint64 now = initiated + 7200;

Refund refundIn(RefundStatus status, const QString &reference = {})
{
    Refund refund;
    refund.id = u"re_dialog_0001"_s;
    refund.paymentRecordId = u"pr_dialog_0001"_s;
    refund.amount = 1250;
    refund.currency = u"usd"_s;
    refund.status = status;
    refund.refundReference = reference;
    refund.created = initiated;
    refund.initiatedAt = initiated;
    return refund;
}

} // namespace

class tst_StatusChangeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fieldsPerTarget_data();
    void fieldsPerTarget();
    void impossibleTargetShowsLifecycleMessage();
    void existingReferenceIsKept();
    void refundedAtStaysBetweenInitiatedAndNow();
    void pendingReasonIsOptional();
    void submitterErrorKeepsDialogOpen();
};

void tst_StatusChangeDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_StatusChangeDialog::fieldsPerTarget_data()
{
    QTest::addColumn<RefundStatus>("from");
    QTest::addColumn<RefundStatus>("to");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<bool>("okAtFirst");

    QTest::newRow("succeeded asks for the reference and time")
        << RefundStatus::Pending << RefundStatus::Succeeded
        << QStringList {u"referenceField"_s, u"refundedAtField"_s} << false;
    QTest::newRow("failed asks for the reason") << RefundStatus::Pending << RefundStatus::Failed
                                                << QStringList {u"failureReasonField"_s} << false;
    QTest::newRow("a succeeded refund can still fail")
        << RefundStatus::Succeeded << RefundStatus::Failed << QStringList {u"failureReasonField"_s}
        << false;
    QTest::newRow("canceled only confirms")
        << RefundStatus::Pending << RefundStatus::Canceled << QStringList() << true;
    QTest::newRow("requires action only confirms")
        << RefundStatus::Pending << RefundStatus::RequiresAction << QStringList() << true;
    QTest::newRow("back to pending offers a reason")
        << RefundStatus::RequiresAction << RefundStatus::Pending
        << QStringList {u"pendingReasonField"_s} << true;
}

void tst_StatusChangeDialog::fieldsPerTarget()
{
    QFETCH(RefundStatus, from);
    QFETCH(RefundStatus, to);
    QFETCH(QStringList, fields);
    QFETCH(bool, okAtFirst);

    StatusChangeDialog dialog(refundIn(from), to, now);
    QStringList present;
    for (const QString &name : {u"referenceField"_s, u"refundedAtField"_s, u"failureReasonField"_s,
                                u"pendingReasonField"_s}) {
        if (dialog.findChild<QWidget *>(name))
            present << name;
    }
    QCOMPARE(present, fields);
    auto *ok = dialog.findChild<QPushButton *>(u"okButton"_s);
    QVERIFY(ok);
    QCOMPARE(ok->isEnabled(), okAtFirst);
    QCOMPARE(dialog.check().ok(), okAtFirst);
    QCOMPARE(dialog.findChild<QLabel *>(u"problemLabel"_s)->text().isEmpty(), okAtFirst);
    QCOMPARE(toString(dialog.change().to), toString(to));
}

void tst_StatusChangeDialog::impossibleTargetShowsLifecycleMessage()
{
    // The view never offers it; should anything else try, the lifecycle's sentence shows.
    const Refund refund = refundIn(RefundStatus::Failed);
    StatusChangeDialog dialog(refund, RefundStatus::Canceled, now);
    StatusChange change;
    change.to = RefundStatus::Canceled;
    const Result<void> expected = RefundLifecycle::validate(refund, change);
    QVERIFY(!expected);
    QVERIFY(!dialog.findChild<QPushButton *>(u"okButton"_s)->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(u"problemLabel"_s)->text(), expected.error().message);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_StatusChangeDialog::existingReferenceIsKept()
{
    StatusChangeDialog dialog(refundIn(RefundStatus::RequiresAction, u"pyr_known"_s),
                              RefundStatus::Succeeded, now);
    auto *reference = dialog.findChild<QLineEdit *>(u"referenceField"_s);
    QVERIFY(reference);
    QVERIFY(reference->isReadOnly());
    QCOMPARE(reference->text(), u"pyr_known"_s);
    QVERIFY(dialog.findChild<QPushButton *>(u"okButton"_s)->isEnabled());
    QCOMPARE(dialog.change().refundReference, u"pyr_known"_s);
}

void tst_StatusChangeDialog::refundedAtStaysBetweenInitiatedAndNow()
{
    StatusChangeDialog dialog(refundIn(RefundStatus::Pending), RefundStatus::Succeeded, now);
    auto *refundedAt = dialog.findChild<QDateTimeEdit *>(u"refundedAtField"_s);
    QVERIFY(refundedAt);
    QCOMPARE(refundedAt->dateTime().toSecsSinceEpoch(), now);
    QCOMPARE(dialog.change().refundedAt, std::optional<qint64>(now));

    refundedAt->setDateTime(QDateTime::fromSecsSinceEpoch(initiated - 86400));
    QCOMPARE(dialog.change().refundedAt, std::optional<qint64>(initiated));
    refundedAt->setDateTime(QDateTime::fromSecsSinceEpoch(now + 86400));
    QCOMPARE(dialog.change().refundedAt, std::optional<qint64>(now));
    refundedAt->setDateTime(QDateTime::fromSecsSinceEpoch(initiated + 60));
    QCOMPARE(dialog.change().refundedAt, std::optional<qint64>(initiated + 60));
}

void tst_StatusChangeDialog::pendingReasonIsOptional()
{
    StatusChangeDialog dialog(refundIn(RefundStatus::RequiresAction), RefundStatus::Pending, now);
    auto *reason = dialog.findChild<QComboBox *>(u"pendingReasonField"_s);
    QVERIFY(reason);
    QCOMPARE(toString(dialog.change().pendingReason), QString());
    QTest::keyClick(reason, Qt::Key_End);
    QCOMPARE(toString(dialog.change().pendingReason), u"charge_pending"_s);
    QVERIFY(dialog.check().ok());
}

void tst_StatusChangeDialog::submitterErrorKeepsDialogOpen()
{
    StatusChangeDialog dialog(refundIn(RefundStatus::Pending), RefundStatus::Canceled, now);
    QList<StatusChange> submitted;
    bool refuse = true;
    dialog.setSubmitter([&](const StatusChange &change) -> Result<void> {
        submitted << change;
        if (refuse)
            return Error::storage(u"database is locked"_s);
        return {};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *ok = dialog.findChild<QPushButton *>(u"okButton"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(toString(submitted.first().to), u"canceled"_s);
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(dialog.findChild<QLabel *>(u"problemLabel"_s)->text(), u"database is locked"_s);

    refuse = false;
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(submitted.size(), 2);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(tst_StatusChangeDialog)
#include "tst_statuschangedialog.moc"

#include "domain/paymentattempt.h"
#include "domain/refundenums.h"

#include <QSet>
#include <QTest>

using namespace RefundDesk;
using namespace Qt::StringLiterals;

namespace {

// One table drives every enum: `kind` picks the enum, `value` is its integer value.
struct Parsed
{
    bool ok = false;
    int value = -1;
    Error error;
};

template<typename Enum>
Parsed parsed(const Result<Enum> &result)
{
    if (result)
        return {true, int(*result), {}};
    return {false, -1, result.error()};
}

Parsed parse(const QString &kind, QStringView text)
{
    if (kind == u"status")
        return parsed(refundStatusFromString(text));
    if (kind == u"reason")
        return parsed(refundReasonFromString(text));
    if (kind == u"failure_reason")
        return parsed(failureReasonFromString(text));
    if (kind == u"pending_reason")
        return parsed(pendingReasonFromString(text));
    if (kind == u"outcome")
        return parsed(attemptOutcomeFromString(text));
    qFatal("unknown enum kind");
}

QString name(const QString &kind, int value)
{
    if (kind == u"status")
        return toString(RefundStatus(value));
    if (kind == u"reason")
        return toString(RefundReason(value));
    if (kind == u"failure_reason")
        return toString(FailureReason(value));
    if (kind == u"pending_reason")
        return toString(PendingReason(value));
    if (kind == u"outcome")
        return toString(AttemptOutcome(value));
    qFatal("unknown enum kind");
}

template<typename Enum>
void addRow(const char *kind, Enum value, const QString &text)
{
    const QString label = text.isEmpty() ? u"(none)"_s : text;
    QTest::addRow("%s: %s", kind, qPrintable(label))
        << QString::fromLatin1(kind) << int(value) << text;
}

} // namespace

class tst_Enums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejected_data();
    void rejected();
    void displayNames();
};

void tst_Enums::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("name");

    using S = RefundStatus;
    addRow("status", S::Pending, u"pending"_s);
    addRow("status", S::RequiresAction, u"requires_action"_s);
    addRow("status", S::Succeeded, u"succeeded"_s);
    addRow("status", S::Failed, u"failed"_s);
    addRow("status", S::Canceled, u"canceled"_s);
    addRow("status", S::AwaitingApproval, u"awaiting_approval"_s);

    using R = RefundReason;
    addRow("reason", R::None, QString());
    addRow("reason", R::Duplicate, u"duplicate"_s);
    addRow("reason", R::Fraudulent, u"fraudulent"_s);
    addRow("reason", R::RequestedByCustomer, u"requested_by_customer"_s);

    using F = FailureReason;
    addRow("failure_reason", F::None, QString());
    addRow("failure_reason", F::LostOrStolenCard, u"lost_or_stolen_card"_s);
    addRow("failure_reason", F::ExpiredOrCanceledCard, u"expired_or_canceled_card"_s);
    addRow("failure_reason", F::ChargeForPendingRefundDisputed,
           u"charge_for_pending_refund_disputed"_s);
    addRow("failure_reason", F::InsufficientFunds, u"insufficient_funds"_s);
    addRow("failure_reason", F::Declined, u"declined"_s);
    addRow("failure_reason", F::MerchantRequest, u"merchant_request"_s);
    addRow("failure_reason", F::Unknown, u"unknown"_s);

    using P = PendingReason;
    addRow("pending_reason", P::None, QString());
    addRow("pending_reason", P::Processing, u"processing"_s);
    addRow("pending_reason", P::InsufficientFunds, u"insufficient_funds"_s);
    addRow("pending_reason", P::ChargePending, u"charge_pending"_s);

    using O = AttemptOutcome;
    addRow("outcome", O::Initiated, u"initiated"_s);
    addRow("outcome", O::Guaranteed, u"guaranteed"_s);
    addRow("outcome", O::Failed, u"failed"_s);
    addRow("outcome", O::Canceled, u"canceled"_s);
    addRow("outcome", O::Informational, u"informational"_s);
}

void tst_Enums::roundTrip()
{
    QFETCH(QString, kind);
    QFETCH(int, value);
    QFETCH(QString, name);

    QCOMPARE(::name(kind, value), name);
    const Parsed result = parse(kind, name);
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.value, value);
}

void tst_Enums::rejected_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("allowed");

    const QString statuses = u"pending, requires_action, succeeded, failed, canceled, "
                             "awaiting_approval"_s;
    const QString reasons = u"duplicate, fraudulent, requested_by_customer"_s;
    const QString failures = u"lost_or_stolen_card, expired_or_canceled_card, "
                             "charge_for_pending_refund_disputed, insufficient_funds, declined, "
                             "merchant_request, unknown"_s;
    const QString pendings = u"processing, insufficient_funds, charge_pending"_s;
    const QString outcomes = u"initiated, guaranteed, failed, canceled, informational"_s;

    QTest::newRow("status: unknown") << u"status"_s << u"refunded"_s << statuses;
    QTest::newRow("status: empty") << u"status"_s << QString() << statuses;
    QTest::newRow("status: words, not the API name")
        << u"status"_s << u"requires action"_s << statuses;
    QTest::newRow("reason: unknown") << u"reason"_s << u"customer_request"_s << reasons;
    QTest::newRow("reason: a failure reason") << u"reason"_s << u"declined"_s << reasons;
    QTest::newRow("failure_reason: unknown")
        << u"failure_reason"_s << u"card_declined"_s << failures;
    QTest::newRow("failure_reason: a pending reason")
        << u"failure_reason"_s << u"processing"_s << failures;
    QTest::newRow("pending_reason: unknown") << u"pending_reason"_s << u"waiting"_s << pendings;
    QTest::newRow("pending_reason: a failure reason")
        << u"pending_reason"_s << u"declined"_s << pendings;
    QTest::newRow("outcome: unknown") << u"outcome"_s << u"succeeded"_s << outcomes;
    QTest::newRow("outcome: empty") << u"outcome"_s << QString() << outcomes;
}

void tst_Enums::rejected()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QString, allowed);

    const Parsed result = parse(kind, text);
    QVERIFY2(!result.ok, "the name was accepted");
    QCOMPARE(result.error.kind, ErrorKind::Rule);
    QCOMPARE(result.error.field, kind);
    // The whole sentence: the field, the rejected text and exactly the allowed names,
    // with no empty name (the API's null) among them.
    QCOMPARE(result.error.message, u"%1 \"%2\" is not one of %3."_s.arg(kind, text, allowed));
}

namespace {

// Every value has its own name for people; None (the API's null) has none.
template<typename Enum>
void checkDisplayNames(const QList<Enum> &values, bool noneIsListed)
{
    QSet<QString> seen;
    for (const Enum value : values) {
        const QString shown = displayName(value);
        QVERIFY2(!shown.isEmpty(), qPrintable(toString(value)));
        QVERIFY2(!seen.contains(shown), qPrintable(shown));
        QVERIFY2(shown != toString(value), qPrintable(shown)); // words, not the API's name
        seen.insert(shown);
    }
    if (!noneIsListed)
        QCOMPARE(displayName(Enum {}), QString());
}

} // namespace

void tst_Enums::displayNames()
{
    checkDisplayNames(allRefundStatuses(), true);
    QCOMPARE(allRefundStatuses().size(), 6);
    checkDisplayNames(allRefundReasons(), false);
    QCOMPARE(allRefundReasons().size(), 3);
    checkDisplayNames(allFailureReasons(), false);
    QCOMPARE(allFailureReasons().size(), 7);
    checkDisplayNames(allPendingReasons(), false);
    QCOMPARE(allPendingReasons().size(), 3);
    QCOMPARE(displayName(RefundReason::RequestedByCustomer), u"Requested by customer"_s);
    QCOMPARE(displayName(RefundStatus::RequiresAction), u"Requires action"_s);
}

QTEST_GUILESS_MAIN(tst_Enums)
#include "tst_enums.moc"

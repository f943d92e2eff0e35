#pragma once

// Demo-like payment records for the ui suites: deterministic, in several currencies and
// every display state, written through the store's bulk writer as an import would.

#include "domain/paymentattempt.h"
#include "domain/paymentrecord.h"
#include "domain/refund.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QStringList>

#include <array>

namespace RefundDesk::TestSeed {

/// 2026-11-20T12:00:00Z: the newest seeded record; older ones step back from here.
constexpr qint64 newest = 1795176000;

inline QString objectId(const char *prefix, int index, QRandomGenerator &random)
{
    static const QString alphabet =
        QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    QString id = QString::fromLatin1(prefix) + QString::number(index, 36).rightJustified(4, u'0');
    while (id.size() < int(qstrlen(prefix)) + 24)
        id += alphabet.at(random.bounded(int(alphabet.size())));
    return id;
}

/// One attempt record for `record`, ending in `outcome`.
inline PaymentAttempt attemptFor(const PaymentRecord &record, AttemptOutcome outcome)
{
    PaymentAttempt attempt;
    attempt.id = record.latestAttemptId;
    attempt.paymentRecordId = record.id;
    attempt.outcome = outcome;
    attempt.currency = record.currency;
    attempt.amountRequested = record.amountRequested;
    attempt.amountAuthorized = record.amountAuthorized;
    attempt.amountGuaranteed = record.amountGuaranteed;
    attempt.amountCanceled = record.amountCanceled;
    attempt.amountFailed = record.amountFailed;
    attempt.created = record.created;
    attempt.paymentMethod = record.paymentMethod;
    attempt.processorReference = record.processorReference;
    return attempt;
}

/// Builds record `index` of a seeded set: mostly paid, some refunded in part or in full,
/// some failed, canceled or still pending.
inline PaymentRecord demoRecord(int index, QRandomGenerator &random, AttemptOutcome *outcome)
{
    static const std::array firstNames = {"Ava",   "Noah",   "Mia",   "Liam",  "Sofia",
                                          "Mateo", "Amara",  "Kenji", "Priya", "Lukas",
                                          "Chloé", "Tomasz", "Ines",  "Omar",  "Freya"};
    static const std::array lastNames = {"Okafor", "Lindqvist", "Tanaka",  "Moreau", "Silva",
                                         "Novak",  "Haddad",    "Fischer", "Reyes",  "Kowalski",
                                         "Byrne",  "Nakamura",  "Dubois",  "Ahmed",  "Larsen"};
    static const std::array products = {"Annual plan",   "Monthly plan",  "Team seats",
                                        "Hardware kit",  "Gift card",     "Workshop ticket",
                                        "Support hours", "Add-on storage"};
    struct Method
    {
        const char *type, *brand;
    };
    static const std::array methods = {
        Method {"card", "visa"}, Method {"card", "visa"},   Method {"card", "mastercard"},
        Method {"card", "amex"}, Method {"sepa_debit", ""}, Method {"us_bank_account", ""}};

    PaymentRecord r;
    r.id = objectId("pr_", index, random);
    const int currencyPick = random.bounded(20);
    r.currency = currencyPick < 12 ? QStringLiteral("usd")
        : currencyPick < 16        ? QStringLiteral("eur")
        : currencyPick < 18        ? QStringLiteral("gbp")
        : currencyPick < 19        ? QStringLiteral("jpy")
                                   : QStringLiteral("kwd");
    const qint64 scale = r.currency == u"kwd" ? 10 : 1;
    const qint64 base = r.currency == u"jpy" ? 500 : 300;
    r.amountRequested = (base + random.bounded(120000)) * scale;
    r.amountRequested -= r.amountRequested % (r.currency == u"jpy" ? 10 : 1);
    r.created = newest - qint64(index) * 2137 - random.bounded(600);
    const QString first = QString::fromUtf8(firstNames.at(random.bounded(int(firstNames.size()))));
    const QString last = QString::fromUtf8(lastNames.at(random.bounded(int(lastNames.size()))));
    r.customer.customer = objectId("cus_", index, random);
    r.customer.name = first + QLatin1Char(' ') + last;
    const QString local = (first + QLatin1Char('.') + last).toLower().replace(u'é', u'e');
    r.customer.email = local + QString::number(index % 97) + QStringLiteral("@example.com");
    r.description = QString::fromUtf8(products.at(random.bounded(int(products.size()))))
        + QStringLiteral(" — order %1").arg(40000 + index);
    const Method method = methods.at(random.bounded(int(methods.size())));
    r.paymentMethod.type = QString::fromLatin1(method.type);
    r.paymentMethod.cardBrand = QString::fromLatin1(method.brand);
    if (!r.paymentMethod.cardBrand.isEmpty())
        r.paymentMethod.cardLast4 = QString::number(1000 + random.bounded(9000));
    r.processorReference = objectId("ch_", index, random).left(18);
    r.latestAttemptId = objectId("par_", index, random);

    const int fate = random.bounded(100);
    *outcome = fate < 4 ? AttemptOutcome::Failed
        : fate < 7      ? AttemptOutcome::Canceled
        : fate < 9      ? AttemptOutcome::Initiated
                        : AttemptOutcome::Guaranteed;
    r.amountAuthorized = *outcome == AttemptOutcome::Guaranteed ? r.amountRequested : 0;
    r.amountGuaranteed = r.amountAuthorized;
    r.amountFailed = *outcome == AttemptOutcome::Failed ? r.amountRequested : 0;
    r.amountCanceled = *outcome == AttemptOutcome::Canceled ? r.amountRequested : 0;
    if (*outcome == AttemptOutcome::Guaranteed && fate >= 80) {
        // Refunded before the import: in full, or a part of it.
        r.priorRefunded = fate >= 90 ? r.amountGuaranteed : r.amountGuaranteed / 4;
        r.amountRefunded = r.priorRefunded;
    }
    return r;
}

/// Writes `count` demo records, plus `extra` records as given, in one batch. Every fifth
/// paid record gets a pending refund, so the list shows "Refund pending" too.
inline Result<void> seed(Store &store, int count, const QList<PaymentRecord> &extra = {})
{
    auto bulk = store.beginBulk(Actor {QStringLiteral("test-seed")});
    if (!bulk)
        return bulk.error();
    BulkWriter &writer = *bulk.value();
    QRandomGenerator random(20261122);
    int paid = 0;
    for (int index = 0; index < count; ++index) {
        AttemptOutcome outcome = AttemptOutcome::Initiated;
        const PaymentRecord record = demoRecord(index, random, &outcome);
        if (auto added = writer.putRecord(record); !added)
            return added.error();
        if (auto added = writer.putAttempt(attemptFor(record, outcome)); !added)
            return added.error();
        if (outcome != AttemptOutcome::Guaranteed || record.priorRefunded > 0 || ++paid % 5)
            continue;
        Refund refund;
        refund.id = objectId("re_", index, random);
        refund.paymentRecordId = record.id;
        refund.paymentAttemptId = record.latestAttemptId;
        refund.amount = qMax<qint64>(1, record.amountGuaranteed / 2);
        refund.currency = record.currency;
        refund.status = RefundStatus::Pending;
        refund.pendingReason = PendingReason::Processing;
        refund.created = refund.updated = record.created + 3600;
        if (auto added = writer.putRefund(refund); !added)
            return added.error();
    }
    for (const PaymentRecord &record : extra) {
        if (auto added = writer.putRecord(record); !added)
            return added.error();
    }
    return writer.commit(QStringLiteral("test.seed"), QByteArrayLiteral("{}"));
}

} // namespace RefundDesk::TestSeed

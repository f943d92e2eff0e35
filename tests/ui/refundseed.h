#pragma once

// Refunds for the ui suites: payment records to refund, then refunds created through the
// store as agents would, by several agents a few hours apart, and moved through every status
// the lifecycle reaches. Deterministic apart from the store's random refund ids.

#include "domain/refundenums.h"
#include "seedrecords.h"
#include "store/store.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <memory>

namespace RefundDesk::TestSeed {

/// The agents who create the seeded refunds; each has some of every status.
inline QStringList refundAgents()
{
    return {QStringLiteral("agent:a"), QStringLiteral("agent:b"), QStringLiteral("supervisor:c")};
}

/// 2026-11-20T13:00:00Z: the first seeded refund; each next one comes refundStep later.
constexpr qint64 firstRefundAt = newest + 3600;
constexpr qint64 refundStep = 5 * 3600 + 17 * 60;

/// Where the seed leaves the store's clock: an hour after the last of `count` refunds.
constexpr qint64 clockAfter(int count)
{
    return firstRefundAt + qint64(count) * refundStep + 3600;
}

/// A paid record of `currency` with plenty left to refund, in one batch with its attempt.
inline PaymentRecord refundableRecord(const QString &id, const QString &currency, qint64 created)
{
    PaymentRecord record;
    record.id = id;
    record.currency = currency;
    record.amountRequested = record.amountAuthorized = record.amountGuaranteed = 500'000'000;
    record.created = created;
    record.customer.name = QStringLiteral("Refundable %1").arg(id);
    record.customer.email = id + QStringLiteral("@example.com");
    record.paymentMethod.type = QStringLiteral("card");
    record.paymentMethod.cardBrand = QStringLiteral("visa");
    record.paymentMethod.cardLast4 = QStringLiteral("4242");
    record.latestAttemptId = QStringLiteral("par_") + id.mid(3);
    return record;
}

inline Result<void> putRefundableRecords(Store &store, const QList<PaymentRecord> &records)
{
    auto bulk = store.beginBulk(Actor {QStringLiteral("test-seed")});
    if (!bulk)
        return bulk.error();
    BulkWriter &writer = *bulk.value();
    for (const PaymentRecord &record : records) {
        if (auto added = writer.putRecord(record); !added)
            return added.error();
        if (auto added = writer.putAttempt(attemptFor(record, AttemptOutcome::Guaranteed)); !added)
            return added.error();
    }
    return writer.commit(QStringLiteral("test.seed"), QByteArrayLiteral("{}"));
}

/// The status refund `index` of a seeded set ends in: pending, succeeded (with a processor
/// reference), failed (with a reason), canceled, requires action, and pending again after
/// requiring action (with a pending reason), in turn.
inline RefundStatus seededStatus(int index)
{
    static const RefundStatus order[] = {RefundStatus::Pending,        RefundStatus::Succeeded,
                                         RefundStatus::Failed,         RefundStatus::Canceled,
                                         RefundStatus::RequiresAction, RefundStatus::Pending};
    return order[index % 6];
}

/// Creates `count` refunds through Store::createRefund() over count / 5 + 1 records in usd,
/// eur, jpy, kwd and gbp, with random reasons and agents, then moves them to seededStatus().
/// Leaves the store's clock at clockAfter(count).
inline Result<void> seedRefunds(Store &store, int count)
{
    static const QStringList currencies {QStringLiteral("usd"), QStringLiteral("eur"),
                                         QStringLiteral("jpy"), QStringLiteral("kwd"),
                                         QStringLiteral("gbp")};
    QList<PaymentRecord> records;
    for (int i = 0; i < count / 5 + 1; ++i) {
        records << refundableRecord(QStringLiteral("pr_rf_%1").arg(i, 4, 10, QLatin1Char('0')),
                                    currencies.at(i % currencies.size()),
                                    newest - 86400 - qint64(i) * 60);
    }
    if (auto put = putRefundableRecords(store, records); !put)
        return put;

    auto clock = std::make_shared<qint64>(firstRefundAt);
    store.setClock([clock] { return *clock * 1000; });
    QRandomGenerator random(20261122);
    const QStringList agents = refundAgents();
    const QList<RefundReason> reasons {RefundReason::None, RefundReason::Duplicate,
                                       RefundReason::Fraudulent, RefundReason::RequestedByCustomer};
    const QList<FailureReason> failures = allFailureReasons();
    const QList<PendingReason> pendings = allPendingReasons();
    for (int i = 0; i < count; ++i) {
        *clock = firstRefundAt + qint64(i) * refundStep;
        RefundRequest request;
        request.paymentRecordId = records.at(i % records.size()).id;
        request.amount = 100 + random.bounded(90000);
        request.reason = reasons.at(random.bounded(int(reasons.size())));
        const Actor actor {agents.at(random.bounded(int(agents.size())))};
        const Result<RefundOutcome> created = store.createRefund(request, actor);
        if (!created)
            return created.error();
        const QString id = created->refund.id;

        *clock += 1800;
        auto change = [&](RefundStatus to) {
            StatusChange c;
            c.to = to;
            return c;
        };
        Result<Refund> changed = created->refund;
        switch (i % 6) {
        case 1: {
            StatusChange c = change(RefundStatus::Succeeded);
            c.refundReference = QStringLiteral("ref_%1").arg(i, 5, 10, QLatin1Char('0'));
            c.refundedAt = *clock - 600;
            changed = store.changeRefundStatus(id, c, actor);
            break;
        }
        case 2: {
            StatusChange c = change(RefundStatus::Failed);
            c.failureReason = failures.at((i / 6) % failures.size());
            changed = store.changeRefundStatus(id, c, actor);
            break;
        }
        case 3:
            changed = store.changeRefundStatus(id, change(RefundStatus::Canceled), actor);
            break;
        case 4:
            changed = store.changeRefundStatus(id, change(RefundStatus::RequiresAction), actor);
            break;
        case 5: {
            changed = store.changeRefundStatus(id, change(RefundStatus::RequiresAction), actor);
            if (!changed)
                break;
            StatusChange c = change(RefundStatus::Pending);
            c.pendingReason = pendings.at((i / 6) % pendings.size());
            changed = store.changeRefundStatus(id, c, actor);
            break;
        }
        default:
            break;
        }
        if (!changed)
            return changed.error();
    }
    *clock = clockAfter(count);
    return {};
}

/// Copies a seeded database file, so each test starts from the same data without seeding
/// again. The source store must be closed (its WAL checkpointed) first.
inline bool copyDatabase(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace RefundDesk::TestSeed

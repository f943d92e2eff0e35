#pragma once

// The operations tst_randomops runs, their readable form, the API-shaped JSON an import
// operation reads, and the seeded generator. The generator draws each operation from the
// reference model's state alone (never from the store), so a seed gives the same sequence
// every time, and any subsequence of it is itself a valid sequence to replay: an operation
// on a refund or record that a removed step would have made simply names one that does
// not exist.

#include "refundreference.h"

#include <QRandomGenerator>

#include <nlohmann/json.hpp>

namespace RefundDesk::Testing::RandomOps {

using Qt::Literals::StringLiterals::operator""_s;
using Reference::ImportRecord;
using Reference::ImportRefund;
using Reference::RequestParams;

inline constexpr qint64 recordCreated = 1'700'000'000; // 2023-11-14T22:13:20Z
/// Imported refunds name their creator, so a re-import by someone else changes nothing.
inline const QString importedBy = QStringLiteral("ada");

enum class OpKind { Import, Refund, Status, Decide, Export };

struct Op
{
    OpKind kind = OpKind::Refund;
    QString actor;
    // Import
    QList<ImportRecord> records;
    QList<ImportRefund> refunds;
    // Refund (label names the refund it creates), Status and Decide (label names the refund)
    QString label;
    RequestParams request;
    QString key;
    RefundStatus to = RefundStatus::Pending;
    FailureReason failure = FailureReason::None;
    PendingReason pending = PendingReason::None;
    bool approve = true;
    bool exact = true; ///< the decision names the refund's own amount
    bool note = false;
    // Export
    int format = 0; ///< ExportOptions::Format

    QString toString() const
    {
        QString s;
        switch (kind) {
        case OpKind::Import: {
            QStringList parts;
            for (const ImportRecord &r : records) {
                parts << QStringLiteral("%1 %2 %3 %4 refunded=%5")
                             .arg(r.id, r.currency)
                             .arg(r.amount)
                             .arg(RefundDesk::toString(r.outcome))
                             .arg(r.reported);
            }
            for (const ImportRefund &f : refunds) {
                parts << QStringLiteral("%1 on %2 %3 %4%5")
                             .arg(f.id, f.record)
                             .arg(f.amount)
                             .arg(RefundDesk::toString(f.status),
                                  f.reference.isEmpty() ? QString() : u" ref="_s + f.reference);
            }
            s = QStringLiteral("import by %1: %2").arg(actor, parts.join(u"; "_s));
            break;
        }
        case OpKind::Refund:
            s = QStringLiteral("refund %1 by %2 on %3: %4%5%6%7%8%9")
                    .arg(label, actor, request.record,
                         request.full ? u"full"_s : QString::number(request.amount),
                         request.currency.isEmpty() ? QString()
                                                    : u" currency="_s + request.currency,
                         request.reason == RefundReason::None
                             ? QString()
                             : u" reason="_s + RefundDesk::toString(request.reason),
                         request.reported ? u" reported"_s : QString(),
                         request.reference.isEmpty() ? QString() : u" ref="_s + request.reference,
                         key.isEmpty() ? QString() : u" key="_s + key);
            break;
        case OpKind::Status:
            s = QStringLiteral("status %1 by %2 -> %3%4%5")
                    .arg(label, actor, RefundDesk::toString(to),
                         failure == FailureReason::None
                             ? QString()
                             : u" failure_reason="_s + RefundDesk::toString(failure),
                         pending == PendingReason::None
                             ? QString()
                             : u" pending_reason="_s + RefundDesk::toString(pending));
            break;
        case OpKind::Decide:
            s = QStringLiteral("%1 %2 by %3%4%5")
                    .arg(approve ? u"approve"_s : u"reject"_s, label, actor,
                         exact ? QString() : u" (amount off by one)"_s,
                         note ? u" with a note"_s : QString());
            break;
        case OpKind::Export:
            s = QStringLiteral("export (format %1), round trip, re-import").arg(format);
            break;
        }
        return s;
    }
};

// The import file, in the API's shapes (DESIGN §5): records, their attempts, then refunds.

inline nlohmann::json amountJson(const QString &currency, qint64 value)
{
    return {{"currency", currency.toStdString()}, {"value", value}};
}

inline nlohmann::json recordJson(const ImportRecord &r)
{
    const bool guaranteed = r.outcome == AttemptOutcome::Guaranteed;
    const std::string id = r.id.toStdString();
    return {
        {"object", "payment_record"},
        {"id", id},
        {"amount_requested", amountJson(r.currency, r.amount)},
        {"amount_authorized", amountJson(r.currency, guaranteed ? r.amount : 0)},
        {"amount_guaranteed", amountJson(r.currency, guaranteed ? r.amount : 0)},
        {"amount_failed",
         amountJson(r.currency, r.outcome == AttemptOutcome::Failed ? r.amount : 0)},
        {"amount_canceled",
         amountJson(r.currency, r.outcome == AttemptOutcome::Canceled ? r.amount : 0)},
        {"amount_refunded", amountJson(r.currency, r.reported)},
        {"created", recordCreated},
        {"customer_details", {{"email", "buyer+" + id + "@example.com"}, {"name", "Zoë " + id}}},
        {"description", "Order " + id},
        {"livemode", false},
        {"latest_payment_attempt_record", "par_" + id},
        {"processor_details",
         {{"type", "custom"}, {"custom", {{"payment_reference", "pay_" + id}}}}},
    };
}

inline nlohmann::json attemptJson(const ImportRecord &r)
{
    const bool guaranteed = r.outcome == AttemptOutcome::Guaranteed;
    return {
        {"object", "payment_attempt_record"},
        {"id", "par_" + r.id.toStdString()},
        {"payment_record", r.id.toStdString()},
        {"outcome", RefundDesk::toString(r.outcome).toStdString()},
        {"amount_requested", amountJson(r.currency, r.amount)},
        {"amount_guaranteed", amountJson(r.currency, guaranteed ? r.amount : 0)},
        {"created", recordCreated},
    };
}

inline nlohmann::json refundJson(const ImportRefund &f)
{
    nlohmann::json refund = {
        {"object", "refund"},
        {"id", f.id.toStdString()},
        {"payment_record", f.record.toStdString()},
        {"amount", f.amount},
        {"currency", f.currency.toStdString()},
        {"status", RefundDesk::toString(f.status).toStdString()},
        {"created", recordCreated + 3600},
        {"created_by", importedBy.toStdString()},
    };
    if (f.status == RefundStatus::Failed)
        refund["failure_reason"] = "declined";
    if (!f.reference.isEmpty())
        refund["refund_reference"] = f.reference.toStdString();
    return refund;
}

inline QByteArray importFile(const Op &op)
{
    nlohmann::json file = nlohmann::json::array();
    for (const ImportRecord &r : op.records)
        file.push_back(recordJson(r));
    for (const ImportRecord &r : op.records)
        file.push_back(attemptJson(r));
    for (const ImportRefund &f : op.refunds)
        file.push_back(refundJson(f));
    return QByteArray::fromStdString(file.dump());
}

/// Draws operations from a seed and the reference model's state: mostly ones that should
/// work, and a share of every way to be wrong.
class Generator
{
public:
    Generator(quint64 seed, Reference::Flaw flaw)
        : m_rng(seed)
        , m_model(flaw)
    { }

    Op next()
    {
        Op op;
        const int pick = percent();
        if (m_model.records().isEmpty() || pick < 12)
            op = importOp();
        else if (pick < 50)
            op = refundOp();
        else if (pick < 78)
            op = statusOp();
        else if (pick < 92)
            op = decideOp();
        else if (pick < 98)
            op = changedRecordsOp();
        else
            op = exportOp();
        apply(op);
        return op;
    }

private:
    int percent() { return int(m_rng.bounded(100)); }
    qint64 between(qint64 low, qint64 high) // inclusive
    {
        return high <= low ? low : low + qint64(m_rng.bounded(quint64(high - low + 1)));
    }
    template<typename T>
    const T &oneOf(const QList<T> &list)
    {
        return list.at(qsizetype(m_rng.bounded(quint32(list.size()))));
    }

    void apply(const Op &op)
    {
        switch (op.kind) {
        case OpKind::Import:
            if (m_model.import(op.actor, op.records, op.refunds).accepted)
                m_files << op;
            break;
        case OpKind::Refund:
            if (m_model.createRefund(op.label, op.actor, op.request, op.key).accepted
                && !op.key.isEmpty())
                m_keys << op.key;
            break;
        case OpKind::Status:
            (void)m_model.changeStatus(op.label, op.actor, op.to, op.failure, op.pending);
            break;
        case OpKind::Decide:
            (void)m_model.decide(op.label, op.actor, op.approve, op.exact, op.note);
            break;
        case OpKind::Export:
            break;
        }
    }

    QString someActor(const QStringList &usual)
    {
        // Now and then someone whose role may not do it at all.
        return percent() < 4 ? QStringLiteral("vic") : oneOf(usual);
    }

    QString reference(int freshPercent)
    {
        if (m_references.isEmpty() || percent() < freshPercent) {
            m_references << QStringLiteral("ref_%1").arg(++m_counter);
            return m_references.last();
        }
        return oneOf(m_references);
    }

    Op importOp()
    {
        if (!m_files.isEmpty() && percent() < 20) {
            Op again = oneOf(m_files); // an old file once more
            again.actor = importer();
            return again;
        }
        Op op;
        op.kind = OpKind::Import;
        op.actor = importer();
        const int count = int(between(1, 3));
        static const QStringList currencies {QStringLiteral("usd"), QStringLiteral("jpy"),
                                             QStringLiteral("kwd")};
        for (int i = 0; i < count; ++i) {
            ImportRecord r;
            r.id = QStringLiteral("pr_%1").arg(++m_counter);
            r.currency = oneOf(currencies);
            r.amount = r.currency == u"usd" ? between(100, 300000) : between(10, 60000);
            const int outcome = percent();
            r.outcome = outcome < 82 ? AttemptOutcome::Guaranteed
                : outcome < 90       ? AttemptOutcome::Failed
                : outcome < 95       ? AttemptOutcome::Canceled
                                     : AttemptOutcome::Initiated;
            const int refunded = percent();
            if (refunded < 20)
                r.reported = between(1, r.amount);
            else if (refunded < 25)
                r.reported = r.amount + between(1, 1000); // more than guaranteed (DESIGN §5)
            op.records << r;
            m_specs.insert(r.id, r);
            for (int n = 0; n < 2; ++n) {
                if (percent() >= 30)
                    continue;
                ImportRefund f;
                f.id = QStringLiteral("re_imp_%1").arg(++m_counter);
                f.record = r.id;
                f.currency = r.currency;
                f.amount =
                    percent() < 90 ? between(1, std::max<qint64>(1, r.amount / 3)) : r.amount + 1;
                static const QList<RefundStatus> statuses {
                    RefundStatus::Succeeded, RefundStatus::Succeeded,      RefundStatus::Pending,
                    RefundStatus::Failed,    RefundStatus::RequiresAction, RefundStatus::Canceled};
                f.status = oneOf(statuses);
                if (percent() < 30)
                    f.reference = reference(90);
                op.refunds << f;
                m_refundSpecs.insert(f.id, f);
            }
        }
        return op;
    }

    /// Records the source now reports with another amount_refunded (refunds outside the
    /// desk, or corrections), with some of their imported refunds in a later status.
    Op changedRecordsOp()
    {
        Op op;
        op.kind = OpKind::Import;
        op.actor = importer();
        const QStringList ids = m_model.records().keys();
        for (int i = int(between(1, 2)); i > 0; --i) {
            const QString id = oneOf(ids);
            if (!m_specs.contains(id)
                || std::any_of(op.records.cbegin(), op.records.cend(),
                               [&](const auto &r) { return r.id == id; }))
                continue;
            ImportRecord r = m_specs.value(id);
            const Reference::RecordEntry &entry = *m_model.record(id);
            const qint64 refunded = m_model.refunded(entry);
            const int how = percent();
            r.reported = how < 50 ? refunded + between(1, std::max<qint64>(1, r.amount / 4))
                : how < 65        ? refunded
                : how < 80        ? 0
                : how < 90        ? between(0, refunded)
                                  : r.amount + between(1, 500);
            op.records << r;
            for (const QString &label : entry.refunds) {
                const Reference::RefundEntry &known = *m_model.refund(label);
                if (!label.startsWith(u"re_imp_") || percent() < 50)
                    continue;
                ImportRefund f = m_refundSpecs.value(label);
                f.status = known.status;
                static const QList<RefundStatus> statuses {
                    RefundStatus::Pending, RefundStatus::RequiresAction, RefundStatus::Succeeded,
                    RefundStatus::Failed, RefundStatus::Canceled};
                if (percent() < 60)
                    f.status = oneOf(statuses);
                op.refunds << f;
            }
        }
        if (op.records.isEmpty())
            return importOp();
        return op;
    }

    QString importer()
    {
        const int who = percent();
        return who < 85 ? QStringLiteral("ada")
            : who < 95  ? QStringLiteral("sam")
                        : (who < 98 ? QStringLiteral("alex") : QStringLiteral("vic"));
    }

    Op refundOp()
    {
        Op op;
        op.kind = OpKind::Refund;
        op.label = QStringLiteral("R%1").arg(++m_counter);
        op.actor = someActor({QStringLiteral("alex"), QStringLiteral("alex"), QStringLiteral("sam"),
                              QStringLiteral("sue"), QStringLiteral("ada")});
        const int keyed = percent();
        if (!m_keys.isEmpty() && keyed < 12) {
            // A retry with a key used before: the same request, or (rarely) another one.
            op.key = oneOf(m_keys);
            op.request = *m_model.keyed(op.key);
            if (keyed < 3)
                op.request.amount += 1;
            return op;
        }
        if (keyed < 30)
            op.key = QStringLiteral("key_%1").arg(++m_counter);

        RequestParams &rq = op.request;
        const QStringList ids = m_model.records().keys();
        rq.record = percent() < 3 ? QStringLiteral("pr_unknown") : oneOf(ids);
        const Reference::RecordEntry *record = m_model.record(rq.record);
        const qint64 refundable = record ? m_model.refundable(*record) : 1000;
        const qint64 guaranteed = record ? record->guaranteed : 1000;
        const int amount = percent();
        if (amount < 20)
            rq.full = true;
        else if (amount < 30)
            rq.amount = refundable;
        else if (amount < 35)
            rq.amount = refundable + 1;
        else if (amount < 38)
            rq.amount = 0;
        else if (amount < 40)
            rq.amount = -between(1, 500);
        else if (amount < 55)
            rq.amount = between(1, std::max<qint64>(1, guaranteed));
        else
            rq.amount = between(1, std::max<qint64>(1, refundable / 2));
        const QString currency = record ? record->currency : QStringLiteral("usd");
        const int typed = percent();
        if (typed < 25)
            rq.currency = currency;
        else if (typed < 35)
            rq.currency = currency.toUpper();
        else if (typed < 40)
            rq.currency = currency == u"eur" ? QStringLiteral("usd") : QStringLiteral("eur");
        static const QList<RefundReason> reasons {RefundReason::None, RefundReason::Duplicate,
                                                  RefundReason::Fraudulent,
                                                  RefundReason::RequestedByCustomer};
        rq.reason = oneOf(reasons);
        const int reported = percent();
        if (reported < 15) {
            rq.reported = true;
            rq.reference = reported < 2 ? QString() : reference(85);
        } else if (reported < 20) {
            rq.reference = reference(90);
        }
        return op;
    }

    QString someRefund(bool awaiting)
    {
        if (m_model.refunds().isEmpty() || percent() < 3)
            return QStringLiteral("R_unknown");
        QStringList live, all;
        for (const auto &r : m_model.refunds()) {
            all << r.label;
            const bool waits = r.status == RefundStatus::AwaitingApproval;
            if (awaiting ? waits
                         : r.status != RefundStatus::Failed && r.status != RefundStatus::Canceled
                        && !waits)
                live << r.label;
        }
        std::sort(live.begin(), live.end());
        std::sort(all.begin(), all.end());
        return !live.isEmpty() && percent() < 85 ? oneOf(live) : oneOf(all);
    }

    Op statusOp()
    {
        Op op;
        op.kind = OpKind::Status;
        op.actor = someActor({QStringLiteral("alex"), QStringLiteral("sam"), QStringLiteral("sue"),
                              QStringLiteral("ada")});
        op.label = someRefund(false);
        const Reference::RefundEntry *refund = m_model.refund(op.label);
        QList<RefundStatus> next;
        for (RefundStatus s : allRefundStatuses()) {
            if (refund && m_model.allowed(refund->status, s))
                next << s;
        }
        op.to = !next.isEmpty() && percent() < 80 ? oneOf(next) : oneOf(allRefundStatuses());
        if (op.to == RefundStatus::Failed ? percent() < 92 : percent() < 4)
            op.failure = oneOf(allFailureReasons());
        if (op.to == RefundStatus::Pending ? percent() < 30 : percent() < 3)
            op.pending = oneOf(allPendingReasons());
        return op;
    }

    Op decideOp()
    {
        Op op;
        op.kind = OpKind::Decide;
        op.actor =
            someActor({QStringLiteral("sam"), QStringLiteral("sue"), QStringLiteral("ada"),
                       QStringLiteral("sam"), QStringLiteral("sue"), QStringLiteral("alex")});
        op.label = someRefund(true);
        op.approve = percent() < 65;
        op.exact = percent() < 95;
        op.note = op.approve ? percent() < 50 : percent() < 92;
        return op;
    }

    Op exportOp()
    {
        Op op;
        op.kind = OpKind::Export;
        op.format = int(m_rng.bounded(3));
        return op;
    }

    QRandomGenerator m_rng;
    Reference::Model m_model;
    int m_counter = 0;
    QList<Op> m_files; ///< accepted imports, for re-importing old files
    QMap<QString, ImportRecord> m_specs; ///< how each record was first imported
    QMap<QString, ImportRefund> m_refundSpecs; ///< how each refund was first imported
    QStringList m_keys;
    QStringList m_references;
};

} // namespace RefundDesk::Testing::RandomOps

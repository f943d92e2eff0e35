#pragma once

// The reference model for tst_randomops: the money rules of DESIGN §3 and §5 written out a
// second time, small and on purpose independent of model/domain (no validateRefund(), no
// RefundLifecycle, no PaymentRecord::refundable()), so that the store is checked against an
// oracle that cannot share its bugs. It predicts, for every operation, whether the store
// must accept or refuse it and with which kind of error, and keeps per payment record the
// guaranteed amount, the prior refunded amount and the refunds with their amounts and
// statuses. Refunds are known by labels (the test maps them to the store's ids).

#include "auth/role.h"
#include "core/result.h"
#include "domain/paymentattempt.h"
#include "domain/refundenums.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace RefundDesk::Testing::Reference {

/// Ways to break the model on purpose, so a test can prove the shrinker finds a short
/// sequence (tst_RandomOps::shrinkerFindsShortSequence).
enum class Flaw { None, SucceededIsFinal };

struct Person
{
    QString name;
    Role role = Role::Viewer;
    QMap<QString, qint64> limits; ///< lower-case currency → minor units; absent means 0
};

/// The team userfixtures.h's addTeam() creates, as the model knows it.
inline QList<Person> team()
{
    return {
        {QStringLiteral("ada"), Role::Admin, {}},
        {QStringLiteral("sam"), Role::Supervisor, {{QStringLiteral("usd"), 100000}}},
        {QStringLiteral("sue"), Role::Supervisor, {{QStringLiteral("usd"), 100000}}},
        {QStringLiteral("alex"),
         Role::Agent,
         {{QStringLiteral("usd"), 10000}, {QStringLiteral("jpy"), 5000}}},
        {QStringLiteral("vic"), Role::Viewer, {}},
    };
}

struct RefundEntry
{
    QString label;
    QString record;
    qint64 amount = 0;
    RefundStatus status = RefundStatus::Pending;
    QString createdBy;
    bool reported = false;
};

struct RecordEntry
{
    QString id;
    QString currency;
    qint64 guaranteed = 0;
    qint64 prior = 0;
    QStringList refunds; ///< labels, in creation order
};

/// What the store must answer.
struct Prediction
{
    bool accepted = false;
    ErrorKind kind = ErrorKind::Rule;
    QString field; ///< for a refusal: the field the error names
    RefundStatus status = RefundStatus::Pending; ///< for an accepted refund or change
    QString replayOf; ///< for an idempotent replay: the label of the original refund

    static Prediction refuse(ErrorKind kind, QString field = {})
    {
        Prediction p;
        p.kind = kind;
        p.field = std::move(field);
        return p;
    }
    static Prediction accept(RefundStatus status = RefundStatus::Pending)
    {
        Prediction p;
        p.accepted = true;
        p.status = status;
        return p;
    }
};

/// A refund request as the model compares them for idempotency: every parameter the
/// agent chose, never the actor.
struct RequestParams
{
    QString record;
    qint64 amount = 0;
    bool full = false;
    QString currency; ///< as typed; compared in lower case
    RefundReason reason = RefundReason::None;
    bool reported = false;
    QString reference;

    bool sameAs(const RequestParams &o) const
    {
        return record == o.record && full == o.full && (full || amount == o.amount)
            && currency.toLower() == o.currency.toLower() && reason == o.reason
            && reported == o.reported && reference == o.reference;
    }
};

struct ImportRecord
{
    QString id;
    QString currency;
    qint64 amount = 0;
    AttemptOutcome outcome = AttemptOutcome::Guaranteed;
    qint64 reported = 0; ///< amount_refunded as the source reports it
};

struct ImportRefund
{
    QString id; ///< also its label
    QString record;
    QString currency;
    qint64 amount = 0;
    RefundStatus status = RefundStatus::Succeeded;
    QString reference;
};

class Model
{
public:
    explicit Model(Flaw flaw = Flaw::None)
        : m_flaw(flaw)
    {
        for (const Person &p : team())
            m_people.insert(p.name, p);
    }

    // Reading

    const QMap<QString, RecordEntry> &records() const { return m_records; }
    const RecordEntry *record(const QString &id) const
    {
        const auto it = m_records.constFind(id);
        return it == m_records.cend() ? nullptr : &*it;
    }
    const RefundEntry *refund(const QString &label) const
    {
        const auto it = m_refunds.constFind(label);
        return it == m_refunds.cend() ? nullptr : &*it;
    }
    const QHash<QString, RefundEntry> &refunds() const { return m_refunds; }

    qint64 sumOf(const RecordEntry &r, bool succeeded) const
    {
        qint64 sum = 0;
        for (const QString &label : r.refunds) {
            const RefundStatus s = m_refunds.value(label).status;
            if (succeeded ? s == RefundStatus::Succeeded : holdsBack(s))
                sum += m_refunds.value(label).amount;
        }
        return sum;
    }
    qint64 succeeded(const RecordEntry &r) const { return sumOf(r, true); }
    qint64 reserved(const RecordEntry &r) const { return sumOf(r, false); }
    /// amount_refunded: the succeeded refunds plus what was refunded before the import.
    qint64 refunded(const RecordEntry &r) const { return succeeded(r) + r.prior; }
    qint64 refundable(const RecordEntry &r) const
    {
        return std::max<qint64>(0, r.guaranteed - succeeded(r) - reserved(r) - r.prior);
    }
    bool usedReference(const QString &reference) const { return m_references.contains(reference); }
    std::optional<RequestParams> keyed(const QString &key) const
    {
        const auto it = m_keys.constFind(key);
        if (it == m_keys.cend())
            return std::nullopt;
        return it->first;
    }

    static bool holdsBack(RefundStatus s)
    {
        return s == RefundStatus::Pending || s == RefundStatus::RequiresAction
            || s == RefundStatus::AwaitingApproval;
    }
    /// The Refund object's lifecycle (DESIGN §3); approval is a decision, not a change.
    bool allowed(RefundStatus from, RefundStatus to) const
    {
        if (m_flaw == Flaw::SucceededIsFinal && from == RefundStatus::Succeeded)
            return false;
        return lifecycleAllows(from, to);
    }
    static bool lifecycleAllows(RefundStatus from, RefundStatus to)
    {
        using S = RefundStatus;
        switch (from) {
        case S::Pending:
            return to == S::Succeeded || to == S::Failed || to == S::Canceled
                || to == S::RequiresAction;
        case S::RequiresAction:
            return to == S::Pending || to == S::Succeeded || to == S::Failed || to == S::Canceled;
        case S::Succeeded:
            return to == S::Failed;
        default:
            return false;
        }
    }
    Role roleOf(const QString &actor) const { return m_people.value(actor).role; }

    // Operations: each predicts the store's answer and, when it accepts, applies it.

    Prediction createRefund(const QString &label, const QString &actor, const RequestParams &rq,
                            const QString &key)
    {
        if (roleOf(actor) < Role::Agent)
            return Prediction::refuse(ErrorKind::Denied, QStringLiteral("role"));
        if (!key.isEmpty()) {
            if (const auto it = m_keys.constFind(key); it != m_keys.cend()) {
                if (!it->first.sameAs(rq))
                    return Prediction::refuse(ErrorKind::Rule, QStringLiteral("idempotency_key"));
                Prediction p = Prediction::accept(m_refunds.value(it->second).status);
                p.replayOf = it->second;
                return p;
            }
        }
        const auto found = m_records.constFind(rq.record);
        if (found == m_records.cend())
            return Prediction::refuse(ErrorKind::NotFound);
        const RecordEntry &r = *found;
        const qint64 amount = rq.full ? refundable(r) : rq.amount;
        if (r.guaranteed <= 0)
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("payment"));
        if (!rq.currency.isEmpty() && rq.currency.toLower() != r.currency)
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("currency"));
        if (amount <= 0 || amount > refundable(r))
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("amount"));
        if (rq.reported && rq.reference.trimmed().isEmpty())
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("refund_reference"));
        if (!rq.reference.trimmed().isEmpty() && usedReference(rq.reference.trimmed()))
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("refund_reference"));

        const Person &who = m_people[actor];
        RefundStatus status = rq.reported ? RefundStatus::Succeeded : RefundStatus::Pending;
        if (amount > who.limits.value(r.currency, 0))
            status = RefundStatus::AwaitingApproval;
        m_refunds.insert(label, {label, r.id, amount, status, actor, rq.reported});
        m_records[r.id].refunds << label;
        if (!rq.reference.trimmed().isEmpty())
            m_references.insert(rq.reference.trimmed());
        if (!key.isEmpty())
            m_keys.insert(key, {rq, label});
        return Prediction::accept(status);
    }

    Prediction changeStatus(const QString &label, const QString &actor, RefundStatus to,
                            FailureReason failure, PendingReason pending)
    {
        if (roleOf(actor) < Role::Agent)
            return Prediction::refuse(ErrorKind::Denied, QStringLiteral("role"));
        const auto it = m_refunds.find(label);
        if (it == m_refunds.end())
            return Prediction::refuse(ErrorKind::NotFound);
        if (it->status == RefundStatus::AwaitingApproval || !allowed(it->status, to))
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("status"));
        if ((to == RefundStatus::Failed) != (failure != FailureReason::None))
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("failure_reason"));
        if (to != RefundStatus::Pending && pending != PendingReason::None)
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("pending_reason"));
        it->status = to;
        return Prediction::accept(to);
    }

    /// `bindsExactly`: the decision names the refund's own amount, currency and payment.
    Prediction decide(const QString &label, const QString &actor, bool approve, bool bindsExactly,
                      bool hasNote)
    {
        if (!approve && !hasNote)
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("note"));
        if (roleOf(actor) < Role::Supervisor)
            return Prediction::refuse(ErrorKind::Denied, QStringLiteral("role"));
        const auto it = m_refunds.find(label);
        if (it == m_refunds.end())
            return Prediction::refuse(ErrorKind::NotFound);
        if (it->status != RefundStatus::AwaitingApproval)
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("status"));
        if (it->createdBy.compare(actor, Qt::CaseInsensitive) == 0)
            return Prediction::refuse(ErrorKind::Denied, QStringLiteral("approver"));
        if (!bindsExactly)
            return Prediction::refuse(ErrorKind::Rule, QStringLiteral("amount"));
        if (!approve)
            it->status = RefundStatus::Canceled;
        else
            it->status = it->reported ? RefundStatus::Succeeded : RefundStatus::Pending;
        return Prediction::accept(it->status);
    }

    /// One import file: its records (each with one attempt of its outcome), then refunds.
    /// All or nothing: one refused object refuses the file.
    Prediction import(const QString &actor, const QList<ImportRecord> &records,
                      const QList<ImportRefund> &refunds)
    {
        if (roleOf(actor) < Role::Supervisor)
            return Prediction::refuse(ErrorKind::Denied, QStringLiteral("role"));
        Model next = *this;
        QMap<QString, qint64> reported;
        for (const ImportRecord &in : records) {
            RecordEntry &r = next.m_records[in.id];
            if (r.id.isEmpty()) {
                r.id = in.id;
                r.currency = in.currency;
                r.guaranteed = in.outcome == AttemptOutcome::Guaranteed ? in.amount : 0;
            }
            // Until the file is read, the source's figure stands in for the prior amount.
            r.prior = 0;
            reported.insert(in.id, in.reported);
        }
        for (const ImportRefund &in : refunds) {
            const auto record = next.m_records.find(in.record);
            if (record == next.m_records.end() || record->currency != in.currency)
                return Prediction::refuse(ErrorKind::Rule, QStringLiteral("payment_record"));
            const auto known = next.m_refunds.find(in.id);
            if (known != next.m_refunds.end()) {
                if (known->status != in.status && !allowed(known->status, in.status))
                    return Prediction::refuse(ErrorKind::Rule, QStringLiteral("status"));
                known->status = in.status;
                continue;
            }
            if (in.status == RefundStatus::Succeeded && record->prior > 0)
                return Prediction::refuse(ErrorKind::Rule, QStringLiteral("payment_record"));
            const qint64 room = record->guaranteed - next.succeeded(*record)
                - next.reserved(*record) - record->prior;
            if ((in.status == RefundStatus::Succeeded || holdsBack(in.status)) && in.amount > room)
                return Prediction::refuse(ErrorKind::Rule, QStringLiteral("amount"));
            if (!in.reference.isEmpty() && next.usedReference(in.reference))
                return Prediction::refuse(ErrorKind::Rule, QStringLiteral("refund_reference"));
            next.m_refunds.insert(
                in.id, {in.id, in.record, in.amount, in.status, QStringLiteral("ada"), false});
            record->refunds << in.id;
            if (!in.reference.isEmpty())
                next.m_references.insert(in.reference);
        }
        // What the source reports refunded beyond the refunds known was refunded before.
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            RecordEntry &r = next.m_records[it.key()];
            r.prior = std::max<qint64>(0, it.value() - next.succeeded(r));
        }
        *this = std::move(next);
        return Prediction::accept();
    }

private:
    Flaw m_flaw;
    QHash<QString, Person> m_people;
    QMap<QString, RecordEntry> m_records;
    QHash<QString, RefundEntry> m_refunds;
    QSet<QString> m_references;
    QHash<QString, std::pair<RequestParams, QString>> m_keys; ///< key → request, label
};

} // namespace RefundDesk::Testing::Reference

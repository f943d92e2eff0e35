#pragma once

// The store side of tst_randomops: one sequence of operations against a SqliteStore on a
// temporary file and the reference model side by side, step by step, with everything the
// two must agree on after each step (see tst_randomops.cpp).

#include "io/exporter.h"
#include "io/importer.h"
#include "randomops.h"
#include "userfixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace RefundDesk::Testing::RandomOps {

using Reference::Flaw;
using Reference::Prediction;

struct Counters
{
    qint64 operations = 0;
    qint64 accepted = 0;
    qint64 refused = 0;
    qint64 verifies = 0;
    QSet<QString> outcomes; ///< "refund refused amount", "status accepted", ...
};

struct Failure
{
    int step = -1; ///< index into the sequence run
    QString message;
};

struct Settings
{
    int verifyEvery = 1; ///< verify(Quick) and compare every record every this many steps
};

inline QString kindText(ErrorKind kind)
{
    return kindName(kind).replace(u' ', u'_');
}

inline QString opName(OpKind kind)
{
    switch (kind) {
    case OpKind::Import:
        return u"import"_s;
    case OpKind::Refund:
        return u"refund"_s;
    case OpKind::Status:
        return u"status"_s;
    case OpKind::Decide:
        return u"decide"_s;
    case OpKind::Export:
        return u"export"_s;
    }
    return {};
}

/// Where the store's file goes: in memory-backed /dev/shm where there is one, so that the
/// fsync of every commit (synchronous=FULL) does not dominate the run; it is still a file,
/// with its WAL beside it. REFUNDDESK_RANDOM_DIR chooses another directory.
inline QString temporaryTemplate()
{
    QString dir = qEnvironmentVariable("REFUNDDESK_RANDOM_DIR");
    if (dir.isEmpty() && QFileInfo(u"/dev/shm"_s).isWritable())
        dir = u"/dev/shm"_s;
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + u"/refunddesk-randomops-XXXXXX"_s;
}

/// One sequence against a fresh store and a fresh model.
class Runner
{
public:
    Runner(Flaw flaw, Settings settings, Counters &counters)
        : m_dir(temporaryTemplate())
        , m_model(flaw)
        , m_settings(settings)
        , m_counters(counters)
    { }

    /// The empty message when the store is ready.
    QString open()
    {
        if (!m_dir.isValid())
            return u"cannot make a temporary directory"_s;
        auto opened = SqliteStore::open(m_dir.filePath(u"desk.sqlite"_s));
        if (!opened)
            return opened.error().message;
        m_store = std::move(opened).value();
        m_store->setClock([this] { return m_nowMs; });
        if (auto added = addTeam(*m_store); !added)
            return added.error().message;
        return {};
    }

    /// Runs one step; the empty message when store and model still agree.
    QString step(const Op &op, int index)
    {
        m_nowMs += 1000;
        ++m_counters.operations;
        const qint64 eventsBefore = eventCount(*m_store);
        Prediction predicted;
        QString got;
        bool replayed = false;
        switch (op.kind) {
        case OpKind::Import:
            got = runImport(op, predicted);
            break;
        case OpKind::Refund:
            got = runRefund(op, predicted, replayed);
            break;
        case OpKind::Status:
            got = runStatus(op, predicted);
            break;
        case OpKind::Decide:
            got = runDecide(op, predicted);
            break;
        case OpKind::Export:
            got = runExport(ExportOptions::Format(op.format));
            predicted = Prediction::accept();
            break;
        }
        if (!got.isEmpty())
            return got;
        const QString outcome = predicted.accepted
            ? u"accepted"_s
            : u"refused "_s + kindText(predicted.kind) + u' ' + predicted.field;
        m_counters.outcomes << (opName(op.kind) + u' ' + outcome).trimmed();
        ++(predicted.accepted ? m_counters.accepted : m_counters.refused);

        const qint64 eventsAfter = eventCount(*m_store);
        if (!predicted.accepted && eventsAfter != eventsBefore)
            return u"a refused operation appended %1 events"_s.arg(eventsAfter - eventsBefore);
        // An import that changes nothing appends nothing either (DESIGN §5).
        const bool writes = op.kind != OpKind::Export && op.kind != OpKind::Import;
        if (predicted.accepted && !replayed && writes && eventsAfter <= eventsBefore) {
            return u"an accepted operation appended no event"_s;
        }
        if (op.kind == OpKind::Export && eventsAfter != eventsBefore)
            return u"an export and the re-import of its file appended events"_s;
        if (m_store->connection().handle() && inTransaction(*m_store))
            return u"the store left a transaction open"_s;

        for (const QString &id : touchedRecords(op)) {
            if (QString differs = compareRecord(id); !differs.isEmpty())
                return differs;
        }
        if ((index + 1) % m_settings.verifyEvery == 0)
            return checkEverything(VerifyDepth::Quick);
        return {};
    }

    QString checkEverything(VerifyDepth depth)
    {
        for (auto it = m_model.records().cbegin(); it != m_model.records().cend(); ++it) {
            if (QString differs = compareRecord(it.key()); !differs.isEmpty())
                return differs;
        }
        if (const qint64 stored = refundCount(*m_store); stored != m_model.refunds().size())
            return u"the store has %1 refunds, the model %2"_s.arg(stored).arg(
                m_model.refunds().size());
        ++m_counters.verifies;
        const auto report = m_store->verify(depth);
        if (!report)
            return u"verify failed: "_s + report.error().message;
        if (!report->ok())
            return u"verify found problems: "_s + report->problems.join(u" | "_s);
        QStringList overReported;
        for (const auto &r : m_model.records()) {
            if (m_model.refunded(r) > r.guaranteed)
                overReported << r.id;
        }
        if (report->warnings.size() != overReported.size()) {
            return u"verify warned %1 (%2), the model expects the over-reported %3"_s
                .arg(report->warnings.size())
                .arg(report->warnings.join(u" | "_s), overReported.join(u", "_s));
        }
        return {};
    }

private:
    static QString mismatch(const QString &what, const Prediction &p, bool accepted,
                            const QString &error)
    {
        return u"%1: the model predicted %2, the store %3"_s.arg(
            what,
            p.accepted ? u"acceptance"_s : u"refusal (%1, %2)"_s.arg(kindText(p.kind), p.field),
            accepted ? u"accepted"_s : u"refused: "_s + error);
    }

    /// The empty message when a refusal is the predicted one.
    static QString sameRefusal(const QString &what, const Prediction &p, const Error &error)
    {
        if (error.kind != p.kind || (!p.field.isEmpty() && error.field != p.field)) {
            return u"%1: the model predicted a refusal (%2, %3), the store refused (%4, %5): %6"_s
                .arg(what, kindText(p.kind), p.field, kindText(error.kind), error.field,
                     error.message);
        }
        return {};
    }

    QString runImport(const Op &op, Prediction &predicted)
    {
        predicted = m_model.import(op.actor, op.records, op.refunds);
        const QByteArray file = importFile(op);
        const Actor actor {op.actor, m_model.roleOf(op.actor)};
        const auto summary = importInto(*m_store, file, actor);
        const bool accepted = summary && summary->rejected == 0;
        QString error;
        if (!summary)
            error = summary.error().message;
        else if (!summary->rejections.isEmpty())
            error = summary->rejections.first().toString();
        if (accepted != predicted.accepted)
            return mismatch(u"import"_s, predicted, accepted, error);
        if (!predicted.accepted) {
            const Error got =
                summary ? Error::rule(summary->rejections.first().field, error) : summary.error();
            // An import's rejection names the object's field; the model names the rule's.
            Prediction kindOnly = predicted;
            kindOnly.field.clear();
            return sameRefusal(u"import"_s, kindOnly, got);
        }
        // The same file again changes nothing (DESIGN §5).
        const qint64 events = eventCount(*m_store);
        const auto again = importInto(*m_store, file, actor);
        if (!again || again->rejected != 0 || again->imported != 0 || again->updated != 0
            || eventCount(*m_store) != events) {
            return u"importing the same file again changed something: %1"_s.arg(
                again ? u"imported %1, updated %2, rejected %3"_s.arg(again->imported)
                            .arg(again->updated)
                            .arg(again->rejected)
                      : again.error().message);
        }
        return {};
    }

    static Result<ImportSummary> importInto(Store &store, const QByteArray &file,
                                            const Actor &actor)
    {
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        ImportOptions options;
        options.source = u"random.json"_s;
        return importJson(store, buffer, options, actor);
    }

    QString runRefund(const Op &op, Prediction &predicted, bool &replayed)
    {
        // A full refund's amount is what the model finds refundable before it applies.
        const Reference::RecordEntry *before = m_model.record(op.request.record);
        const qint64 fullAmount = before ? m_model.refundable(*before) : 0;
        predicted = m_model.createRefund(op.label, op.actor, op.request, op.key);
        RefundRequest request;
        request.paymentRecordId = op.request.record;
        request.amount = op.request.amount;
        request.full = op.request.full;
        request.currency = op.request.currency;
        request.reason = op.request.reason;
        request.reported = op.request.reported;
        request.refundReference = op.request.reference;
        request.idempotencyKey = op.key;
        const auto created =
            m_store->createRefund(request, Actor {op.actor, m_model.roleOf(op.actor)});
        const QString what = u"refund "_s + op.label;
        if (created.ok() != predicted.accepted)
            return mismatch(what, predicted, created.ok(), errorOf(created));
        if (!created)
            return sameRefusal(what, predicted, created.error());
        const Refund &refund = created->refund;
        replayed = !predicted.replayOf.isEmpty();
        if (created->replayed != replayed)
            return u"%1: replayed is %2, the model expects %3"_s.arg(what)
                .arg(created->replayed)
                .arg(replayed);
        if (replayed) {
            if (refund.status != predicted.status)
                return u"%1: the retry returned a refund that is %2, the model says %3"_s.arg(
                    what, toString(refund.status), toString(predicted.status));
            if (refund.id != m_ids.value(predicted.replayOf))
                return u"%1: the retry returned %2, not the original %3"_s.arg(
                    what, refund.id, m_ids.value(predicted.replayOf));
            return {};
        }
        const qint64 amount = op.request.full ? fullAmount : op.request.amount;
        if (refund.status != predicted.status || refund.amount != amount)
            return u"%1: created %2 of %3, the model expects %4 of %5"_s
                .arg(what, toString(refund.status))
                .arg(refund.amount)
                .arg(toString(predicted.status))
                .arg(amount);
        m_ids.insert(op.label, refund.id);
        m_labels.insert(refund.id, op.label);
        return {};
    }

    QString storeId(const QString &label) const
    {
        if (m_ids.contains(label))
            return m_ids.value(label);
        // Imported refunds keep their file's id; others never made do not exist.
        return m_model.refund(label) ? label : u"re_missing_"_s + label;
    }

    QString runStatus(const Op &op, Prediction &predicted)
    {
        predicted = m_model.changeStatus(op.label, op.actor, op.to, op.failure, op.pending);
        StatusChange change;
        change.to = op.to;
        change.failureReason = op.failure;
        change.pendingReason = op.pending;
        const auto changed = m_store->changeRefundStatus(
            storeId(op.label), change, Actor {op.actor, m_model.roleOf(op.actor)});
        const QString what = u"status of "_s + op.label;
        if (changed.ok() != predicted.accepted)
            return mismatch(what, predicted, changed.ok(), errorOf(changed));
        if (!changed)
            return sameRefusal(what, predicted, changed.error());
        if (changed->status != predicted.status)
            return u"%1: now %2, the model expects %3"_s.arg(what, toString(changed->status),
                                                             toString(predicted.status));
        return {};
    }

    QString runDecide(const Op &op, Prediction &predicted)
    {
        const Reference::RefundEntry *refund = m_model.refund(op.label);
        ApprovalDecision decision;
        decision.refundId = storeId(op.label);
        decision.approve = op.approve;
        decision.amount = (refund ? refund->amount : 1) + (op.exact ? 0 : 1);
        decision.paymentRecordId = refund ? refund->record : u"pr_unknown"_s;
        const Reference::RecordEntry *record = refund ? m_model.record(refund->record) : nullptr;
        decision.currency = record ? record->currency : u"usd"_s;
        decision.note = op.note ? u"Checked the order."_s : QString();
        predicted = m_model.decide(op.label, op.actor, op.approve, op.exact, op.note);
        const auto decided =
            m_store->decideApproval(decision, Actor {op.actor, m_model.roleOf(op.actor)});
        const QString what = (op.approve ? u"approval of "_s : u"rejection of "_s) + op.label;
        if (decided.ok() != predicted.accepted)
            return mismatch(what, predicted, decided.ok(), errorOf(decided));
        if (!decided)
            return sameRefusal(what, predicted, decided.error());
        if (decided->status != predicted.status)
            return u"%1: now %2, the model expects %3"_s.arg(what, toString(decided->status),
                                                             toString(predicted.status));
        return {};
    }

    static Result<QByteArray> exportOf(Store &store, ExportOptions::Format format)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportOptions options;
        options.format = format;
        if (auto exported = exportJson(store, buffer, options); !exported)
            return exported.error();
        return buffer.data();
    }

    /// Export → import into an empty database → export gives the same bytes (DESIGN §5),
    /// and importing the export into the store it came from changes nothing.
    QString runExport(ExportOptions::Format format)
    {
        const auto exported = exportOf(*m_store, format);
        if (!exported)
            return u"export failed: "_s + exported.error().message;
        auto empty = SqliteStore::open(u":memory:"_s);
        if (!empty)
            return u"cannot open an empty store: "_s + empty.error().message;
        const auto copied = importInto(*empty.value(), exported.value(), localOperator());
        if (!copied || copied->rejected != 0) {
            return u"the export does not import into an empty store: "_s
                + (copied ? copied->rejections.first().toString() : copied.error().message);
        }
        const auto again = exportOf(*empty.value(), format);
        if (!again || again.value() != exported.value()) {
            return u"export → import → export gives other bytes (%1 and %2 bytes)"_s
                .arg(exported->size())
                .arg(again ? again->size() : -1);
        }
        const auto back = importInto(*m_store, exported.value(), Actor {u"ada"_s, Role::Admin});
        if (!back || back->rejected != 0 || back->imported != 0 || back->updated != 0) {
            return u"re-importing the store's own export changed something: %1"_s.arg(
                !back
                    ? back.error().message
                    : (back->rejected
                           ? back->rejections.first().toString()
                           : u"imported %1, updated %2"_s.arg(back->imported).arg(back->updated)));
        }
        return {};
    }

    QStringList touchedRecords(const Op &op) const
    {
        QStringList ids;
        switch (op.kind) {
        case OpKind::Import:
            for (const ImportRecord &r : op.records)
                ids << r.id;
            for (const ImportRefund &f : op.refunds)
                ids << f.record;
            break;
        case OpKind::Refund:
            ids << op.request.record;
            break;
        case OpKind::Status:
        case OpKind::Decide:
            if (const Reference::RefundEntry *refund = m_model.refund(op.label))
                ids << refund->record;
            break;
        case OpKind::Export:
            break;
        }
        ids.removeDuplicates();
        return ids;
    }

    QString compareRecord(const QString &id)
    {
        const Reference::RecordEntry *expected = m_model.record(id);
        const auto stored = m_store->record(id);
        if (!expected) {
            if (stored || stored.error().kind != ErrorKind::NotFound)
                return u"%1 should not exist: %2"_s.arg(id, errorOf(stored));
            return {};
        }
        if (!stored)
            return u"%1 is missing: %2"_s.arg(id, stored.error().message);
        const PaymentRecord &r = stored.value();
        const qint64 refunded = m_model.refunded(*expected);
        const qint64 reserved = m_model.reserved(*expected);
        const qint64 refundable = m_model.refundable(*expected);
        if (r.currency != expected->currency || r.amountGuaranteed != expected->guaranteed
            || r.amountRefunded != refunded || r.priorRefunded != expected->prior
            || r.amountReserved != reserved || r.refundable() != refundable) {
            return u"%1: the store has guaranteed %2, refunded %3 (prior %4), reserved %5, "
                   "refundable %6; the model %7, %8 (prior %9), %10, %11"_s.arg(id)
                       .arg(r.amountGuaranteed)
                       .arg(r.amountRefunded)
                       .arg(r.priorRefunded)
                       .arg(r.amountReserved)
                       .arg(r.refundable())
                       .arg(expected->guaranteed)
                       .arg(refunded)
                       .arg(expected->prior)
                       .arg(reserved)
                       .arg(refundable);
        }
        // Never refunded beyond what was guaranteed, except what the source reported
        // refunded before the desk saw the record (DESIGN §5).
        const qint64 known = r.amountRefunded - r.priorRefunded + r.amountReserved;
        if (known > r.amountGuaranteed)
            return u"%1: refunds of %2 exceed the %3 guaranteed"_s.arg(id).arg(known).arg(
                r.amountGuaranteed);
        if (r.amountRefunded + r.amountReserved > r.amountGuaranteed && r.priorRefunded == 0)
            return u"%1: over-refunded without a prior refund to explain it"_s.arg(id);

        const auto refunds = m_store->refundsOf(id);
        if (!refunds)
            return u"%1: cannot list refunds: %2"_s.arg(id, refunds.error().message);
        if (refunds->size() != expected->refunds.size())
            return u"%1: the store has %2 refunds, the model %3"_s.arg(id)
                .arg(refunds->size())
                .arg(expected->refunds.size());
        for (const Refund &refund : refunds.value()) {
            const QString label = m_labels.value(refund.id, refund.id);
            const Reference::RefundEntry *model = m_model.refund(label);
            if (!model || model->record != id || model->amount != refund.amount
                || model->status != refund.status) {
                return u"%1: refund %2 (%3) is %4 of %5, the model says %6"_s
                    .arg(id, refund.id, label, toString(refund.status))
                    .arg(refund.amount)
                    .arg(model
                             ? toString(model->status) + u" of "_s + QString::number(model->amount)
                             : u"it does not exist"_s);
            }
        }
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    Reference::Model m_model;
    Settings m_settings;
    Counters &m_counters;
    qint64 m_nowMs = (recordCreated + 86400) * 1000;
    QHash<QString, QString> m_ids; ///< label → the store's id, for refunds the desk created
    QHash<QString, QString> m_labels; ///< the store's id → label
};

} // namespace RefundDesk::Testing::RandomOps

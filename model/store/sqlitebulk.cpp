// Many objects in one transaction (demo data, imports): statements prepared once, each
// object inserted, updated with a history event, or left alone; committed with one batch
// event, or rolled back whole.

#include "core/tr.h"
#include "domain/refundlifecycle.h"
#include "money/money.h"
#include "store/rowcolumns.h"
#include "store/sqlitestore.h"

#include <QJsonDocument>

namespace RefundDesk {
namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// The statements for one kind of object, built from its column list.
struct TableStatements
{
    Sqlite::Statement select; // pk, the columns
    Sqlite::Statement insert;
    Sqlite::Statement update; // the columns, then pk
};

/// `alsoSelect` adds columns of the desk's own bookkeeping after the compared ones.
TableStatements prepareTable(Sqlite::Connection &db, const char *table,
                             const QList<RowColumns::Column> &columns,
                             const QByteArray &alsoSelect = {})
{
    // Table and column names are this program's constants; every value is bound.
    const QByteArray names = RowColumns::names(columns);
    const QByteArray selected = alsoSelect.isEmpty() ? names : names + ", " + alsoSelect;
    TableStatements s;
    s.select = db.prepare("SELECT pk, " + selected + " FROM " + table + " WHERE id = ?");
    s.insert = db.prepare("INSERT INTO " + QByteArray(table) + "(" + names + ") VALUES ("
                          + RowColumns::placeholders(columns.size()) + ")");
    s.update = db.prepare("UPDATE " + QByteArray(table) + " SET " + RowColumns::assignments(columns)
                          + " WHERE pk = ?");
    return s;
}

class SqliteBulkWriter final : public BulkWriter
{
    Q_DISABLE_COPY_MOVE(SqliteBulkWriter)
public:
    SqliteBulkWriter(SqliteStore &store, Actor actor, qint64 firstNewPk)
        : m_store(store)
        , m_db(store.connection())
        , m_actor(std::move(actor))
        , m_firstNewPk(firstNewPk)
    {
        m_records = prepareTable(m_db, "payment_records", RowColumns::ofRecord({}),
                                 "amount_refunded, amount_prior_refunded");
        m_attempts = prepareTable(m_db, "payment_attempts", RowColumns::ofAttempt({}));
        m_refunds = prepareTable(m_db, "refunds", RowColumns::ofRefund({}));
        m_recordById = m_db.prepare("SELECT pk, currency, amount_guaranteed - amount_refunded - "
                                    "amount_reserved, amount_refunded, amount_prior_refunded "
                                    "FROM payment_records WHERE id = ?");
        m_resetPrior =
            m_db.prepare("UPDATE payment_records SET amount_refunded = amount_refunded "
                         "- amount_prior_refunded, amount_prior_refunded = 0 WHERE pk = ?");
        m_reported = m_db.prepare("INSERT OR REPLACE INTO temp.import_reported(pk, reported, "
                                  "old_prior) VALUES (?, ?, ?)");
        m_seen = m_db.prepare("INSERT INTO temp.import_seen(id, idx) VALUES (?, ?)");
        m_seenAt = m_db.prepare("SELECT idx FROM temp.import_seen WHERE id = ?");
        m_referenceOwner = m_db.prepare("SELECT id FROM refunds WHERE refund_reference = ?");
        m_attemptOwner =
            m_db.prepare("SELECT payment_record_id FROM payment_attempts WHERE id = ?");
        m_guaranteedAttempt = m_db.prepare("SELECT id FROM payment_attempts WHERE "
                                           "payment_record_id = ? AND outcome = 'guaranteed' "
                                           "AND id != ?");
    }

    ~SqliteBulkWriter() override
    {
        if (!m_done)
            m_store.rollback();
        m_db.exec("PRAGMA cache_size = " REFUNDDESK_CACHE_PAGES);
    }

    Result<WriteOutcome> putRecord(const PaymentRecord &r) override;
    Result<WriteOutcome> putAttempt(const PaymentAttempt &a) override;
    Result<WriteOutcome> putRefund(const Refund &f) override;
    bool hasRecord(const QString &id) override { return findRecord(id).has_value(); }
    bool hasAttempt(const QString &id) override { return attemptOwner(id).has_value(); }
    Result<void> markSeen(const QString &id, qint64 index) override;
    Result<void> commit(const QString &action, const QByteArray &payload) override;

private:
    struct RecordState
    {
        qint64 pk = 0;
        QString currency;
        qint64 refundable = 0;
        qint64 refunded = 0;
        qint64 prior = 0;
    };
    std::optional<RecordState> findRecord(const QString &id);
    /// The payment record of an attempt, if the attempt exists.
    std::optional<QString> attemptOwner(const QString &id);
    Result<void> run(Sqlite::Statement &statement, const QString &what);
    Result<void> historyEvent(const QString &action, const QString &type, const QString &id,
                              const QString &recordId, const QJsonObject &payload);
    Result<void> settlePriorRefunds();

    SqliteStore &m_store;
    Sqlite::Connection &m_db;
    Actor m_actor;
    qint64 m_firstNewPk;
    bool m_done = false;
    TableStatements m_records, m_attempts, m_refunds;
    Sqlite::Statement m_recordById, m_resetPrior, m_reported, m_seen, m_seenAt, m_referenceOwner,
        m_attemptOwner, m_guaranteedAttempt;
};

std::optional<SqliteBulkWriter::RecordState> SqliteBulkWriter::findRecord(const QString &id)
{
    Sqlite::Statement &s = m_recordById;
    s.reset();
    s.bind(1, id);
    if (!s.next())
        return std::nullopt;
    return RecordState {s.int64(0), s.text(1), s.int64(2), s.int64(3), s.int64(4)};
}

std::optional<QString> SqliteBulkWriter::attemptOwner(const QString &id)
{
    m_attemptOwner.reset();
    m_attemptOwner.bind(1, id);
    if (!m_attemptOwner.next())
        return std::nullopt;
    return m_attemptOwner.text(0);
}

Result<void> SqliteBulkWriter::run(Sqlite::Statement &statement, const QString &what)
{
    if (statement.exec())
        return {};
    // The schema's own refusals are about the object; anything else is about the storage.
    if (Sqlite::isConstraint(statement.resultCode()))
        return Error::rule(
            {}, ModelText::tr("%1: the database refused it (%2).").arg(what, m_db.lastError()));
    return m_store.storageError(what);
}

Result<void> SqliteBulkWriter::historyEvent(const QString &action, const QString &type,
                                            const QString &id, const QString &recordId,
                                            const QJsonObject &payload)
{
    Event event;
    event.actor = m_actor.name;
    event.action = action;
    event.entityType = type;
    event.entityId = id;
    event.recordId = recordId;
    event.payload = compact(payload);
    auto appended = m_store.appendEvent(event);
    if (!appended)
        return appended.error();
    return {};
}

Result<void> SqliteBulkWriter::markSeen(const QString &id, qint64 index)
{
    m_seen.reset();
    m_seen.bind(1, id).bind(2, index);
    if (m_seen.exec())
        return {};
    if (!Sqlite::isConstraint(m_seen.resultCode()))
        return m_store.storageError(ModelText::tr("Cannot track the ids of the file"));
    m_seenAt.reset();
    m_seenAt.bind(1, id);
    const qint64 first = m_seenAt.next() ? m_seenAt.int64(0) : -1;
    return Error::rule(QStringLiteral("id"),
                       ModelText::tr("id %1 appears twice in this file; it was first object %2.")
                           .arg(id)
                           .arg(first));
}

Result<WriteOutcome> SqliteBulkWriter::putRecord(const PaymentRecord &r)
{
    const QList<RowColumns::Column> columns = RowColumns::ofRecord(r);
    TableStatements &t = m_records;
    t.select.reset();
    t.select.bind(1, r.id);
    if (!t.select.next()) {
        t.insert.reset();
        RowColumns::bind(t.insert, columns);
        if (auto ran = run(t.insert, ModelText::tr("payment record %1").arg(r.id)); !ran)
            return ran.error();
        if (r.amountRefunded > 0) {
            // Refunds that follow explain part of it; commit settles the rest as prior.
            m_reported.reset();
            m_reported.bind(1, m_db.lastInsertRowId()).bind(2, r.amountRefunded).bind(3, qint64(0));
            if (auto ran = run(m_reported, ModelText::tr("payment record %1").arg(r.id)); !ran)
                return ran.error();
        }
        return WriteOutcome::Inserted;
    }
    const qint64 pk = t.select.int64(0);
    QJsonObject diff = RowColumns::changes(t.select, columns, 1);
    const int bookkeeping = int(columns.size()) + 1;
    const qint64 refunded = t.select.int64(bookkeeping);
    const qint64 prior = t.select.int64(bookkeeping + 1);
    // Commit settles the refunded amount to the refunds known, or to more when the source
    // reports more; a source reporting less than the refunds known changes nothing.
    const qint64 settled = std::max(refunded - prior, r.amountRefunded);
    if (refunded != settled) {
        diff.insert(
            QStringLiteral("amount_refunded"),
            QJsonObject {{QStringLiteral("from"), refunded}, {QStringLiteral("to"), settled}});
    }
    // A refund later in the file can still change what is known (a succeeded one that
    // failed), so a record reporting refunds is settled at commit even when it reports
    // what is stored now; else re-importing the file would settle it then.
    if (refunded != r.amountRefunded || prior > 0 || r.amountRefunded > 0) {
        // Re-settle the prior amount at commit against the refunds then known.
        m_resetPrior.reset();
        m_resetPrior.bind(1, pk);
        m_reported.reset();
        m_reported.bind(1, pk).bind(2, r.amountRefunded).bind(3, prior);
        if (auto ran = run(m_resetPrior, ModelText::tr("payment record %1").arg(r.id)); !ran)
            return ran.error();
        if (auto ran = run(m_reported, ModelText::tr("payment record %1").arg(r.id)); !ran)
            return ran.error();
    }
    if (diff.isEmpty())
        return WriteOutcome::Unchanged;
    t.update.reset();
    t.update.bind(RowColumns::bind(t.update, columns), pk);
    if (auto ran = run(t.update, ModelText::tr("payment record %1").arg(r.id)); !ran)
        return ran.error();
    if (auto logged = historyEvent(QStringLiteral("record.updated"),
                                   QStringLiteral("payment_record"), r.id, r.id, diff);
        !logged) {
        return logged.error();
    }
    return WriteOutcome::Updated;
}

Result<WriteOutcome> SqliteBulkWriter::putAttempt(const PaymentAttempt &a)
{
    const std::optional<RecordState> record = findRecord(a.paymentRecordId);
    if (!record) {
        return Error::rule(
            QStringLiteral("payment_record"),
            ModelText::tr("Payment record %1 is neither in this file nor in the database.")
                .arg(a.paymentRecordId));
    }
    if (record->currency != a.currency) {
        return Error::rule(QStringLiteral("currency"),
                           ModelText::tr("The attempt is in %1, but payment record %2 is in %3.")
                               .arg(a.currency, a.paymentRecordId, record->currency));
    }
    if (a.outcome == AttemptOutcome::Guaranteed) {
        // The schema's unique index refuses it too, but without saying which attempt is in the way.
        m_guaranteedAttempt.reset();
        m_guaranteedAttempt.bind(1, a.paymentRecordId).bind(2, a.id);
        if (m_guaranteedAttempt.next()) {
            return Error::rule(QStringLiteral("outcome"),
                               ModelText::tr("Payment record %1 already has a guaranteed attempt, "
                                             "%2; only one attempt of a record can be guaranteed.")
                                   .arg(a.paymentRecordId, m_guaranteedAttempt.text(0)));
        }
    }
    const QList<RowColumns::Column> columns = RowColumns::ofAttempt(a);
    TableStatements &t = m_attempts;
    t.select.reset();
    t.select.bind(1, a.id);
    if (!t.select.next()) {
        t.insert.reset();
        RowColumns::bind(t.insert, columns);
        if (auto ran = run(t.insert, ModelText::tr("payment attempt %1").arg(a.id)); !ran)
            return ran.error();
        return WriteOutcome::Inserted;
    }
    const qint64 pk = t.select.int64(0);
    const QJsonObject diff = RowColumns::changes(t.select, columns, 1);
    if (diff.isEmpty())
        return WriteOutcome::Unchanged;
    if (diff.contains(QStringLiteral("payment_record_id"))) {
        return Error::rule(QStringLiteral("payment_record"),
                           ModelText::tr("Attempt %1 belongs to another payment record; an attempt "
                                         "cannot move to %2.")
                               .arg(a.id, a.paymentRecordId));
    }
    t.update.reset();
    t.update.bind(RowColumns::bind(t.update, columns), pk);
    if (auto ran = run(t.update, ModelText::tr("payment attempt %1").arg(a.id)); !ran)
        return ran.error();
    if (auto logged =
            historyEvent(QStringLiteral("attempt.updated"),
                         QStringLiteral("payment_attempt_record"), a.id, a.paymentRecordId, diff);
        !logged) {
        return logged.error();
    }
    return WriteOutcome::Updated;
}

Result<WriteOutcome> SqliteBulkWriter::putRefund(const Refund &given)
{
    Refund f = given;
    if (f.createdBy.isEmpty())
        f.createdBy = m_actor.name;
    const std::optional<RecordState> record = findRecord(f.paymentRecordId);
    if (!record) {
        return Error::rule(
            QStringLiteral("payment_record"),
            ModelText::tr("Payment record %1 is neither in this file nor in the database.")
                .arg(f.paymentRecordId));
    }
    if (record->currency != f.currency) {
        return Error::rule(
            QStringLiteral("currency"),
            ModelText::tr("Refund currency %1 is not the currency of payment %2 (%3).")
                .arg(f.currency, f.paymentRecordId, record->currency));
    }
    if (!f.paymentAttemptId.isEmpty()) {
        // The foreign key refuses an unknown attempt too, but without naming it.
        const std::optional<QString> owner = attemptOwner(f.paymentAttemptId);
        if (!owner) {
            return Error::rule(
                QStringLiteral("payment_attempt_record"),
                ModelText::tr("Payment attempt %1 is neither in this file nor in the database.")
                    .arg(f.paymentAttemptId));
        }
        if (*owner != f.paymentRecordId) {
            return Error::rule(QStringLiteral("payment_attempt_record"),
                               ModelText::tr("Payment attempt %1 belongs to payment record %2, "
                                             "not to %3.")
                                   .arg(f.paymentAttemptId, *owner, f.paymentRecordId));
        }
    }
    const QList<RowColumns::Column> columns = RowColumns::ofRefund(f);
    TableStatements &t = m_refunds;
    t.select.reset();
    t.select.bind(1, f.id);
    const bool exists = t.select.next();
    if (!exists && f.status == RefundStatus::Succeeded && record->prior > 0) {
        // The prior refunded amount may already stand for this very refund. Counting it
        // again would misreport the money; explaining the prior with it could let the desk
        // refund twice. Only the record's reported amount_refunded can settle that.
        return Error::rule(
            QStringLiteral("payment_record"),
            ModelText::tr("%1 was refunded on %2 before it came to the desk, and refund %3 may be "
                          "part of it. Import the refund together with its payment record (for "
                          "example export --what all) so the record's amount_refunded settles it.")
                .arg(formatMoney(record->prior, f.currency), f.paymentRecordId, f.id));
    }
    if (!exists && (reservesAmount(f.status) || f.status == RefundStatus::Succeeded)
        && f.amount > record->refundable) {
        return Error::rule(
            QStringLiteral("amount"),
            ModelText::tr("Refund %1 of %2 exceeds the %3 still refundable on %4.")
                .arg(f.id, formatMoney(f.amount, f.currency),
                     formatMoney(std::max<qint64>(0, record->refundable), f.currency),
                     f.paymentRecordId));
    }
    if (!f.refundReference.isEmpty()) {
        m_referenceOwner.reset();
        m_referenceOwner.bind(1, f.refundReference);
        if (m_referenceOwner.next() && m_referenceOwner.text(0) != f.id) {
            return Error::rule(
                QStringLiteral("refund_reference"),
                ModelText::tr("Refund reference \"%1\" is already used by refund %2.")
                    .arg(f.refundReference, m_referenceOwner.text(0)));
        }
    }
    if (!exists) {
        t.insert.reset();
        RowColumns::bind(t.insert, columns);
        if (auto ran = run(t.insert, ModelText::tr("refund %1").arg(f.id)); !ran)
            return ran.error();
        // Refunds of records this batch brings in are in its event; others get their own.
        if (record->pk < m_firstNewPk) {
            if (auto logged = historyEvent(QStringLiteral("refund.imported"),
                                           QStringLiteral("refund"), f.id, f.paymentRecordId,
                                           {{QStringLiteral("amount"), f.amount},
                                            {QStringLiteral("currency"), f.currency},
                                            {QStringLiteral("status"), toString(f.status)}});
                !logged) {
                return logged.error();
            }
        }
        return WriteOutcome::Inserted;
    }
    const qint64 pk = t.select.int64(0);
    const QJsonObject diff = RowColumns::changes(t.select, columns, 1);
    if (diff.isEmpty())
        return WriteOutcome::Unchanged;
    for (const char *fixed : {"payment_record_id", "amount", "currency", "created_by"}) {
        if (diff.contains(QLatin1String(fixed))) {
            return Error::rule(QLatin1String(fixed),
                               ModelText::tr("Refund %1 already exists with another %2; a refund's "
                                             "payment, amount, currency and creator never change.")
                                   .arg(f.id, QLatin1String(fixed)));
        }
    }
    if (diff.contains(QStringLiteral("status"))) {
        const auto from = refundStatusFromString(diff.value(QStringLiteral("status"))
                                                     .toObject()
                                                     .value(QStringLiteral("from"))
                                                     .toString());
        if (from && !RefundLifecycle::canTransition(from.value(), f.status)) {
            return Error::rule(QStringLiteral("status"),
                               ModelText::tr("Refund %1 cannot change from %2 to %3.")
                                   .arg(f.id, toString(from.value()), toString(f.status)));
        }
    }
    t.update.reset();
    t.update.bind(RowColumns::bind(t.update, columns), pk);
    if (auto ran = run(t.update, ModelText::tr("refund %1").arg(f.id)); !ran)
        return ran.error();
    if (auto logged = historyEvent(QStringLiteral("refund.updated"), QStringLiteral("refund"), f.id,
                                   f.paymentRecordId, diff);
        !logged) {
        return logged.error();
    }
    return WriteOutcome::Updated;
}

Result<void> SqliteBulkWriter::settlePriorRefunds()
{
    // What the source reported refunded beyond the refunds now known was refunded before
    // the desk saw the record: not refundable again, and shown in its history.
    if (!m_db.exec("UPDATE payment_records SET "
                   "amount_prior_refunded = max(0, r.reported - (amount_refunded - "
                   "amount_prior_refunded)), "
                   "amount_refunded = (amount_refunded - amount_prior_refunded) + max(0, "
                   "r.reported - (amount_refunded - amount_prior_refunded)) "
                   "FROM temp.import_reported r WHERE payment_records.pk = r.pk")) {
        return m_store.storageError(ModelText::tr("Cannot settle prior refunded amounts"));
    }
    Sqlite::Statement changed = m_db.prepare(
        "SELECT p.id, p.currency, p.amount_prior_refunded, p.amount_refunded, p.amount_guaranteed "
        "FROM payment_records p JOIN temp.import_reported r ON r.pk = p.pk "
        "WHERE p.amount_prior_refunded != r.old_prior ORDER BY p.pk");
    struct Row
    {
        QString id, currency;
        qint64 prior, refunded, guaranteed;
    };
    QList<Row> rows;
    while (changed.next()) {
        rows << Row {changed.text(0), changed.text(1), changed.int64(2), changed.int64(3),
                     changed.int64(4)};
    }
    if (!changed.finished())
        return m_store.storageError(ModelText::tr("Cannot read prior refunded amounts"));
    changed = {};
    for (const Row &row : rows) {
        const bool overReported = row.refunded > row.guaranteed;
        QString note;
        if (overReported) {
            note = ModelText::tr("The source reported %1 refunded of %2 guaranteed; imported as "
                                 "fully refunded.")
                       .arg(formatMoney(row.refunded, row.currency),
                            formatMoney(row.guaranteed, row.currency));
        } else if (row.prior > 0) {
            note = ModelText::tr("%1 was refunded before the record came to the desk; it is not "
                                 "refundable again.")
                       .arg(formatMoney(row.prior, row.currency));
        } else {
            note = ModelText::tr("The refunds now known account for everything refunded; no "
                                 "prior refund remains.");
        }
        if (auto logged = historyEvent(QStringLiteral("record.prior_refunded"),
                                       QStringLiteral("payment_record"), row.id, row.id,
                                       {{QStringLiteral("amount_prior_refunded"), row.prior},
                                        {QStringLiteral("amount_refunded"), row.refunded},
                                        {QStringLiteral("amount_guaranteed"), row.guaranteed},
                                        {QStringLiteral("over_reported"), overReported},
                                        {QStringLiteral("note"), note}});
            !logged) {
            return logged.error();
        }
    }
    return {};
}

Result<void> SqliteBulkWriter::commit(const QString &action, const QByteArray &payload)
{
    // Index the new records for search in one pass, then leave bulk mode.
    if (!m_db.exec("INSERT INTO payment_search(rowid, text) SELECT pk, text FROM "
                   "payment_search_text WHERE pk >= (SELECT bulk_from_pk FROM store_state)")
        || !m_db.exec("UPDATE store_state SET bulk_from_pk = NULL")) {
        return m_store.storageError(ModelText::tr("Cannot index the new records for search"));
    }
    if (auto settled = settlePriorRefunds(); !settled)
        return settled;
    // The batch event names the rows it brought in, so each record's history finds it.
    Sqlite::Statement range = m_db.prepare("SELECT ifnull(max(pk), 0) FROM payment_records");
    const qint64 lastPk = range.next() ? range.int64(0) : 0;
    range = {};
    QJsonObject batch = QJsonDocument::fromJson(payload).object();
    batch.insert(QStringLiteral("first_pk"), m_firstNewPk);
    batch.insert(QStringLiteral("last_pk"), lastPk);
    Event event;
    event.actor = m_actor.name;
    event.action = action;
    event.entityType = QStringLiteral("batch");
    event.entityId = QStringLiteral("batch_%1_%2").arg(m_firstNewPk).arg(lastPk);
    event.payload = compact(batch);
    if (auto appended = m_store.appendEvent(event); !appended)
        return appended.error();
    m_done = true;
    return m_store.commit();
}

} // namespace

Result<std::unique_ptr<BulkWriter>> SqliteStore::beginBulk(const Actor &actor)
{
    if (auto begun = beginImmediate(); !begun)
        return begun.error();
    if (auto allowed = authorize(actor, Permission::Import); !allowed) {
        rollback();
        return allowed.error();
    }
    const auto fail = [this](const QString &what) {
        const Error error = storageError(what);
        rollback();
        return error;
    };
    // Many rows touch every index; a larger cache keeps their pages from being spilled to
    // the WAL and read back over and over. The writer's destructor restores the default.
    connection().exec("PRAGMA cache_size = " REFUNDDESK_BULK_CACHE_PAGES);
    if (!connection().exec("CREATE TEMP TABLE IF NOT EXISTS import_reported(pk INTEGER PRIMARY "
                           "KEY, reported INTEGER NOT NULL, old_prior INTEGER NOT NULL)")
        || !connection().exec("CREATE TEMP TABLE IF NOT EXISTS import_seen(id TEXT PRIMARY KEY, "
                              "idx INTEGER NOT NULL) WITHOUT ROWID")
        || !connection().exec("DELETE FROM temp.import_reported")
        || !connection().exec("DELETE FROM temp.import_seen")) {
        return fail(ModelText::tr("Cannot prepare a bulk write"));
    }
    // The write lock is held from here on, so the rows from firstNewPk on are this batch's.
    Sqlite::Statement last =
        connection().prepare("SELECT ifnull(max(pk), 0) + 1 FROM payment_records");
    if (!last.next())
        return fail(ModelText::tr("Cannot read the payment records"));
    const qint64 firstNewPk = last.int64(0);
    last = {};
    // Records from here on are indexed for search at commit (see store_state in the schema).
    Sqlite::Statement bulk = connection().prepare("UPDATE store_state SET bulk_from_pk = ?");
    bulk.bind(1, firstNewPk);
    if (!bulk.exec())
        return fail(ModelText::tr("Cannot start a bulk write"));
    return std::unique_ptr<BulkWriter>(new SqliteBulkWriter(*this, actor, firstNewPk));
}

} // namespace RefundDesk

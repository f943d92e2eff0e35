// verify: SQLite's check of the file, every money invariant and the event chain, read in
// one snapshot so a writer in another process cannot make it see half a change.

#include "core/tr.h"
#include "money/money.h"
#include "store/migrations.h"
#include "store/rowreaders.h"
#include "store/sqlitestore.h"

namespace RefundDesk {
namespace {

// Records whose stored amounts disagree with their refunds, that refund beyond what was
// guaranteed, or whose refunds are in another currency. Records with refunds are found from
// the refunds' sums, one lookup each; the rest in one pass over the table that reads
// nothing else unless a record's amounts are not those of a record without refunds. Joining
// every record to the sums instead takes about four times as long on a million records.
constexpr const char *moneyInvariantSql = R"sql(
SELECT p.pk, p.id, p.currency, p.amount_guaranteed, p.amount_refunded,
       p.amount_prior_refunded, p.amount_reserved, s.succeeded, s.reserved,
       s.lowest_currency != p.currency OR s.highest_currency != p.currency
FROM (SELECT payment_record_id,
             sum(CASE WHEN status = 'succeeded' THEN amount ELSE 0 END) AS succeeded,
             sum(CASE WHEN status IN ('pending', 'requires_action', 'awaiting_approval')
                      THEN amount ELSE 0 END) AS reserved,
             min(currency) AS lowest_currency, max(currency) AS highest_currency
      FROM refunds GROUP BY payment_record_id) s
CROSS JOIN payment_records p ON p.id = s.payment_record_id
WHERE p.amount_refunded != p.amount_prior_refunded + s.succeeded
   OR p.amount_reserved != s.reserved
   OR s.succeeded + s.reserved > p.amount_guaranteed
   OR s.lowest_currency != p.currency OR s.highest_currency != p.currency
UNION ALL
SELECT p.pk, p.id, p.currency, p.amount_guaranteed, p.amount_refunded,
       p.amount_prior_refunded, p.amount_reserved, 0, 0, 0
FROM payment_records p
WHERE (p.amount_refunded != p.amount_prior_refunded OR p.amount_reserved != 0)
  AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.payment_record_id = p.id)
ORDER BY 1
)sql";

} // namespace

Result<VerifyReport> SqliteStore::verify(VerifyDepth depth)
{
    VerifyReport report;
    Sqlite::Connection &db = connection();
    if (!db.exec("BEGIN"))
        return storageError(ModelText::tr("Cannot read %1").arg(location()));
    const auto finish = [&db](auto result) {
        db.exec("ROLLBACK");
        return result;
    };

    Sqlite::Statement integrity =
        db.prepare(depth == VerifyDepth::Full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    while (integrity.next()) {
        const QString line = integrity.text(0);
        if (line != QLatin1String("ok"))
            report.problems << ModelText::tr("SQLite integrity: %1").arg(line);
    }
    if (!integrity.finished())
        return finish(storageError(ModelText::tr("Integrity check of %1 failed").arg(location())));

    QStringList missing = guardTriggerNames();
    Sqlite::Statement triggers =
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'");
    while (triggers.next())
        missing.removeAll(triggers.text(0));
    for (const QString &name : std::as_const(missing)) {
        report.problems << ModelText::tr("The guard trigger %1 is missing: the database no longer "
                                         "refuses what it should on its own.")
                               .arg(name);
    }

    Sqlite::Statement invariants = db.prepare(moneyInvariantSql);
    QStringList otherCurrency; // records with a refund in another currency
    while (invariants.next()) {
        const QString id = invariants.text(1);
        const QString currency = invariants.text(2);
        const qint64 guaranteed = invariants.int64(3), refunded = invariants.int64(4),
                     prior = invariants.int64(5), reserved = invariants.int64(6),
                     succeeded = invariants.int64(7), pending = invariants.int64(8);
        if (refunded != prior + succeeded) {
            report.problems << ModelText::tr(
                                   "%1: amount_refunded is %2, but its succeeded refunds (%3) "
                                   "and prior refunded amount (%4) add up to %5.")
                                   .arg(id, formatMoney(refunded, currency),
                                        formatMoney(succeeded, currency),
                                        formatMoney(prior, currency),
                                        formatMoney(prior + succeeded, currency));
        }
        if (reserved != pending) {
            report.problems << ModelText::tr(
                                   "%1: %2 is recorded as reserved, but its pending refunds add "
                                   "up to %3.")
                                   .arg(id, formatMoney(reserved, currency),
                                        formatMoney(pending, currency));
        }
        if (succeeded + pending > guaranteed) {
            report.problems << ModelText::tr("%1: refunds of %2 exceed the %3 that was guaranteed.")
                                   .arg(id, formatMoney(succeeded + pending, currency),
                                        formatMoney(guaranteed, currency));
        }
        if (invariants.int64(9) != 0)
            otherCurrency << id;
    }
    if (!invariants.finished())
        return finish(storageError(ModelText::tr("Cannot check the money invariants")));

    for (const QString &recordId : std::as_const(otherCurrency)) {
        Sqlite::Statement currencies =
            db.prepare("SELECT r.id, r.currency, p.currency FROM refunds r "
                       "JOIN payment_records p ON p.id = r.payment_record_id "
                       "WHERE r.payment_record_id = ? AND r.currency != p.currency "
                       "ORDER BY r.created, r.id");
        currencies.bind(1, recordId);
        while (currencies.next()) {
            report.problems << ModelText::tr(
                                   "%1: refund currency %2 differs from its payment's %3.")
                                   .arg(currencies.text(0), currencies.text(1), currencies.text(2));
        }
    }

    Sqlite::Statement overReported =
        db.prepare("SELECT id, currency, amount_refunded, amount_guaranteed FROM payment_records "
                   "WHERE amount_refunded > amount_guaranteed ORDER BY pk");
    while (overReported.next()) {
        const QString currency = overReported.text(1);
        report.warnings << ModelText::tr(
                               "%1: the source reported %2 refunded of %3 guaranteed; imported "
                               "as fully refunded.")
                               .arg(overReported.text(0),
                                    formatMoney(overReported.int64(2), currency),
                                    formatMoney(overReported.int64(3), currency));
    }

    Sqlite::Statement totals =
        // NOT INDEXED: through the currency index, SQLite would read the rows in an order
        // that jumps about the file, five times slower than reading the table straight.
        db.prepare("SELECT currency, count(*), sum(amount_guaranteed), sum(amount_refunded), "
                   "sum(amount_reserved) FROM payment_records NOT INDEXED GROUP BY currency "
                   "ORDER BY currency");
    while (totals.next()) {
        CurrencyTotals t {totals.text(0), totals.int64(1), totals.int64(2), totals.int64(3),
                          totals.int64(4)};
        report.recordsChecked += t.records;
        report.totals << t;
    }
    Sqlite::Statement refundCount = db.prepare("SELECT count(*) FROM refunds");
    if (refundCount.next())
        report.refundsChecked = refundCount.int64(0);

    // The chain: each event's hash covers the previous hash and its own fields.
    Sqlite::Statement events =
        db.prepare("SELECT " REFUNDDESK_EVENT_COLUMNS " FROM events e ORDER BY e.seq");
    QByteArray previous(64, '0');
    qint64 expectedSeq = 1;
    while (events.next()) {
        const Event event = RowReaders::readEvent(events);
        ++report.eventsChecked;
        QString broken;
        if (event.seq != expectedSeq)
            broken = ModelText::tr("event %1 follows event %2: events are missing")
                         .arg(event.seq)
                         .arg(expectedSeq - 1);
        else if (event.prevHash != previous)
            broken = ModelText::tr("event %1 does not link to the event before it").arg(event.seq);
        else if (eventHash(event) != event.hash)
            broken = ModelText::tr("event %1 (%2 on %3) was changed after it was written")
                         .arg(event.seq)
                         .arg(event.action, event.entityId);
        if (!broken.isEmpty()) {
            report.problems
                << ModelText::tr("Event chain broken at the first bad link: %1.").arg(broken);
            break;
        }
        previous = event.hash;
        expectedSeq = event.seq + 1;
    }
    if (!events.finished() && report.problems.isEmpty())
        return finish(storageError(ModelText::tr("Cannot read the event log")));
    return finish(Result<VerifyReport>(report));
}

} // namespace RefundDesk

// Listing records: keyset paging in every sort and direction over ~1,000 records, the
// filters, and search.

#include "storefixtures.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

class tst_StoreListing : public QObject, public StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { initStore(); }
    void cleanup() { cleanupStore(); }

    void keysetPaging_data();
    void keysetPaging();
    void filters_data();
    void filters();
    void search_data();
    void search();
    void commonSearch();
};

// ---------------------------------------------------------------------------------------
// Listing: keyset paging, filters and search

namespace {

struct Listed
{
    qint64 pk = 0;
    PaymentRecord record;
};

/// ~1,000 records with many equal dates, amounts, emails and names (and some without
/// email or name), in every state and three currencies; ids are not in insertion order.
QList<Listed> listingSeed(Seed &s)
{
    static const QStringList names {u"Ada Lovelace"_s,    u"Alan Turing"_s,    u"Grace Hopper"_s,
                                    u"Edsger Dijkstra"_s, u"Barbara Liskov"_s, u"Donald Knuth"_s,
                                    u"Ada Lovelace"_s,    u"Ken Thompson"_s,   u"Frances Allen"_s,
                                    u"John Backus"_s,     u"Niklaus Wirth"_s,  u"Radia Perlman"_s};
    static const QStringList currencies {u"usd"_s, u"jpy"_s, u"kwd"_s};
    QList<Listed> listed;
    constexpr int count = 1000;
    for (int i = 0; i < count; ++i) {
        const QString id = u"pr_%1"_s.arg((i * 7919) % count, 4, 10, QChar(u'0'));
        const qint64 amount = ((i * 31) % 97 + 1) * 100;
        const qint64 created = baseTime + (i % 53) * 3600;
        AttemptOutcome outcome = AttemptOutcome::Guaranteed;
        switch (i % 6) {
        case 3:
            outcome = AttemptOutcome::Failed;
            break;
        case 4:
            outcome = AttemptOutcome::Canceled;
            break;
        case 5:
            outcome = AttemptOutcome::Initiated;
            break;
        default:
            break;
        }
        PaymentRecord r = makeRecord(id, currencies.at(i % 3), amount, outcome, created);
        if (i % 10 != 0)
            r.customer.email = u"user%1@example.com"_s.arg(i % 41);
        if (i % 7 != 0)
            r.customer.name = names.at(i % names.size());
        s.add(r, outcome);

        if (outcome == AttemptOutcome::Guaranteed) {
            Refund refund;
            refund.id = u"re_%1"_s.arg(i);
            refund.paymentRecordId = id;
            refund.currency = r.currency;
            refund.created = refund.updated = created + 60;
            if (i % 4 == 1) {
                refund.amount = amount / 2;
                refund.status = RefundStatus::Succeeded;
                r.amountRefunded = refund.amount;
            } else if (i % 4 == 2) {
                refund.amount = amount / 4;
                refund.status = RefundStatus::Pending;
                r.amountReserved = refund.amount;
            } else if (i % 8 == 3) {
                refund.amount = amount;
                refund.status = RefundStatus::Succeeded;
                r.amountRefunded = refund.amount;
            }
            if (refund.amount > 0)
                s.refunds << refund;
        }
        listed << Listed {i + 1, r};
    }
    return listed;
}

/// The list's order computed here: the sort key (text compared as UTF-8 bytes, as SQLite
/// does), then the row number, both in the query's direction.
QStringList expectedOrder(QList<Listed> listed, RecordSort sort, bool descending)
{
    const auto textKey = [sort](const PaymentRecord &r) -> QByteArray {
        switch (sort) {
        case RecordSort::Id:
            return r.id.toUtf8();
        case RecordSort::Email:
            return r.customer.email.toUtf8();
        case RecordSort::Name:
            return r.customer.name.toUtf8();
        default:
            return {};
        }
    };
    const auto numberKey = [sort](const PaymentRecord &r) -> qint64 {
        return sort == RecordSort::Created ? r.created
            : sort == RecordSort::Amount   ? r.amountRequested
                                           : 0;
    };
    std::stable_sort(listed.begin(), listed.end(), [&](const Listed &a, const Listed &b) {
        int c = 0;
        if (sort == RecordSort::Created || sort == RecordSort::Amount) {
            const qint64 x = numberKey(a.record), y = numberKey(b.record);
            c = x < y ? -1 : (x > y ? 1 : 0);
        } else {
            c = textKey(a.record).compare(textKey(b.record));
        }
        if (c == 0)
            c = a.pk < b.pk ? -1 : (a.pk > b.pk ? 1 : 0);
        return descending ? c > 0 : c < 0;
    });
    QStringList ids;
    for (const Listed &l : listed)
        ids << l.record.id;
    return ids;
}

bool matches(const RecordQuery &q, const PaymentRecord &r)
{
    return (!q.state || deriveRecordState(r) == *q.state)
        && (q.currency.isEmpty() || q.currency.toLower() == r.currency)
        && (!q.createdFrom || r.created >= *q.createdFrom)
        && (!q.createdTo || r.created < *q.createdTo)
        && (!q.amountMin || r.amountRequested >= *q.amountMin)
        && (!q.amountMax || r.amountRequested <= *q.amountMax);
}

/// Every row of a query, page by page; fails the calling test on a bad page.
QStringList pageThrough(Store &store, RecordQuery query, int *pages = nullptr)
{
    QStringList ids;
    int pageCount = 0;
    for (;;) {
        const auto page = store.listRecords(query);
        if (!page)
            return {u"error: "_s + page.error().message};
        ++pageCount;
        ids += idsOf(page->rows);
        const bool full = page->rows.size() == query.limit;
        if (!page->hasMore) {
            if (page->rows.size() > query.limit)
                ids << u"error: page too long"_s;
            break;
        }
        if (!full)
            return {u"error: hasMore on a short page"_s};
        if (pageCount > 10000)
            return {u"error: paging does not end"_s};
        query.after = page->rows.last().cursor;
    }
    if (pages)
        *pages = pageCount;
    return ids;
}

} // namespace

void tst_StoreListing::keysetPaging_data()
{
    QTest::addColumn<RecordSort>("sort");
    QTest::addColumn<bool>("descending");

    const std::pair<const char *, RecordSort> sorts[] = {
        {"created", RecordSort::Created}, {"id", RecordSort::Id},
        {"amount", RecordSort::Amount},   {"email", RecordSort::Email},
        {"name", RecordSort::Name},
    };
    for (const auto &[name, sort] : sorts) {
        QTest::addRow("%s ascending", name) << sort << false;
        QTest::addRow("%s descending", name) << sort << true;
    }
}

void tst_StoreListing::keysetPaging()
{
    QFETCH(RecordSort, sort);
    QFETCH(bool, descending);

    Seed s;
    const QList<Listed> listed = listingSeed(s);
    const auto seeded = seed(*m_store, s);
    CHECK_OK(seeded);
    QCOMPARE(scalar(*m_store, "SELECT max(pk) FROM payment_records"), qint64(listed.size()));

    RecordQuery query;
    query.sort = sort;
    query.descending = descending;
    query.limit = 37;

    // Page by page, checking each page's shape and every record read back.
    QStringList ids;
    int pages = 0;
    for (;;) {
        const auto page = m_store->listRecords(query);
        CHECK_OK(page);
        ++pages;
        QVERIFY(pages <= 100);
        for (const RecordRow &row : page->rows) {
            const qsizetype i = row.cursor.row - 1;
            QVERIFY(i >= 0 && i < listed.size());
            QCOMPARE(row.record, listed.at(i).record);
        }
        ids += idsOf(page->rows);
        if (!page->hasMore) {
            QVERIFY(page->rows.size() <= 37);
            break;
        }
        QCOMPARE(page->rows.size(), 37);
        query.after = page->rows.last().cursor;
    }
    QCOMPARE(pages, (int(listed.size()) + 36) / 37);
    QCOMPARE(ids.size(), listed.size());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), listed.size());
    QCOMPARE(ids, expectedOrder(listed, sort, descending));

    // A page that ends exactly at the last row says there is no more.
    RecordQuery exact;
    exact.sort = sort;
    exact.descending = descending;
    exact.limit = int(listed.size());
    const auto whole = m_store->listRecords(exact);
    CHECK_OK(whole);
    QCOMPARE(whole->rows.size(), listed.size());
    QVERIFY(!whole->hasMore);
    exact.limit = int(listed.size()) - 1;
    const auto almost = m_store->listRecords(exact);
    CHECK_OK(almost);
    QVERIFY(almost->hasMore);
    exact.after = almost->rows.last().cursor;
    const auto last = m_store->listRecords(exact);
    CHECK_OK(last);
    QCOMPARE(last->rows.size(), 1);
    QVERIFY(!last->hasMore);
}

void tst_StoreListing::filters_data()
{
    QTest::addColumn<RecordQuery>("query");

    const auto with = [](auto set) {
        RecordQuery q;
        set(q);
        return q;
    };
    for (RecordState state : allRecordStates()) {
        QTest::addRow("state %s", qPrintable(toString(state)))
            << with([state](RecordQuery &q) { q.state = state; });
    }
    QTest::newRow("currency jpy") << with([](RecordQuery &q) { q.currency = u"jpy"_s; });
    QTest::newRow("currency KWD in upper case")
        << with([](RecordQuery &q) { q.currency = u"KWD"_s; });
    QTest::newRow("currency nobody uses") << with([](RecordQuery &q) { q.currency = u"eur"_s; });
    QTest::newRow("created range") << with([](RecordQuery &q) {
        q.createdFrom = baseTime + 10 * 3600;
        q.createdTo = baseTime + 20 * 3600;
    });
    QTest::newRow("created from") << with(
        [](RecordQuery &q) { q.createdFrom = baseTime + 50 * 3600; });
    QTest::newRow("created to, exclusive")
        << with([](RecordQuery &q) { q.createdTo = baseTime + 3600; });
    QTest::newRow("empty created range") << with([](RecordQuery &q) {
        q.createdFrom = baseTime + 3600;
        q.createdTo = baseTime + 3600;
    });
    QTest::newRow("amount range") << with([](RecordQuery &q) {
        q.amountMin = 2000;
        q.amountMax = 3000;
    });
    QTest::newRow("amount minimum") << with([](RecordQuery &q) { q.amountMin = 9000; });
    QTest::newRow("amount maximum, inclusive") << with([](RecordQuery &q) { q.amountMax = 100; });
    QTest::newRow("state and currency") << with([](RecordQuery &q) {
        q.state = RecordState::PartiallyRefunded;
        q.currency = u"usd"_s;
    });
    QTest::newRow("everything at once") << with([](RecordQuery &q) {
        q.state = RecordState::Paid;
        q.currency = u"kwd"_s;
        q.createdFrom = baseTime + 5 * 3600;
        q.createdTo = baseTime + 40 * 3600;
        q.amountMin = 1000;
        q.amountMax = 8000;
    });
}

void tst_StoreListing::filters()
{
    QFETCH(RecordQuery, query);

    Seed s;
    const QList<Listed> listed = listingSeed(s);
    const auto seeded = seed(*m_store, s);
    CHECK_OK(seeded);

    QList<Listed> expected;
    for (const Listed &l : listed) {
        if (matches(query, l.record))
            expected << l;
    }
    const auto count = m_store->countRecords(query);
    CHECK_OK(count);
    QCOMPARE(count.value(), qint64(expected.size()));

    for (RecordSort sort : {RecordSort::Created, RecordSort::Amount, RecordSort::Email}) {
        for (bool descending : {true, false}) {
            RecordQuery paged = query;
            paged.sort = sort;
            paged.descending = descending;
            paged.limit = 37;
            QCOMPARE(pageThrough(*m_store, paged), expectedOrder(expected, sort, descending));
        }
    }
}

void tst_StoreListing::search_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("ids");

    const QStringList john {u"pr_search1"_s};
    const QStringList mary {u"pr_search2"_s};
    const QStringList zed {u"pr_search3"_s};
    const QStringList all {u"pr_search1"_s, u"pr_search2"_s, u"pr_search3"_s, u"pr_search4"_s};

    QTest::newRow("email substring") << u"doe@exa"_s << john;
    QTest::newRow("email substring, other case") << u"DOE@EXA"_s << john;
    QTest::newRow("mixed-case email, lower-case term") << u"mary.major@"_s << mary;
    QTest::newRow("name") << u"mary maj"_s << mary;
    QTest::newRow("name, other case") << u"JOHN"_s << john;
    QTest::newRow("description") << u"widget"_s << john;
    QTest::newRow("processor reference") << u"proc_abc"_s << john;
    QTest::newRow("record id") << u"search2"_s << mary;
    QTest::newRow("record id prefix shared by all") << u"pr_sea"_s << all;
    QTest::newRow("refund id") << u"{refund}"_s << zed;
    QTest::newRow("part of a refund id") << u"{refund-part}"_s << zed;
    QTest::newRow("refund reference") << u"rfnd_ref_xyz"_s << john;
    QTest::newRow("refund reference, other case") << u"XYZ789"_s << john;
    QTest::newRow("status-change reference") << u"late_ref"_s << zed;
    QTest::newRow("percent matches literally") << u"100%"_s << mary;
    QTest::newRow("percent is not a wildcard") << u"j%e"_s << QStringList();
    QTest::newRow("underscore matches literally") << u"on_sh"_s << mary;
    // Refund ids ("re_…") are random, so the term must not fit one by chance.
    QTest::newRow("underscore is not a wildcard") << u"blue_widget"_s << QStringList();
    QTest::newRow("percent and underscore") << u"0%_c"_s << QStringList();
    QTest::newRow("backslash") << u"a\\b"_s << QStringList();
    QTest::newRow("quote") << u"o'n"_s << QStringList {u"pr_search4"_s};
    QTest::newRow("surrounding spaces are ignored") << u"  doe@exa  "_s << john;
    QTest::newRow("only spaces") << u"   "_s << all;
    QTest::newRow("1 character, email prefix") << u"z"_s << zed;
    QTest::newRow("1 character, email prefix, other case") << u"Z"_s << zed;
    QTest::newRow("1 character, mixed-case email") << u"m"_s << mary;
    QTest::newRow("2 characters, email prefix") << u"jo"_s << john;
    QTest::newRow("2 characters, email prefix, other case") << u"JO"_s << john;
    QTest::newRow("2 characters, mixed-case email") << u"ma"_s << mary;
    QTest::newRow("2 characters, mixed-case email, upper case") << u"MA"_s << mary;
    QTest::newRow("2 characters, id prefix") << u"pr"_s << all;
    QTest::newRow("2 characters, id prefix, upper case") << u"PR"_s << all;
    QTest::newRow("2 characters inside a word") << u"oh"_s << QStringList();
    QTest::newRow("no match") << u"nothing-here"_s << QStringList();
}

void tst_StoreListing::search()
{
    QFETCH(QString, term);
    QFETCH(QStringList, ids);

    Seed s;
    PaymentRecord john = makeRecord(u"pr_search1"_s, u"usd"_s, 5000, AttemptOutcome::Guaranteed);
    john.customer.email = u"john.doe@example.com"_s;
    john.customer.name = u"John Doe"_s;
    john.description = u"Blue widget order"_s;
    john.processorReference = u"pi_proc_ABC123"_s;
    s.add(john, AttemptOutcome::Guaranteed);
    PaymentRecord mary =
        makeRecord(u"pr_search2"_s, u"usd"_s, 7000, AttemptOutcome::Guaranteed, baseTime + 1);
    mary.customer.email = u"Mary.Major@Example.org"_s;
    mary.customer.name = u"Mary Major"_s;
    mary.description = u"100% cotton_shirt"_s;
    mary.processorReference = u"ch_777"_s;
    s.add(mary, AttemptOutcome::Guaranteed);
    PaymentRecord zed =
        makeRecord(u"pr_search3"_s, u"jpy"_s, 900, AttemptOutcome::Guaranteed, baseTime + 2);
    zed.customer.email = u"zed@zzz.io"_s;
    zed.customer.name = u"Zed Zulu"_s;
    zed.description = u"gift card"_s;
    s.add(zed, AttemptOutcome::Guaranteed);
    PaymentRecord anonymous =
        makeRecord(u"pr_search4"_s, u"kwd"_s, 900, AttemptOutcome::Failed, baseTime + 3);
    anonymous.description = u"Paddy O'Neill's pub"_s;
    s.add(anonymous, AttemptOutcome::Failed);
    const auto seeded = seed(*m_store, s);
    CHECK_OK(seeded);

    const auto reported = create(reportedRefundOf(u"pr_search1"_s, 1000, u"rfnd_ref_XYZ789"_s));
    CHECK_OK(reported);
    const auto pending = create(refundOf(u"pr_search3"_s, 100));
    CHECK_OK(pending);
    StatusChange late = changeTo(RefundStatus::Succeeded);
    late.refundReference = u"late_ref_42"_s;
    const auto done = m_store->changeRefundStatus(pending->refund.id, late, agent);
    CHECK_OK(done);

    term.replace(u"{refund}"_s, pending->refund.id);
    term.replace(u"{refund-part}"_s, pending->refund.id.mid(5, 12));

    RecordQuery query;
    query.search = term;
    query.limit = 2;
    QStringList found = pageThrough(*m_store, query);
    found.sort();
    QCOMPARE(found, ids);
    const auto count = m_store->countRecords(query);
    CHECK_OK(count);
    QCOMPARE(count.value(), qint64(ids.size()));
}

// A term that 10,000 or more records contain is answered by walking the sort's index rather
// than the trigram index (store/sqlitelist.cpp); the rows found must be exactly the same.
// One seed of 10,200 records serves every row of the table.
void tst_StoreListing::commonSearch()
{
    constexpr int fillers = 10200;
    Seed s;
    QList<PaymentRecord> records;
    for (int i = 0; i < fillers; ++i) {
        const AttemptOutcome outcome =
            i % 3 == 0 ? AttemptOutcome::Failed : AttemptOutcome::Guaranteed;
        PaymentRecord r = makeRecord(u"pr_fill%1"_s.arg(i, 5, 10, QChar(u'0')), u"usd"_s, 1000,
                                     outcome, baseTime + i);
        r.customer.email = u"filler%1@common.example"_s.arg(i, 5, 10, QChar(u'0'));
        r.description = i % 2 == 0 ? u"Blue_widget"_s : u"BlueXwidget"_s;
        s.add(r, outcome);
        records << r;
    }
    CHECK_OK(seed(*m_store, s));

    const struct
    {
        const char *name;
        QString term;
        std::optional<RecordState> state;
        std::function<bool(int)> matches;
    } rows[] = {
        {"common term",
         u"common.example"_s,
         {},
         [](int) {
             return true;
         }},
        {"common term, other case",
         u"COMMON.EXAMPLE"_s,
         {},
         [](int) {
             return true;
         }},
        {"common term and a state", u"common.example"_s, RecordState::Failed,
         [](int i) {
             return i % 3 == 0;
         }},
        // As a LIKE wildcard, _ matches every filler; only every second one has the underscore.
        {"common with the wildcard, rare without",
         u"blue_widget"_s,
         {},
         [](int i) {
             return i % 2 == 0;
         }},
        {"rare term",
         u"filler00077@"_s,
         {},
         [](int i) {
             return i == 77;
         }},
        // One or two characters: the start of the id or email, through their indexes.
        {"short common prefix, other case",
         u"FI"_s,
         {},
         [](int) {
             return true;
         }},
        {"short common prefix and a state", u"pr"_s, RecordState::Failed,
         [](int i) {
             return i % 3 == 0;
         }},
        {"short rare prefix",
         u"qq"_s,
         {},
         [](int) {
             return false;
         }},
    };
    for (const auto &row : rows) {
        QStringList expected; // newest first: created grows with i
        for (int i = 0; i < fillers; ++i) {
            if (row.matches(i))
                expected.prepend(records.at(i).id);
        }
        RecordQuery query;
        query.search = row.term;
        query.state = row.state;
        query.limit = 997;
        QVERIFY2(pageThrough(*m_store, query) == expected, row.name);
        query.descending = false;
        std::reverse(expected.begin(), expected.end());
        QVERIFY2(pageThrough(*m_store, query) == expected, row.name);

        const Result<qint64> count = m_store->countRecords(query);
        CHECK_OK(count);
        QCOMPARE(count.value(), qint64(expected.size()));
        query.countAtMost = 5000;
        const Result<qint64> bounded = m_store->countRecords(query);
        CHECK_OK(bounded);
        QCOMPARE(bounded.value(), qMin(qint64(5000), qint64(expected.size())));
    }
}

QTEST_GUILESS_MAIN(tst_StoreListing)
#include "tst_storelisting.moc"

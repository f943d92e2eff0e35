// Listing refunds across records for the refunds view: keyset paging in both directions with
// every filter, counts, and the distinct values the filters offer.

#include "storefixtures.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RefundDesk::RefundQuery)

namespace {

/// What the test knows about each refund it made, in creation order.
struct Made
{
    QString id;
    QString recordId;
    QString currency;
    RefundStatus status = RefundStatus::Pending;
    RefundReason reason = RefundReason::None;
    QString createdBy;
    qint64 created = 0;
};

const QStringList agents {u"agent.ann"_s, u"agent.bob"_s, u"lead.cy"_s};

bool matches(const Made &m, const RefundQuery &q)
{
    return (q.recordId.isEmpty() || m.recordId == q.recordId)
        && (!q.status || m.status == *q.status) && (!q.reason || m.reason == *q.reason)
        && (q.createdBy.isEmpty() || m.createdBy == q.createdBy)
        && (q.currency.isEmpty() || m.currency == q.currency.toLower())
        && (!q.createdFrom || m.created >= *q.createdFrom)
        && (!q.createdTo || m.created < *q.createdTo);
}

RefundQuery where(const std::function<void(RefundQuery &)> &set)
{
    RefundQuery query;
    set(query);
    return query;
}

} // namespace

class tst_StoreRefundList : public QObject, public StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { cleanupStore(); }

    void paging_data();
    void paging();
    void refundCreators();
    void recordCurrencies();
    void emptyStore();

private:
    QList<Made> m_made;
};

// 60 refunds over many records: three agents, every reason, several statuses, three
// currencies, and many sharing the same created second so the row breaks ties.
void tst_StoreRefundList::init()
{
    initStore();
    m_made.clear();
    Seed s;
    const QStringList currencies {u"usd"_s, u"jpy"_s, u"kwd"_s};
    for (int i = 0; i < 30; ++i) {
        s.add(u"pr_list_%1"_s.arg(i, 2, 10, QChar(u'0')), currencies.at(i % 3), 100000,
              AttemptOutcome::Guaranteed);
    }
    CHECK_OK(seed(*m_store, s));

    qint64 clock = nowSeconds;
    m_store->setClock([&clock] { return clock * 1000; });
    const QList<RefundReason> reasons {RefundReason::None, RefundReason::Duplicate,
                                       RefundReason::Fraudulent, RefundReason::RequestedByCustomer};
    for (int i = 0; i < 60; ++i) {
        clock = nowSeconds + (i / 4) * 3600; // four refunds share each hour
        RefundRequest request = refundOf(s.records.at(i % 30).id, 1000 + i);
        request.reason = reasons.at(i % 4);
        const Actor actor {agents.at(i % 3)};
        const Result<RefundOutcome> created = m_store->createRefund(request, actor);
        CHECK_OK(created);
        Made made {created->refund.id,     request.paymentRecordId, s.records.at(i % 30).currency,
                   RefundStatus::Pending,  request.reason,          actor.name,
                   created->refund.created};
        if (i % 5 == 1) {
            const Result<Refund> failed = m_store->changeRefundStatus(
                made.id, changeTo(RefundStatus::Failed, FailureReason::Declined), actor);
            CHECK_OK(failed);
            made.status = RefundStatus::Failed;
        }
        m_made << made;
    }
    m_store->setClock([] { return nowSeconds * 1000; });
}

void tst_StoreRefundList::paging_data()
{
    QTest::addColumn<RefundQuery>("query");

    const qint64 hour = 3600;
    QTest::newRow("everything") << RefundQuery();
    QTest::newRow("one record") << where([](RefundQuery &q) { q.recordId = u"pr_list_07"_s; });
    QTest::newRow("unknown record") << where([](RefundQuery &q) { q.recordId = u"pr_missing"_s; });
    QTest::newRow("status pending")
        << where([](RefundQuery &q) { q.status = RefundStatus::Pending; });
    QTest::newRow("status failed")
        << where([](RefundQuery &q) { q.status = RefundStatus::Failed; });
    QTest::newRow("status succeeded: none")
        << where([](RefundQuery &q) { q.status = RefundStatus::Succeeded; });
    QTest::newRow("reason none") << where([](RefundQuery &q) { q.reason = RefundReason::None; });
    QTest::newRow("reason fraudulent")
        << where([](RefundQuery &q) { q.reason = RefundReason::Fraudulent; });
    QTest::newRow("agent") << where([](RefundQuery &q) { q.createdBy = u"agent.bob"_s; });
    QTest::newRow("agent unknown")
        << where([](RefundQuery &q) { q.createdBy = u"agent.nobody"_s; });
    QTest::newRow("currency, upper case") << where([](RefundQuery &q) { q.currency = u"JPY"_s; });
    QTest::newRow("from (inclusive)")
        << where([=](RefundQuery &q) { q.createdFrom = nowSeconds + 5 * hour; });
    QTest::newRow("to (exclusive)")
        << where([=](RefundQuery &q) { q.createdTo = nowSeconds + 5 * hour; });
    QTest::newRow("one hour") << where([=](RefundQuery &q) {
        q.createdFrom = nowSeconds + 3 * hour;
        q.createdTo = nowSeconds + 4 * hour;
    });
    QTest::newRow("every filter at once") << where([=](RefundQuery &q) {
        q.status = RefundStatus::Pending;
        q.reason = RefundReason::Duplicate;
        q.createdBy = u"agent.ann"_s;
        q.currency = u"usd"_s;
        q.createdFrom = nowSeconds + 2 * hour;
        q.createdTo = nowSeconds + 14 * hour;
    });
}

void tst_StoreRefundList::paging()
{
    QFETCH(RefundQuery, query);

    for (const bool descending : {true, false}) {
        QStringList expected;
        for (const Made &m : std::as_const(m_made)) {
            if (matches(m, query))
                expected << m.id;
        }
        if (descending)
            std::reverse(expected.begin(), expected.end());

        // Pages of 7 through the cursor, never a row twice or out of order.
        RefundQuery page = query;
        page.descending = descending;
        page.limit = 7;
        QStringList listed;
        for (int pages = 0; pages < 100; ++pages) {
            const Result<RefundPage> result = m_store->listRefunds(page);
            CHECK_OK(result);
            for (const RefundRow &row : result->rows) {
                // The refund as stored, not as the test remembers it, passes the filter.
                const Refund &r = row.refund;
                const Made stored {r.id,     r.paymentRecordId, r.currency, r.status,
                                   r.reason, r.createdBy,       r.created};
                QVERIFY2(matches(stored, query), qPrintable(r.id));
                listed << r.id;
            }
            QVERIFY(result->rows.size() <= 7);
            if (!result->hasMore)
                break;
            QCOMPARE(result->rows.size(), 7);
            page.after = result->rows.constLast().cursor;
        }
        QCOMPARE(listed, expected);

        const Result<qint64> count = m_store->countRefunds(query);
        CHECK_OK(count);
        QCOMPARE(count.value(), qint64(expected.size()));
    }
}

void tst_StoreRefundList::refundCreators()
{
    const Result<QStringList> creators = m_store->refundCreators();
    CHECK_OK(creators);
    QCOMPARE(creators.value(), agents);
}

void tst_StoreRefundList::recordCurrencies()
{
    // The standard seed adds usd, jpy and kwd records again, and no new currency.
    CHECK_OK(seedStandard());
    const Result<QStringList> currencies = m_store->recordCurrencies();
    CHECK_OK(currencies);
    QCOMPARE(currencies.value(), (QStringList {u"jpy"_s, u"kwd"_s, u"usd"_s}));
}

void tst_StoreRefundList::emptyStore()
{
    initStore(); // a new, empty store
    const Result<RefundPage> page = m_store->listRefunds(RefundQuery());
    CHECK_OK(page);
    QVERIFY(page->rows.isEmpty());
    QVERIFY(!page->hasMore);
    const Result<QStringList> creators = m_store->refundCreators();
    CHECK_OK(creators);
    QVERIFY(creators->isEmpty());
    const Result<QStringList> currencies = m_store->recordCurrencies();
    CHECK_OK(currencies);
    QVERIFY(currencies->isEmpty());
}

QTEST_GUILESS_MAIN(tst_StoreRefundList)
#include "tst_storerefundlist.moc"

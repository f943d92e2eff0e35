// An agent's edits of a payment record: notes and metadata, each with its history event in
// the chain, and refused edits that leave every row as it was.

#include "storefixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace RefundDesk;
using namespace RefundDesk::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RefundDesk::Metadata)

class tst_StoreRecordEdits : public QObject, public StoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        initStore();
        CHECK_OK(seedStandard());
    }
    void cleanup() { cleanupStore(); }

    void noteIsAppendedToHistory();
    void refusedNotes_data();
    void refusedNotes();
    void metadataIsReplaced();
    void unchangedMetadataWritesNothing();
    void refusedMetadata_data();
    void refusedMetadata();
};

void tst_StoreRecordEdits::noteIsAppendedToHistory()
{
    const QString text = u"Customer called: card was charged twice. \"Quotes\" & ünïcode."_s;
    const Result<void> added = m_store->addRecordNote(u"pr_usd"_s, text, agent);
    CHECK_OK(added);

    const Result<QList<Event>> history = m_store->history(u"pr_usd"_s);
    CHECK_OK(history);
    const Event &note = history->constLast();
    QCOMPARE(note.action, u"record.note"_s);
    QCOMPARE(note.actor, agent.name);
    QCOMPARE(note.entityType, u"payment_record"_s);
    QCOMPARE(note.entityId, u"pr_usd"_s);
    QCOMPARE(note.timeMs, nowSeconds * 1000);
    QCOMPARE(QJsonDocument::fromJson(note.payload).object().value(u"note"_s).toString(), text);
    // Another record's history does not show it.
    const Result<QList<Event>> other = m_store->history(u"pr_jpy"_s);
    CHECK_OK(other);
    for (const Event &event : other.value())
        QVERIFY(event.action != u"record.note"_s);

    const Result<VerifyReport> verified = m_store->verify(VerifyDepth::Full);
    CHECK_OK(verified);
    QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
}

void tst_StoreRecordEdits::refusedNotes_data()
{
    QTest::addColumn<QString>("recordId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << u"pr_usd"_s << QString() << ErrorKind::Rule << u"note"_s
                           << u"note is empty; write what happened."_s;
    QTest::newRow("only spaces") << u"pr_usd"_s << u"  \n\t "_s << ErrorKind::Rule << u"note"_s
                                 << u"note is empty; write what happened."_s;
    QTest::newRow("2001 characters")
        << u"pr_usd"_s << QString(2001, u'x') << ErrorKind::Rule << u"note"_s
        << u"note has 2001 characters; at most 2000 are allowed."_s;
    QTest::newRow("unknown record")
        << u"pr_missing"_s << u"hello"_s << ErrorKind::NotFound << u"payment"_s << QString();
}

void tst_StoreRecordEdits::refusedNotes()
{
    QFETCH(QString, recordId);
    QFETCH(QString, text);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const QString before = dumpAll(*m_store);
    const Result<void> added = m_store->addRecordNote(recordId, text, agent);
    QVERIFY(!added);
    QCOMPARE(kindName(added.error().kind), kindName(kind));
    QCOMPARE(added.error().field, field);
    if (!message.isEmpty())
        QCOMPARE(added.error().message, message);
    else
        QVERIFY2(added.error().message.contains(recordId), qPrintable(added.error().message));
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_StoreRecordEdits::metadataIsReplaced()
{
    const Metadata before {{u"order_id"_s, u"6735"_s}, {u"plan"_s, u"basic"_s}};
    Result<PaymentRecord> first = m_store->setRecordMetadata(u"pr_usd"_s, before, agent);
    CHECK_OK(first);
    const Metadata after {{u"plan"_s, u"team"_s}, {u"ticket"_s, u"T-17"_s}};
    Result<PaymentRecord> second = m_store->setRecordMetadata(u"pr_usd"_s, after, agent);
    CHECK_OK(second);
    QCOMPARE(second->metadata, after);

    const Result<PaymentRecord> stored = m_store->record(u"pr_usd"_s);
    CHECK_OK(stored);
    QCOMPARE(stored->metadata, after);

    const Result<QList<Event>> history = m_store->history(u"pr_usd"_s);
    CHECK_OK(history);
    const Event &changed = history->constLast();
    QCOMPARE(changed.action, u"record.metadata_changed"_s);
    QCOMPARE(changed.actor, agent.name);
    QCOMPARE(
        QString::fromUtf8(changed.payload),
        uR"({"after":{"plan":"team","ticket":"T-17"},"before":{"order_id":"6735","plan":"basic"}})"_s);

    const Result<VerifyReport> verified = m_store->verify(VerifyDepth::Full);
    CHECK_OK(verified);
    QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
}

void tst_StoreRecordEdits::unchangedMetadataWritesNothing()
{
    const Metadata metadata {{u"order_id"_s, u"6735"_s}};
    CHECK_OK(m_store->setRecordMetadata(u"pr_usd"_s, metadata, agent));
    const QString before = dumpAll(*m_store);
    const Result<PaymentRecord> again = m_store->setRecordMetadata(u"pr_usd"_s, metadata, agent);
    CHECK_OK(again);
    QCOMPARE(again->metadata, metadata);
    QCOMPARE(dumpAll(*m_store), before);
}

void tst_StoreRecordEdits::refusedMetadata_data()
{
    QTest::addColumn<QString>("recordId");
    QTest::addColumn<Metadata>("metadata");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("field");

    Metadata tooMany;
    for (int i = 0; i < 51; ++i)
        tooMany.insert(u"k%1"_s.arg(i), u"v"_s);
    QTest::newRow("51 keys") << u"pr_usd"_s << tooMany << ErrorKind::Rule << u"metadata"_s;
    QTest::newRow("key of 41 characters")
        << u"pr_usd"_s << Metadata {{QString(41, u'k'), u"v"_s}} << ErrorKind::Rule
        << u"metadata[%1]"_s.arg(QString(41, u'k'));
    QTest::newRow("value of 501 characters")
        << u"pr_usd"_s << Metadata {{u"note"_s, QString(501, u'v')}} << ErrorKind::Rule
        << u"metadata[note]"_s;
    QTest::newRow("key with a bracket")
        << u"pr_usd"_s << Metadata {{u"a[1]"_s, u"v"_s}} << ErrorKind::Rule << u"metadata[a[1]]"_s;
    QTest::newRow("unknown record")
        << u"pr_missing"_s << Metadata {{u"a"_s, u"b"_s}} << ErrorKind::NotFound << u"payment"_s;
}

void tst_StoreRecordEdits::refusedMetadata()
{
    QFETCH(QString, recordId);
    QFETCH(Metadata, metadata);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, field);

    const QString before = dumpAll(*m_store);
    const Result<PaymentRecord> set = m_store->setRecordMetadata(recordId, metadata, agent);
    QVERIFY(!set);
    QCOMPARE(kindName(set.error().kind), kindName(kind));
    QCOMPARE(set.error().field, field);
    QVERIFY(!set.error().message.isEmpty());
    QCOMPARE(dumpAll(*m_store), before);
}

QTEST_GUILESS_MAIN(tst_StoreRecordEdits)
#include "tst_storerecordedits.moc"

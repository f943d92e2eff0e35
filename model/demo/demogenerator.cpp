#include "demo/demogenerator.h"

#include "core/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>

namespace RefundDesk {
namespace {

/// splitmix64: tiny, fast and the same on every platform, unlike std:: distributions.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 … n-1 (the modulo bias is irrelevant for demo data).
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(below(qint64(N)))];
    }

private:
    quint64 m_state;
};

/// A bijection on 64 bits, so ids made from distinct counters never collide.
quint64 scramble(quint64 x)
{
    x ^= x >> 33;
    x *= 0xFF51AFD7ED558CCDULL;
    x ^= x >> 33;
    x *= 0xC4CEB9FE1A85EC53ULL;
    x ^= x >> 33;
    return x;
}

QString base62(quint64 value, int width)
{
    static constexpr char alphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString out(width, QLatin1Char('0'));
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char(alphabet[value % 62]);
        value /= 62;
    }
    return out;
}

struct CurrencyProfile
{
    const char *code;
    int weight; // percent of payments
    qint64 minMinor; // smallest typical payment, minor units
    qint64 maxMinor;
};

constexpr std::array<CurrencyProfile, 7> currencies {{
    {"usd", 42, 500, 50000},
    {"eur", 20, 500, 40000},
    {"gbp", 10, 500, 30000},
    {"jpy", 12, 500, 60000}, // yen: no minor unit
    {"kwd", 6, 1000, 150000}, // three decimals
    {"cad", 5, 500, 40000},
    {"chf", 5, 500, 40000},
}};

constexpr std::array<const char *, 24> firstNames {
    "Ana",   "José",  "Zoë",   "Łukasz", "Søren", "Chloé",  "Björn", "Amara",
    "Mei",   "Yuki",  "Omar",  "Fatima", "Liam",  "Olivia", "Noah",  "Emma",
    "Priya", "Arjun", "Sofía", "Mateo",  "Hana",  "Jonas",  "Leila", "Dmitri"};
constexpr std::array<const char *, 24> lastNames {
    "García", "Müller", "Smith",  "Nguyen",    "Kowalski", "Jensen", "Dubois", "Okafor",
    "Tanaka", "Sato",   "Haddad", "Rahman",    "Brown",    "Wilson", "Taylor", "Martin",
    "Patel",  "Sharma", "López",  "Fernández", "Kim",      "Novak",  "Karimi", "Ivanov"};
constexpr std::array<const char *, 6> domains {"example.com",  "mail.example.org", "example.net",
                                               "shop.example", "example.co.uk",    "example.jp"};
constexpr std::array<const char *, 5> brands {"visa", "mastercard", "amex", "discover", "jcb"};
constexpr std::array<const char *, 8> products {"Annual subscription — Pro plan",
                                                "Coffee beans, 1 kg",
                                                "Wireless headphones",
                                                "Concert ticket",
                                                "Monthly subscription",
                                                "Gift card",
                                                "Running shoes",
                                                "Hotel booking, 2 nights"};
constexpr std::array<const char *, 5> agents {"alice", "bob", "carmen", "deepak", "eun-ji"};

QString asciiFold(const QString &name)
{
    // Emails are ASCII here; names keep their accents.
    QString folded = name.normalized(QString::NormalizationForm_D);
    folded.remove(QRegularExpression(QStringLiteral("[^a-zA-Z]")));
    return folded.toLower();
}

const CurrencyProfile &pickCurrency(Random &random)
{
    qint64 roll = random.below(100);
    for (const CurrencyProfile &profile : currencies) {
        if (roll < profile.weight)
            return profile;
        roll -= profile.weight;
    }
    return currencies.front();
}

/// Round typical prices the way shops price them (x.99, whole yen).
qint64 price(Random &random, const CurrencyProfile &profile)
{
    const qint64 raw = random.between(profile.minMinor, profile.maxMinor);
    if (QLatin1String(profile.code) == QLatin1String("jpy"))
        return raw / 10 * 10;
    if (QLatin1String(profile.code) == QLatin1String("kwd"))
        return raw / 250 * 250;
    return raw / 100 * 100 + (random.percent(60) ? 99 : 0);
}

class Generator
{
public:
    Generator(BulkWriter &writer, const DemoOptions &options)
        : m_writer(writer)
        , m_options(options)
        , m_random(options.seed)
        , m_idSalt(scramble(options.seed ^ 0x5DEECE66DULL))
    { }

    Result<void> record(qint64 index);
    const DemoSummary &summary() const { return m_summary; }

private:
    QString id(const char *prefix, quint64 counter)
    {
        return QLatin1String(prefix) + base62(scramble(counter ^ m_idSalt), 11)
            + base62(m_random.next(), 11);
    }
    Result<void> refunds(const PaymentRecord &record, const QString &attemptId);
    Refund refund(const PaymentRecord &record, const QString &attemptId, qint64 amount,
                  RefundStatus status);

    BulkWriter &m_writer;
    const DemoOptions &m_options;
    Random m_random;
    quint64 m_idSalt;
    quint64 m_refundCounter = 0;
    DemoSummary m_summary;
};

Result<void> Generator::record(qint64 index)
{
    Random &r = m_random;
    const CurrencyProfile &profile = pickCurrency(r);
    const QString first = QString::fromUtf8(r.pick(firstNames));
    const QString last = QString::fromUtf8(r.pick(lastNames));

    PaymentRecord p;
    p.id = id("pr_", quint64(index));
    p.currency = QLatin1String(profile.code);
    p.amountRequested = price(r, profile);
    p.created = m_options.until - r.below(365LL * 24 * 3600);
    p.customer.customer =
        QStringLiteral("cus_") + base62(scramble(quint64(r.below(1'000'000))), 14);
    p.customer.name = first + QLatin1Char(' ') + last;
    p.customer.email = QStringLiteral("%1.%2%3@%4")
                           .arg(asciiFold(first), asciiFold(last))
                           .arg(r.below(1000))
                           .arg(QLatin1String(r.pick(domains)));
    p.customer.phone =
        r.percent(50) ? QStringLiteral("+1555%1").arg(r.between(1000000, 9999999)) : QString();
    p.customerPresence =
        r.percent(70) ? QStringLiteral("on_session") : QStringLiteral("off_session");
    p.description = QString::fromUtf8(r.pick(products));
    p.livemode = true;
    if (r.percent(60))
        p.metadata.insert(QStringLiteral("order_id"), QStringLiteral("ORD-%1").arg(100000 + index));
    if (r.percent(30)) {
        static constexpr std::array<const char *, 3> channels {"web", "store", "phone"};
        p.metadata.insert(QStringLiteral("channel"), QLatin1String(r.pick(channels)));
    }
    if (r.percent(88)) {
        p.paymentMethod.type = QStringLiteral("card");
        p.paymentMethod.cardBrand = QLatin1String(r.pick(brands));
        p.paymentMethod.cardLast4 =
            QStringLiteral("%1").arg(r.below(10000), 4, 10, QLatin1Char('0'));
    } else {
        p.paymentMethod.type = QStringLiteral("custom");
        p.paymentMethod.customDisplayName = QStringLiteral("Bank transfer");
    }
    p.paymentMethod.billing.name = p.customer.name;
    p.paymentMethod.billing.email = p.customer.email;
    p.processorReference = QStringLiteral("pay_") + base62(r.next(), 16);
    p.reportedBy = QStringLiteral("user");

    // Attempts: sometimes a failed try first; then the outcome that decides the record.
    QList<PaymentAttempt> attempts;
    const auto makeAttempt = [&](AttemptOutcome outcome, qint64 created) {
        PaymentAttempt a;
        a.id = id("par_", quint64(index) * 4 + quint64(attempts.size()));
        a.paymentRecordId = p.id;
        a.outcome = outcome;
        a.currency = p.currency;
        a.amountRequested = p.amountRequested;
        a.amountAuthorized = outcome == AttemptOutcome::Guaranteed ? p.amountRequested : 0;
        a.amountGuaranteed = outcome == AttemptOutcome::Guaranteed ? p.amountRequested : 0;
        a.amountFailed = outcome == AttemptOutcome::Failed ? p.amountRequested : 0;
        a.amountCanceled = outcome == AttemptOutcome::Canceled ? p.amountRequested : 0;
        a.created = created;
        a.paymentMethod = p.paymentMethod;
        a.processorReference = p.processorReference;
        a.reportedBy = p.reportedBy;
        attempts << a;
    };
    if (r.percent(8))
        makeAttempt(AttemptOutcome::Failed, p.created);
    const qint64 roll = r.below(100);
    const AttemptOutcome outcome = roll < 86 ? AttemptOutcome::Guaranteed
        : roll < 92                          ? AttemptOutcome::Failed
        : roll < 96                          ? AttemptOutcome::Canceled
                                             : AttemptOutcome::Initiated;
    makeAttempt(outcome, p.created + 1);
    for (const PaymentAttempt &a : attempts) {
        p.amountAuthorized += a.amountAuthorized;
        p.amountGuaranteed += a.amountGuaranteed;
        p.amountFailed += a.amountFailed;
        p.amountCanceled += a.amountCanceled;
    }
    p.latestAttemptId = attempts.last().id;

    if (auto added = m_writer.putRecord(p); !added)
        return added.error();
    for (const PaymentAttempt &a : attempts) {
        if (auto added = m_writer.putAttempt(a); !added)
            return added.error();
    }
    ++m_summary.records;
    m_summary.attempts += attempts.size();
    if (outcome == AttemptOutcome::Guaranteed)
        return refunds(p, attempts.last().id);
    return {};
}

Refund Generator::refund(const PaymentRecord &record, const QString &attemptId, qint64 amount,
                         RefundStatus status)
{
    Random &r = m_random;
    static constexpr std::array<RefundReason, 4> reasons {
        RefundReason::RequestedByCustomer, RefundReason::RequestedByCustomer,
        RefundReason::Duplicate, RefundReason::Fraudulent};
    Refund refund;
    refund.id = id("re_", m_refundCounter++);
    refund.paymentRecordId = record.id;
    refund.paymentAttemptId = attemptId;
    refund.amount = amount;
    refund.currency = record.currency;
    refund.status = status;
    refund.reason = r.pick(reasons);
    refund.created = std::min(m_options.until, record.created + r.between(3600, 30LL * 24 * 3600));
    refund.updated = refund.created;
    refund.initiatedAt = refund.created;
    if (status == RefundStatus::Succeeded || status == RefundStatus::Failed) {
        refund.refundReference = QStringLiteral("rr_") + refund.id.mid(3);
        refund.refundedAt = status == RefundStatus::Succeeded ? refund.initiatedAt : std::nullopt;
    }
    if (status == RefundStatus::Failed)
        refund.failureReason = FailureReason::ExpiredOrCanceledCard;
    if (status == RefundStatus::Pending)
        refund.pendingReason = PendingReason::Processing;
    refund.createdBy = QLatin1String(r.pick(agents));
    refund.note = r.percent(40)
        ? QStringLiteral("Customer called, ticket #%1").arg(r.between(1000, 99999))
        : QString();
    return refund;
}

Result<void> Generator::refunds(const PaymentRecord &record, const QString &attemptId)
{
    Random &r = m_random;
    const qint64 guaranteed = record.amountGuaranteed;
    const qint64 roll = r.below(100);
    QList<Refund> list;
    // A share rounded down to a sensible unit, at least one minor unit.
    const auto part = [&](int percentOf) {
        return std::max<qint64>(1, guaranteed * percentOf / 100);
    };
    if (roll < 6) {
        list << refund(record, attemptId, guaranteed, RefundStatus::Succeeded);
    } else if (roll < 16) {
        list << refund(record, attemptId, part(int(r.between(10, 60))), RefundStatus::Succeeded);
    } else if (roll < 18) {
        const qint64 first = part(30);
        list << refund(record, attemptId, first, RefundStatus::Succeeded);
        list << refund(record, attemptId, std::min(part(20), guaranteed - first),
                       RefundStatus::Succeeded);
    } else if (roll < 20) {
        list << refund(record, attemptId, part(50), RefundStatus::Pending);
    } else if (roll < 21) {
        list << refund(record, attemptId, guaranteed, RefundStatus::Failed);
    }
    for (const Refund &refund : list) {
        if (auto added = m_writer.putRefund(refund); !added)
            return added.error();
    }
    m_summary.refunds += list.size();
    return {};
}

} // namespace

Result<DemoSummary> generateDemo(Store &store, const DemoOptions &options, const Actor &actor)
{
    if (options.records < 0) {
        return Error::usage(
            QStringLiteral("records"),
            ModelText::tr("--records must be zero or more, not %1.").arg(options.records));
    }
    auto writer = store.beginBulk(actor);
    if (!writer)
        return writer.error();
    Generator generator(*writer.value(), options);
    for (qint64 i = 0; i < options.records; ++i) {
        if (options.isCancelled && options.isCancelled()) {
            DemoSummary cancelled;
            cancelled.cancelled = true;
            return cancelled; // the writer rolls the batch back
        }
        if (auto added = generator.record(i); !added) {
            Error error = added.error();
            if (error.kind == ErrorKind::Storage)
                error.message +=
                    ModelText::tr(" (Was demo seed %1 loaded before? Use another --seed.)")
                        .arg(options.seed);
            return error;
        }
        if (options.progress && (i + 1) % 1000 == 0)
            options.progress(i + 1);
    }
    const DemoSummary &summary = generator.summary();
    const QJsonObject payload {{QStringLiteral("source"), QStringLiteral("demo")},
                               {QStringLiteral("seed"), QString::number(options.seed)},
                               {QStringLiteral("records"), summary.records},
                               {QStringLiteral("attempts"), summary.attempts},
                               {QStringLiteral("refunds"), summary.refunds}};
    if (auto committed = writer.value()->commit(
            QStringLiteral("import.demo"), QJsonDocument(payload).toJson(QJsonDocument::Compact));
        !committed) {
        return committed.error();
    }
    if (options.progress)
        options.progress(options.records);
    return summary;
}

} // namespace RefundDesk

#include "money/amountparser.h"

#include "money/money.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <limits>
#include <optional>

namespace RefundDesk {

namespace {

// Gives lupdate a context, so these messages can be translated once translations exist.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RefundDesk::AmountParser)
};

// The locale's own marks, when they are single characters (they are in every Qt locale).
struct Marks
{
    QChar point;
    QChar group;
};

bool isDigit(QChar c)
{
    // ASCII only: amounts are typed on keyboards, and a lookalike digit is more likely a mistake.
    return c >= u'0' && c <= u'9';
}

bool isMinus(QChar c)
{
    return c == u'-' || c == u'\u2212';
}

// A separator's kind, or 0 when c is none. All spaces (typed, no-break, narrow no-break) are
// one kind and so are both apostrophes: people type whichever their keyboard gives.
char16_t separatorKind(QChar c, const Marks &marks)
{
    switch (c.unicode()) {
    case u'.':
    case u',':
        return c.unicode();
    case u' ':
    case u'\u00A0':
    case u'\u202F':
        return u' ';
    case u'\'':
    case u'\u2019':
        return u'\'';
    default:
        return c == marks.point || c == marks.group ? c.unicode() : 0;
    }
}

// '.' and ',' mean either thing depending on who typed them; spaces and apostrophes only group.
bool canBePoint(char16_t kind, const Marks &marks)
{
    return kind == u'.' || kind == u',' || kind == marks.point.unicode();
}

bool isAffixChar(QChar c, const Marks &marks)
{
    return !isDigit(c) && !isMinus(c) && c != u'+' && separatorKind(c, marks) == 0;
}

// People type the bare sign of their own dollar or yuan ("$" for "CA$", "¥" for "CN¥").
bool namesCurrency(QStringView affix, const Currency &currency)
{
    const QString symbol = currency.symbol();
    if (affix.compare(currency.code(), Qt::CaseInsensitive) == 0
        || affix.compare(symbol, Qt::CaseInsensitive) == 0)
        return true;
    return symbol.size() > 1 && !symbol.back().isLetter() && affix == QStringView(symbol).last(1);
}

std::optional<Currency> currencyNamedBy(QStringView affix)
{
    if (auto currency = Currency::fromCode(affix))
        return currency;
    // Only reached on the way to an error, so a scan of the table is fine.
    for (const QString &code : Currency::knownCodes()) {
        auto currency = Currency::fromCode(code);
        if (currency && affix == currency->symbol())
            return currency;
    }
    return std::nullopt;
}

// Whether the whole units are grouped as the locale itself writes this number, so that what
// Money::toDisplayString() shows reads back: en_IN's "12,34,567", and es_ES's "2595.009"
// (Qt 6.4 leaves out a separator before a leading group of one digit there).
bool groupedAsLocale(const QLocale &locale, const QList<QStringView> &wholeRuns, char16_t kind,
                     const Marks &marks)
{
    QString digits;
    for (const QStringView run : wholeRuns)
        digits += run;
    bool ok = false;
    const qulonglong units = digits.toULongLong(&ok);
    if (!ok)
        return false;
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    const QString text = grouped.toString(units);
    QList<qsizetype> sizes {0};
    for (const QChar c : text) {
        if (c.isDigit()) {
            ++sizes.last();
        } else if (separatorKind(c, marks) == kind) {
            sizes.append(0);
        } else {
            return false;
        }
    }
    if (sizes.size() != wholeRuns.size())
        return false;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        if (sizes[i] != wholeRuns[i].size())
            return false;
    }
    return true;
}

constexpr qsizetype noPoint = -1;
constexpr qsizetype manyPoints = -2;

// Which separator is the decimal point, as an index into kinds (DESIGN §2: "1 234,56" and
// "1,234.56" alike). runs are the digit runs around the separators.
// - '.' and ',' both present: the last one is the point, the other groups;
// - one of them, once: the point, unless three digits follow and it is not the locale's
//   point and no space or apostrophe already groups ("1,000" is a thousand in en_US);
// - one of them, several times: grouping.
qsizetype decimalPointIndex(const QList<char16_t> &kinds, const QList<QStringView> &runs,
                            const Marks &marks)
{
    qsizetype last = noPoint;
    bool mixed = false;
    bool groupOnlySeen = false;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (!canBePoint(kinds[i], marks)) {
            groupOnlySeen = true;
            continue;
        }
        mixed = mixed || (last != noPoint && kinds[last] != kinds[i]);
        last = i;
    }
    if (last == noPoint)
        return noPoint;
    const char16_t kind = kinds[last];
    const bool once = kinds.count(kind) == 1;
    if (mixed)
        return once ? last : manyPoints;
    const bool looksGrouped =
        runs[last + 1].size() == 3 && !groupOnlySeen && kind != marks.point.unicode();
    return once && !looksGrouped ? last : noPoint;
}

// Digits of the whole units, then of the minor units, then the zeros "12.5" leaves out;
// std::nullopt beyond 64 bits.
std::optional<qint64> toMinorUnits(const QList<QStringView> &wholeRuns, QStringView fraction,
                                   int exponent)
{
    qint64 value = 0;
    const auto push = [&value](int digit) {
        return !__builtin_mul_overflow(value, 10, &value)
            && !__builtin_add_overflow(value, digit, &value);
    };
    for (const QStringView run : wholeRuns) {
        for (const QChar c : run) {
            if (!push(c.unicode() - u'0'))
                return std::nullopt;
        }
    }
    for (const QChar c : fraction) {
        if (!push(c.unicode() - u'0'))
            return std::nullopt;
    }
    for (qsizetype i = fraction.size(); i < exponent; ++i) {
        if (!push(0))
            return std::nullopt;
    }
    return value;
}

} // namespace

Result<qint64> AmountParser::parse(QStringView text, const Currency &currency,
                                   const QString &field) const
{
    const QStringView typed = text.trimmed();
    const QString shown = typed.toString();
    const QString code = currency.code().toUpper();
    const auto fail = [&field](const QString &message) {
        return Result<qint64>(Error::rule(field, message));
    };

    if (typed.isEmpty())
        return fail(Tr::tr("%1 is empty").arg(field));
    if (std::none_of(typed.begin(), typed.end(), isDigit))
        return fail(Tr::tr("%1: \"%2\" has no digits").arg(field, shown));

    const QString point = m_locale.decimalPoint();
    const QString group = m_locale.groupSeparator();
    const Marks marks {point.size() == 1 ? point.front() : QChar(),
                       group.size() == 1 ? group.front() : QChar()};
    const auto negative = [&] {
        return fail(Tr::tr("%1: \"%2\" is negative, and negative amounts are not allowed")
                        .arg(field, shown));
    };
    if (isMinus(typed.front()) || isMinus(typed.back()))
        return negative();

    // A currency sign or code may stand before or after the number, not both.
    qsizetype prefixEnd = 0;
    while (prefixEnd < typed.size() && isAffixChar(typed[prefixEnd], marks))
        ++prefixEnd;
    qsizetype suffixStart = typed.size();
    while (suffixStart > prefixEnd && isAffixChar(typed[suffixStart - 1], marks))
        --suffixStart;
    const QStringView affixes[] = {typed.first(prefixEnd), typed.sliced(suffixStart)};
    for (const QStringView affix : affixes) {
        if (affix.isEmpty() || namesCurrency(affix, currency))
            continue;
        if (const auto other = currencyNamedBy(affix)) {
            return fail(Tr::tr("%1: \"%2\" is in %3, but this amount is in %4")
                            .arg(field, shown, other->code().toUpper(), code));
        }
        return fail(Tr::tr("%1: \"%2\" contains \"%3\", which is not part of an amount")
                        .arg(field, shown, affix.toString()));
    }
    if (prefixEnd > 0 && suffixStart < typed.size())
        return fail(Tr::tr("%1: \"%2\" names its currency twice").arg(field, shown));

    const QStringView number = typed.sliced(prefixEnd, suffixStart - prefixEnd).trimmed();
    // Not empty: digits never count as part of a currency.
    if (isMinus(number.front()) || isMinus(number.back()))
        return negative();

    // Split into digit runs and the separators between them: runs.size() == kinds.size() + 1,
    // and an empty run marks a separator at either end or two in a row.
    QList<QStringView> runs;
    QList<char16_t> kinds;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (isDigit(number[i]))
            continue;
        const char16_t kind = separatorKind(number[i], marks);
        if (kind == 0) {
            const qsizetype width = number[i].isHighSurrogate() ? 2 : 1;
            return fail(Tr::tr("%1: \"%2\" contains \"%3\", which is not part of an amount")
                            .arg(field, shown, number.sliced(i, width).toString()));
        }
        runs.append(number.sliced(runStart, i - runStart));
        kinds.append(kind);
        runStart = i + 1;
    }
    runs.append(number.sliced(runStart));

    const auto tooManyPoints = [&] {
        return fail(Tr::tr("%1: \"%2\" has more than one decimal point").arg(field, shown));
    };
    const qsizetype pointAt = decimalPointIndex(kinds, runs, marks);
    if (pointAt == manyPoints)
        return tooManyPoints();

    // Everything else groups: one kind, before the point, 1–3 digits first, then threes; or
    // as the locale itself groups ("12,34,567" in en_IN, as toDisplayString() writes it).
    const qsizetype groupCount = pointAt >= 0 ? pointAt : kinds.size();
    bool groupedWell = pointAt < 0 || pointAt == kinds.size() - 1;
    for (qsizetype i = 0; groupedWell && i < groupCount; ++i)
        groupedWell = kinds[i] == kinds[0];
    if (groupedWell && groupCount > 0) {
        bool threes = runs[0].size() >= 1 && runs[0].size() <= 3;
        for (qsizetype i = 1; threes && i <= groupCount; ++i)
            threes = runs[i].size() == 3;
        groupedWell =
            threes || groupedAsLocale(m_locale, runs.first(groupCount + 1), kinds[0], marks);
    }
    if (!groupedWell) {
        // "1.2.3" in en_US reads as three decimal points, not as bad grouping.
        if (pointAt < 0 && kinds[0] == marks.point.unicode())
            return tooManyPoints();
        QLocale grouped = m_locale;
        grouped.setNumberOptions(m_locale.numberOptions() & ~QLocale::OmitGroupSeparator);
        return fail(Tr::tr("%1: \"%2\" groups its digits wrongly; write groups of three, as in %3")
                        .arg(field, shown, grouped.toString(1234567)));
    }

    const QStringView fraction = pointAt >= 0 ? runs[pointAt + 1] : QStringView();
    const int exponent = currency.exponent();
    if (fraction.size() > exponent) {
        if (exponent == 0)
            return fail(
                Tr::tr("%1: \"%2\" has decimals, but %3 has no decimals").arg(field, shown, code));
        return fail(Tr::tr("%1: \"%2\" has %3 decimals, but %4 allows at most %5")
                        .arg(field, shown)
                        .arg(fraction.size())
                        .arg(code)
                        .arg(exponent));
    }

    const auto value = toMinorUnits(runs.first(groupCount + 1), fraction, exponent);
    if (!value) {
        return fail(Tr::tr("%1: \"%2\" is too large; the largest %3 amount is %4")
                        .arg(field, shown, code,
                             formatMinorUnits(std::numeric_limits<qint64>::max(), exponent)));
    }
    return *value;
}

} // namespace RefundDesk

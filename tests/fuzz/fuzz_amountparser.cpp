// Fuzz target: typed amounts through AmountParser::parse.
// Input: byte 0 picks the currency, byte 1 the locale, the rest is the typed text (UTF-8,
// invalid sequences as Qt decodes them). Properties, besides not crashing:
// - a refusal names the field and says something;
// - an accepted amount is not negative, and formatted back it parses to the same value:
//   Money::toDecimalString() with the C locale, Money::toDisplayString() with the input's.

#include "money/amountparser.h"
#include "money/money.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace RefundDesk;

namespace {

// Exponents 2, 0 and 3, and currencies whose signs are letters, "$"-like or shared.
constexpr std::array currencies {"usd", "jpy", "kwd", "eur", "chf", "cad",
                                 "cny", "inr", "bhd", "clp", "gbp", "sek"};
// Points and groups of every kind: '.', ',', spaces (U+00A0, U+202F), apostrophes.
constexpr std::array locales {"C",     "en_US", "de_DE", "fr_FR", "de_CH",
                              "en_IN", "ja_JP", "sv_SE", "it_CH", "es_ES"};

[[noreturn]] void violated(const char *property, const QString &typed, const QString &detail)
{
    std::fprintf(stderr, "fuzz_amountparser: %s\n  typed: \"%s\"\n  %s\n", property,
                 typed.toUtf8().constData(), detail.toUtf8().constData());
    std::abort();
}

void checkRoundTrip(const AmountParser &parser, const QString &text, const Currency &currency,
                    qint64 value, const QString &typed, const char *how)
{
    const auto again = parser.parse(text, currency);
    if (!again)
        violated(how, typed,
                 QStringLiteral("\"%1\" is refused: %2").arg(text, again.error().message));
    if (again.value() != value) {
        violated(how, typed,
                 QStringLiteral("\"%1\" reads back as %2, not %3")
                     .arg(text)
                     .arg(again.value())
                     .arg(value));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    for (const char *code : currencies) {
        if (!Currency::fromCode(QString::fromLatin1(code)))
            violated("the fuzzed currencies are known", {}, QString::fromLatin1(code));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const auto currency =
        Currency::fromCode(QString::fromLatin1(currencies[data[0] % currencies.size()]));
    const QLocale locale {QString::fromLatin1(locales[data[1] % locales.size()])};
    const QString typed =
        QString::fromUtf8(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    const AmountParser parser(locale);
    const QString field = QStringLiteral("refund.amount");
    const auto parsed = parser.parse(typed, *currency, field);
    if (!parsed) {
        if (parsed.error().field != field || !parsed.error().message.contains(field))
            violated("a refusal names its field", typed, parsed.error().message);
        return 0;
    }
    const qint64 value = parsed.value();
    if (value < 0)
        violated("an accepted amount is not negative", typed, QString::number(value));
    const Money money(value, *currency);
    checkRoundTrip(AmountParser(), money.toDecimalString(), *currency, value, typed,
                   "the decimal string parses back (C locale)");
    checkRoundTrip(parser, money.toDisplayString(locale), *currency, value, typed,
                   "the display string parses back (same locale)");
    return 0;
}

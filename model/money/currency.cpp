#include "money/currency.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace RefundDesk {

namespace {

// ISO 4217 currencies in circulation, lower-case and sorted so lookups are a binary search.
// Left out on purpose, because no payment is made in them: funds codes (BOV, CHE, CHW, CLF,
// COU, MXV, USN, UYI, UYW), metals and SDR (XAG, XAU, XPD, XPT, XDR, XBA–XBD, XSU, XUA), the
// testing and "no currency" codes (XTS, XXX) and HRK, replaced by the euro in 2023. Codes in
// transition (ANG and XCG, SLL and SLE, ZWL and ZWG) are both kept: imports still carry the old.
constexpr std::array<std::u16string_view, 160> isoCodes = {
    u"aed", u"afn", u"all", u"amd", u"ang", u"aoa", u"ars", u"aud", u"awg", u"azn", u"bam", u"bbd",
    u"bdt", u"bgn", u"bhd", u"bif", u"bmd", u"bnd", u"bob", u"brl", u"bsd", u"btn", u"bwp", u"byn",
    u"bzd", u"cad", u"cdf", u"chf", u"clp", u"cny", u"cop", u"crc", u"cuc", u"cup", u"cve", u"czk",
    u"djf", u"dkk", u"dop", u"dzd", u"egp", u"ern", u"etb", u"eur", u"fjd", u"fkp", u"gbp", u"gel",
    u"ghs", u"gip", u"gmd", u"gnf", u"gtq", u"gyd", u"hkd", u"hnl", u"htg", u"huf", u"idr", u"ils",
    u"inr", u"iqd", u"irr", u"isk", u"jmd", u"jod", u"jpy", u"kes", u"kgs", u"khr", u"kmf", u"kpw",
    u"krw", u"kwd", u"kyd", u"kzt", u"lak", u"lbp", u"lkr", u"lrd", u"lsl", u"lyd", u"mad", u"mdl",
    u"mga", u"mkd", u"mmk", u"mnt", u"mop", u"mru", u"mur", u"mvr", u"mwk", u"mxn", u"myr", u"mzn",
    u"nad", u"ngn", u"nio", u"nok", u"npr", u"nzd", u"omr", u"pab", u"pen", u"pgk", u"php", u"pkr",
    u"pln", u"pyg", u"qar", u"ron", u"rsd", u"rub", u"rwf", u"sar", u"sbd", u"scr", u"sdg", u"sek",
    u"sgd", u"shp", u"sle", u"sll", u"sos", u"srd", u"ssp", u"stn", u"svc", u"syp", u"szl", u"thb",
    u"tjs", u"tmt", u"tnd", u"top", u"try", u"ttd", u"twd", u"tzs", u"uah", u"ugx", u"usd", u"uyu",
    u"uzs", u"ved", u"ves", u"vnd", u"vuv", u"wst", u"xaf", u"xcd", u"xcg", u"xof", u"xpf", u"yer",
    u"zar", u"zmw", u"zwg", u"zwl",
};

// The payment API's zero-decimal list (DESIGN §2). It differs from ISO on purpose: MGA is
// zero-decimal there and ISK is not, and amounts must read as the API writes them.
constexpr std::array<std::u16string_view, 16> zeroDecimalCodes = {
    u"bif", u"clp", u"djf", u"gnf", u"jpy", u"kmf", u"krw", u"mga",
    u"pyg", u"rwf", u"ugx", u"vnd", u"vuv", u"xaf", u"xof", u"xpf",
};

// Every ISO 4217 three-decimal currency.
constexpr std::array<std::u16string_view, 7> threeDecimalCodes = {
    u"bhd", u"iqd", u"jod", u"kwd", u"lyd", u"omr", u"tnd",
};

static_assert(std::ranges::is_sorted(isoCodes) && std::ranges::is_sorted(zeroDecimalCodes)
                  && std::ranges::is_sorted(threeDecimalCodes),
              "the currency tables are binary-searched");

struct Symbol
{
    std::u16string_view code;
    std::u16string_view sign;
};

// Only signs a reader recognises at a glance; "$" alone is the US dollar's, as in CLDR's English.
constexpr std::array<Symbol, 17> symbols = {{
    {u"aud", u"A$"},
    {u"brl", u"R$"},
    {u"cad", u"CA$"},
    {u"cny", u"CN¥"},
    {u"eur", u"€"},
    {u"gbp", u"£"},
    {u"hkd", u"HK$"},
    {u"ils", u"₪"},
    {u"inr", u"₹"},
    {u"jpy", u"¥"},
    {u"krw", u"₩"},
    {u"mxn", u"MX$"},
    {u"nzd", u"NZ$"},
    {u"php", u"₱"},
    {u"twd", u"NT$"},
    {u"usd", u"$"},
    {u"vnd", u"₫"},
}};

QString toQString(std::u16string_view text)
{
    return QStringView(text.data(), qsizetype(text.size())).toString();
}

} // namespace

std::optional<Currency> Currency::fromCode(QStringView code)
{
    if (code.size() != 3)
        return std::nullopt;
    // Lower-case by hand: only ASCII letters can form a code, and QString::toLower would
    // happily map other scripts' capitals.
    std::array<char16_t, 3> lower {};
    for (int i = 0; i < 3; ++i) {
        const char16_t c = code[i].unicode();
        if (c >= u'A' && c <= u'Z')
            lower[i] = char16_t(c - u'A' + u'a');
        else if (c >= u'a' && c <= u'z')
            lower[i] = c;
        else
            return std::nullopt;
    }
    const std::u16string_view key(lower.data(), lower.size());
    if (!std::ranges::binary_search(isoCodes, key))
        return std::nullopt;

    int exponent = 2;
    if (std::ranges::binary_search(zeroDecimalCodes, key))
        exponent = 0;
    else if (std::ranges::binary_search(threeDecimalCodes, key))
        exponent = 3;
    return Currency(toQString(key), exponent);
}

QStringList Currency::knownCodes()
{
    QStringList codes;
    codes.reserve(qsizetype(isoCodes.size()));
    for (const std::u16string_view code : isoCodes)
        codes.append(toQString(code));
    return codes;
}

QString Currency::symbol() const
{
    for (const Symbol &entry : symbols) {
        if (QStringView(entry.code.data(), qsizetype(entry.code.size())) == m_code)
            return toQString(entry.sign);
    }
    return m_code.toUpper();
}

} // namespace RefundDesk

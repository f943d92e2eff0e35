#pragma once

#include "core/result.h"
#include "money/currency.h"

#include <QValidator>

namespace RefundDesk {

/// Checks an amount typed into a line edit against one currency, with the model's
/// AmountParser, so the field accepts exactly what the desk can store: no third decimal in
/// usd, none at all in jpy, no letters, no sign. Text that more typing can still turn into
/// an amount ("", "$", "1,234,5", "12 US") is Intermediate; anything else is Invalid and
/// never reaches the field. Exact throughout: no floating point.
class AmountValidator final : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmountValidator)
public:
    /// Parses with `locale`'s decimal point and group separator (QValidator::locale()).
    explicit AmountValidator(Currency currency, const QLocale &locale = QLocale(),
                             QObject *parent = nullptr);

    const Currency &currency() const { return m_currency; }
    /// The name messages start with; "amount" (as the API names it) unless set.
    QString fieldName() const { return m_fieldName; }
    void setFieldName(const QString &name) { m_fieldName = name; }

    /// The amount `text` names, in minor units, or the parser's Error naming the field and
    /// the text ("amount: "12.345" has 3 decimals, but USD allows at most 2").
    Result<qint64> parse(QStringView text) const;

    State validate(QString &input, int &pos) const override;

    /// Why the text validate() saw last is not an amount yet; empty when it is one.
    QString errorString() const { return m_errorString; }
    /// Why the last Invalid text was refused. Unlike errorString() it survives the
    /// validation of the text the line edit keeps, so a handler of
    /// QLineEdit::inputRejected() can say what was wrong with the keystroke.
    QString rejectionString() const { return m_rejectionString; }

private:
    bool canStillBecomeAmount(const QString &text) const;

    Currency m_currency;
    QString m_fieldName = QStringLiteral("amount");
    mutable QString m_errorString;
    mutable QString m_rejectionString;
};

} // namespace RefundDesk

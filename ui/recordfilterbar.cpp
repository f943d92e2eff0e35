#include "recordfilterbar.h"

#include "domain/recordstate.h"
#include "money/amountparser.h"
#include "money/currency.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QToolButton>

namespace RefundDesk {
namespace {

/// A date edit at this date shows its special value text: no bound.
const QDate noDate(2000, 1, 1);

QDateEdit *dateField(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QDateEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setCalendarPopup(true);
    field->setMinimumDate(noDate);
    field->setSpecialValueText(RecordFilterBar::tr("Any date"));
    field->setDate(noDate);
    return field;
}

QLineEdit *amountField(const QString &objectName, const QString &placeholder,
                       const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setAccessibleName(accessibleName);
    field->setClearButtonEnabled(true);
    field->setAlignment(Qt::AlignRight);
    field->setMaximumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000.000"))
                           + 32);
    return field;
}

/// Local midnight at the start of `date`, in Unix seconds.
qint64 startOfDay(QDate date)
{
    return date.startOfDay().toSecsSinceEpoch();
}

} // namespace

RecordFilterBar::RecordFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_from(dateField(QStringLiteral("createdFromFilter"), tr("Created on or after"), this))
    , m_to(dateField(QStringLiteral("createdToFilter"), tr("Created on or before"), this))
    , m_amountMin(
          amountField(QStringLiteral("amountMinFilter"), tr("min"), tr("Smallest amount"), this))
    , m_amountMax(
          amountField(QStringLiteral("amountMaxFilter"), tr("max"), tr("Largest amount"), this))
    , m_clear(new QToolButton(this))
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search id, email, name, description, reference…"));
    m_search->setAccessibleName(tr("Search payment records"));
    m_search->setToolTip(tr("Search payment records (Ctrl+F or Ctrl+K)"));
    m_search->setClearButtonEnabled(true);

    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Filter by state"));
    m_state->addItem(tr("All states"));
    for (const RecordState state : allRecordStates())
        m_state->addItem(displayName(state), int(state));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_currency->setObjectName(QStringLiteral("currencyFilter"));
    m_currency->setAccessibleName(tr("Filter by currency"));
    m_currency->addItem(tr("All currencies"));
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the search and every filter"));
    m_clear->setAccessibleName(tr("Clear the search and every filter"));

    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    auto *currencyLabel = new QLabel(tr("C&urrency:"), this);
    currencyLabel->setBuddy(m_currency);
    auto *createdLabel = new QLabel(tr("Crea&ted:"), this);
    createdLabel->setBuddy(m_from);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amountMin);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addSpacing(12);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(currencyLabel);
    layout->addWidget(m_currency);
    layout->addSpacing(8);
    layout->addWidget(createdLabel);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(amountLabel);
    layout->addWidget(m_amountMin);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_amountMax);
    layout->addWidget(m_clear);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &RecordFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    // Return skips the wait: the agent has finished typing.
    connect(m_search, &QLineEdit::returnPressed, this, &RecordFilterBar::searchNow);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RecordFilterBar::filterChanged);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        updateAmountFields();
        Q_EMIT filterChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &RecordFilterBar::filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &RecordFilterBar::filterChanged);
    // Amounts apply when the agent leaves the field or presses Return, not on every digit.
    for (QLineEdit *field : {m_amountMin, m_amountMax}) {
        connect(field, &QLineEdit::editingFinished, this, &RecordFilterBar::filterChanged);
        connect(field, &QLineEdit::textChanged, this, [this, field](const QString &text) {
            if (text.isEmpty())
                Q_EMIT filterChanged(); // the clear button
        });
    }
    connect(m_clear, &QToolButton::clicked, this, &RecordFilterBar::clear);
    updateAmountFields();
}

void RecordFilterBar::setCurrencies(const QStringList &codes)
{
    const QString current = currencyCode();
    const QSignalBlocker blocker(m_currency);
    while (m_currency->count() > 1)
        m_currency->removeItem(1);
    for (const QString &code : codes)
        m_currency->addItem(code.toUpper(), code);
    const int index = m_currency->findData(current);
    m_currency->setCurrentIndex(index < 0 ? 0 : index);
    updateAmountFields();
}

QString RecordFilterBar::currencyCode() const
{
    return m_currency->currentData().toString();
}

void RecordFilterBar::updateAmountFields()
{
    const bool enabled = !currencyCode().isEmpty();
    const QString tip = enabled ? tr("Amount requested, in %1").arg(currencyCode().toUpper())
                                : tr("Choose a currency to filter by amount");
    for (QLineEdit *field : {m_amountMin, m_amountMax}) {
        field->setEnabled(enabled);
        field->setToolTip(tip);
    }
}

std::optional<qint64> RecordFilterBar::amountBound(const QLineEdit *field, QString *problem) const
{
    const QString text = field->text().trimmed();
    const std::optional<Currency> currency = Currency::fromCode(currencyCode());
    if (text.isEmpty() || !currency)
        return std::nullopt;
    const Result<qint64> parsed =
        AmountParser(locale()).parse(text, *currency, field->accessibleName());
    if (!parsed) {
        if (problem->isEmpty())
            *problem = parsed.error().message;
        return std::nullopt;
    }
    return parsed.value();
}

void RecordFilterBar::applyTo(RecordQuery &query) const
{
    query.search = m_search->text().trimmed();
    const QVariant state = m_state->currentData();
    if (state.isValid())
        query.state = RecordState(state.toInt());
    else
        query.state.reset();
    query.currency = currencyCode();
    query.createdFrom.reset();
    query.createdTo.reset();
    if (m_from->date() != noDate)
        query.createdFrom = startOfDay(m_from->date());
    if (m_to->date() != noDate)
        query.createdTo = startOfDay(m_to->date().addDays(1)); // the whole last day
    QString ignored;
    query.amountMin = amountBound(m_amountMin, &ignored);
    query.amountMax = amountBound(m_amountMax, &ignored);
}

QString RecordFilterBar::problem() const
{
    QString problem;
    amountBound(m_amountMin, &problem);
    amountBound(m_amountMax, &problem);
    return problem;
}

bool RecordFilterBar::isFiltering() const
{
    RecordQuery query;
    applyTo(query);
    return !query.search.isEmpty() || query.state || !query.currency.isEmpty() || query.createdFrom
        || query.createdTo || query.amountMin || query.amountMax;
}

void RecordFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RecordFilterBar::clear()
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockState(m_state);
        const QSignalBlocker blockCurrency(m_currency);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const QSignalBlocker blockMin(m_amountMin);
        const QSignalBlocker blockMax(m_amountMax);
        m_search->clear();
        m_state->setCurrentIndex(0);
        m_currency->setCurrentIndex(0);
        m_from->setDate(noDate);
        m_to->setDate(noDate);
        m_amountMin->clear();
        m_amountMax->clear();
    }
    m_searchDelay.stop();
    updateAmountFields();
    Q_EMIT filterChanged();
}

QVariantMap RecordFilterBar::state() const
{
    QVariantMap state;
    state.insert(QStringLiteral("search"), m_search->text());
    const QVariant recordState = m_state->currentData();
    if (recordState.isValid())
        state.insert(QStringLiteral("state"), toString(RecordState(recordState.toInt())));
    state.insert(QStringLiteral("currency"), currencyCode());
    if (m_from->date() != noDate)
        state.insert(QStringLiteral("from"), m_from->date());
    if (m_to->date() != noDate)
        state.insert(QStringLiteral("to"), m_to->date());
    state.insert(QStringLiteral("amountMin"), m_amountMin->text());
    state.insert(QStringLiteral("amountMax"), m_amountMax->text());
    return state;
}

void RecordFilterBar::restoreState(const QVariantMap &state)
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockState(m_state);
        const QSignalBlocker blockCurrency(m_currency);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const QSignalBlocker blockMin(m_amountMin);
        const QSignalBlocker blockMax(m_amountMax);
        m_search->setText(state.value(QStringLiteral("search")).toString());
        const Result<RecordState> recordState =
            recordStateFromString(state.value(QStringLiteral("state")).toString());
        m_state->setCurrentIndex(recordState ? m_state->findData(int(recordState.value())) : 0);
        // A currency no longer in the database is dropped with the amounts typed in it.
        const int currency = m_currency->findData(state.value(QStringLiteral("currency")));
        m_currency->setCurrentIndex(currency < 0 ? 0 : currency);
        const QDate from = state.value(QStringLiteral("from")).toDate();
        const QDate to = state.value(QStringLiteral("to")).toDate();
        m_from->setDate(from.isValid() ? from : noDate);
        m_to->setDate(to.isValid() ? to : noDate);
        m_amountMin->setText(currency < 0 ? QString()
                                          : state.value(QStringLiteral("amountMin")).toString());
        m_amountMax->setText(currency < 0 ? QString()
                                          : state.value(QStringLiteral("amountMax")).toString());
    }
    m_searchDelay.stop();
    updateAmountFields();
    Q_EMIT filterChanged();
}

void RecordFilterBar::searchNow()
{
    if (!m_searchDelay.isActive())
        return; // nothing typed since the last search
    m_searchDelay.stop();
    Q_EMIT filterChanged();
}

} // namespace RefundDesk

#include "recordfilterbar.h"

#include "domain/recordstate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace RefundDesk {

RecordFilterBar::RecordFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search id, email, name, description, reference…"));
    m_search->setAccessibleName(tr("Search payment records"));
    m_search->setToolTip(tr("Search payment records (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Filter by state"));
    m_state->addItem(tr("All states"));
    for (const RecordState state : allRecordStates())
        m_state->addItem(displayName(state), int(state));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addSpacing(12);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &RecordFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    // Return skips the wait: the agent has finished typing.
    connect(m_search, &QLineEdit::returnPressed, this, &RecordFilterBar::searchNow);
    connect(m_state, &QComboBox::currentIndexChanged, this, &RecordFilterBar::filterChanged);
}

void RecordFilterBar::applyTo(RecordQuery &query) const
{
    query.search = m_search->text().trimmed();
    const QVariant state = m_state->currentData();
    if (state.isValid())
        query.state = RecordState(state.toInt());
    else
        query.state.reset();
}

bool RecordFilterBar::isFiltering() const
{
    return !m_search->text().trimmed().isEmpty() || m_state->currentData().isValid();
}

void RecordFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RecordFilterBar::searchNow()
{
    if (!m_searchDelay.isActive())
        return; // nothing typed since the last search
    m_searchDelay.stop();
    Q_EMIT filterChanged();
}

} // namespace RefundDesk

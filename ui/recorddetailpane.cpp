#include "recorddetailpane.h"

#include "core/timestamp.h"
#include "detaillabels.h"
#include "domain/recordstate.h"
#include "historymodel.h"
#include "recordformat.h"
#include "recordsummaryview.h"
#include "refundlistmodel.h"
#include "roles.h"
#include "store/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcDetailPane, "refunddesk.ui.detailpane")

QLabel *messageLabel(const char *objectName)
{
    QLabel *label = DetailLabels::value(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(palette);
    label->hide();
    return label;
}

/// Why the Refund button is disabled: what an agent would otherwise ask.
QString nothingToRefund(const PaymentRecord &record)
{
    const auto amount = [&](qint64 value) {
        return RecordFormat::amount(value, record.currency);
    };
    switch (deriveRecordState(record)) {
    case RecordState::Pending:
        return RecordDetailPane::tr("Nothing to refund: the payment is not guaranteed yet.");
    case RecordState::Failed:
        return RecordDetailPane::tr("Nothing to refund: the payment failed.");
    case RecordState::Canceled:
        return RecordDetailPane::tr("Nothing to refund: the payment was canceled.");
    case RecordState::Refunded:
        return RecordDetailPane::tr("Nothing left to refund: %1 of %2 is refunded.")
            .arg(amount(record.amountRefunded), amount(record.amountGuaranteed));
    case RecordState::RefundPending:
        return RecordDetailPane::tr("Nothing left to refund: refunds still pending or awaiting "
                                    "approval hold %1.")
            .arg(amount(record.amountReserved));
    case RecordState::Paid:
    case RecordState::PartiallyRefunded:
        break;
    }
    return RecordDetailPane::tr("Nothing left to refund on this payment.");
}

} // namespace

RecordDetailPane::RecordDetailPane(Store &store, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
    , m_refunds(new RefundListModel(store, this))
    , m_history(new HistoryModel(store, this))
{
    setObjectName(QStringLiteral("recordDetailPane"));
    setAccessibleName(tr("Payment details"));

    m_emptyLabel = DetailLabels::muted("emptyLabel");
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("detailContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(createHeader());
    m_errorLabel = messageLabel("errorLabel");
    layout->addWidget(m_errorLabel);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createDetails());
    splitter->addWidget(createRefunds());
    splitter->addWidget(createHistory());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 4);
    layout->addWidget(splitter, 1);

    m_pages = new QStackedLayout(this);
    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(content);

    connect(m_refunds, &RefundListModel::errorOccurred, this, &RecordDetailPane::showError);
    connect(m_history, &HistoryModel::errorOccurred, this, &RecordDetailPane::showError);
    clear();
}

QWidget *RecordDetailPane::createHeader()
{
    auto *header = new QWidget;
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_idLabel = DetailLabels::value("recordIdLabel", true);
    QFont idFont = m_idLabel->font();
    idFont.setBold(true);
    idFont.setPointSizeF(idFont.pointSizeF() * 1.2);
    m_idLabel->setFont(idFont);
    titles->addWidget(m_idLabel);
    auto *subtitle = new QHBoxLayout;
    subtitle->setSpacing(12);
    m_stateLabel = DetailLabels::value("stateLabel");
    QFont stateFont = m_stateLabel->font();
    stateFont.setBold(true);
    m_stateLabel->setFont(stateFont);
    m_createdLabel = DetailLabels::muted("createdLabel");
    subtitle->addWidget(m_stateLabel);
    subtitle->addWidget(m_createdLabel);
    subtitle->addStretch(1);
    titles->addLayout(subtitle);
    // What the payment was for reads best right under its id, wrapped when long.
    m_descriptionLabel = DetailLabels::value("descriptionLabel", true);
    m_descriptionLabel->setWordWrap(true);
    titles->addWidget(m_descriptionLabel);
    layout->addLayout(titles, 1);

    m_refundButton = new QPushButton(tr("&Refund…"), header);
    m_refundButton->setObjectName(QStringLiteral("refundButton"));
    m_refundButton->setAccessibleName(tr("Refund this payment"));
    m_refundButton->setDefault(true);
    QFont prominent = m_refundButton->font();
    prominent.setBold(true);
    m_refundButton->setFont(prominent);
    m_refundButton->setMinimumSize(m_refundButton->sizeHint() + QSize(24, 6));
    layout->addWidget(m_refundButton, 0, Qt::AlignVCenter);
    connect(m_refundButton, &QPushButton::clicked, this,
            [this] { Q_EMIT refundRequested(m_recordId); });
    return header;
}

QWidget *RecordDetailPane::createDetails()
{
    m_summary = new RecordSummaryView;
    connect(m_summary, &RecordSummaryView::editMetadataRequested, this,
            [this] { Q_EMIT editMetadataRequested(m_recordId); });
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("detailScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_summary);
    return scroll;
}

QWidget *RecordDetailPane::createRefunds()
{
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 6, 0, 0);
    m_refundsTitle = DetailLabels::title(tr("Refunds"), "refundsTitle");
    layout->addWidget(m_refundsTitle);

    m_refundsView = new QTableView(section);
    m_refundsView->setObjectName(QStringLiteral("recordRefundsView"));
    m_refundsView->setAccessibleName(tr("Refunds of this payment"));
    m_refundsView->setModel(m_refunds);
    m_refundsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_refundsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_refundsView->setAlternatingRowColors(true);
    m_refundsView->setWordWrap(false);
    m_refundsView->setCornerButtonEnabled(false);
    m_refundsView->verticalHeader()->hide();
    m_refundsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_refundsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_refundsView->horizontalHeader()->setStretchLastSection(true);
    m_refundsView->horizontalHeader()->setHighlightSections(false);
    m_refundsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_refundsView, 1);

    connect(m_refunds, &QAbstractItemModel::modelReset, this, [this] {
        // The pane names the payment already, and in a narrow pane what was refunded and how
        // it went come right after the id. A reset may bring the model's own order back.
        QHeaderView *columns = m_refundsView->horizontalHeader();
        columns->setSectionHidden(RefundListModel::Payment, true);
        columns->setSectionHidden(RefundListModel::Currency, true);
        columns->moveSection(columns->visualIndex(RefundListModel::Amount), 1);
        columns->moveSection(columns->visualIndex(RefundListModel::Status), 2);
        m_refundsView->resizeColumnsToContents();
        updateRefundsTitle();
    });
    connect(m_refunds, &QAbstractItemModel::rowsInserted, this,
            &RecordDetailPane::updateRefundsTitle);
    connect(m_refundsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT refundActivated(index.data(RefundIdRole).toString());
    });
    return section;
}

QWidget *RecordDetailPane::createHistory()
{
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(DetailLabels::title(tr("History"), "historyTitle"));

    m_historyView = new QTableView(section);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setAccessibleName(tr("History of this payment"));
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setWordWrap(true);
    m_historyView->setCornerButtonEnabled(false);
    m_historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // A record's history is short; rows grow to show each sentence whole.
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *columns = m_historyView->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(HistoryModel::When, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(HistoryModel::Who, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(HistoryModel::What, QHeaderView::Stretch);
    layout->addWidget(m_historyView, 1);

    auto *noteRow = new QHBoxLayout;
    m_noteField = new QLineEdit(section);
    m_noteField->setObjectName(QStringLiteral("noteField"));
    m_noteField->setAccessibleName(tr("Note"));
    m_noteField->setPlaceholderText(tr("Add a note to the history…"));
    m_addNoteButton = new QPushButton(tr("Add &note"), section);
    m_addNoteButton->setObjectName(QStringLiteral("addNoteButton"));
    m_addNoteButton->setAccessibleName(tr("Add note"));
    noteRow->addWidget(m_noteField, 1);
    noteRow->addWidget(m_addNoteButton);
    layout->addLayout(noteRow);
    m_noteErrorLabel = messageLabel("noteErrorLabel");
    layout->addWidget(m_noteErrorLabel);

    connect(m_noteField, &QLineEdit::returnPressed, this, &RecordDetailPane::addNote);
    connect(m_addNoteButton, &QPushButton::clicked, this, &RecordDetailPane::addNote);
    connect(m_noteField, &QLineEdit::textEdited, m_noteErrorLabel, &QWidget::hide);
    connect(m_history, &QAbstractItemModel::modelReset, this,
            &RecordDetailPane::scrollHistoryToEnd);
    connect(m_historyView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString refundId = index.data(RefundIdRole).toString();
        if (!refundId.isEmpty())
            Q_EMIT refundActivated(refundId);
    });
    return section;
}

void RecordDetailPane::setActor(const Actor &actor, const Access &access)
{
    m_actor = actor;
    m_canRefund = access.allows(Permission::CreateRefund);
    m_canEdit = access.allows(Permission::EditRecord);
    m_whyNot = tr("As %1 (%2) you can look, but not change anything.")
                   .arg(actor.name, displayName(access.role));
    m_noteField->setEnabled(m_canEdit);
    m_addNoteButton->setEnabled(m_canEdit);
    m_noteField->setPlaceholderText(m_canEdit ? tr("Add a note to the history…") : m_whyNot);
    m_summary->setEditable(m_canEdit, m_whyNot);
    refresh();
}

void RecordDetailPane::showRecord(const QString &recordId)
{
    if (recordId != m_recordId) {
        // A note half-typed for one payment must never land on another.
        m_noteField->clear();
        m_noteErrorLabel->hide();
    }
    m_recordId = recordId;
    const Result<PaymentRecord> record = m_store.record(recordId);
    if (!record) {
        const QString message = record.error().message;
        qCWarning(lcDetailPane) << "reading" << recordId << "failed:" << message;
        showEmpty(tr("Cannot show payment %1: %2").arg(recordId, message));
        Q_EMIT errorOccurred(message);
        return;
    }
    m_errorLabel->hide();
    showDetails(record.value());
    RefundQuery query;
    query.recordId = recordId;
    m_refunds->setQuery(query);
    m_history->setRecord(recordId);
    m_pages->setCurrentIndex(1);
    scrollHistoryToEnd();
}

void RecordDetailPane::clear()
{
    m_recordId.clear();
    m_history->setRecord(QString());
    m_noteField->clear();
    m_noteErrorLabel->hide();
    m_errorLabel->hide();
    showEmpty(tr("Select a payment to see its details"));
}

void RecordDetailPane::refresh()
{
    if (!m_recordId.isEmpty())
        showRecord(m_recordId);
}

void RecordDetailPane::showDetails(const PaymentRecord &record)
{
    m_idLabel->setText(record.id);
    m_stateLabel->setText(displayName(deriveRecordState(record)));
    m_createdLabel->setText(tr("Created %1").arg(RecordFormat::created(record.created)));
    m_createdLabel->setToolTip(formatTimestamp(record.created));
    m_descriptionLabel->setText(record.description);
    m_descriptionLabel->setVisible(!record.description.isEmpty());

    m_summary->setRecord(record);
    updateRefundButton(record);
}

void RecordDetailPane::updateRefundButton(const PaymentRecord &record)
{
    const qint64 refundable = record.refundable();
    const QString why = !m_canRefund ? m_whyNot
        : refundable > 0             ? tr("Refund up to %1 of this payment.")
                               .arg(RecordFormat::amount(refundable, record.currency))
                         : nothingToRefund(record);
    m_refundButton->setEnabled(m_canRefund && refundable > 0);
    m_refundButton->setToolTip(why);
    m_refundButton->setAccessibleDescription(why);
}

void RecordDetailPane::updateRefundsTitle()
{
    const int rows = m_refunds->rowCount();
    const QLocale locale;
    if (rows == 0)
        m_refundsTitle->setText(tr("Refunds — none yet"));
    else if (m_refunds->canFetchMore({}))
        m_refundsTitle->setText(tr("Refunds (%1+)").arg(locale.toString(rows)));
    else
        m_refundsTitle->setText(tr("Refunds (%1)").arg(locale.toString(rows)));
}

void RecordDetailPane::showEmpty(const QString &text)
{
    m_emptyLabel->setText(text);
    m_pages->setCurrentWidget(m_emptyLabel);
}

void RecordDetailPane::showError(const QString &message)
{
    qCWarning(lcDetailPane) << message;
    m_errorLabel->setText(message);
    m_errorLabel->show();
    Q_EMIT errorOccurred(message);
}

void RecordDetailPane::addNote()
{
    if (m_recordId.isEmpty())
        return;
    const Result<void> added =
        m_store.addRecordNote(m_recordId, m_noteField->text().trimmed(), m_actor);
    if (!added) {
        showNoteError(added.error().message);
        // A rule is the agent's to fix; a failing database is everyone's to know about.
        if (added.error().kind == ErrorKind::Storage)
            Q_EMIT errorOccurred(added.error().message);
        return;
    }
    m_noteField->clear();
    m_noteErrorLabel->hide();
    m_history->refresh();
}

void RecordDetailPane::showNoteError(const QString &message)
{
    m_noteErrorLabel->setText(message);
    m_noteErrorLabel->show();
    m_noteField->setFocus();
}

void RecordDetailPane::scrollHistoryToEnd()
{
    m_historyView->scrollToBottom();
}

} // namespace RefundDesk

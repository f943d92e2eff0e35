#include "refunddialog.h"

#include "amountvalidator.h"
#include "core/ids.h"
#include "domain/refundrules.h"
#include "metadataeditor.h"
#include "money/money.h"
#include "recordformat.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

Q_LOGGING_CATEGORY(lcRefundDialog, "refunddesk.ui.refunddialog")

enum Page { FormPage, ConfirmPage };

// Amber on cream: noticeable without reading as an alarm; a hint is plain grey.
const auto problemStyle = QStringLiteral(
    "QLabel#problemLabel { color: #6b4300; background: #fdf4e3; border: 1px solid #efd9b0;"
    " border-radius: 4px; padding: 6px 8px; }"
    "QLabel#problemLabel[hint=\"true\"] { color: #555b63; background: #f3f4f6;"
    " border-color: #e2e4e8; }");

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

RefundDialog::RefundDialog(Store &store, const PaymentRecord &record, const Actor &actor,
                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_record(record)
    , m_actor(actor)
    , m_idempotencyKey(newObjectId(u"idem_"))
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund %1").arg(record.id));
    // Read once: the limits decide only what the dialog says; the store decides again.
    if (const Result<Access> access = store.access(actor); access)
        m_access = access.value();
    else
        qCWarning(lcRefundDialog) << "cannot read the access of" << actor.name << ":"
                                  << access.error().message;

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createFormPage());
    m_pages->addWidget(createConfirmPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(600);

    showForm();
}

RefundDialog::~RefundDialog() = default;

QWidget *RefundDialog::createFormPage()
{
    auto *page = new QWidget(this);
    const auto currency = Currency::fromCode(m_record.currency);

    auto *id = new QLabel(m_record.id, page);
    id->setObjectName(QStringLiteral("recordIdLabel"));
    id->setTextFormat(Qt::PlainText); // ids, names and emails come from files: never markup
    id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *customer = new QLabel(customerText(), page);
    customer->setObjectName(QStringLiteral("customerLabel"));
    customer->setTextFormat(Qt::PlainText);
    customer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The refundable amount sits right above the amount field, right-aligned like it, so
    // the digits line up and the agent compares them at a glance.
    m_refundableLabel = new QLabel(page);
    m_refundableLabel->setObjectName(QStringLiteral("refundableLabel"));
    m_refundableLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont strong = m_refundableLabel->font();
    strong.setBold(true);
    m_refundableLabel->setFont(strong);
    const QString code = m_record.currency.toUpper();
    auto *paid = mutedLabel(page);
    paid->setObjectName(QStringLiteral("paidLabel"));
    paid->setText(tr("of %1 paid").arg(money(m_record.amountGuaranteed)));

    m_amount = new QLineEdit(page);
    m_amount->setObjectName(QStringLiteral("amountField"));
    m_amount->setAccessibleName(tr("Amount to refund in %1").arg(code));
    m_amount->setAlignment(Qt::AlignRight);
    if (currency) {
        m_validator = new AmountValidator(*currency, QLocale(), m_amount);
        m_validator->setFieldName(tr("Amount"));
        m_amount->setValidator(m_validator);
        m_amount->setPlaceholderText(inputText(0));
    } else {
        m_amount->setEnabled(false);
    }
    // Wide enough for the largest amounts agents refund; the refundable label matches it.
    const int amountWidth = m_amount->fontMetrics().horizontalAdvance(
                                QLocale().toString(qlonglong(9999999)) + QStringLiteral(".000"))
        + 24;
    m_amount->setFixedWidth(amountWidth);
    m_refundableLabel->setFixedWidth(amountWidth);
    auto *currencyCode = new QLabel(code, page);
    m_fullAmount = new QPushButton(tr("&Full amount"), page);
    m_fullAmount->setObjectName(QStringLiteral("fullAmountButton"));
    m_fullAmount->setAccessibleName(tr("Refund the full remaining amount"));
    m_fullAmount->setToolTip(tr("Fill in everything still refundable"));
    m_fullAmount->setEnabled(m_validator != nullptr);

    m_reason = new QComboBox(page);
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->addItem(tr("None"), int(RefundReason::None));
    for (const RefundReason reason : allRefundReasons())
        m_reason->addItem(displayName(reason), int(reason));

    m_note = new QPlainTextEdit(page);
    m_note->setObjectName(QStringLiteral("noteField"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional: what happened, for the payment's history"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);

    m_metadata = new MetadataEditor(page);
    m_metadata->setObjectName(QStringLiteral("metadataEditor"));
    m_metadata->setAccessibleName(tr("Metadata"));
    m_metadata->setFixedHeight(m_note->fontMetrics().lineSpacing() * 6 + 24);

    m_reported = new QCheckBox(tr("Already refunded at the &processor"), page);
    m_reported->setObjectName(QStringLiteral("reportedCheck"));
    m_reported->setAccessibleName(tr("Already refunded at the processor"));
    m_reported->setToolTip(tr("Record a refund the processor already made; it is stored as "
                              "succeeded"));
    m_reference = new QLineEdit(page);
    m_reference->setObjectName(QStringLiteral("referenceField"));
    m_reference->setAccessibleName(tr("Processor refund reference"));
    m_reference->setPlaceholderText(tr("The processor's id for the refund"));
    m_refundedAt = new QDateTimeEdit(page);
    m_refundedAt->setObjectName(QStringLiteral("refundedAtField"));
    m_refundedAt->setAccessibleName(tr("Refunded at"));
    m_refundedAt->setCalendarPopup(true);
    m_refundedAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    const QDateTime opened = QDateTime::fromSecsSinceEpoch(now()).toLocalTime();
    m_refundedAt->setDateTime(
        QDateTime(opened.date(), QTime(opened.time().hour(), opened.time().minute())));

    m_problem = new QLabel(page);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(problemStyle);
    QSizePolicy keepSpace = m_problem->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_problem->setSizePolicy(keepSpace);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2 + 16);

    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_continue = new QPushButton(tr("&Continue…"), page);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setAccessibleName(tr("Continue to confirmation"));

    auto *refundableRow = new QHBoxLayout;
    refundableRow->addWidget(m_refundableLabel);
    refundableRow->addWidget(new QLabel(code, page));
    refundableRow->addSpacing(8);
    refundableRow->addWidget(paid, 1);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount);
    amountRow->addWidget(currencyCode);
    amountRow->addSpacing(8);
    amountRow->addWidget(m_fullAmount);
    amountRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Read-only rows: their labels are no buddies, so they take no mnemonic.
    form->addRow(new QLabel(tr("Payment:"), page), id);
    form->addRow(new QLabel(tr("Customer:"), page), customer);
    form->addRow(tr("Refundable:"), refundableRow);
    const auto addBuddyRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, page);
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    };
    auto *amountLabel = new QLabel(tr("&Amount:"), page);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    addBuddyRow(tr("R&eason:"), m_reason);
    addBuddyRow(tr("&Note:"), m_note);
    addBuddyRow(tr("&Metadata:"), m_metadata);
    form->addRow(static_cast<QWidget *>(nullptr), m_reported);
    QLabel *referenceLabel = addBuddyRow(tr("Processor &reference:"), m_reference);
    QLabel *refundedAtLabel = addBuddyRow(tr("Refunded a&t:"), m_refundedAt);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_continue);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addSpacing(4);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(m_amount, m_fullAmount);
    setTabOrder(m_fullAmount, m_reason);
    setTabOrder(m_reason, m_note);
    setTabOrder(m_note, m_metadata);
    setTabOrder(m_metadata, m_reported);
    setTabOrder(m_reported, m_reference);
    setTabOrder(m_reference, m_refundedAt);
    setTabOrder(m_refundedAt, cancel);
    setTabOrder(cancel, m_continue);

    const QList<QWidget *> reportedFields {m_reference, referenceLabel, m_refundedAt,
                                           refundedAtLabel};
    const auto setReportedEnabled = [reportedFields](bool reported) {
        for (QWidget *widget : reportedFields)
            widget->setEnabled(reported);
    };
    setReportedEnabled(false);
    connect(m_reported, &QCheckBox::toggled, this, setReportedEnabled);

    // Any edit withdraws the store's last refusal: it was about the form as it was.
    const auto edited = [this] {
        m_storeError.clear();
        revalidate();
    };
    connect(m_amount, &QLineEdit::textChanged, this, edited);
    connect(m_amount, &QLineEdit::inputRejected, this, [this] {
        // The keystroke never reached the field; say why, as the field cannot show it.
        if (m_validator)
            showProblem(m_validator->rejectionString(), false);
    });
    connect(m_reason, &QComboBox::currentIndexChanged, this, edited);
    connect(m_note, &QPlainTextEdit::textChanged, this, edited);
    connect(m_metadata, &MetadataEditor::changed, this, edited);
    connect(m_reported, &QCheckBox::toggled, this, edited);
    connect(m_reference, &QLineEdit::textChanged, this, edited);
    connect(m_refundedAt, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_fullAmount, &QPushButton::clicked, this, &RefundDialog::setFullAmount);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, &RefundDialog::showConfirmation);

    m_refundableLabel->setText(money(m_record.refundable()));
    return page;
}

QWidget *RefundDialog::createConfirmPage()
{
    auto *page = new QWidget(this);
    // The request on a card of its own, so the page reads as one statement to agree to.
    auto *card = new QFrame(page);
    card->setObjectName(QStringLiteral("confirmCard"));
    card->setStyleSheet(QStringLiteral("QFrame#confirmCard { background: palette(base);"
                                       " border: 1px solid palette(mid); border-radius: 6px; }"
                                       "QFrame#confirmCard QLabel { background: transparent;"
                                       " border: none; }"));
    m_summary = new QLabel(card);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setAccessibleName(tr("Confirmation"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    QFont larger = m_summary->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.15);
    m_summary->setFont(larger);

    // Above the agent's limit: said on the card itself, where the agent agrees to it.
    m_approvalLabel = new QLabel(card);
    m_approvalLabel->setObjectName(QStringLiteral("approvalNoticeLabel"));
    m_approvalLabel->setAccessibleName(tr("Approval needed"));
    m_approvalLabel->setWordWrap(true);
    m_approvalLabel->setTextFormat(Qt::PlainText);
    m_approvalLabel->setStyleSheet(
        QStringLiteral("QLabel#approvalNoticeLabel { color: #6b4300; background: #fdf4e3;"
                       " border: 1px solid #efd9b0; border-radius: 4px; padding: 6px 8px; }"));
    m_approvalLabel->hide();

    // The rest of the request, aligned like the form it came from; empty rows are hidden.
    // A grid rather than a QFormLayout: with rows hidden by setRowVisible(), Qt 6.4.2's
    // QFormLayout::heightForWidth() writes out of bounds (valgrind) and the heap breaks.
    auto *details = new QGridLayout;
    details->setColumnStretch(1, 1);
    const auto addDetail = [&](Detail detail, const QString &label, const char *name) {
        auto *title = new QLabel(label, card);
        auto *value = new QLabel(card);
        value->setObjectName(QString::fromLatin1(name));
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        details->addWidget(title, int(detail), 0, Qt::AlignRight | Qt::AlignTop);
        details->addWidget(value, int(detail), 1, Qt::AlignTop);
        m_details[detail] = {title, value};
    };
    addDetail(RemainingDetail, tr("Left afterwards:"), "remainingSummary");
    addDetail(ReasonDetail, tr("Reason:"), "reasonSummary");
    addDetail(NoteDetail, tr("Note:"), "noteSummary");
    addDetail(MetadataDetail, tr("Metadata:"), "metadataSummary");
    addDetail(ReferenceDetail, tr("Processor reference:"), "referenceSummary");
    addDetail(RefundedAtDetail, tr("Refunded at:"), "refundedAtSummary");

    m_back = new QPushButton(tr("&Back"), page);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleName(tr("Back to the refund form"));
    m_confirm = new QPushButton(page);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_confirm);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 18, 20, 18);
    cardLayout->addWidget(m_summary);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_approvalLabel);
    cardLayout->addSpacing(4);
    cardLayout->addLayout(details);
    cardLayout->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(card);
    layout->addStretch(2);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &RefundDialog::showForm);
    connect(m_confirm, &QPushButton::clicked, this, &RefundDialog::confirm);
    return page;
}

RefundRequest RefundDialog::request() const
{
    RefundRequest request;
    request.paymentRecordId = m_record.id;
    request.currency = m_record.currency;
    // Always the exact amount, never `full`: the confirmation names an amount, and a full
    // refund would quietly refund less if another agent refunded part of it meanwhile.
    if (m_validator) {
        if (const auto parsed = m_validator->parse(m_amount->text()))
            request.amount = *parsed;
    }
    request.reason = RefundReason(m_reason->currentData().toInt());
    request.note = m_note->toPlainText().trimmed();
    request.metadata = m_metadata->metadata();
    request.idempotencyKey = m_idempotencyKey;
    request.reported = m_reported->isChecked();
    if (request.reported) {
        request.refundReference = m_reference->text().trimmed();
        request.refundedAt = m_refundedAt->dateTime().toSecsSinceEpoch();
    }
    return request;
}

void RefundDialog::setFullAmount()
{
    m_amount->setText(inputText(m_record.refundable()));
    m_amount->setFocus(Qt::OtherFocusReason);
    m_amount->selectAll();
}

QString RefundDialog::inputText(qint64 value) const
{
    const auto currency = Currency::fromCode(m_record.currency);
    if (!currency)
        return {};
    // The plain number with the locale's decimal point, which the validator reads back
    // exactly; a sign and grouping would only be more to delete when editing it.
    QString text = Money(value, *currency).toDecimalString();
    if (currency->exponent() > 0)
        text.replace(text.size() - currency->exponent() - 1, 1, QLocale().decimalPoint());
    return text;
}

RefundDialog::Problem RefundDialog::problem() const
{
    const qint64 time = now();
    // The payment first: nothing typed into the form fixes a failed payment.
    RefundRequest whole;
    whole.paymentRecordId = m_record.id;
    whole.full = true;
    if (auto refundable = validateRefund(whole, m_record.refundable(), m_record, time); !refundable)
        return {refundable.error().message};
    if (!m_validator)
        return {tr("%1 cannot be refunded here: its currency \"%2\" is unknown.")
                    .arg(m_record.id, m_record.currency)};

    // An amount not typed yet is the next step, not a mistake.
    if (m_amount->text().trimmed().isEmpty()) {
        return {tr("Enter the amount to refund, at most %1, or choose Full amount.")
                    .arg(money(m_record.refundable())),
                true};
    }
    if (const auto parsed = m_validator->parse(m_amount->text()); !parsed)
        return {parsed.error().message};
    const RefundRequest request = this->request();
    if (auto valid = validateRefund(request, requestedAmount(request, m_record), m_record, time);
        !valid)
        return {valid.error().message};
    if (auto metadata = m_metadata->validate(); !metadata)
        return {metadata.error().message};
    return {};
}

void RefundDialog::revalidate()
{
    const Problem found = problem();
    m_continue->setEnabled(found.text.isEmpty());
    if (!m_storeError.isEmpty())
        showProblem(m_storeError, false);
    else if (found.text.isEmpty())
        showProblem(approvalNotice(), true); // not a mistake: what will happen
    else
        showProblem(found.text, found.hint);
}

QString RefundDialog::approvalNotice() const
{
    if (!m_access || !m_validator)
        return {};
    const auto parsed = m_validator->parse(m_amount->text());
    if (!parsed || parsed.value() <= 0)
        return {};
    const QString currency = m_record.currency.toLower();
    if (m_access->withinLimit(currency, parsed.value()))
        return {};
    if (!m_access->limits.contains(currency)) {
        return tr("You have no refund limit in %1, so this refund will wait for a supervisor's "
                  "approval, its amount reserved until then.")
            .arg(currency.toUpper());
    }
    return tr("This is above your refund limit of %1, so the refund will wait for a "
              "supervisor's approval, its amount reserved until then.")
        .arg(money(m_access->limits.value(currency)));
}

void RefundDialog::showProblem(const QString &text, bool hint)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (m_problem->property("hint").toBool() != hint) {
        m_problem->setProperty("hint", hint);
        m_problem->style()->unpolish(m_problem);
        m_problem->style()->polish(m_problem);
    }
}

void RefundDialog::showConfirmation()
{
    if (!problem().text.isEmpty())
        return;
    const RefundRequest request = this->request();
    const qint64 value = requestedAmount(request, m_record);
    const QString amount = money(value);
    const QString refundable = money(m_record.refundable());
    const QString notice = approvalNotice();
    m_approvalLabel->setText(notice);
    m_approvalLabel->setVisible(!notice.isEmpty());
    if (!notice.isEmpty()) {
        m_summary->setText(
            request.reported
                ? tr("Record that %1 of %2 was already refunded to %3 on %4 at the processor, "
                     "once a supervisor approves it?")
                      .arg(amount, refundable, customerText(), m_record.id)
                : tr("Refund %1 of %2 to %3 on %4, once a supervisor approves it?")
                      .arg(amount, refundable, customerText(), m_record.id));
        m_confirm->setText(tr("Submit %1 for approval").arg(amount));
    } else if (request.reported) {
        m_summary->setText(tr("Record that %1 of %2 was already refunded to %3 on %4 at the "
                              "processor? This cannot be undone.")
                               .arg(amount, refundable, customerText(), m_record.id));
        m_confirm->setText(tr("Record refund of %1").arg(amount));
    } else {
        m_summary->setText(tr("Refund %1 of %2 to %3 on %4? This cannot be undone.")
                               .arg(amount, refundable, customerText(), m_record.id));
        m_confirm->setText(tr("Refund %1").arg(amount));
    }
    m_confirm->setAccessibleName(m_confirm->text());

    QStringList metadata;
    for (auto it = request.metadata.cbegin(); it != request.metadata.cend(); ++it)
        metadata << tr("%1 = %2").arg(it.key(), it.value());
    const auto setDetail = [this](Detail detail, const QString &text) {
        const auto [title, field] = m_details[detail];
        field->setText(text);
        title->setVisible(!text.isEmpty());
        field->setVisible(!text.isEmpty());
    };
    setDetail(RemainingDetail, money(m_record.refundable() - value));
    setDetail(ReasonDetail, displayName(request.reason));
    setDetail(NoteDetail, request.note);
    setDetail(MetadataDetail, metadata.join(u'\n'));
    setDetail(ReferenceDetail, request.refundReference);
    setDetail(RefundedAtDetail,
              request.refundedAt ? RecordFormat::created(*request.refundedAt, QLocale())
                                 : QString());

    m_pages->setCurrentIndex(ConfirmPage);
    m_confirm->setDefault(true);
    m_confirm->setEnabled(false);
    m_pages->currentWidget()->setFocus(Qt::OtherFocusReason); // Enter reaches no button yet
    QTimer::singleShot(ConfirmArmDelayMs, m_confirm, [this] {
        if (m_pages->currentIndex() != ConfirmPage || m_submitting)
            return;
        m_confirm->setEnabled(true);
        m_confirm->setFocus(Qt::OtherFocusReason);
    });
}

void RefundDialog::showForm()
{
    m_pages->setCurrentIndex(FormPage);
    m_continue->setDefault(true);
    revalidate();
    m_amount->setFocus(Qt::OtherFocusReason);
}

void RefundDialog::confirm()
{
    // A second click or Enter lands here while the first is still being written, or after
    // it succeeded; the key would make the store return the same refund, but there is no
    // need to ask.
    if (m_submitting || m_pages->currentIndex() != ConfirmPage)
        return;
    m_submitting = true;
    m_confirm->setEnabled(false);
    m_back->setEnabled(false);

    const auto outcome = m_store.createRefund(request(), m_actor);
    if (outcome) {
        m_created = outcome->refund;
        qCDebug(lcRefundDialog) << "refund" << m_created.id << "on" << m_record.id
                                << (outcome->replayed ? "returned for a retry" : "created");
        Q_EMIT refundCreated(m_created);
        accept();
        return;
    }

    qCInfo(lcRefundDialog) << "refund on" << m_record.id << "refused:" << outcome.error().message;
    m_submitting = false;
    m_back->setEnabled(true);
    m_storeError = outcome.error().message;
    // Another agent may have refunded the payment meanwhile: show what is left now.
    if (auto current = m_store.record(m_record.id)) {
        m_record = current.value();
        m_refundableLabel->setText(money(m_record.refundable()));
    }
    showForm();
}

qint64 RefundDialog::now() const
{
    return m_store.nowMs() / 1000;
}

QString RefundDialog::money(qint64 value) const
{
    return RecordFormat::amount(value, m_record.currency, QLocale());
}

QString RefundDialog::customerText() const
{
    const QString name = RecordFormat::customer(m_record);
    const QString &email = m_record.customer.email;
    if (name.isEmpty())
        return email.isEmpty() ? tr("an unnamed customer") : email;
    return email.isEmpty() ? name : tr("%1 (%2)").arg(name, email);
}

} // namespace RefundDesk

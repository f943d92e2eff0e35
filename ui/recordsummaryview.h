#pragma once

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace RefundDesk {

struct PaymentRecord;

/// The facts of one payment record in the detail pane: its amounts, with what is still
/// refundable in bold and the figures lined up on the right; the customer and payment
/// method; and its metadata, read-only, with a button to ask for an edit. Rows without a
/// value are left out.
class RecordSummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordSummaryView)
public:
    explicit RecordSummaryView(QWidget *parent = nullptr);

    void setRecord(const PaymentRecord &record);
    /// Whether the metadata can be edited here; without the permission the button is
    /// disabled and says why.
    void setEditable(bool editable, const QString &whyNot = {});

Q_SIGNALS:
    /// The agent asked to edit the shown record's metadata.
    void editMetadataRequested();

private:
    QWidget *createAmounts();
    QWidget *createCustomer();
    QWidget *createMetadata();
    void showAmounts(const PaymentRecord &record);
    void showCustomer(const PaymentRecord &record);
    void showMetadata(const PaymentRecord &record);
    QList<QLabel *> figures() const;
    void alignFigures();

    QFormLayout *m_amountsForm = nullptr;
    QLabel *m_requestedLabel = nullptr;
    QLabel *m_guaranteedLabel = nullptr;
    QLabel *m_failedLabel = nullptr;
    QLabel *m_canceledLabel = nullptr;
    QLabel *m_refundedLabel = nullptr;
    QLabel *m_priorRefundedLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_refundableLabel = nullptr;
    QFormLayout *m_customerForm = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLabel *m_customerIdLabel = nullptr;
    QLabel *m_methodLabel = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QLabel *m_noCustomerLabel = nullptr;
    QFormLayout *m_metadataForm = nullptr;
    QPushButton *m_editButton = nullptr;
};

} // namespace RefundDesk

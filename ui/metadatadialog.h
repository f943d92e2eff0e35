#pragma once

#include "domain/paymentrecord.h"
#include "store/actor.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace RefundDesk {

class MetadataEditor;
class Store;

/// Edits a payment record's metadata and saves it through the store, which appends a
/// "record.metadata_changed" event. Problems are shown as the agent types; Save stays
/// disabled until the set is valid.
class MetadataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataDialog)
public:
    MetadataDialog(Store &store, const PaymentRecord &record, const Actor &actor,
                   QWidget *parent = nullptr);

    MetadataEditor *editor() const { return m_editor; }

    void accept() override;

private:
    void revalidate();

    Store &m_store;
    PaymentRecord m_record;
    Actor m_actor;
    MetadataEditor *m_editor;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace RefundDesk

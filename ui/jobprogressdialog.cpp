#include "jobprogressdialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace RefundDesk {
namespace {

/// The bar's resolution: totals are bytes or records and may not fit in an int.
constexpr int barSteps = 1000;

} // namespace

JobProgressDialog::JobProgressDialog(const QString &title, const QString &text, Describe describe,
                                     QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(text, this))
    , m_detail(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_describe(std::move(describe))
{
    setObjectName(QStringLiteral("jobProgressDialog"));
    setWindowTitle(title);
    setModal(false);

    m_text->setObjectName(QStringLiteral("jobText"));
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_detail->setObjectName(QStringLiteral("jobDetail"));
    m_detail->setText(tr("Starting…"));
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("jobCancelButton"));
    cancel->setAccessibleName(tr("Cancel %1").arg(title));
    // No default button: Return must not cancel a long import by accident.
    cancel->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    layout->addSpacing(4);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &JobProgressDialog::requestCancel);
    m_showTimer.setSingleShot(true);
    m_showTimer.setInterval(ShowDelayMs);
    connect(&m_showTimer, &QTimer::timeout, this, &JobProgressDialog::showNow);
    m_showTimer.start();
}

void JobProgressDialog::setProgress(qint64 done, qint64 total)
{
    if (m_cancelling)
        return;
    if (total > 0 && done >= total) {
        // Everything is read or generated; committing may still take a while.
        m_bar->setRange(0, 0);
        m_detail->setText(tr("Finishing…"));
        return;
    }
    if (total > 0) {
        m_bar->setRange(0, barSteps);
        m_bar->setValue(int(done * barSteps / total));
        m_bar->setTextVisible(true);
    }
    m_detail->setText(m_describe ? m_describe(done, total) : QString());
}

void JobProgressDialog::showNow()
{
    m_showTimer.stop();
    if (!isVisible())
        show();
}

void JobProgressDialog::reject()
{
    requestCancel();
}

void JobProgressDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
    requestCancel();
}

void JobProgressDialog::requestCancel()
{
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_buttons->setEnabled(false);
    m_bar->setRange(0, 0);
    m_detail->setText(tr("Cancelling…"));
    Q_EMIT cancelRequested();
}

} // namespace RefundDesk

#include "rejectionreportdialog.h"

#include "plaintext.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace RefundDesk {

RejectionReportDialog::RejectionReportDialog(const QString &source, const QString &headline,
                                             const QString &summary,
                                             const QList<Rejection> &rejections, qint64 rejected,
                                             QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_headline(headline)
    , m_summary(summary)
    , m_rejections(rejections)
    , m_rejected(rejected)
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("rejectionReportDialog"));
    setWindowTitle(tr("Import Report — %1").arg(QFileInfo(source).fileName()));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    auto *headlineLabel = new QLabel(headline, this);
    headlineLabel->setObjectName(QStringLiteral("reportHeadline"));
    headlineLabel->setTextFormat(Qt::PlainText);
    headlineLabel->setWordWrap(true);
    headlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = headlineLabel->font();
    bold.setBold(true);
    headlineLabel->setFont(bold);
    auto *summaryLabel = new QLabel(summary, this);
    summaryLabel->setObjectName(QStringLiteral("reportSummary"));
    summaryLabel->setTextFormat(Qt::PlainText);
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fileLabel = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(source)), this);
    fileLabel->setObjectName(QStringLiteral("reportFile"));
    fileLabel->setTextFormat(Qt::PlainText);
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *texts = new QVBoxLayout;
    texts->addWidget(headlineLabel);
    texts->addWidget(summaryLabel);
    texts->addWidget(fileLabel);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(8);
    top->addLayout(texts, 1);

    m_list->setObjectName(QStringLiteral("rejectionList"));
    m_list->setAccessibleName(tr("Rejected objects"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Object"), tr("Line"), tr("Type"), tr("Id"), tr("Field"), tr("Reason")});
    bool anyLine = false;
    QList<QTreeWidgetItem *> items;
    items.reserve(rejections.size());
    for (const Rejection &rejection : rejections) {
        auto *item = new QTreeWidgetItem;
        item->setData(Object, Qt::DisplayRole, rejection.index);
        if (rejection.line > 0)
            item->setData(Line, Qt::DisplayRole, rejection.line);
        item->setText(Kind, rejection.object);
        item->setText(Id, rejection.id);
        item->setText(Field, rejection.field);
        item->setText(Reason, rejection.reason);
        item->setTextAlignment(Object, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Line, Qt::AlignRight | Qt::AlignVCenter);
        for (int column = 0; column < ColumnCount; ++column)
            item->setToolTip(column, plainAsRichText(rejection.toString()));
        anyLine = anyLine || rejection.line > 0;
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->setColumnHidden(Line, !anyLine); // only JSON Lines files have lines
    // Sorting first: its indicator widens the headers the columns are sized to.
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Object, Qt::AscendingOrder);
    for (int column = 0; column < Reason; ++column)
        m_list->resizeColumnToContents(column);
    m_list->setColumnWidth(Id, qMin(m_list->columnWidth(Id), 260));
    m_list->header()->setStretchLastSection(true);

    // The whole of the selected rejection, as the reason column may cut it short.
    m_detail->setObjectName(QStringLiteral("rejectionDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(2 * m_detail->fontMetrics().lineSpacing());
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        m_detail->setText(current ? current->toolTip(Object) : QString());
    });
    if (!items.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    auto *copy = new QShortcut(QKeySequence::Copy, m_list);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &RejectionReportDialog::copySelection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save Report…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveReportButton"));
    save->setAccessibleName(tr("Save report"));
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeReportButton"));
    close->setDefault(true);
    connect(save, &QPushButton::clicked, this, &RejectionReportDialog::saveReportAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    if (rejected > rejections.size()) {
        auto *more = new QLabel(tr("… and %1 more rejections, not listed.")
                                    .arg(QLocale().toString(rejected - rejections.size())),
                                this);
        more->setObjectName(QStringLiteral("moreRejections"));
        layout->addWidget(more);
    }
    layout->addWidget(buttons);
    resize(960, 440);
    m_list->setFocus();
}

QString RejectionReportDialog::reportText() const
{
    QString text =
        tr("Import of %1: %2 %3").arg(QDir::toNativeSeparators(m_source), m_summary, m_headline);
    text += QLatin1Char('\n');
    for (const Rejection &rejection : m_rejections)
        text += rejection.toString() + QLatin1Char('\n');
    if (m_rejected > m_rejections.size()) {
        text += tr("… and %1 more rejections.")
                    .arg(QLocale().toString(m_rejected - m_rejections.size()))
            + QLatin1Char('\n');
    }
    return text;
}

Result<void> RejectionReportDialog::saveReport(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray bytes = reportText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::storage(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

void RejectionReportDialog::saveReportAs()
{
    const QFileInfo source(m_source);
    const QString suggested =
        source.dir().filePath(source.completeBaseName() + QStringLiteral("-rejections.txt"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Report"), suggested,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const auto saved = saveReport(path); !saved)
        QMessageBox::warning(this, tr("Save Import Report"), saved.error().message);
}

void RejectionReportDialog::copySelection() const
{
    QStringList lines;
    const auto selected = m_list->selectedItems();
    for (const QTreeWidgetItem *item : selected)
        lines << item->toolTip(Object);
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace RefundDesk

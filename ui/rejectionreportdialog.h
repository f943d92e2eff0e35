#pragma once

#include "core/result.h"
#include "io/importer.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace RefundDesk {

/// The objects an import refused: where each stood in the file, what it was, the field at
/// fault and why, with the import's summary above. "Save report…" writes it all as text,
/// one line per rejection under a header naming the file and the summary.
class RejectionReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectionReportDialog)
public:
    enum Column { Object, Line, Kind, Id, Field, Reason, ColumnCount };

    /// `headline` says what became of the import, `summary` what was read; `rejected` may
    /// exceed the rejections listed, which the importer caps at ImportSummary::maxReported.
    RejectionReportDialog(const QString &source, const QString &headline, const QString &summary,
                          const QList<Rejection> &rejections, qint64 rejected,
                          QWidget *parent = nullptr);

    /// The report as saved: the header line, then one line per rejection.
    QString reportText() const;
    /// Writes reportText() to `path` in UTF-8, replacing the file only when all is written.
    Result<void> saveReport(const QString &path) const;
    /// Asks for a file name and saves there; a failure is shown in a message box.
    void saveReportAs();

private:
    void copySelection() const;

    QString m_source;
    QString m_headline;
    QString m_summary;
    QList<Rejection> m_rejections;
    qint64 m_rejected;
    QTreeWidget *m_list;
    QLabel *m_detail;
};

} // namespace RefundDesk

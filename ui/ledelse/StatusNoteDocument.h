#pragma once
// The committee's status note as a document: a heading, the date, a short introduction, the
// figures per support form, legal basis, site and group with the change since the previous note,
// the period's no-shows, goals and savings against the target, and the charts as images. Written
// as PDF (A4, page numbers) and as ODT, an editable document LibreOffice and Word open.
// Build it on the GUI thread: the chart renderer may use widgets.
#include "reports/StatusNote.h"
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <functional>
#include <memory>

class QTextDocument;

namespace bs {

// Draws one chart table as an image of the given size (the Ledelse page's renderChartImage).
using ChartImageRenderer = std::function<QImage(const ReportTable&, QSize)>;

struct StatusNoteDocument {
    Q_DECLARE_TR_FUNCTIONS(StatusNoteDocument)
public:
    struct Options {
        QString municipality;        // in the heading when given, e.g. "Norddjurs Kommune"
        QSize chartSize{1600, 900};  // pixels of each chart image
        ChartImageRenderer renderer; // no renderer: the note has no chart images
    };

    // The citizens per support form now and on the previous date, as a chart table
    // (key "status.forms").
    static ReportTable formsTable(const StatusNote& note);

    static std::unique_ptr<QTextDocument> build(const StatusNote& note, const Options& options);

    // Each fails with a message naming the file.
    static Status writePdf(const QTextDocument& document, const QString& path);
    static Status writeOdt(const QTextDocument& document, const QString& path);
};

} // namespace bs

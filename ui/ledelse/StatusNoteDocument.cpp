#include "StatusNoteDocument.h"

#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>

namespace bs {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString dateText(QDate date) {
    return QLocale().toString(date, QStringLiteral("d. MMMM yyyy"));
}

// "▲ +2", "▼ −1" or "= 0": the trend in the margin of a count.
QString trendText(int change) {
    if (change > 0)
        return QStringLiteral("▲ +%1").arg(change);
    if (change < 0)
        return QStringLiteral("▼ −%1").arg(-change);
    return QStringLiteral("= 0");
}

QString kroner(double value) {
    return StatusNoteDocument::tr("%1 kr.").arg(QLocale().toString(value, 'f', 0));
}

const char* const kTable =
    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
    "style=\"border-collapse: collapse; border-color: #999999; font-size: 9pt;\">";

// A count table: label, now, previous, change.
QString changeTable(const StatusNote& note, const QString& heading,
                    const QList<StatusNote::Change>& rows) {
    QString html = QStringLiteral("<h3 style=\"margin-top: 18px;\">%1</h3>").arg(esc(heading));
    if (rows.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(StatusNoteDocument::tr("None.")));
    html += QLatin1String(kTable);
    html += QStringLiteral("<tr><th align=\"left\"></th><th align=\"right\">%1</th>"
                           "<th align=\"right\">%2</th><th align=\"right\">%3</th></tr>")
                .arg(esc(dateText(note.at)), esc(dateText(note.previous)),
                     esc(StatusNoteDocument::tr("Change")));
    for (const auto& c : rows)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td>"
                               "<td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                    .arg(esc(c.label))
                    .arg(c.now)
                    .arg(c.then)
                    .arg(esc(trendText(c.change())));
    return html + QStringLiteral("</table>");
}

// A chart's numbers as the user reads them. A wide table (the savings per year has ten columns)
// keeps the category and the plotted columns, so the A4 page does not wrap every heading.
QString numbersTable(const ReportTable& table) {
    const QLocale locale;
    QList<int> shown;
    for (int c = 0; c < table.columns.size(); ++c)
        if (c == 0 || table.columns.size() <= 7 || table.columns[c].plotted)
            shown << c;
    QString html = QLatin1String(kTable) + QStringLiteral("<tr>");
    for (const int c : shown)
        html += QStringLiteral("<th align=\"%1\">%2</th>")
                    .arg(c == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                         esc(table.headerText(c)));
    html += QStringLiteral("</tr>");
    for (int r = 0; r < table.rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (const int c : shown)
            html += QStringLiteral("<td align=\"%1\" style=\"white-space: nowrap;\">%2</td>")
                        .arg(c == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                             esc(table.displayText(r, c, locale)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

ReportTable StatusNoteDocument::formsTable(const StatusNote& note) {
    ReportTable t;
    t.key = QStringLiteral("status.forms");
    t.title = tr("Citizens per support form");
    t.description = tr("Citizens with an allocation of the form under an active grant on each "
                       "date.");
    t.chart = ChartKind::Bar;
    t.valueAxis = tr("Citizens");
    t.columns = {{QStringLiteral("form"), tr("Support form"), ColumnType::Text},
                 {QStringLiteral("previous"), dateText(note.previous)},
                 {QStringLiteral("now"), dateText(note.at)}};
    for (const auto& c : note.supportForms)
        t.rows.append({c.label, qint64(c.then), qint64(c.now)});
    return t;
}

std::unique_ptr<QTextDocument> StatusNoteDocument::build(const StatusNote& note,
                                                         const Options& options) {
    auto doc = std::make_unique<QTextDocument>();
    doc->setMetaInformation(QTextDocument::DocumentTitle,
                            tr("Status note %1").arg(note.at.toString(Qt::ISODate)));
    int imageCount = 0;
    const auto chart = [&](const ReportTable& table) -> QString {
        if (!options.renderer)
            return {};
        const QImage image = options.renderer(table, options.chartSize);
        if (image.isNull())
            return {};
        const QString name = QStringLiteral("chart%1.png").arg(++imageCount);
        doc->addResource(QTextDocument::ImageResource, QUrl(name), image);
        return QStringLiteral(
                   "<p align=\"center\"><img src=\"%1\" width=\"440\" height=\"%2\"></p>")
            .arg(name)
            .arg(440 * options.chartSize.height() / qMax(1, options.chartSize.width()));
    };

    QString html;
    if (!options.municipality.trimmed().isEmpty())
        html += QStringLiteral("<p style=\"font-size: large;\">%1</p>")
                    .arg(esc(options.municipality.trimmed()));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Status note on socio-pedagogical support")));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("Status as of %1, compared with %2")
                             .arg(dateText(note.at), dateText(note.previous))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("On %1, %2 citizens had an active grant for socio-pedagogical "
                            "support, against %3 on %4 (%5). Below are the figures per support "
                            "form, legal basis, site and group, and the period's no-shows, "
                            "goals and realised savings.")
                             .arg(dateText(note.at))
                             .arg(note.total.now)
                             .arg(note.total.then)
                             .arg(dateText(note.previous), trendText(note.total.change()))));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Citizens")));
    html += changeTable(note, tr("Per support form"), note.supportForms);
    html += chart(formsTable(note));
    html += changeTable(note, tr("Per legal basis"), note.legalBases);
    html += changeTable(note, tr("Per site"), note.sites);
    html += changeTable(note, tr("Per group"), note.groups);

    const ReportFilter period = StatusNote::periodFilter(note.at, note.previous);
    html +=
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(tr("The period %1 to %2").arg(dateText(period.from), dateText(period.to))));
    const double target = note.savingsTarget();
    QString savingsLine = tr("Realised savings: %1 against a target of %2")
                              .arg(kroner(note.savingsTotal()), kroner(target));
    if (target > 0)
        savingsLine += QStringLiteral(" (%1 %)").arg(
            QLocale().toString(100.0 * note.savingsTotal() / target, 'f', 0));
    html += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li></ul>")
                .arg(esc(tr("No-shows: %1").arg(note.noShowTotal())),
                     esc(tr("Cancellations: %1").arg(note.cancellationTotal())),
                     esc(tr("Indsatsmål reached: %1, partly reached: %2, not reached: %3")
                             .arg(note.goalCount(QStringLiteral("achieved")))
                             .arg(note.goalCount(QStringLiteral("partly_achieved")))
                             .arg(note.goalCount(QStringLiteral("not_achieved")))),
                     esc(savingsLine));
    for (const ReportTable* t : {&note.noShows, &note.goals, &note.savings}) {
        html += QStringLiteral("<h3 style=\"margin-top: 18px;\">%1</h3>").arg(esc(t->title));
        if (!t->description.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(t->description));
        html += chart(*t);
        html += numbersTable(*t);
    }
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("The figures are those of \"bostotte-cli report status\" on the same "
                            "dates.")));
    doc->setHtml(html);
    return doc;
}

Status StatusNoteDocument::writePdf(const QTextDocument& document, const QString& path) {
    {
        // QPdfWriter does not report a file it cannot create; find out first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Status::failure(tr("Could not write %1: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("Bostøtte"));
    // Not paginated, so print() lays it out on A4 pages and numbers them.
    document.print(&writer);
    if (QFile(path).size() == 0)
        return Status::failure(tr("Could not write %1.").arg(path));
    return Status::success();
}

Status StatusNoteDocument::writeOdt(const QTextDocument& document, const QString& path) {
    QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
    if (!writer.write(&document))
        return Status::failure(
            tr("Could not write %1: %2")
                .arg(path, writer.device() ? writer.device()->errorString() : QString()));
    return Status::success();
}

} // namespace bs

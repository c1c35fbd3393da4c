#include "DayListDocument.h"

#include "domain/Clock.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace bs {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString hhmm(QTime t) {
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

QString DayListDocument::entryRow(const DayListEntry& e) {
    QString who;
    if (e.form == SupportForm::Group) {
        who = QStringLiteral("<b>%1</b>").arg(esc(e.groupName));
        if (!e.topic.isEmpty())
            who += QStringLiteral("<br>%1: %2").arg(esc(tr("Topic")), esc(e.topic));
        if (!e.learningGoal.isEmpty())
            who += QStringLiteral("<br>%1: %2").arg(esc(tr("Learning goal")), esc(e.learningGoal));
    } else {
        who = QStringLiteral("<b>%1</b>").arg(esc(e.citizenName));
        if (!e.address.isEmpty())
            who += QStringLiteral("<br>") + esc(e.address);
        if (!e.phone.isEmpty())
            who += QStringLiteral("<br>%1 %2").arg(esc(tr("Phone")), esc(e.phone));
    }
    QStringList where;
    if (!e.siteName.isEmpty())
        where << esc(e.siteName);
    if (!e.place.isEmpty() && e.place != e.siteName)
        where << esc(e.place);
    if (e.form == SupportForm::Virtual)
        where << esc(label(e.channel));
    QString notes;
    if (!e.subGoals.isEmpty()) {
        notes = esc(tr("Delmål:")) + QStringLiteral("<ul style=\"margin:0\">");
        for (const QString& s : e.subGoals)
            notes += QStringLiteral("<li>%1</li>").arg(esc(s));
        notes += QStringLiteral("</ul>");
    }
    QString status;
    if (e.cancelled())
        status = QStringLiteral("<br><b>%1</b>").arg(esc(label(e.outcome).toUpper()));
    else if (e.outcome != Outcome::Planned)
        status = QStringLiteral("<br>%1").arg(esc(label(e.outcome)));
    if (!e.outcomeReason.isEmpty() && e.outcome != Outcome::Planned)
        status += QStringLiteral(" (%1)").arg(esc(e.outcomeReason));
    const QString style = e.cancelled() ? QStringLiteral(" style=\"color:#777777\"") : QString();
    const QString open = e.cancelled() ? QStringLiteral("<s>") : QString();
    const QString close = e.cancelled() ? QStringLiteral("</s>") : QString();
    return QStringLiteral(
               "<tr%1><td width=\"15%\" style=\"white-space:nowrap\"><b>%2%3–%4%5</b><br>%6%7</td>"
               "<td width=\"37%\">%8%9%10</td><td width=\"22%\">%11</td>"
               "<td width=\"26%\">%12</td></tr>")
        .arg(style, open, hhmm(e.start), hhmm(e.end), close, esc(label(e.form)), status, open, who,
             close, where.join(QStringLiteral("<br>")), notes);
}

QString DayListDocument::html(const DayList& list) {
    const QLocale locale;
    const QString date = locale.toString(list.date, QLocale::LongFormat);
    const QDateTime printed = list.collectedAtUtc.toTimeZone(Clock::localZone());
    QString html = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif; "
        "font-size:10pt\">");
    html += QStringLiteral("<h2 style=\"margin-bottom:2px\">%1</h2>")
                .arg(esc(tr("Day list for %1 (%2)").arg(list.staff.name, list.staff.initials)));
    html +=
        QStringLiteral("<p style=\"font-size:12pt; margin-top:0\"><b>%1</b></p>").arg(esc(date));
    html += QStringLiteral("<p style=\"color:#555555\">%1</p>")
                .arg(esc(tr("Printed %1 at %2 – check the calendar for later changes")
                             .arg(locale.toString(printed.date(), QLocale::ShortFormat),
                                  hhmm(printed.time()))));
    if (list.entries.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("No appointments on this day.")));
    } else {
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"4\" style=\"border-collapse:collapse; "
                               "border-color:#999999\">");
        html += QStringLiteral("<tr style=\"background:#eeeeee\"><th align=\"left\">%1</th>"
                               "<th align=\"left\">%2</th><th align=\"left\">%3</th>"
                               "<th align=\"left\">%4</th></tr>")
                    .arg(esc(tr("Time")), esc(tr("Citizen or group")), esc(tr("Place")),
                         esc(tr("Working on")));
        for (const DayListEntry& e : list.entries)
            html += entryRow(e);
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%n appointment(s).", nullptr, int(list.entries.size()))));
    }
    html += QStringLiteral("<p style=\"color:#555555; font-size:8pt\">%1</p>")
                .arg(esc(tr("Contains personal data: keep it on you and shred it after use.")));
    html += QStringLiteral("</body></html>");
    return html;
}

void DayListDocument::render(const DayList& list, QPagedPaintDevice* device) {
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument doc;
    // Laid out for the device itself, so the table spans the page's text width.
    doc.documentLayout()->setPaintDevice(device);
    doc.setHtml(html(list));
    doc.setPageSize(device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    doc.print(device);
}

Status DayListDocument::writePdf(const DayList& list, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QPdfWriter writer(&file);
    writer.setTitle(tr("Day list for %1").arg(list.staff.name));
    writer.setCreator(QStringLiteral("Bostøtte"));
    writer.setResolution(300);
    render(list, &writer);
    return Status::success();
}

} // namespace bs

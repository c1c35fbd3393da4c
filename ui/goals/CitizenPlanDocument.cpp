#include "CitizenPlanDocument.h"

#include "Format.h"
#include "domain/Clock.h"
#include "domain/Cpr.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace bs {

namespace {

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// Keeps the citizen's line breaks in the printed text.
QString paragraphs(const QString& text) {
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString orDash(const QString& text) {
    return text.trimmed().isEmpty() ? QStringLiteral("–") : text;
}

const char* kTable = "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                     "style=\"border-collapse:collapse; border-color:#999999; "
                     "margin-bottom:6px\">";

// `widths` in per cent, one per header (none: the layout decides).
QString headerRow(const QStringList& headers, const QList<int>& widths = {}) {
    QString row = QStringLiteral("<tr style=\"background:#eeeeee\">");
    for (int i = 0; i < headers.size(); ++i) {
        const QString width =
            i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[i]) : QString();
        row += QStringLiteral("<th align=\"left\"%1>%2</th>").arg(width, esc(headers[i]));
    }
    return row + QStringLiteral("</tr>");
}

QString row(const QStringList& cellsHtml) {
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cellsHtml)
        out += QStringLiteral("<td valign=\"top\">%1</td>").arg(c);
    return out + QStringLiteral("</tr>");
}

QString section(const QString& title) {
    return QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px\">%1</h3>")
        .arg(esc(title));
}

QString emptyLine(const QString& text) {
    return QStringLiteral("<p style=\"color:#555555\">%1</p>").arg(esc(text));
}

} // namespace

QString CitizenPlanDocument::suggestedFileName(const CitizenPlan& plan) {
    QString name = plan.citizen.name;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return tr("Handleplan %1 %2.pdf").arg(name, plan.date.toString(Qt::ISODate));
}

QString CitizenPlanDocument::citizenSection(const CitizenPlan& plan) {
    const Citizen& c = plan.citizen;
    const auto cpr = Cpr::parse(c.cpr);
    const QString place = QStringLiteral("%1 %2").arg(c.postalCode, c.city).trimmed();
    QStringList address;
    if (!c.address.trimmed().isEmpty())
        address << esc(c.address);
    if (!place.isEmpty())
        address << esc(place);
    const QString contact =
        plan.contactName.isEmpty()
            ? QString()
            : QStringLiteral("%1 (%2)").arg(esc(plan.contactName), esc(plan.contactInitials));
    const auto line = [](const QString& caption, const QString& valueHtml) {
        return QStringLiteral("<tr><td width=\"28%\"><b>%1</b></td><td>%2</td></tr>")
            .arg(esc(caption), orDash(valueHtml));
    };
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    html += line(tr("Name"), esc(c.name));
    html += line(tr("CPR number"), esc(cpr ? cpr->formatted() : c.cpr));
    html += line(tr("Address"), address.join(QStringLiteral(", ")));
    html += line(tr("Phone"), esc(c.phone));
    html += line(tr("Contact person"), contact);
    html += line(tr("Site"), esc(plan.siteName));
    return html + QStringLiteral("</table>");
}

QString CitizenPlanDocument::grantsSection(const CitizenPlan& plan) {
    QString html = section(tr("Grants"));
    if (plan.grants.isEmpty()) {
        html += emptyLine(tr("No running grants."));
    } else {
        html += QLatin1String(kTable) +
                headerRow({tr("Legal basis"), tr("Period"), tr("Purpose (indsatsformål)"),
                           tr("Extent"), tr("Next review")});
        for (const Grant& g : plan.grants)
            html += row({QStringLiteral("<b>%1</b>").arg(esc(label(g.basis))),
                         esc(periodText(g.from, g.to)), paragraphs(g.purpose), esc(g.extentText()),
                         esc(orDash(dateText(g.reviewDate)))});
        html += QStringLiteral("</table>");
    }
    html += section(tr("Support forms"));
    if (plan.allocations.isEmpty())
        return html + emptyLine(tr("No running support forms."));
    html += QLatin1String(kTable) +
            headerRow({tr("Support form"), tr("Period"), tr("Frequency"), tr("Per session")});
    for (const Allocation& a : plan.allocations) {
        QString form = QStringLiteral("<b>%1</b>").arg(esc(label(a.form)));
        if (const QString group = plan.groupNames.value(a.groupId); !group.isEmpty())
            form += QStringLiteral("<br>") + esc(group);
        html += row({form, esc(periodText(a.from, a.to)), esc(label(a.cadence)),
                     esc(tr("%n minute(s)", nullptr, a.plannedMinutes))});
    }
    return html + QStringLiteral("</table>");
}

QString CitizenPlanDocument::goalSection(const PlanGoal& pg) {
    const Goal& g = pg.goal;
    const FfbCondition* condition = findCondition(g.condition);
    QStringList facts;
    facts << QStringLiteral("<b>%1</b>: %2")
                 .arg(esc(label(g.theme)), esc(condition ? condition->label() : g.condition));
    facts << QStringLiteral("%1: %2").arg(esc(tr("Goal type")), esc(label(g.type)));
    if (levelApplies(g.theme) && (g.currentLevel != FunctionLevel::NotAssessed ||
                                  g.targetLevel != FunctionLevel::NotAssessed))
        facts << QStringLiteral("%1: %2 → %3")
                     .arg(esc(tr("Function level now and target")), esc(label(g.currentLevel)),
                          esc(label(g.targetLevel)));
    QString dates = tr("Started %1").arg(dateText(g.start));
    if (g.isOpen() && g.reviewDate.isValid())
        dates += QStringLiteral(", ") + tr("next review %1").arg(dateText(g.reviewDate));
    if (!g.isOpen())
        dates +=
            QStringLiteral(", ") + tr("ended %1: %2").arg(dateText(g.endDate), label(g.status));
    facts << esc(dates);
    if (!pg.grantText.isEmpty())
        facts << QStringLiteral("%1: %2").arg(esc(tr("Under the grant")), esc(pg.grantText));

    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                                  "style=\"margin-top:10px; background:#f4f4f4\"><tr><td>");
    html += QStringLiteral("<p style=\"font-size:11pt; margin:0\"><b>%1</b></p>")
                .arg(paragraphs(g.description));
    html += QStringLiteral("<p style=\"margin:2px 0 0 0\">%1</p>")
                .arg(facts.join(QStringLiteral("<br>")));
    html += QStringLiteral("</td></tr></table>");

    if (pg.subGoals.isEmpty()) {
        html += emptyLine(tr("No delmål yet."));
    } else {
        html += QLatin1String(kTable) +
                headerRow({tr("Delmål"), tr("Deadline"), tr("Status"), tr("Recent progress")},
                          {38, 13, 14, 35});
        for (const PlanSubGoal& s : pg.subGoals) {
            QStringList progress;
            for (const GoalAssessment& a : s.recent) {
                QString line = QStringLiteral("%1: %2").arg(
                    dateText(a.assessedUtc.toTimeZone(Clock::localZone()).date()),
                    label(a.progress));
                if (a.level != FunctionLevel::NotAssessed)
                    line += QStringLiteral(" (%1)").arg(label(a.level));
                progress << esc(line);
            }
            QString status = esc(label(s.subGoal.status));
            if (s.subGoal.status != GoalStatus::Active && s.subGoal.endDate.isValid())
                status += QStringLiteral("<br>") + esc(dateText(s.subGoal.endDate));
            html += row({paragraphs(s.subGoal.criterion), esc(dateText(s.subGoal.deadline)), status,
                         progress.isEmpty() ? esc(tr("Not assessed yet"))
                                            : progress.join(QStringLiteral("<br>"))});
        }
        html += QStringLiteral("</table>");
    }
    if (pg.hasReview) {
        const GoalReview& r = pg.latestReview;
        QString by = pg.latestReviewAuthor.isEmpty()
                         ? QString()
                         : QStringLiteral(" (%1)").arg(esc(pg.latestReviewAuthor));
        html +=
            QStringLiteral("<p style=\"margin-top:2px\"><b>%1</b> %2<br>%3</p>")
                .arg(esc(tr("Latest review %1 – %2:").arg(dateText(r.reviewDate), label(r.status))),
                     by, paragraphs(r.summary));
    } else {
        html += emptyLine(tr("Not reviewed yet."));
    }
    return html;
}

QString CitizenPlanDocument::html(const CitizenPlan& plan) {
    const QLocale locale;
    QString html = QStringLiteral(
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif; "
        "font-size:10pt\">");
    html += QStringLiteral("<h1 style=\"margin-bottom:0\">%1</h1>")
                .arg(esc(tr("Handleplan and status")));
    html += QStringLiteral("<p style=\"font-size:13pt; margin-top:2px; margin-bottom:0\">"
                           "<b>%1</b></p>")
                .arg(esc(plan.citizen.name));
    html += QStringLiteral("<p style=\"margin-top:2px\">%1</p>")
                .arg(esc(locale.toString(plan.date, QLocale::LongFormat)));
    html += citizenSection(plan);
    html += grantsSection(plan);
    html += section(tr("Goals"));
    if (plan.goals.isEmpty())
        html += emptyLine(tr("No goals yet."));
    for (const PlanGoal& g : plan.goals)
        html += goalSection(g);
    html += QStringLiteral("<p style=\"margin-top:16px; color:#555555; font-size:8pt\">%1<br>%2"
                           "</p>")
                .arg(esc(tr("Made from the record on %1; later changes are not included.")
                             .arg(dateText(plan.date))),
                     esc(tr("Contains personal data: keep it safe and shred printed copies "
                            "after use.")));
    html += QStringLiteral("</body></html>");
    return html;
}

void CitizenPlanDocument::render(const CitizenPlan& plan, QPagedPaintDevice* device) {
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    QTextDocument doc;
    // Laid out for the device itself, so the tables span the page's text width.
    doc.documentLayout()->setPaintDevice(device);
    doc.setHtml(html(plan));
    doc.setPageSize(device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    doc.print(device);
}

Status CitizenPlanDocument::writePdf(const CitizenPlan& plan, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QPdfWriter writer(&file);
    writer.setTitle(tr("Handleplan and status: %1").arg(plan.citizen.name));
    writer.setCreator(QStringLiteral("Bostøtte"));
    writer.setResolution(300);
    render(plan, &writer);
    return Status::success();
}

} // namespace bs

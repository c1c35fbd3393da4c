#pragma once
// The figures of the committee's status note: the status (StatusReport) on the note's date
// compared with the previous note's date, per support form, legal basis, site and group, and for
// the period between them (previous, at] the no-shows per form, the indsatsmål outcomes and the
// realised savings per year. `bostotte-cli report status --from --to` prints it; the GUI writes it
// as PDF/ODT (ui/ledelse/StatusNoteDocument). The counts are StatusReport::compute's, so they are
// exactly those of `bostotte-cli report status --at`.
#include "LedelseCharts.h"
#include "ReportTable.h"
#include "services/StatusReport.h"
#include <QCoreApplication>
#include <functional>

namespace bs {

// Computes one chart for the note; computeChart in production, hand-made tables in tests. Called
// with the connection of the thread that computes the note.
using ChartSource =
    std::function<Result<ReportTable>(const Database&, ChartId, const ReportFilter&)>;

struct StatusNote {
    Q_DECLARE_TR_FUNCTIONS(StatusNote)
public:
    // The `setting` row that remembers the date of the last note made (ISO date).
    static QString lastDateSetting() { return QStringLiteral("status_note.last_date"); }
    // The `setting` row that remembers the note's heading (the municipality or department).
    static QString headingSetting() { return QStringLiteral("status_note.heading"); }

    // One figure now and on the previous date.
    struct Change {
        QString key;   // form/basis code, site/group id ("" for "no site")
        QString label; // translated; a group as "Name (Site)"
        int now = 0;
        int then = 0;
        int change() const { return now - then; }
    };

    QDate at;                   // the note's date
    QDate previous;             // the date compared with; the period is (previous, at]
    StatusReport status;        // on `at`: the numbers of `report status --at`
    Change total;               // citizens with an active grant
    QList<Change> supportForms; // all four, in the enum's order
    QList<Change> legalBases;   // all three
    QList<Change> sites;        // the order of the status on `at`, then sites only known then
    QList<Change> groups;       // likewise: a group that ran then but not now shows now = 0
    ReportTable noShows;        // ChartId::NoShowsByForm for the period
    ReportTable goals;          // ChartId::GoalOutcomes
    ReportTable savings;        // ChartId::SavingsPerYear

    // The charts the note computes for its period, in the order above.
    static QList<ChartId> periodCharts();
    // The period (previous, at] as a filter without sites, teams, forms or bases.
    static ReportFilter periodFilter(QDate at, QDate previous);

    // The comparison date when none is given: the date of the last note made if it lies before
    // `at`, else three months before `at`.
    static QDate defaultPrevious(const Database& db, QDate at);
    // Remembers `at` as the date of the last note made (when a note is saved or exported).
    static Status recordMade(const Database& db, QDate at);
    // The heading of the last note made ("Norddjurs Kommune, Socialpsykiatrien"); empty if none.
    static QString savedHeading(const Database& db);
    static Status saveHeading(const Database& db, const QString& heading);

    // Fails with a message naming the part that failed. `previous` must lie before `at`.
    static Result<StatusNote> compute(const Database& db, QDate at, QDate previous);
    static Result<StatusNote> compute(const Database& db, QDate at, QDate previous,
                                      const ChartSource& charts);

    // Headline figures for the note's text, from the period tables.
    qint64 noShowTotal() const;                       // sum of no_shows over the forms
    qint64 cancellationTotal() const;                 // cancelled by citizen or by staff
    qint64 goalCount(const QString& statusKey) const; // "achieved", "partly_achieved", ...
    double savingsTotal() const;                      // kr., sum of the years' totals
    double savingsTarget() const;                     // kr., sum of the years' prorated targets

    // {"report": "status_note", "at", "previous", "period": {"from", "to"}, "status": the
    // `report status` JSON for `at`, "changes": {...}, "charts": [table JSON, ...]}.
    QJsonObject toJson() const;
    // One long table "section;key;label;column;value" with CRLF (the count rows have the columns
    // now, previous and change; chart rows have the chart's code as section, the category as
    // key and label, and the column key). toCsv() adds the UTF-8 byte-order mark.
    QString toCsvText() const;
    QByteArray toCsv() const;
    QString toText() const; // a readable summary in the user's language
};

} // namespace bs

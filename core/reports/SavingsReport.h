#pragma once
// Gevinstrealisering: staff hours and travel saved by rådgivning (café), group and virtual
// support compared with the same support delivered 1:1 at home, from the recorded sessions, in
// kroner against the municipality's yearly targets. The method (docs/reports.md, and written out
// on the settings page from methodText()):
// - Every delivered session is compared with the home visits it replaces, one per citizen served,
//   each as long as the session and with the model's travel minutes and km.
// - Café: each finished desk visit and each delivered counselling appointment serves one citizen;
//   the staff time is the same, so the saving is the travel: travel minutes x cost per hour plus
//   km x km rate.
// - Group: a delivered group session with n members present and f facilitators (1 or 2, from the
//   group) saves (n x (duration + travel minutes) - f x duration) staff hours x cost per hour plus
//   n x km x km rate. The saving can be negative (a session with one member and two staff).
// - Virtual: each delivered virtual appointment saves its travel as for café.
// - Targets are yearly, per form, in kroner; a month's target is a twelfth of its year's.
// Decisions (where the method left a choice):
// - A desk visit counts when it is finished (checked out, not deleted), in the month it arrived.
//   A delivered counselling appointment that a finished desk visit checked out (a booked time) is
//   counted once, as that visit. Anonymous visitors count (they are served too).
// - Sessions count in the local (Europe/Copenhagen) month of their start; only outcome completed.
// - Group members present are attendance rows with status present; no attendance registered
//   means no one present, so the session costs its facilitators' time (a negative saving).
// - Filters: filter.appointment() for appointments; desk visits by their site (sites), by the
//   helping staff member's team (teams; a visit nobody is registered on does not pass), by the
//   visitor's grant active on the day (bases; anonymous visitors do not pass), and only when
//   counselling is among the forms (forms). Targets count only for the forms chosen.
// - A year without a target in the model has target 0. A month touched by the period counts its
//   whole twelfth of the target (the year table's target is the sum of its months' targets).
// - Amounts are rounded to øre, hours and km to two decimals, in each row.
#include "ReportFilter.h"
#include "ReportTable.h"
#include "storage/Database.h"
#include <QMap>

namespace bs {

struct EconomicModel {
    Q_DECLARE_TR_FUNCTIONS(EconomicModel)
public:
    double staffCostPerHour = 450.0; // kr. per staff hour, salary and overhead
    int travelMinutesPerVisit = 30;  // staff minutes of driving per home visit, both ways
    double kmPerVisit = 15.0;        // km driven per home visit, both ways
    double kmRate = 3.81;            // kr. per km
    QMap<int, double> cafeTarget;    // year -> kr.
    QMap<int, double> groupTarget;   // year -> kr.
    QMap<int, double> virtualTarget; // year -> kr. (Norddjurs: already adopted, so none)

    // The seeds' figures: café 100 000 / 227 000 / 300 000 / 300 000 and group 100 000 /
    // 150 000 / 180 000 / 180 000 kr. for 2025–2028.
    static EconomicModel defaults();
    Status validate() const; // costs and rates >= 0 and sane, targets >= 0
    // The model as stored in the setting "economic_model" (JSON); defaults when absent.
    static Result<EconomicModel> load(const Database& db);
    Status save(const Database& db) const;
    QString methodText() const; // translated, the method above with this model's numbers

    // Kr. saved by one home visit's travel: travel minutes x cost per hour + km x km rate.
    double travelSavingPerVisit() const;
    // The yearly target in kr. for a form (counselling = café); 0 without one or for individual.
    double target(SupportForm form, int year) const;
    friend bool operator==(const EconomicModel&, const EconomicModel&) = default;
};

namespace reports {

// Bar (stacked in the UI) with a target line. Rows: months. Columns: month; cafe, group, virtual
// (kr., Decimal 0); target (kr., Decimal 0, targetLine: a twelfth of the year's café and group
// (and virtual) targets for the forms chosen); hours_saved (Decimal 1, not plotted); km_saved
// (Decimal 0, not plotted). Uses the stored model. filter.forms limits the forms; sites apply to
// the desk visit's site and the appointment as in filter.appointment(); teams to the staff.
Result<ReportTable> savingsPerMonth(const Database& db, const ReportFilter& filter);
// The same as savingsPerMonth with an explicit model (tests, the settings page's preview).
Result<ReportTable> savingsPerMonth(const Database& db, const ReportFilter& filter,
                                    const EconomicModel& model);

// Bar with target lines. Rows: calendar years touched by the period (each year counts only the
// part inside the period; the target is prorated by the months inside it). Columns: year (text);
// cafe, cafe_target (targetLine), group, group_target (targetLine), virtual; total (not plotted);
// total_target (not plotted); hours_saved, km_saved (not plotted).
Result<ReportTable> savingsPerYear(const Database& db, const ReportFilter& filter);
Result<ReportTable> savingsPerYear(const Database& db, const ReportFilter& filter,
                                   const EconomicModel& model);

} // namespace reports

} // namespace bs

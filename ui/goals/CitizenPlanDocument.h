#pragma once
// The handleplan / status document for the meeting with the citizen: a clean A4 document made
// from the record (no hand editing), with the citizen, the contact person, grants and support
// forms, and each goal with its delmål, recent progress and latest review. Rendered from HTML to
// a PDF file or a printer; the text follows the UI language and the dates the locale.
#include "services/CitizenPlan.h"
#include <QCoreApplication>

class QPagedPaintDevice;

namespace bs {

class CitizenPlanDocument {
    Q_DECLARE_TR_FUNCTIONS(CitizenPlanDocument)
public:
    static QString html(const CitizenPlan& plan);
    // Lays out A4 with margins and prints the plan on `device` (a QPdfWriter or a QPrinter).
    static void render(const CitizenPlan& plan, QPagedPaintDevice* device);
    static Status writePdf(const CitizenPlan& plan, const QString& path);
    // "Handleplan Jens Ågård 2025-11-25.pdf"
    static QString suggestedFileName(const CitizenPlan& plan);

private:
    static QString citizenSection(const CitizenPlan& plan);
    static QString grantsSection(const CitizenPlan& plan);
    static QString goalSection(const PlanGoal& goal);
};

} // namespace bs

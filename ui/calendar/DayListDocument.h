#pragma once
// The printed day list: a clean A4 page per staff member and day (name, the date written out,
// when it was printed, and every appointment with address, phone, place and delmål), for the day
// the network or the PC fails. Rendered from HTML, to a PDF file or a printer.
#include "services/DayList.h"
#include <QCoreApplication>

class QPagedPaintDevice;

namespace bs {

class DayListDocument {
    Q_DECLARE_TR_FUNCTIONS(DayListDocument)
public:
    static QString html(const DayList& list);
    // Lays out A4 with margins and prints the list on `device` (a QPdfWriter or a QPrinter).
    static void render(const DayList& list, QPagedPaintDevice* device);
    static Status writePdf(const DayList& list, const QString& path);

private:
    static QString entryRow(const DayListEntry& entry);
};

} // namespace bs

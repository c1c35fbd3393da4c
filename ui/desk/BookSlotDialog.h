#pragma once
// Books a free desk time for a citizen with rådgivning: the dialog lists the citizens whose
// rådgivning support form is active on the day and books through DeskService::bookSlot (which
// refuses a time that was taken meanwhile).
#include "dialogs/RecordDialog.h"
#include "services/DeskService.h"

class QComboBox;

namespace bs {

class BookSlotDialog : public RecordDialog {
    Q_OBJECT
public:
    BookSlotDialog(DeskService& desk, const Site& site, const QDateTime& startUtc,
                   const QUuid& staffId, QWidget* parent = nullptr);
    QComboBox* citizen() const { return m_citizen; }
    // The appointment as booked once the dialog was accepted.
    const Appointment& booked() const { return m_booked; }

protected:
    Status save() override;

private:
    DeskService& m_desk;
    Site m_site;
    QDateTime m_startUtc;
    QUuid m_staffId;
    QComboBox* m_citizen;
    Appointment m_booked;
};

} // namespace bs

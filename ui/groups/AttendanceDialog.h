#pragma once
// The attendance register of one group session in one screen: the session (group, date, time,
// topic, learning goal), one row per member active that day with Present / Absent / Sent
// apologies (keys 1, 2, 3 on the row) and a reason, the group note, and for each present member
// a personal addition. Save stores the attendance and, if written, the note, in one step; with
// no staff member chosen under Settings nothing is written.
#include "dialogs/RecordDialog.h"
#include "services/GroupSessions.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace bs {

class AttendanceDialog : public RecordDialog {
    Q_OBJECT
public:
    AttendanceDialog(Registry& registry, const QUuid& appointmentId, const QUuid& staffId,
                     QWidget* parent = nullptr);

    // Per member row, in the register's order (by name); for tests and keyboard users.
    struct Row {
        QUuid citizenId;
        QComboBox* status;
        QLineEdit* reason;
        QLineEdit* personal;
    };
    const QList<Row>& rows() const { return m_rows; }
    QPlainTextEdit* noteEdit() const { return m_note; }

protected:
    Status save() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateRow(const Row& row);

    Registry& m_registry;
    QUuid m_appointmentId;
    QUuid m_staffId;
    QList<Row> m_rows;
    QPlainTextEdit* m_note;
    bool m_loaded = false;
    bool m_locked = false;
};

} // namespace bs

#pragma once
// The rota (Vagtplan): a month at a time, one row per day with the weekend duty, the backup and
// who holds the on-call phone. Cells are changed by double-click or Enter; a weekend rotation or a
// phone period is set up in one step; the month prints or saves as PDF for the notice board.
#include "services/RotaService.h"
#include "undo/UndoContext.h"
#include <QWidget>

class QLabel;
class QTableWidget;

namespace bs {

class RotaPage : public QWidget {
    Q_OBJECT
public:
    enum Column { DayColumn, DutyColumn, BackupColumn, PhoneColumn, ColumnCount };

    explicit RotaPage(UndoContext& context, QWidget* parent = nullptr);

    // Shows the month of `date`; returns the first problem met reading it.
    Status showMonth(QDate date);
    QDate month() const { return m_month; }
    QTableWidget* table() const { return m_table; }

    // The actions behind the buttons, callable from tests without dialogs.
    Status assign(QDate date, Column column, const QUuid& staffId);
    Status generateRotation(QDate firstSaturday, int weeks, const QList<QUuid>& staff);
    Status assignPhone(QDate from, QDate to, const QUuid& staffId);
    // The month as a printable HTML document (what Print and Save as PDF render).
    QString monthHtml() const;
    Status savePdf(const QString& path) const;

signals:
    void problem(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void editCell(int row, int column);
    void openRotationDialog();
    void openPhoneDialog();
    void print();
    void saveAsPdf();
    Status reload();
    // Runs `change` over [from, to] and pushes it as one undoable command.
    Status recorded(const QString& text, QDate from, QDate to,
                    const std::function<Status()>& change);
    QString staffName(const QUuid& id) const;

    UndoContext& m_context;
    RotaService m_rota;
    QDate m_month;
    QList<RotaDay> m_days;
    QList<Staff> m_staff;
    QLabel* m_title;
    QTableWidget* m_table;
};

} // namespace bs

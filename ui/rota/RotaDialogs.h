#pragma once
// The two set-up dialogs of the rota: a weekend rotation (first weekend, number of weekends and
// the staff in turn order) and the on-call phone for a period.
#include "domain/Organisation.h"
#include <QDialog>

class QComboBox;
class QDateEdit;
class QListWidget;
class QSpinBox;

namespace bs {

class RotationDialog : public QDialog {
    Q_OBJECT
public:
    RotationDialog(const QList<Staff>& staff, QDate today, QWidget* parent = nullptr);
    QDate firstSaturday() const;
    int weeks() const;
    // The ticked staff, in the order of the list (the turn order).
    QList<QUuid> staff() const;

private:
    void move(int by);

    QDateEdit* m_first;
    QSpinBox* m_weeks;
    QListWidget* m_staff;
};

class PhoneDialog : public QDialog {
    Q_OBJECT
public:
    PhoneDialog(const QList<Staff>& staff, QDate today, QWidget* parent = nullptr);
    QDate from() const;
    QDate to() const;
    QUuid staffId() const;

private:
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_staff;
};

} // namespace bs

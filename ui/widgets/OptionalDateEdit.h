#pragma once
// A date that may be left out ("no end date"): a date edit with a calendar popup and a check box
// that, when ticked, disables the date and makes date() return a null QDate.
#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace bs {

class OptionalDateEdit : public QWidget {
    Q_OBJECT
public:
    // `noneText` labels the check box, e.g. tr("No end date").
    OptionalDateEdit(const QString& noneText, QDate fallback, QWidget* parent = nullptr);

    QDate date() const;       // null when "none" is ticked
    void setDate(QDate date); // a null date ticks "none"
    QDateEdit* dateEdit() const { return m_edit; }
    QCheckBox* noneBox() const { return m_none; }

signals:
    void dateChanged();

private:
    QDateEdit* m_edit;
    QCheckBox* m_none;
};

// A QDateEdit with the calendar popup and the locale's short format: the one used everywhere.
QDateEdit* makeDateEdit(QDate date, QWidget* parent = nullptr);

} // namespace bs

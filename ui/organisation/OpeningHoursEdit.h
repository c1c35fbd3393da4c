#pragma once
// The opening hours of a site: a list of periods, each a weekday with a from and a to time, with
// buttons to add and remove periods. No periods means the site has no drop-in hours.
#include "domain/Organisation.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;
class QVBoxLayout;

namespace bs {

class OpeningHoursEdit : public QWidget {
    Q_OBJECT
public:
    explicit OpeningHoursEdit(QWidget* parent = nullptr);

    QList<OpeningPeriod> periods() const;
    void setPeriods(const QList<OpeningPeriod>& periods);
    // Adds a period after the last one: the next weekday with the same times.
    void addPeriod();
    void removePeriod(int row);
    int count() const { return int(m_rows.size()); }
    QComboBox* weekdayEdit(int row) const { return m_rows.at(row).day; }
    QTimeEdit* fromEdit(int row) const { return m_rows.at(row).from; }
    QTimeEdit* toEdit(int row) const { return m_rows.at(row).to; }
    QPushButton* addButton() const { return m_add; }
    // Points the focus (and so an error highlight) at the first period that closes before it
    // opens, or at the add button when all periods are fine.
    void focusFirstInvalid();

private:
    struct Row {
        QWidget* widget;
        QComboBox* day;
        QTimeEdit* from;
        QTimeEdit* to;
        QPushButton* remove;
    };
    void appendRow(const OpeningPeriod& period);
    void updateEmpty();

    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QLabel* m_none;
    QPushButton* m_add;
};

} // namespace bs

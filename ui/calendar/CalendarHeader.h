#pragma once
// The day names above the calendar's columns ("Mon 24/11"), today's in bold; it stays in place
// while the hours scroll. It takes its columns from the CalendarView.
#include <QDate>
#include <QWidget>

namespace bs {

class CalendarView;

class CalendarHeader : public QWidget {
    Q_OBJECT
public:
    explicit CalendarHeader(CalendarView* view, QWidget* parent = nullptr);
    void setToday(QDate today);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    CalendarView* m_view;
    QDate m_today;
};

} // namespace bs

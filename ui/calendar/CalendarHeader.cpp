#include "CalendarHeader.h"

#include "CalendarView.h"

#include <QLocale>
#include <QPainter>

namespace bs {

CalendarHeader::CalendarHeader(CalendarView* view, QWidget* parent)
    : QWidget(parent), m_view(view) {
    connect(view, &CalendarView::columnsChanged, this, qOverload<>(&QWidget::update));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CalendarHeader::setToday(QDate today) {
    m_today = today;
    update();
}

QSize CalendarHeader::sizeHint() const {
    return QSize(200, fontMetrics().height() * 2 + 6);
}

void CalendarHeader::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QLocale locale;
    for (int d = 0; d < m_view->dayCount(); ++d) {
        const QDate day = m_view->firstDay().addDays(d);
        const QRect col = m_view->dayColumn(d);
        const QRect cell(col.x(), 0, col.width(), height());
        QFont f = font();
        f.setBold(day == m_today);
        p.setFont(f);
        if (day == m_today)
            p.fillRect(cell.adjusted(1, 0, 0, 0), QColor(255, 232, 160));
        p.setPen(palette().color(QPalette::WindowText));
        const QString name = locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
        const QString date = locale.toString(day, QStringLiteral("d/M"));
        p.drawText(cell, Qt::AlignCenter, QStringLiteral("%1\n%2").arg(name, date));
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(cell.topLeft(), cell.bottomLeft());
    }
    p.drawLine(0, height() - 1, width(), height() - 1);
}

} // namespace bs

#include "CalendarView.h"

#include "CalendarStyle.h"
#include "domain/Clock.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace bs {

namespace {

constexpr int kDayMinutes = (CalendarView::kLastHour - CalendarView::kFirstHour) * 60;

QTime timeOf(int minutes) {
    return QTime(CalendarView::kFirstHour, 0).addSecs(qint64(minutes) * 60);
}

int minutesOf(QTime time) {
    return (time.hour() - CalendarView::kFirstHour) * 60 + time.minute();
}

QString hhmm(QTime t) {
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

CalendarView::CalendarView(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Calendar"));
    setAccessibleDescription(
        tr("Arrows move the selection, Enter opens or creates, N creates, Alt+arrows move the "
           "selected appointment, Alt+Shift+Up/Down change its length, the menu key registers "
           "the outcome"));
}

void CalendarView::setDays(QDate first, int count) {
    m_first = first;
    m_days = std::max(1, count);
    if (!m_slotDay.isValid() || m_slotDay < m_first || m_slotDay >= m_first.addDays(m_days))
        m_slotDay = m_first;
    layoutBlocks();
    emit columnsChanged();
    update();
}

void CalendarView::setBlocks(const QList<CalendarBlock>& blocks) {
    m_blocks = blocks;
    if (!block(m_selectedId))
        m_selectedId = QUuid();
    layoutBlocks();
    update();
}

void CalendarView::setNow(const QDateTime& nowUtc) {
    m_nowLocal = nowUtc.toTimeZone(Clock::localZone());
    emit columnsChanged();
    update();
}

QTime CalendarView::slotTime() const {
    return timeOf(m_slotMinutes);
}

void CalendarView::selectSlot(QDate day, QTime time) {
    m_selectedId = QUuid();
    m_slotDay = day;
    m_slotMinutes = std::clamp(snap(minutesOf(time)), 0, kDayMinutes - kSnapMinutes);
    emit selectionChanged();
    const QRect col = dayColumn(int(m_first.daysTo(day)));
    emit showRect(QRect(col.x(), yForMinutes(m_slotMinutes), col.width(), kHourHeight / 4));
    update();
}

void CalendarView::selectAppointment(const QUuid& id) {
    if (block(id))
        select(id);
}

void CalendarView::select(const QUuid& id) {
    m_selectedId = id;
    if (const CalendarBlock* b = block(id)) {
        const QDateTime start = localStart(b->appointment);
        m_slotDay = start.date();
        m_slotMinutes = std::clamp(minutesOf(start.time()), 0, kDayMinutes - kSnapMinutes);
        emit showRect(blockRect(id));
    }
    emit selectionChanged();
    update();
}

// --- Geometry ----------------------------------------------------------------------------------

QSize CalendarView::sizeHint() const {
    return QSize(gutterWidth() + 7 * 140, yForMinutes(kDayMinutes) + topMargin());
}

QSize CalendarView::minimumSizeHint() const {
    return QSize(gutterWidth() + m_days * 60, yForMinutes(kDayMinutes) + topMargin());
}

QRect CalendarView::dayColumn(int index) const {
    const int available = width() - gutterWidth();
    const int x0 = gutterWidth() + available * index / m_days;
    const int x1 = gutterWidth() + available * (index + 1) / m_days;
    return QRect(x0, 0, x1 - x0, height());
}

int CalendarView::yForMinutes(int minutes) const {
    return topMargin() + minutes * kHourHeight / 60;
}

int CalendarView::yFor(QTime time) const {
    return yForMinutes(minutesOf(time));
}

QPoint CalendarView::pointFor(QDate day, QTime time) const {
    const QRect col = dayColumn(int(m_first.daysTo(day)));
    return QPoint(col.x() + 8, yFor(time) + 2);
}

QRect CalendarView::blockRect(const QUuid& id) const {
    for (const Placed& p : m_placed)
        if (m_blocks.at(p.index).appointment.meta.id == id)
            return p.rect;
    return {};
}

int CalendarView::dayAt(int x) const {
    for (int d = 0; d < m_days; ++d)
        if (x < dayColumn(d).right() + 1)
            return d;
    return m_days - 1;
}

int CalendarView::minutesAt(int y) const {
    return (y - topMargin()) * 60 / kHourHeight;
}

int CalendarView::snap(int minutes) {
    const int half = kSnapMinutes / 2;
    return (minutes >= 0 ? (minutes + half) : (minutes - half)) / kSnapMinutes * kSnapMinutes;
}

QDateTime CalendarView::localStart(const Appointment& a) const {
    return a.startUtc.toTimeZone(Clock::localZone());
}

const CalendarBlock* CalendarView::block(const QUuid& id) const {
    if (id.isNull())
        return nullptr;
    for (const CalendarBlock& b : m_blocks)
        if (b.appointment.meta.id == id)
            return &b;
    return nullptr;
}

const CalendarView::Placed* CalendarView::placedAt(const QPoint& pos) const {
    // The last painted is on top.
    for (auto it = m_placed.crbegin(); it != m_placed.crend(); ++it)
        if (it->rect.contains(pos))
            return &*it;
    return nullptr;
}

void CalendarView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutBlocks();
    emit columnsChanged();
}

// Overlapping blocks share their column in lanes: each cluster of overlaps gets as many lanes
// as it needs at once, and every block the first lane free at its start.
void CalendarView::layoutBlocks() {
    m_placed.clear();
    for (int d = 0; d < m_days; ++d) {
        const QDate day = m_first.addDays(d);
        QList<int> indices;
        for (int i = 0; i < m_blocks.size(); ++i)
            if (localStart(m_blocks.at(i).appointment).date() == day)
                indices << i;
        std::sort(indices.begin(), indices.end(), [this](int a, int b) {
            const Appointment& x = m_blocks.at(a).appointment;
            const Appointment& y = m_blocks.at(b).appointment;
            if (x.startUtc != y.startUtc)
                return x.startUtc < y.startUtc;
            return x.durationMinutes > y.durationMinutes;
        });
        const QRect col = dayColumn(d);
        QList<QDateTime> laneEnds;
        QList<QPair<int, int>> cluster; // index, lane
        QDateTime clusterEnd;
        const auto flush = [&] {
            const int lanes = std::max<int>(1, int(laneEnds.size()));
            const int usable = col.width() - 6;
            for (const auto& [index, lane] : cluster) {
                const Appointment& a = m_blocks.at(index).appointment;
                const int start = minutesOf(localStart(a).time());
                const int top = yForMinutes(start);
                const int bottom = std::max(yForMinutes(start + a.durationMinutes), top + 20);
                const int x0 = col.x() + 3 + usable * lane / lanes;
                const int x1 = col.x() + 3 + usable * (lane + 1) / lanes;
                m_placed.append({index, d, QRect(x0, top, x1 - x0 - 2, bottom - top - 1)});
            }
            cluster.clear();
            laneEnds.clear();
        };
        for (int i : indices) {
            const Appointment& a = m_blocks.at(i).appointment;
            if (!cluster.isEmpty() && a.startUtc >= clusterEnd)
                flush();
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > a.startUtc)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(a.endUtc());
            else
                laneEnds[lane] = a.endUtc();
            cluster.append({i, lane});
            clusterEnd = cluster.size() == 1 ? a.endUtc() : std::max(clusterEnd, a.endUtc());
        }
        flush();
    }
}

// --- Painting ----------------------------------------------------------------------------------

void CalendarView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor line = pal.color(QPalette::Mid);
    const QColor faint = QColor(line.red(), line.green(), line.blue(), 70);

    for (int d = 0; d < m_days; ++d) {
        const QDate day = m_first.addDays(d);
        const QRect col = dayColumn(d);
        if (m_nowLocal.isValid() && day == m_nowLocal.date())
            p.fillRect(col, QColor(255, 244, 204)); // today
        else if (day.dayOfWeek() >= 6)
            p.fillRect(col, pal.color(QPalette::AlternateBase));
        p.setPen(line);
        p.drawLine(col.topLeft(), col.bottomLeft());
    }

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    for (int h = kFirstHour; h <= kLastHour; ++h) {
        const int y = yFor(QTime(h, 0));
        p.setPen(line);
        p.drawLine(gutterWidth() - 4, y, width(), y);
        if (h < kLastHour) {
            p.setPen(faint);
            const int half = yFor(QTime(h, 30));
            p.drawLine(gutterWidth(), half, width(), half);
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, y - 8, gutterWidth() - 8, 16), Qt::AlignRight | Qt::AlignVCenter,
                   hhmm(QTime(h, 0)));
    }

    // The selected empty slot.
    if (m_selectedId.isNull() && m_slotDay.isValid()) {
        const int d = int(m_first.daysTo(m_slotDay));
        if (d >= 0 && d < m_days) {
            const QRect col = dayColumn(d);
            const QRect slot(col.x() + 1, yForMinutes(m_slotMinutes), col.width() - 2,
                             kHourHeight * kSnapMinutes / 60);
            QColor fill = pal.color(QPalette::Highlight);
            fill.setAlpha(hasFocus() ? 90 : 40);
            p.fillRect(slot, fill);
            if (hasFocus()) {
                p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
                p.drawRect(slot.adjusted(0, 0, -1, -1));
            }
        }
    }

    p.setRenderHint(QPainter::Antialiasing, true);
    for (const Placed& placed : m_placed) {
        const CalendarBlock& b = m_blocks.at(placed.index);
        const bool dragged = m_dragging && b.appointment.meta.id == m_dragId;
        paintBlock(p, b, placed.rect, b.appointment.meta.id == m_selectedId, dragged);
    }

    // The now-line in today's column.
    if (m_nowLocal.isValid()) {
        const int d = int(m_first.daysTo(m_nowLocal.date()));
        const int minutes = minutesOf(m_nowLocal.time());
        if (d >= 0 && d < m_days && minutes >= 0 && minutes <= kDayMinutes) {
            const QRect col = dayColumn(d);
            const int y = yForMinutes(minutes);
            p.setPen(QPen(QColor(0xd5, 0x00, 0x00), 2));
            p.drawLine(col.x(), y, col.right(), y);
            p.setBrush(QColor(0xd5, 0x00, 0x00));
            p.drawEllipse(QPoint(col.x(), y), 4, 4);
        }
    }

    // What a drag would do.
    if (m_dragging) {
        const QRect col = dayColumn(m_previewDay);
        const int top = yForMinutes(m_previewStart);
        const int bottom = yForMinutes(m_previewStart + m_previewDuration);
        const QRect r(col.x() + 3, top, col.width() - 7, std::max(bottom - top, 16));
        const CalendarBlock* b = block(m_dragId);
        QColor fill = b ? supportFormColor(b->appointment.form) : pal.color(QPalette::Highlight);
        fill.setAlpha(110);
        p.setPen(QPen(fill.darker(160), 2, Qt::DashLine));
        p.setBrush(fill);
        p.drawRoundedRect(r, 4, 4);
        p.setPen(pal.color(QPalette::Text));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(r.adjusted(6, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                   QStringLiteral("%1–%2").arg(hhmm(timeOf(m_previewStart)),
                                               hhmm(timeOf(m_previewStart + m_previewDuration))));
    }
}

void CalendarView::paintBlock(QPainter& p, const CalendarBlock& b, const QRect& r, bool selected,
                              bool dragged) const {
    const Appointment& a = b.appointment;
    QColor fill = supportFormColor(a.form);
    QColor text = textColorOn(fill);
    const bool cancelled = a.isCancelled();
    if (cancelled || dragged) {
        // Faded: most of the way to the background.
        const QColor base = palette().color(QPalette::Base);
        const auto mix = [](int c, int b2) { return (c + 3 * b2) / 4; };
        fill = QColor(mix(fill.red(), base.red()), mix(fill.green(), base.green()),
                      mix(fill.blue(), base.blue()));
        text = QColor(0x44, 0x44, 0x44);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(r, 4, 4);
    if (a.outcome == Outcome::NoShow) {
        QColor hatch = textColorOn(fill);
        hatch.setAlpha(70);
        p.setBrush(QBrush(hatch, Qt::BDiagPattern));
        p.drawRoundedRect(r, 4, 4);
    }
    // A darker edge in the form's colour.
    p.setBrush(supportFormColor(a.form).darker(140));
    p.drawRect(QRect(r.x(), r.y(), 4, r.height()));
    if (selected) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().color(QPalette::Text), 2.5));
        p.drawRoundedRect(QRectF(r).adjusted(1, 1, -1, -1), 4, 4);
    } else if (cancelled) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0x77, 0x77, 0x77), 1, Qt::DashLine));
        p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    }

    const QDateTime start = localStart(a);
    QString when = QStringLiteral("%1–%2").arg(
        hhmm(start.time()), hhmm(a.endUtc().toTimeZone(Clock::localZone()).time()));
    if (a.outcome == Outcome::Completed)
        when = QStringLiteral("✓ ") + when;
    QStringList lines;
    if (a.outcome == Outcome::NoShow)
        lines << tr("No-show");
    else if (cancelled)
        lines << tr("Cancelled");
    if (!b.title.isEmpty())
        lines << b.title;
    if (!b.place.isEmpty())
        lines << b.place;

    p.setPen(text);
    QFont bold = font();
    bold.setBold(true);
    bold.setStrikeOut(cancelled);
    QFont normal = font();
    normal.setPointSizeF(font().pointSizeF() * 0.9);
    normal.setStrikeOut(cancelled);
    const QRect inner = r.adjusted(8, 2, -3, -2);
    int y = inner.y();
    p.setFont(bold);
    const QFontMetrics bm(bold);
    const int boldHeight = bm.height();
    // Narrow blocks show the start only; low ones put the name on the time's line.
    if (bm.horizontalAdvance(when) > inner.width())
        when = (a.outcome == Outcome::Completed ? QStringLiteral("✓ ") : QString()) +
               hhmm(start.time());
    if (inner.height() < boldHeight * 2 && !lines.isEmpty())
        when += QStringLiteral("  ") + lines.takeFirst();
    p.drawText(QRect(inner.x(), y, inner.width(), boldHeight), Qt::AlignLeft | Qt::AlignVCenter,
               bm.elidedText(when, Qt::ElideRight, inner.width()));
    y += boldHeight;
    p.setFont(normal);
    const QFontMetrics fm(normal);
    for (int i = 0; i < lines.size() && y + fm.height() <= inner.bottom() + 3; ++i) {
        if (i == 0 && (cancelled || a.outcome == Outcome::NoShow)) {
            QFont tag = normal;
            tag.setStrikeOut(false);
            tag.setItalic(true);
            p.setFont(tag);
        } else {
            p.setFont(normal);
        }
        p.drawText(QRect(inner.x(), y, inner.width(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(lines.at(i), Qt::ElideRight, inner.width()));
        y += fm.height();
    }
}

// --- Mouse -------------------------------------------------------------------------------------

void CalendarView::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton || event->position().x() < gutterWidth()) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_dragging = false;
    if (const Placed* placed = placedAt(pos)) {
        const Appointment& a = m_blocks.at(placed->index).appointment;
        m_dragId = a.meta.id;
        m_drag = pos.y() >= placed->rect.bottom() - 5 ? Drag::Resize : Drag::Move;
        m_previewDay = placed->day;
        m_previewStart = minutesOf(localStart(a).time());
        m_previewDuration = a.durationMinutes;
        m_grabOffset = minutesAt(pos.y()) - m_previewStart;
        select(a.meta.id);
        return;
    }
    m_dragId = QUuid();
    m_drag = Drag::Create;
    const int minutes =
        std::clamp(minutesAt(pos.y()) / kSnapMinutes * kSnapMinutes, 0, kDayMinutes - kSnapMinutes);
    m_previewDay = dayAt(pos.x());
    m_previewStart = minutes;
    m_previewDuration = kSnapMinutes;
    selectSlot(m_first.addDays(m_previewDay), timeOf(minutes));
}

void CalendarView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        const Placed* placed = placedAt(pos);
        setCursor(placed && pos.y() >= placed->rect.bottom() - 5 ? Qt::SizeVerCursor
                                                                 : Qt::ArrowCursor);
        return;
    }
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    const int at = minutesAt(pos.y());
    const CalendarBlock* b = block(m_dragId);
    switch (m_drag) {
    case Drag::Move:
        if (b) {
            m_previewDay = dayAt(pos.x());
            m_previewStart = std::clamp(snap(at - m_grabOffset), 0, kDayMinutes - kSnapMinutes);
        }
        break;
    case Drag::Resize:
        if (b) {
            const int start = minutesOf(localStart(b->appointment).time());
            m_previewDuration = std::max(kSnapMinutes, snap(at) - start);
        }
        break;
    case Drag::Create: {
        const int pressed = minutesAt(m_pressPos.y());
        const int from = std::min(pressed, at) / kSnapMinutes * kSnapMinutes;
        const int to = (std::max(pressed, at) + kSnapMinutes - 1) / kSnapMinutes * kSnapMinutes;
        m_previewStart = std::clamp(from, 0, kDayMinutes - kSnapMinutes);
        m_previewDuration =
            std::clamp(to - m_previewStart, kSnapMinutes, kDayMinutes - m_previewStart);
        break;
    }
    case Drag::None:
        break;
    }
    update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent* event) {
    const Drag drag = std::exchange(m_drag, Drag::None);
    const bool dragged = std::exchange(m_dragging, false);
    update();
    if (event->button() != Qt::LeftButton || !dragged)
        return;
    const QDate day = m_first.addDays(m_previewDay);
    if (drag == Drag::Create) {
        emit createRequested(day, timeOf(m_previewStart), m_previewDuration);
        return;
    }
    const CalendarBlock* b = block(m_dragId);
    if (!b)
        return;
    const QDateTime start = localStart(b->appointment);
    const int minutes = drag == Drag::Move ? m_previewStart : minutesOf(start.time());
    const QDate newDay = drag == Drag::Move ? day : start.date();
    const QDateTime newStart = localToUtc(newDay, timeOf(minutes));
    const int duration = drag == Drag::Resize ? m_previewDuration : b->appointment.durationMinutes;
    if (newStart != b->appointment.startUtc || duration != b->appointment.durationMinutes)
        emit changeRequested(m_dragId, newStart, duration);
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || event->position().x() < gutterWidth())
        return;
    m_drag = Drag::None;
    m_dragging = false;
    const QPoint pos = event->position().toPoint();
    if (const Placed* placed = placedAt(pos)) {
        emit openRequested(m_blocks.at(placed->index).appointment.meta.id);
        return;
    }
    const int minutes =
        std::clamp(minutesAt(pos.y()) / kSnapMinutes * kSnapMinutes, 0, kDayMinutes - 60);
    emit createRequested(m_first.addDays(dayAt(pos.x())), timeOf(minutes), 60);
}

void CalendarView::contextMenuEvent(QContextMenuEvent* event) {
    const Placed* placed =
        event->reason() == QContextMenuEvent::Mouse
            ? placedAt(event->pos())
            : (m_selectedId.isNull() ? nullptr : [this]() -> const Placed* {
                  for (const Placed& p : m_placed)
                      if (m_blocks.at(p.index).appointment.meta.id == m_selectedId)
                          return &p;
                  return nullptr;
              }());
    if (!placed)
        return;
    const QUuid id = m_blocks.at(placed->index).appointment.meta.id;
    select(id);
    const QPoint at = event->reason() == QContextMenuEvent::Mouse
                          ? event->globalPos()
                          : mapToGlobal(placed->rect.topLeft() + QPoint(10, 10));
    emit menuRequested(id, at);
}

// --- Keyboard ----------------------------------------------------------------------------------

void CalendarView::requestChange(const CalendarBlock& b, int days, int minutes,
                                 int durationMinutes) {
    const QDateTime start = localStart(b.appointment).addDays(days).addSecs(qint64(minutes) * 60);
    emit changeRequested(b.appointment.meta.id, start.toUTC(), durationMinutes);
}

void CalendarView::moveSlot(int days, int minutes) {
    const CalendarBlock* b = block(m_selectedId);
    int day = std::clamp(int(m_first.daysTo(m_slotDay)) + days, 0, m_days - 1);
    int at = m_slotMinutes;
    if (b && minutes > 0) // from a block, down goes below it
        at = minutesOf(localStart(b->appointment).time()) + b->appointment.durationMinutes;
    else if (b && minutes < 0)
        at = minutesOf(localStart(b->appointment).time()) - kSnapMinutes;
    else
        at += minutes;
    at = std::clamp(snap(at), 0, kDayMinutes - kSnapMinutes);
    // A block under the new slot is selected.
    for (const Placed& p : m_placed) {
        const Appointment& a = m_blocks.at(p.index).appointment;
        const int start = minutesOf(localStart(a).time());
        if (p.day == day && start <= at && at < start + a.durationMinutes &&
            a.meta.id != m_selectedId) {
            select(a.meta.id);
            return;
        }
    }
    selectSlot(m_first.addDays(day), timeOf(at));
}

void CalendarView::keyPressEvent(QKeyEvent* event) {
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool alt = mods.testFlag(Qt::AltModifier);
    const bool shift = mods.testFlag(Qt::ShiftModifier);
    const CalendarBlock* b = block(m_selectedId);
    const int step = kSnapMinutes;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int sign = event->key() == Qt::Key_Up ? -1 : 1;
        if (alt && b) {
            if (shift)
                requestChange(*b, 0, 0,
                              std::max(step, b->appointment.durationMinutes + sign * step));
            else
                requestChange(*b, 0, sign * step, b->appointment.durationMinutes);
        } else if (!alt) {
            moveSlot(0, sign * step);
        }
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int sign = event->key() == Qt::Key_Left ? -1 : 1;
        if (alt && b)
            requestChange(*b, sign, 0, b->appointment.durationMinutes);
        else if (!alt)
            moveSlot(sign, 0);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (b)
            emit openRequested(b->appointment.meta.id);
        else
            emit createRequested(m_slotDay, slotTime(), 60);
        return;
    case Qt::Key_N:
        if (!alt && !mods.testFlag(Qt::ControlModifier)) {
            emit createRequested(m_slotDay, slotTime(), 60);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (b) {
            selectSlot(m_slotDay, slotTime());
            return;
        }
        break;
    case Qt::Key_F10:
        if (shift && b) {
            emit menuRequested(m_selectedId,
                               mapToGlobal(blockRect(m_selectedId).topLeft() + QPoint(10, 10)));
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

// Tab goes from block to block in time order, then on out of the calendar.
bool CalendarView::focusNextPrevChild(bool next) {
    if (!hasFocus() || m_placed.isEmpty())
        return QWidget::focusNextPrevChild(next);
    QList<const Placed*> order;
    for (const Placed& p : m_placed)
        order << &p;
    std::sort(order.begin(), order.end(), [this](const Placed* x, const Placed* y) {
        const Appointment& a = m_blocks.at(x->index).appointment;
        const Appointment& b = m_blocks.at(y->index).appointment;
        return std::tie(x->day, a.startUtc) < std::tie(y->day, b.startUtc);
    });
    int current = -1;
    for (int i = 0; i < order.size(); ++i)
        if (m_blocks.at(order.at(i)->index).appointment.meta.id == m_selectedId)
            current = i;
    const int target = current < 0 ? (next ? 0 : int(order.size()) - 1) : current + (next ? 1 : -1);
    if (target < 0 || target >= order.size())
        return QWidget::focusNextPrevChild(next);
    select(m_blocks.at(order.at(target)->index).appointment.meta.id);
    return true;
}

} // namespace bs

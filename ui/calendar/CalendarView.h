#pragma once
// The painted calendar grid: hours 07–22 down, one column per day across, appointments as blocks
// coloured by support form (overlapping ones side by side), their outcome visible. The user
// selects an empty 15-minute slot or a block with the mouse or the keyboard, drags on empty time
// to create, drags a block to move it (across days in week view) or its bottom edge to resize.
// The view only asks: the page decides what to store (series questions, warnings, undo).
//
// Keys: arrows move the selection (onto blocks they reach), Tab/Shift+Tab go from block to block,
// Enter opens a block or creates on an empty slot, N creates, Alt+Up/Down moves a block 15
// minutes, Alt+Left/Right a day, Alt+Shift+Up/Down changes its length, Menu/Shift+F10 its menu.
#include "domain/Appointment.h"
#include <QWidget>

namespace bs {

// An appointment as the view shows it.
struct CalendarBlock {
    Appointment appointment;
    QString title; // the citizen's or the group's name
    QString place; // site and place
};

class CalendarView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kFirstHour = 7;
    static constexpr int kLastHour = 22;
    static constexpr int kSnapMinutes = 15;
    static constexpr int kHourHeight = 52;

    explicit CalendarView(QWidget* parent = nullptr);

    void setDays(QDate first, int count);
    QDate firstDay() const { return m_first; }
    int dayCount() const { return m_days; }
    void setBlocks(const QList<CalendarBlock>& blocks);
    const QList<CalendarBlock>& blocks() const { return m_blocks; }
    void setNow(const QDateTime& nowUtc);

    // The selected appointment, or null when an empty slot is selected.
    QUuid selectedAppointment() const { return m_selectedId; }
    void selectAppointment(const QUuid& id);
    // The selected slot (local date and time); follows the selected block's start.
    QDate slotDay() const { return m_slotDay; }
    QTime slotTime() const;
    void selectSlot(QDate day, QTime time);

    // Geometry in view coordinates (the header and the tests use these).
    int gutterWidth() const { return 56; }
    QRect dayColumn(int index) const;
    int yFor(QTime time) const;
    QPoint pointFor(QDate day, QTime time) const; // a little right of the column's left edge
    QRect blockRect(const QUuid& id) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void createRequested(QDate day, QTime start, int durationMinutes);
    void changeRequested(const QUuid& id, const QDateTime& newStartUtc, int durationMinutes);
    void openRequested(const QUuid& id);
    void menuRequested(const QUuid& id, const QPoint& globalPos);
    void selectionChanged();
    // The columns moved (days or width changed): the header repaints.
    void columnsChanged();
    // The selection should be scrolled into view.
    void showRect(const QRect& rect);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Placed {
        int index; // into m_blocks
        int day;
        QRect rect;
    };
    enum class Drag { None, Create, Move, Resize };

    void layoutBlocks();
    int dayAt(int x) const;
    int minutesAt(int y) const; // minutes since kFirstHour, unsnapped
    static int snap(int minutes);
    int topMargin() const { return 10; }
    int yForMinutes(int minutes) const;
    const Placed* placedAt(const QPoint& pos) const;
    const CalendarBlock* block(const QUuid& id) const;
    QDateTime localStart(const Appointment& a) const;
    void select(const QUuid& id);
    void moveSlot(int days, int minutes);
    void requestChange(const CalendarBlock& b, int days, int minutes, int durationMinutes);
    void paintBlock(QPainter& p, const CalendarBlock& b, const QRect& rect, bool selected,
                    bool preview) const;

    QDate m_first;
    int m_days = 7;
    QList<CalendarBlock> m_blocks;
    QList<Placed> m_placed;
    QDateTime m_nowLocal;

    QUuid m_selectedId;
    QDate m_slotDay;
    int m_slotMinutes = 60; // since kFirstHour

    Drag m_drag = Drag::None;
    bool m_dragging = false;
    QPoint m_pressPos;
    QUuid m_dragId;
    int m_grabOffset = 0; // minutes between the block's start and where it was grabbed
    int m_previewDay = 0;
    int m_previewStart = 0; // minutes since kFirstHour
    int m_previewDuration = 0;
};

} // namespace bs

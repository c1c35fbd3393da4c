#include "DeskSlotsPanel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bs {

namespace {
QString localTime(const QDateTime& utc) {
    return utc.toTimeZone(Clock::localZone()).time().toString(QStringLiteral("HH:mm"));
}
} // namespace

DeskSlotsPanel::DeskSlotsPanel(DeskService& desk, QWidget* parent)
    : QGroupBox(tr("Bookable times"), parent), m_desk(desk), m_date(new QDateEdit),
      m_list(new QTreeWidget), m_empty(new QLabel), m_book(new QPushButton(tr("&Book…"))),
      m_checkIn(new QPushButton(tr("Check in booked &visitor"))) {
    m_date->setObjectName(QStringLiteral("slotDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(desk.registry().clock().today());
    m_list->setObjectName(QStringLiteral("slots"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Time"), tr("Booked by")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(120);
    m_empty->setObjectName(QStringLiteral("slotsEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_book->setObjectName(QStringLiteral("bookSlot"));
    m_checkIn->setObjectName(QStringLiteral("checkInBooked"));

    auto* dateRow = new QHBoxLayout;
    auto* dateLabel = new QLabel(tr("&Date:"));
    dateLabel->setBuddy(m_date);
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_checkIn);
    buttons->addWidget(m_book);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(dateRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (const Status s = reload(); !s)
            emit problem(s.message());
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { activate(); });
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (const DeskSlot* s = currentSlot(); s && !s->isBooked())
            emit bookRequested(s->startUtc);
    });
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        if (const DeskSlot* s = currentSlot(); s && s->isBooked())
            emit checkInRequested(s->citizenId, s->appointmentId);
    });
    updateButtons();
}

Status DeskSlotsPanel::setSite(const Site& site) {
    const bool changed = site.meta.id != m_site.meta.id;
    m_site = site;
    if (changed && m_date->date() != m_desk.registry().clock().today()) {
        const QSignalBlocker block(m_date);
        m_date->setDate(m_desk.registry().clock().today());
    }
    return reload();
}

void DeskSlotsPanel::setDate(QDate date) {
    m_date->setDate(date);
}

Status DeskSlotsPanel::reload() {
    const QDateTime selected = currentSlot() ? currentSlot()->startUtc : QDateTime();
    m_list->clear();
    m_slots.clear();
    Status status;
    if (m_site.slotMinutes > 0) {
        auto times = m_desk.bookableSlots(m_site.meta.id, m_date->date());
        if (times)
            m_slots = *times;
        else
            status = Status(times.error());
    }
    const QDateTime now = m_desk.registry().clock().nowUtc();
    for (const DeskSlot& s : std::as_const(m_slots)) {
        QString who = tr("Free");
        if (s.isBooked()) {
            auto c = m_desk.registry().record<Citizen>(s.citizenId);
            who = c ? c->name : tr("Booked");
        } else if (s.startUtc < now) {
            who = tr("Free (passed)");
        }
        auto* item = new QTreeWidgetItem(
            m_list, {QStringLiteral("%1–%2").arg(localTime(s.startUtc),
                                                 localTime(s.startUtc.addSecs(s.minutes * 60))),
                     who});
        if (!s.isBooked()) {
            QFont f = item->font(1);
            f.setItalic(true);
            item->setFont(1, f);
        }
    }
    m_empty->setText(m_slots.isEmpty()
                         ? tr("The site is closed on %1: no times to book.")
                               .arg(QLocale().toString(m_date->date(), QLocale::LongFormat))
                         : QString());
    m_empty->setVisible(m_slots.isEmpty());
    if (selected.isValid())
        selectSlot(selected);
    updateButtons();
    return status;
}

void DeskSlotsPanel::selectSlot(const QDateTime& startUtc) {
    for (int i = 0; i < m_slots.size(); ++i)
        if (m_slots[i].startUtc == startUtc)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void DeskSlotsPanel::setBookingAllowed(bool allowed, const QString& why) {
    m_allowed = allowed;
    m_book->setToolTip(allowed ? QString() : why);
    updateButtons();
}

const DeskSlot* DeskSlotsPanel::currentSlot() const {
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_slots.size() ? &m_slots[row] : nullptr;
}

void DeskSlotsPanel::updateButtons() {
    const DeskSlot* s = currentSlot();
    const QDateTime now = m_desk.registry().clock().nowUtc();
    m_book->setEnabled(m_allowed && s && !s->isBooked() && s->startUtc >= now);
    m_checkIn->setEnabled(s && s->isBooked() &&
                          m_date->date() == m_desk.registry().clock().today());
}

void DeskSlotsPanel::activate() {
    if (m_book->isEnabled())
        m_book->click();
    else if (m_checkIn->isEnabled())
        m_checkIn->click();
}

} // namespace bs

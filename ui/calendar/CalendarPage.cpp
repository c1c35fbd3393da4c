#include "CalendarPage.h"

#include "journal/NoteEditorDialog.h"

#include "CalendarHeader.h"
#include "CalendarStyle.h"
#include "CalendarView.h"
#include "CurrentStaff.h"
#include "DayListDialog.h"
#include "OutcomeReasonDialog.h"
#include "SearchableCombo.h"
#include "dialogs/AppointmentDialog.h"
#include "domain/Clock.h"
#include "services/CalendarNames.h"
#include "undo/AppointmentCommands.h"
#include "widgets/Combos.h"
#include "widgets/OptionalDateEdit.h"

#include <QAction>
#include <QButtonGroup>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace bs {

namespace {

QToolButton* toolButton(const QString& text, const QString& tip) {
    auto* b = new QToolButton;
    b->setText(text);
    b->setToolTip(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QWidget* legend() {
    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("legend"));
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const SupportForm form : allValues<SupportForm>()) {
        auto* swatch = new QLabel;
        swatch->setFixedSize(14, 14);
        swatch->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: 3px; }")
                                  .arg(supportFormColor(form).name()));
        layout->addWidget(swatch);
        layout->addWidget(new QLabel(label(form)));
        layout->addSpacing(10);
    }
    layout->addWidget(new QLabel(CalendarPage::tr("✓ completed · hatched: no-show · "
                                                  "faded and struck through: cancelled")));
    layout->addStretch();
    return box;
}

} // namespace

CalendarPage::CalendarPage(UndoContext& context, CurrentStaff& me, QWidget* parent)
    : QWidget(parent), m_context(context), m_me(me), m_registry(context.registry()),
      m_scheduler(context.registry()), m_date(context.registry().clock().today()),
      m_dayButton(toolButton(tr("&Day"), tr("Show one day"))),
      m_weekButton(toolButton(tr("&Week"), tr("Show Monday to Sunday"))),
      m_dateEdit(makeDateEdit(m_date)), m_kind(new QComboBox), m_who(new QComboBox),
      m_title(new QLabel), m_banner(new QFrame), m_bannerText(new QLabel), m_empty(new QLabel),
      m_view(new CalendarView), m_scroll(new QScrollArea),
      m_printAction(new QAction(tr("&Print day list…"), this)), m_minuteTimer(new QTimer(this)) {
    m_header = new CalendarHeader(m_view);

    // Whose calendar.
    m_kind->setObjectName(QStringLiteral("calendarKind"));
    m_kind->addItem(tr("Staff member"), int(Kind::Staff));
    m_kind->addItem(tr("Site"), int(Kind::Site));
    m_kind->addItem(tr("Citizen"), int(Kind::Citizen));
    m_kind->addItem(tr("Group"), int(Kind::Group));
    m_who->setObjectName(QStringLiteral("calendarWho"));
    m_who->setMinimumContentsLength(22);
    m_who->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    makeSearchable(m_who);

    m_dayButton->setObjectName(QStringLiteral("dayView"));
    m_weekButton->setObjectName(QStringLiteral("weekView"));
    auto* viewGroup = new QButtonGroup(this);
    for (QAbstractButton* b : {m_dayButton, m_weekButton}) {
        b->setCheckable(true);
        viewGroup->addButton(b);
    }
    m_weekButton->setChecked(true);
    auto* prev = toolButton(QStringLiteral("◀"), tr("Previous (Ctrl+Page Up)"));
    prev->setObjectName(QStringLiteral("previous"));
    prev->setAccessibleName(tr("Previous"));
    auto* today = toolButton(tr("&Today"), tr("Go to today (Ctrl+Home)"));
    today->setObjectName(QStringLiteral("today"));
    auto* next = toolButton(QStringLiteral("▶"), tr("Next (Ctrl+Page Down)"));
    next->setObjectName(QStringLiteral("next"));
    next->setAccessibleName(tr("Next"));
    m_dateEdit->setObjectName(QStringLiteral("calendarDate"));
    auto* newButton = new QPushButton(tr("&New appointment"));
    newButton->setObjectName(QStringLiteral("newAppointment"));
    newButton->setToolTip(tr("New appointment at the selected time (N or Enter in the calendar)"));
    auto* printButton = new QToolButton;
    printButton->setDefaultAction(m_printAction);
    m_printAction->setObjectName(QStringLiteral("printDayList"));

    auto* whoLabel = new QLabel(tr("&Calendar of"));
    whoLabel->setBuddy(m_kind);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(whoLabel);
    toolbar->addWidget(m_kind);
    toolbar->addWidget(m_who, 1);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_dayButton);
    toolbar->addWidget(m_weekButton);
    toolbar->addSpacing(12);
    toolbar->addWidget(prev);
    toolbar->addWidget(today);
    toolbar->addWidget(next);
    toolbar->addWidget(m_dateEdit);
    toolbar->addSpacing(12);
    toolbar->addWidget(newButton);
    toolbar->addWidget(printButton);

    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    m_empty->setObjectName(QStringLiteral("calendarEmpty"));
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(16);
    titleRow->addWidget(m_empty, 1);

    m_banner->setObjectName(QStringLiteral("calendarBanner"));
    m_bannerText->setObjectName(QStringLiteral("calendarBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* closeBanner = toolButton(QStringLiteral("✕"), tr("Hide this message"));
    closeBanner->setAccessibleName(tr("Hide this message"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(closeBanner, 0, Qt::AlignTop);
    m_banner->hide();
    connect(closeBanner, &QToolButton::clicked, m_banner, &QWidget::hide);

    m_scroll->setObjectName(QStringLiteral("calendarScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_scroll->setWidget(m_view);
    m_view->setObjectName(QStringLiteral("calendarView"));
    auto* grid = new QFrame;
    grid->setFrameShape(QFrame::StyledPanel);
    auto* gridLayout = new QVBoxLayout(grid);
    gridLayout->setContentsMargins(1, 1, 1, 1);
    gridLayout->setSpacing(0);
    gridLayout->addWidget(m_header);
    gridLayout->addWidget(m_scroll, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addLayout(titleRow);
    layout->addWidget(m_banner);
    layout->addWidget(grid, 1);
    layout->addWidget(legend());

    // Page-wide keys.
    const auto addShortcut = [this](const QKeySequence& keys, auto slot) {
        auto* a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { step(-1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { step(1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home),
                [this] { setDate(m_registry.clock().today()); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printDayList(); });

    connect(m_dayButton, &QAbstractButton::clicked, this, [this] { setWeekView(false); });
    connect(m_weekButton, &QAbstractButton::clicked, this, [this] { setWeekView(true); });
    connect(prev, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QToolButton::clicked, this, [this] { setDate(m_registry.clock().today()); });
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](QDate d) { setDate(d); });
    connect(m_kind, &QComboBox::activated, this, &CalendarPage::kindChosen);
    connect(m_who, &QComboBox::activated, this, &CalendarPage::whoChosen);
    connect(newButton, &QPushButton::clicked, this,
            [this] { newAppointment(m_view->slotDay(), m_view->slotTime(), 60); });
    connect(m_printAction, &QAction::triggered, this, &CalendarPage::printDayList);

    connect(m_view, &CalendarView::createRequested, this,
            [this](QDate day, QTime start, int minutes) { newAppointment(day, start, minutes); });
    connect(m_view, &CalendarView::changeRequested, this, &CalendarPage::changeRequested);
    connect(m_view, &CalendarView::openRequested, this,
            [this](const QUuid& id) { openAppointment(id); });
    connect(m_view, &CalendarView::menuRequested, this, &CalendarPage::showMenu);
    connect(m_view, &CalendarView::showRect, this, [this](const QRect& r) {
        m_scroll->ensureVisible(r.center().x(), r.center().y(), 0, r.height() / 2 + 24);
    });

    // Undo, redo and edits elsewhere (a citizen renamed, a staff member added) show here.
    connect(&context, &UndoContext::changed, this, [this] { refresh(); });
    connect(&context, &UndoContext::appointmentChanged, this, [this] { refresh(); });
    connect(&context, &UndoContext::organisationChanged, this, [this] {
        fillWho();
        refresh();
    });
    connect(&me, &CurrentStaff::changed, this, [this](const QUuid& id) {
        if (!m_chosenByUser && !id.isNull()) {
            CalendarFilter f;
            f.staffId = id;
            showCalendarOf(f);
            m_chosenByUser = false;
        }
    });
    m_minuteTimer->setInterval(60 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this,
            [this] { m_view->setNow(m_registry.clock().nowUtc()); });
    m_minuteTimer->start();

    // The user's own calendar, or the first staff member's.
    CalendarFilter initial;
    initial.staffId = me.id();
    if (initial.staffId.isNull())
        if (auto staff = m_registry.staff(); staff && !staff->isEmpty())
            initial.staffId = staff->first().meta.id;
    fillWho();
    showCalendarOf(initial, m_date);
    m_chosenByUser = false;
}

// --- What is shown -------------------------------------------------------------------------------

void CalendarPage::fillWho() {
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    const QUuid current = searchableId(m_who);
    QSignalBlocker block(m_who);
    m_who->clear();
    QList<QPair<QString, QUuid>> items;
    QString problemText;
    switch (kind) {
    case Kind::Staff:
        if (auto staff = m_registry.staff())
            for (const Staff& s : *staff)
                items << qMakePair(QStringLiteral("%1 – %2").arg(s.name, s.initials), s.meta.id);
        else
            problemText = staff.message();
        break;
    case Kind::Site:
        if (auto sites = m_registry.sites())
            for (const Site& s : *sites)
                items << qMakePair(s.name, s.meta.id);
        else
            problemText = sites.message();
        break;
    case Kind::Citizen:
        if (auto citizens = m_registry.citizens()) {
            for (const Citizen& c : *citizens)
                if (c.status != CitizenStatus::Closed || c.meta.id == current)
                    items << qMakePair(c.name, c.meta.id);
        } else {
            problemText = citizens.message();
        }
        break;
    case Kind::Group:
        if (auto groups = m_registry.groups())
            for (const SupportGroup& g : *groups)
                items << qMakePair(g.name, g.meta.id);
        else
            problemText = groups.message();
        break;
    }
    QCollator collator{QLocale(QLocale::Danish, QLocale::Denmark)};
    std::sort(items.begin(), items.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto& [name, id] : items)
        m_who->addItem(name, id);
    const int index = m_who->findData(current);
    m_who->setCurrentIndex(index >= 0 ? index : (m_who->count() > 0 ? 0 : -1));
    if (!problemText.isEmpty())
        emit problem(problemText);
}

void CalendarPage::kindChosen() {
    fillWho();
    whoChosen();
}

CalendarFilter CalendarPage::filterFor(Kind kind, const QUuid& id) {
    CalendarFilter f;
    switch (kind) {
    case Kind::Staff:
        f.staffId = id;
        break;
    case Kind::Site:
        f.siteId = id;
        break;
    case Kind::Citizen:
        f.citizenId = id;
        break;
    case Kind::Group:
        f.groupId = id;
        break;
    }
    return f;
}

void CalendarPage::whoChosen() {
    m_filter = filterFor(static_cast<Kind>(m_kind->currentData().toInt()), searchableId(m_who));
    m_chosenByUser = true;
    refresh();
}

void CalendarPage::showCalendarOf(const CalendarFilter& filter, QDate date) {
    Kind kind = Kind::Staff;
    QUuid id = filter.staffId;
    if (!filter.citizenId.isNull()) {
        kind = Kind::Citizen;
        id = filter.citizenId;
    } else if (!filter.groupId.isNull()) {
        kind = Kind::Group;
        id = filter.groupId;
    } else if (!filter.siteId.isNull()) {
        kind = Kind::Site;
        id = filter.siteId;
    }
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    fillWho(); // read afresh: the record may be new
    m_who->setCurrentIndex(m_who->findData(id));
    m_filter = filterFor(kind, id);
    m_chosenByUser = true;
    if (date.isValid() && date != m_date) {
        setDate(date);
        return;
    }
    refresh();
}

void CalendarPage::setWeekView(bool week) {
    m_week = week;
    (week ? m_weekButton : m_dayButton)->setChecked(true);
    refresh();
}

void CalendarPage::setDate(QDate date) {
    if (!date.isValid())
        return;
    m_date = date;
    {
        QSignalBlocker block(m_dateEdit);
        m_dateEdit->setDate(date);
    }
    refresh();
    if (m_view->slotDay() != date && !m_week)
        m_view->selectSlot(date, m_view->slotTime());
}

void CalendarPage::step(int direction) {
    setDate(m_date.addDays(direction * dayCount()));
}

QDate CalendarPage::firstDay() const {
    return m_week ? m_date.addDays(1 - m_date.dayOfWeek()) : m_date;
}

QString CalendarPage::whoName() const {
    return m_who->currentIndex() >= 0 ? m_who->currentText() : QString();
}

void CalendarPage::updateTitle() {
    const QLocale locale;
    const QDate first = firstDay();
    if (m_week) {
        const QDate last = first.addDays(6);
        m_title->setText(tr("Week %1: %2 – %3")
                             .arg(first.weekNumber())
                             .arg(locale.toString(first, QStringLiteral("d. MMM")),
                                  locale.toString(last, QStringLiteral("d. MMM yyyy"))));
    } else {
        m_title->setText(locale.toString(first, QLocale::LongFormat));
    }
}

Status CalendarPage::reload() {
    updateTitle();
    const QDate first = firstDay();
    m_view->setDays(first, dayCount());
    m_view->setNow(m_registry.clock().nowUtc());
    m_header->setToday(m_registry.clock().today());
    const bool nobody = m_filter.staffId.isNull() && m_filter.siteId.isNull() &&
                        m_filter.citizenId.isNull() && m_filter.groupId.isNull();
    if (nobody) {
        m_view->setBlocks({});
        m_empty->setText(m_who->count() == 0
                             ? tr("Nobody to show yet: add staff under Organisation")
                             : tr("Choose whose calendar to show"));
        return Status::success();
    }
    auto appointments =
        m_scheduler.appointments(localToUtc(first, QTime(0, 0)),
                                 localToUtc(first.addDays(dayCount()), QTime(0, 0)), m_filter);
    auto names = CalendarNames::load(m_registry);
    if (!appointments || !names) {
        const QString message = !appointments ? appointments.message() : names.message();
        showBanner(message, Banner::Error);
        emit problem(message);
        return Status::failure(message);
    }
    QList<CalendarBlock> blocks;
    for (const Appointment& a : *appointments) {
        CalendarBlock b;
        b.appointment = a;
        b.title = a.form == SupportForm::Group ? names->groupName(a.groupId)
                                               : names->citizenName(a.citizenId);
        // Others' calendars say whose appointment it is.
        if (m_filter.staffId.isNull())
            b.title += QStringLiteral(" · ") + names->staffInitials(a.staffId);
        b.place = names->location(a);
        blocks << b;
    }
    m_view->setBlocks(blocks);
    const QString who = whoName();
    m_empty->setText(blocks.isEmpty() ? (m_week ? tr("No appointments this week for %1")
                                                : tr("No appointments this day for %1"))
                                            .arg(who)
                                      : QString());
    return Status::success();
}

// Problems are shown in the banner and reported by reload() itself.
void CalendarPage::refresh() {
    (void)reload();
}

void CalendarPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_scrolled) {
        // The working day starts at eight.
        m_scrolled = true;
        QTimer::singleShot(0, this, [this] {
            m_scroll->verticalScrollBar()->setValue(m_view->yFor(QTime(8, 0)) - 6);
        });
    }
    refresh();
}

// --- Messages ------------------------------------------------------------------------------------

QString CalendarPage::bannerText() const {
    return m_banner->isVisible() || !m_banner->isHidden() ? m_bannerText->text() : QString();
}

void CalendarPage::showBanner(const QString& text, Banner kind) {
    static const char* styles[] = {
        "QFrame#calendarBanner { background: #e8f1fb; border: 1px solid #7fa7d9; }",
        "QFrame#calendarBanner { background: #fff4ce; border: 1px solid #e0b400; }",
        "QFrame#calendarBanner { background: #fde7e9; border: 1px solid #b3261e; }"};
    m_banner->setStyleSheet(QLatin1String(styles[int(kind)]) +
                            QStringLiteral(" QLabel { color: #1f1f1f; }"));
    m_bannerText->setText(text);
    m_banner->show();
}

void CalendarPage::showWarnings(const QList<CalendarWarning>& warnings, const QString& done) {
    if (warnings.isEmpty()) {
        if (!done.isEmpty())
            showBanner(done, Banner::Info);
        else
            m_banner->hide();
        return;
    }
    QStringList lines;
    if (!done.isEmpty())
        lines << done;
    lines << tr("Saved, but please check:");
    for (const CalendarWarning& w : warnings)
        lines << QStringLiteral("• ") + w.message;
    showBanner(lines.join(QLatin1Char('\n')), Banner::Warning);
}

// --- Booking and editing -------------------------------------------------------------------------

AppointmentDialog* CalendarPage::newAppointment(QDate day, QTime start, int minutes) {
    Appointment a;
    a.startUtc = localToUtc(day.isValid() ? day : m_date, start.isValid() ? start : QTime(9, 0));
    a.durationMinutes = minutes;
    a.staffId = m_filter.staffId;
    a.citizenId = m_filter.citizenId;
    a.siteId = m_filter.siteId;
    a.groupId = m_filter.groupId;
    if (!a.groupId.isNull()) {
        a.form = SupportForm::Group;
        if (auto g = m_registry.record<SupportGroup>(a.groupId)) {
            a.staffId = g->facilitator1;
            a.siteId = g->siteId;
        }
    } else if (!a.siteId.isNull()) {
        a.form = SupportForm::Counselling;
    }
    if (!a.citizenId.isNull())
        if (auto c = m_registry.citizen(a.citizenId)) {
            a.staffId = c->contactStaffId;
            a.channel = c->virtualContact;
        }
    if (a.staffId.isNull())
        a.staffId = m_me.id();
    auto* dialog = new AppointmentDialog(m_registry, a, this);
    openDialog(dialog, [this](const AppointmentDialog& d) { afterDialog(d); });
    return dialog;
}

bool CalendarPage::openAppointment(const QUuid& id) {
    auto stored = m_registry.record<Appointment>(id);
    if (!stored || stored->meta.deleted) {
        showBanner(tr("The appointment no longer exists."), Banner::Error);
        return false;
    }
    follow(*stored);
    m_view->selectAppointment(id);
    auto* dialog = new AppointmentDialog(m_registry, *stored, this);
    openDialog(dialog, [this](const AppointmentDialog& d) { afterDialog(d); });
    return true;
}

// Shows the appointment's day if it is not in view.
void CalendarPage::follow(const Appointment& a) {
    const QDate day = a.startUtc.toTimeZone(Clock::localZone()).date();
    if (day < firstDay() || day >= firstDay().addDays(dayCount()))
        setDate(day);
}

void CalendarPage::afterDialog(const AppointmentDialog& d) {
    const Appointment& a = d.appointment();
    QString done;
    switch (d.saved()) {
    case AppointmentDialog::Saved::Booked:
        m_context.push(appointmentCreatedCommand(m_context, a));
        break;
    case AppointmentDialog::Saved::Changed:
        m_context.push(appointmentChangedCommand(m_context, tr("Edit appointment"), d.before(), a));
        break;
    case AppointmentDialog::Saved::SeriesCreated:
        done = tr("%n appointment(s) booked in the series (a series cannot be undone).", nullptr,
                  int(d.series().size()));
        m_context.notifyAppointmentChanged(a.meta.id);
        break;
    case AppointmentDialog::Saved::ChangedFollowing:
        done = tr("This and the following appointments were changed (this cannot be undone).");
        m_context.notifyAppointmentChanged(a.meta.id);
        break;
    case AppointmentDialog::Saved::Nothing:
        return;
    }
    follow(a);
    refresh();
    m_view->selectAppointment(a.meta.id);
    showWarnings(d.warnings(), done);
}

void CalendarPage::changeRequested(const QUuid& id, const QDateTime& newStartUtc, int minutes) {
    auto stored = m_registry.record<Appointment>(id);
    if (!stored) {
        showBanner(stored.message(), Banner::Error);
        return;
    }
    const Appointment before = *stored;
    Appointment after = before;
    after.startUtc = newStartUtc;
    after.durationMinutes = minutes;
    if (before.seriesId.isNull()) {
        applyChange(before, after, false);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Change a recurring appointment"),
                                tr("This appointment is part of a series. Change only this "
                                   "appointment, or this and all following?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("seriesQuestion"));
    QPushButton* one = box->addButton(tr("Only this appointment"), QMessageBox::AcceptRole);
    one->setObjectName(QStringLiteral("onlyThis"));
    QPushButton* following = box->addButton(tr("This and all following"), QMessageBox::AcceptRole);
    following->setObjectName(QStringLiteral("thisAndFollowing"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    box->setDefaultButton(one);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, one, following, before, after] {
        if (box->clickedButton() == one)
            applyChange(before, after, false);
        else if (box->clickedButton() == following)
            applyChange(before, after, true);
        else
            m_view->update();
    });
    box->open();
}

void CalendarPage::applyChange(const Appointment& before, Appointment after, bool following) {
    const QString text =
        after.durationMinutes != before.durationMinutes && after.startUtc == before.startUtc
            ? tr("Change length of appointment")
            : tr("Move appointment");
    if (following) {
        if (Status s = m_scheduler.changeFollowing(after); !s) {
            showBanner(s.message(), Banner::Error);
            return;
        }
        m_context.notifyAppointmentChanged(after.meta.id);
        follow(after);
        refresh();
        m_view->selectAppointment(after.meta.id);
        QList<CalendarWarning> warnings;
        if (auto stored = m_registry.record<Appointment>(after.meta.id))
            if (auto w = m_scheduler.check(*stored))
                warnings = *w;
        showWarnings(warnings, tr("This and the following appointments were moved (this cannot "
                                  "be undone)."));
        return;
    }
    auto warnings = m_scheduler.changeOne(after);
    if (!warnings) {
        showBanner(warnings.message(), Banner::Error);
        return;
    }
    follow(after);
    m_context.push(appointmentChangedCommand(m_context, text, before, after));
    m_view->selectAppointment(after.meta.id);
    showWarnings(*warnings, QString());
}

// --- Outcomes ------------------------------------------------------------------------------------

void CalendarPage::showMenu(const QUuid& id, const QPoint& globalPos) {
    auto stored = m_registry.record<Appointment>(id);
    if (!stored)
        return;
    const Appointment a = *stored;
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("appointmentMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool known = !m_me.id().isNull();
    if (!known) {
        QAction* who =
            menu->addAction(tr("Choose who you are under Settings to register outcomes"));
        who->setEnabled(false);
    }
    const auto add = [&](const QString& text, const char* name, Outcome outcome) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(known && !(outcome == a.outcome && outcome != Outcome::NoShow &&
                                      !isCancellation(outcome)));
        action->setCheckable(true);
        action->setChecked(a.outcome == outcome && outcome != Outcome::Planned);
        connect(action, &QAction::triggered, this,
                [this, id, outcome] { registerOutcome(id, outcome); });
    };
    add(tr("&Completed"), "outcomeCompleted", Outcome::Completed);
    add(tr("&No-show…"), "outcomeNoShow", Outcome::NoShow);
    add(tr("Cancelled by &citizen…"), "outcomeCancelledByCitizen", Outcome::CancelledByCitizen);
    add(tr("Cancelled by &staff…"), "outcomeCancelledByStaff", Outcome::CancelledByStaff);
    add(tr("&Reset to planned"), "outcomePlanned", Outcome::Planned);
    menu->addSeparator();
    QAction* open = menu->addAction(tr("&Open…"));
    open->setObjectName(QStringLiteral("openAppointment"));
    connect(open, &QAction::triggered, this, [this, id] { openAppointment(id); });
    if (!a.citizenId.isNull()) {
        QAction* note = menu->addAction(tr("Write &note…"));
        note->setObjectName(QStringLiteral("writeNote"));
        connect(note, &QAction::triggered, this,
                [this, id] { NoteEditorDialog::openForAppointment(m_context, m_me, id, this); });
    }
    if (!a.seriesId.isNull()) {
        QMenu* following = menu->addMenu(tr("Cancel this and all &following"));
        following->setEnabled(known);
        QAction* byCitizen = following->addAction(tr("By the citizen…"));
        byCitizen->setObjectName(QStringLiteral("cancelFollowingByCitizen"));
        QAction* byStaff = following->addAction(tr("By staff…"));
        byStaff->setObjectName(QStringLiteral("cancelFollowingByStaff"));
        connect(byCitizen, &QAction::triggered, this,
                [this, id] { cancelFollowing(id, Outcome::CancelledByCitizen); });
        connect(byStaff, &QAction::triggered, this,
                [this, id] { cancelFollowing(id, Outcome::CancelledByStaff); });
    }
    menu->popup(globalPos);
}

void CalendarPage::registerOutcome(const QUuid& id, Outcome outcome) {
    if (m_me.id().isNull()) {
        showBanner(tr("Choose who you are under Settings first: the outcome records who "
                      "registered it. Nothing was saved."),
                   Banner::Error);
        return;
    }
    if (outcome == Outcome::Completed || outcome == Outcome::Planned) {
        saveOutcome(id, outcome, QString());
        return;
    }
    auto* dialog = new OutcomeReasonDialog(outcome, tr("Why?"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, id, dialog] { saveOutcome(id, dialog->outcome(), dialog->reason()); });
    dialog->open();
}

void CalendarPage::saveOutcome(const QUuid& id, Outcome outcome, const QString& reason) {
    auto stored = m_registry.record<Appointment>(id);
    if (!stored) {
        showBanner(stored.message(), Banner::Error);
        return;
    }
    const Appointment before = *stored;
    Appointment after = before;
    if (Status s = m_scheduler.registerOutcome(after, outcome, reason, m_me.id()); !s) {
        showBanner(s.message(), Banner::Error);
        return;
    }
    m_banner->hide();
    m_context.push(appointmentChangedCommand(
        m_context, tr("Register %1").arg(label(outcome).toLower()), before, after));
    m_view->selectAppointment(id);
}

void CalendarPage::cancelFollowing(const QUuid& id, Outcome cancelledBy) {
    if (m_me.id().isNull()) {
        registerOutcome(id, cancelledBy); // says who to choose
        return;
    }
    auto* dialog = new OutcomeReasonDialog(
        cancelledBy,
        tr("This and all following appointments without an outcome are cancelled. "
           "This cannot be undone."),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id, dialog] {
        auto stored = m_registry.record<Appointment>(id);
        if (!stored) {
            showBanner(stored.message(), Banner::Error);
            return;
        }
        if (Status s = m_scheduler.cancelFollowing(*stored, dialog->outcome(), dialog->reason(),
                                                   m_me.id());
            !s) {
            showBanner(s.message(), Banner::Error);
            return;
        }
        m_context.notifyAppointmentChanged(stored->meta.id);
        showBanner(tr("This and the following appointments were cancelled."), Banner::Info);
    });
    dialog->open();
}

void CalendarPage::printDayList() {
    const QUuid staffId = m_filter.staffId.isNull() ? m_me.id() : m_filter.staffId;
    auto* dialog = new DayListDialog(
        m_registry, staffId, m_view->slotDay().isValid() ? m_view->slotDay() : m_date, this);
    openDialog(dialog);
}

} // namespace bs

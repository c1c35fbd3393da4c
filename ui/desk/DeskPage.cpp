#include "DeskPage.h"

#include "BookSlotDialog.h"
#include "CurrentStaff.h"
#include "DeskSlotsPanel.h"
#include "DeskTimerLabel.h"
#include "DeskVisitPanel.h"
#include "undo/RecordCommands.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bs {

namespace {

QString hhmm(QTime t) {
    return t.toString(QStringLiteral("HH:mm"));
}
QString localHhmm(const QDateTime& utc) {
    return hhmm(utc.toTimeZone(Clock::localZone()).time());
}
QLabel* muted(QLabel* label) {
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    return label;
}

} // namespace

DeskPage::DeskPage(UndoContext& context, CurrentStaff& me, QWidget* parent)
    : QWidget(parent), m_context(context), m_me(me), m_desk(context.registry()),
      m_stack(new QStackedWidget), m_empty(new QLabel), m_site(new QComboBox), m_status(new QLabel),
      m_duty(new QLabel), m_dutyButton(new QPushButton), m_search(new QLineEdit),
      m_completions(new QStringListModel(this)), m_checkIn(new QPushButton(tr("&Check in"))),
      m_anonymous(new QPushButton(tr("&Anonymous visitor"))), m_queue(new QTreeWidget),
      m_queueEmpty(new QLabel), m_start(new QPushButton(tr("&Start"))),
      m_remove(new QPushButton(tr("&Remove from queue"))), m_visit(new DeskVisitPanel),
      m_slots(new DeskSlotsPanel(m_desk)), m_summary(new QLabel), m_message(new QLabel),
      m_tick(new QTimer(this)) {
    auto* title = new QLabel(tr("Counselling desk"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_empty->setObjectName(QStringLiteral("deskEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setText(tr("No site has opening hours yet. The counselling desk runs at a site "
                        "during its opening hours: open Settings, choose the site under Sites "
                        "and give it opening hours (and, if you like, its time per visit and "
                        "bookable times)."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(buildDesk());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DeskPage::refreshTimes);
    connect(&m_me, &CurrentStaff::changed, this, [this] {
        showDuty();
        updateEnabled();
    });
    connect(&context, &UndoContext::organisationChanged, this,
            [this](UndoContext::OrgRecord kind, const QUuid&) {
                if (kind == UndoContext::OrgRecord::Site || kind == UndoContext::OrgRecord::Staff)
                    report(reload());
            });
    connect(&context, &UndoContext::changed, this, [this] { report(loadCitizens()); });
    report(reload());
}

QWidget* DeskPage::buildDesk() {
    auto* desk = new QWidget;
    m_site->setObjectName(QStringLiteral("deskSite"));
    m_site->setMinimumContentsLength(16);
    m_status->setObjectName(QStringLiteral("deskStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_duty->setObjectName(QStringLiteral("deskDuty"));
    m_duty->setTextFormat(Qt::PlainText);
    m_duty->setWordWrap(true);
    m_dutyButton->setObjectName(QStringLiteral("dutyButton"));
    m_search->setObjectName(QStringLiteral("deskSearch"));
    m_search->setPlaceholderText(tr("Citizen's name or CPR number, then Enter"));
    m_search->setClearButtonEnabled(true);
    auto* completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    m_checkIn->setObjectName(QStringLiteral("checkIn"));
    m_anonymous->setObjectName(QStringLiteral("checkInAnonymous"));
    m_anonymous->setToolTip(tr("Counts a visitor who has no grant or does not give a name"));
    m_queue->setObjectName(QStringLiteral("deskQueue"));
    m_queue->setRootIsDecorated(false);
    m_queue->setHeaderLabels({tr("Visitor"), tr("Arrived"), tr("Waiting"), tr("Status")});
    m_queue->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_queue->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_queueEmpty->setObjectName(QStringLiteral("queueEmpty"));
    muted(m_queueEmpty)->setText(tr("Nobody is waiting."));
    m_start->setObjectName(QStringLiteral("startVisit"));
    m_remove->setObjectName(QStringLiteral("removeVisit"));
    m_remove->setToolTip(tr("Takes back a check-in made by mistake (e.g. the wrong person)"));
    m_summary->setObjectName(QStringLiteral("deskSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("deskMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto* siteRow = new QHBoxLayout;
    auto* siteLabel = new QLabel(tr("S&ite:"));
    siteLabel->setBuddy(m_site);
    siteRow->addWidget(siteLabel);
    siteRow->addWidget(m_site);
    siteRow->addWidget(m_status, 1);

    auto* dutyRow = new QHBoxLayout;
    dutyRow->addWidget(m_duty, 1);
    dutyRow->addWidget(m_dutyButton);

    auto* checkInRow = new QHBoxLayout;
    checkInRow->addWidget(m_search, 1);
    checkInRow->addWidget(m_checkIn);
    checkInRow->addWidget(m_anonymous);

    auto* queueBox = new QWidget;
    auto* queueLayout = new QVBoxLayout(queueBox);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    auto* queueTitle = new QLabel(tr("Queue"));
    QFont bold = queueTitle->font();
    bold.setBold(true);
    queueTitle->setFont(bold);
    auto* queueButtons = new QHBoxLayout;
    queueButtons->addWidget(m_remove);
    queueButtons->addStretch();
    queueButtons->addWidget(m_start);
    queueLayout->addWidget(queueTitle);
    queueLayout->addWidget(m_queue, 1);
    queueLayout->addWidget(m_queueEmpty);
    queueLayout->addLayout(queueButtons);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_visit);
    rightLayout->addWidget(m_slots, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(queueBox);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(desk);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(siteRow);
    layout->addLayout(dutyRow);
    layout->addLayout(checkInRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_site, &QComboBox::currentIndexChanged, this,
            [this] { showSite(m_site->currentData().toUuid()); });
    connect(m_search, &QLineEdit::returnPressed, this, &DeskPage::checkInFromSearch);
    connect(m_checkIn, &QPushButton::clicked, this, &DeskPage::checkInFromSearch);
    connect(m_anonymous, &QPushButton::clicked, this, [this] { checkIn({}); });
    connect(m_start, &QPushButton::clicked, this, &DeskPage::startSelected);
    connect(m_remove, &QPushButton::clicked, this, &DeskPage::removeSelected);
    connect(m_queue, &QTreeWidget::itemActivated, this, &DeskPage::startSelected);
    connect(m_queue, &QTreeWidget::currentItemChanged, this, [this] {
        showCurrentVisit();
        updateEnabled();
    });
    connect(m_visit, &DeskVisitPanel::checkOutRequested, this, &DeskPage::checkOut);
    connect(m_dutyButton, &QPushButton::clicked, this, &DeskPage::toggleDuty);
    connect(m_slots, &DeskSlotsPanel::problem, this, &DeskPage::problem);
    connect(m_slots, &DeskSlotsPanel::bookRequested, this, &DeskPage::bookSlot);
    connect(m_slots, &DeskSlotsPanel::checkInRequested, this,
            [this](const QUuid& citizenId, const QUuid& appointmentId) {
                checkIn(citizenId, appointmentId);
            });
    return desk;
}

// --- Reading ----------------------------------------------------------------------------------

QUuid DeskPage::preferredSite(const QList<Site>& sites) const {
    // Where the user has a desk shift today, else a site open now, else one open today.
    if (auto duty = m_desk.deskSitesOnDuty(m_me.id(), today()); duty && !duty->isEmpty())
        return duty->first().meta.id;
    for (const Site& s : sites)
        if (m_desk.isOpenNow(s))
            return s.meta.id;
    for (const Site& s : sites)
        if (!DeskService::periodsOn(s, today()).isEmpty())
            return s.meta.id;
    return {};
}

Status DeskPage::reload() {
    auto sites = m_desk.deskSites();
    if (!sites)
        return Status(sites.error());
    const QUuid keep = m_siteValue.meta.id;
    {
        const QSignalBlocker block(m_site);
        m_site->clear();
        for (const Site& s : *sites)
            m_site->addItem(s.name, s.meta.id);
        int index = m_site->findData(keep);
        if (index < 0)
            index = m_site->findData(preferredSite(*sites));
        m_site->setCurrentIndex(index >= 0 ? index : (m_site->count() > 0 ? 0 : -1));
    }
    m_siteValue = Site();
    for (const Site& s : *sites)
        if (s.meta.id == m_site->currentData().toUuid())
            m_siteValue = s;
    m_stack->setCurrentIndex(sites->isEmpty() ? 0 : 1);
    Status status = loadCitizens();
    if (Status day = reloadDay(); status && !day)
        status = day;
    return status;
}

void DeskPage::showSite(const QUuid& siteId) {
    const int index = m_site->findData(siteId);
    if (index < 0)
        return;
    if (m_site->currentIndex() != index) {
        m_site->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    if (m_siteValue.meta.id != siteId) {
        auto s = m_context.registry().existing<Site>(siteId, tr("The site no longer exists"),
                                                     QStringLiteral("site"));
        if (!s) {
            report(Status(s.error()));
            return;
        }
        m_siteValue = *s;
        m_message->clear();
    }
    report(reloadDay());
}

Status DeskPage::loadCitizens() {
    auto list = m_context.registry().citizenSummaries(today());
    if (!list)
        return Status(list.error());
    m_names.clear();
    m_citizenByText.clear();
    QStringList texts;
    for (const CitizenSummary& c : *list) {
        m_names.insert(c.id, c.name);
        if (c.status == CitizenStatus::Closed)
            continue;
        const QString text =
            c.maskedCpr.isEmpty() ? c.name : QStringLiteral("%1 (%2)").arg(c.name, c.maskedCpr);
        texts << text;
        m_citizenByText.insert(text, c.id);
    }
    m_completions->setStringList(texts);
    return Status::success();
}

Status DeskPage::reloadDay() {
    Status status;
    const auto keepSelection = selectedVisit() ? selectedVisit()->meta.id : QUuid();
    m_queueVisits.clear();
    if (!m_siteValue.meta.id.isNull()) {
        auto q = m_desk.queue(m_siteValue.meta.id, today());
        if (q)
            m_queueVisits = *q;
        else
            status = Status(q.error());
    }
    showStatus();
    showDuty();
    showQueue();
    for (int i = 0; i < m_queueVisits.size(); ++i)
        if (m_queueVisits[i].meta.id == keepSelection)
            m_queue->setCurrentItem(m_queue->topLevelItem(i));
    showCurrentVisit();
    showSummary();
    m_slots->setVisible(m_siteValue.slotMinutes > 0);
    if (m_siteValue.slotMinutes > 0)
        if (Status s = m_slots->setSite(m_siteValue); status && !s)
            status = s;
    updateEnabled();
    refreshTimes();
    return status;
}

void DeskPage::showStatus() {
    const Site& site = m_siteValue;
    if (site.meta.id.isNull()) {
        m_status->clear();
        return;
    }
    const QList<OpeningPeriod> periods = DeskService::periodsOn(site, today());
    QString text;
    if (!periods.isEmpty()) {
        QStringList spans;
        for (const OpeningPeriod& p : periods)
            spans << QStringLiteral("%1–%2").arg(hhmm(p.from), hhmm(p.to));
        text = m_desk.isOpenNow(site)
                   ? tr("Open now · today %1").arg(spans.join(QStringLiteral(", ")))
                   : tr("Closed now · open today %1").arg(spans.join(QStringLiteral(", ")));
    }
    const auto next = DeskService::nextOpening(site, m_context.registry().clock().nowUtc());
    if (periods.isEmpty() || (!m_desk.isOpenNow(site) && next && next->date() != today())) {
        if (next && next->date() != today())
            text = periods.isEmpty()
                       ? tr("Closed today — next open %1 %2")
                             .arg(QLocale().dayName(next->date().dayOfWeek()), hhmm(next->time()))
                       : tr("Closed for today — next open %1 %2")
                             .arg(QLocale().dayName(next->date().dayOfWeek()), hhmm(next->time()));
    }
    text += QStringLiteral(" · ") + tr("%n min per visit", nullptr, site.visitAllowanceMinutes);
    m_status->setText(text);
}

void DeskPage::showDuty() {
    m_onDuty = false;
    if (m_siteValue.meta.id.isNull()) {
        m_duty->clear();
        return;
    }
    auto staff = m_desk.onDuty(m_siteValue.meta.id, today());
    if (!staff) {
        m_duty->setText(staff.message());
        return;
    }
    QStringList names;
    for (const Staff& s : *staff) {
        names << s.name;
        if (s.meta.id == m_me.id())
            m_onDuty = true;
    }
    m_duty->setText(names.isEmpty()
                        ? tr("Nobody is on duty at the desk today.")
                        : tr("On duty today: %1").arg(names.join(QStringLiteral(", "))));
    m_dutyButton->setText(m_onDuty ? tr("I am &not on duty") : tr("I am on &duty today"));
}

void DeskPage::showQueue() {
    const QSignalBlocker block(m_queue);
    m_queue->clear();
    for (const DeskVisit& v : std::as_const(m_queueVisits)) {
        auto* item =
            new QTreeWidgetItem(m_queue, {visitorName(v), localHhmm(v.arrivedUtc), {}, {}});
        if (v.isAnonymous()) {
            QFont f = item->font(0);
            f.setItalic(true);
            item->setFont(0, f);
        }
    }
    if (m_queue->topLevelItemCount() > 0 && !m_queue->currentItem())
        m_queue->setCurrentItem(m_queue->topLevelItem(0));
    m_queueEmpty->setVisible(m_queueVisits.isEmpty());
}

void DeskPage::showSummary() {
    if (m_siteValue.meta.id.isNull()) {
        m_summary->clear();
        return;
    }
    auto sum = m_desk.summary(m_siteValue.meta.id, today());
    if (!sum) {
        m_summary->setText(sum.message());
        return;
    }
    if (sum->visits == 0) {
        m_summary->setText(tr("Today: no visits yet."));
        return;
    }
    const int started = sum->visits - sum->waiting;
    const int done = started - sum->inProgress;
    const QString none = QStringLiteral("–");
    QString text =
        tr("Today: %n visit(s)", nullptr, sum->visits) + QStringLiteral(" · ") +
        tr("%n anonymous", nullptr, sum->anonymous) + QStringLiteral(" · ") +
        tr("average wait %1").arg(started ? minutesSecondsText(sum->averageWaitSeconds) : none) +
        QStringLiteral(" · ") +
        tr("average visit %1").arg(done ? minutesSecondsText(sum->averageVisitSeconds) : none) +
        QStringLiteral(" · ") + tr("%n over the time per visit", nullptr, sum->overAllowance);
    QStringList topics;
    for (auto it = sum->topics.cbegin(); it != sum->topics.cend(); ++it)
        topics << QStringLiteral("%1 %2").arg(label(it.key())).arg(it.value());
    if (!topics.isEmpty())
        text += QLatin1Char('\n') + tr("Topics: %1").arg(topics.join(QStringLiteral(", ")));
    m_summary->setText(text);
}

void DeskPage::showCurrentVisit() {
    // The selected visit if it is in progress; otherwise the one shown so far, or the user's own.
    const DeskVisit* chosen = nullptr;
    if (const DeskVisit* sel = selectedVisit(); sel && sel->state() == DeskVisit::State::InProgress)
        chosen = sel;
    for (const DeskVisit& v : std::as_const(m_queueVisits)) {
        if (chosen)
            break;
        if (v.state() == DeskVisit::State::InProgress && v.meta.id == m_visit->visitId())
            chosen = &v;
    }
    for (const DeskVisit& v : std::as_const(m_queueVisits)) {
        if (chosen)
            break;
        if (v.state() == DeskVisit::State::InProgress && v.staffId == m_me.id())
            chosen = &v;
    }
    if (!chosen) {
        m_visit->clearVisit();
        return;
    }
    m_visit->showVisit(*chosen, visitorName(*chosen), staffName(chosen->staffId),
                       qint64(m_siteValue.visitAllowanceMinutes) * 60);
    m_visit->tick(m_context.registry().clock().nowUtc());
}

void DeskPage::refreshTimes() {
    const QDateTime now = m_context.registry().clock().nowUtc();
    for (int i = 0; i < m_queueVisits.size() && i < m_queue->topLevelItemCount(); ++i) {
        const DeskVisit& v = m_queueVisits[i];
        QTreeWidgetItem* item = m_queue->topLevelItem(i);
        item->setText(2, minutesSecondsText(v.waitingSeconds(now)));
        item->setText(
            3, v.state() == DeskVisit::State::Waiting
                   ? tr("Waiting")
                   : tr("With %1 · %2")
                         .arg(staffName(v.staffId), minutesSecondsText(v.visitSeconds(now))));
    }
    m_visit->tick(now);
    // Opening and closing time pass while the page is open.
    if (!m_siteValue.meta.id.isNull()) {
        const QString before = m_status->text();
        showStatus();
        if (m_status->text() != before)
            updateEnabled();
    }
}

void DeskPage::updateEnabled() {
    const bool site = !m_siteValue.meta.id.isNull();
    const bool open = site && m_desk.isOpenNow(m_siteValue);
    const bool me = !m_me.id().isNull();
    const QString closedWhy = tr("The site is closed now");
    const QString chooseMe = tr("Choose who you are under Settings first");
    m_search->setEnabled(open);
    m_checkIn->setEnabled(open);
    m_anonymous->setEnabled(open);
    m_checkIn->setToolTip(open ? QString() : closedWhy);
    const DeskVisit* sel = selectedVisit();
    m_start->setEnabled(me && sel && sel->state() == DeskVisit::State::Waiting);
    m_start->setToolTip(me ? QString() : chooseMe);
    m_remove->setEnabled(sel != nullptr);
    m_dutyButton->setEnabled(site && me);
    m_dutyButton->setToolTip(me ? QString() : chooseMe);
    m_visit->setCheckOutAllowed(me, chooseMe);
    m_slots->setBookingAllowed(me, chooseMe);
    if (!me && site && m_message->text().isEmpty())
        say(tr("Choose who you are under Settings to take desk duty, start visits and book "
               "times. Visitors can be checked in meanwhile."));
}

// --- Actions ----------------------------------------------------------------------------------

void DeskPage::checkInFromSearch() {
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        say(tr("Type the citizen's name (or choose from the list), or press Anonymous visitor."),
            true);
        m_search->setFocus();
        return;
    }
    QUuid id = m_citizenByText.value(text);
    if (id.isNull()) {
        // A name typed in full, or the only citizen whose name or CPR contains the text.
        QList<QUuid> exact, partial;
        for (auto it = m_citizenByText.cbegin(); it != m_citizenByText.cend(); ++it) {
            if (m_names.value(it.value()).compare(text, Qt::CaseInsensitive) == 0)
                exact << it.value();
            else if (it.key().contains(text, Qt::CaseInsensitive))
                partial << it.value();
        }
        if (exact.size() == 1)
            id = exact.first();
        else if (exact.isEmpty() && partial.size() == 1)
            id = partial.first();
        else {
            say(exact.size() + partial.size() > 1
                    ? tr("Several citizens match \"%1\": choose one from the list").arg(text)
                    : tr("No citizen matches \"%1\". Check the spelling, or press Anonymous "
                         "visitor.")
                          .arg(text),
                true);
            m_search->setFocus();
            return;
        }
    }
    if (Status e = m_desk.eligibility(id, today()); !e) {
        offerAnonymous(e.message());
        return;
    }
    checkIn(id);
}

void DeskPage::offerAnonymous(const QString& why) {
    auto* box = new QMessageBox(QMessageBox::Information, tr("No grant to rådgivning"), why,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("noGrantBox"));
    box->setInformativeText(tr("The visitor can still be helped and counted as an anonymous "
                               "visit, without name."));
    QPushButton* anonymous = box->addButton(tr("Count &anonymously"), QMessageBox::AcceptRole);
    anonymous->setObjectName(QStringLiteral("countAnonymously"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(anonymous);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, anonymous](QAbstractButton* clicked) {
        if (clicked == anonymous)
            checkIn({});
    });
    box->open();
}

void DeskPage::checkIn(const QUuid& citizenId, const QUuid& appointmentId) {
    auto visit = m_desk.checkIn(m_siteValue.meta.id, citizenId, appointmentId);
    if (!visit) {
        say(visit.message(), true);
        return;
    }
    DeskVisit before = *visit;
    before.meta.deleted = true;
    pushVisitChange(tr("Check in %1").arg(visitorName(*visit)), before, *visit);
    m_search->clear();
    say(tr("%1 checked in at %2").arg(visitorName(*visit), localHhmm(visit->arrivedUtc)));
    report(reloadDay());
    m_search->setFocus();
}

void DeskPage::startSelected() {
    const DeskVisit* sel = selectedVisit();
    if (!sel || sel->state() != DeskVisit::State::Waiting)
        return;
    if (m_me.id().isNull()) {
        say(tr("Choose who you are under Settings before starting a visit."), true);
        return;
    }
    DeskVisit visit = *sel;
    const DeskVisit before = visit;
    if (Status s = m_desk.start(visit, m_me.id()); !s) {
        say(s.message(), true);
        return;
    }
    pushVisitChange(tr("Start visit of %1").arg(visitorName(visit)), before, visit);
    m_message->clear();
    report(reloadDay());
    for (int i = 0; i < m_queueVisits.size(); ++i)
        if (m_queueVisits[i].meta.id == visit.meta.id)
            m_queue->setCurrentItem(m_queue->topLevelItem(i));
    m_visit->focusTopics();
}

void DeskPage::removeSelected() {
    const DeskVisit* sel = selectedVisit();
    if (!sel)
        return;
    DeskVisit visit = *sel;
    const DeskVisit before = visit;
    if (Status s = m_desk.undoCheckIn(visit); !s) {
        say(s.message(), true);
        return;
    }
    pushVisitChange(tr("Remove %1 from the queue").arg(visitorName(visit)), before, visit);
    say(tr("%1 was removed from the queue").arg(visitorName(visit)));
    report(reloadDay());
}

void DeskPage::checkOut() {
    if (m_visit->visitId().isNull())
        return;
    DeskVisit visit = m_visit->visit();
    const DeskVisit before = visit;
    if (Status s = m_desk.checkOut(visit, m_visit->topics(), m_visit->note()); !s) {
        say(s.message(), true);
        if (s.error().field == QStringLiteral("topics"))
            m_visit->focusTopics();
        return;
    }
    pushVisitChange(tr("Check out %1").arg(visitorName(visit)), before, visit);
    const qint64 seconds = visit.visitSeconds(visit.endedUtc);
    const qint64 allowance = qint64(m_siteValue.visitAllowanceMinutes) * 60;
    say(seconds > allowance
            ? tr("%1 checked out after %2 (over the %3 per visit)")
                  .arg(visitorName(visit), minutesSecondsText(seconds),
                       minutesSecondsText(allowance))
            : tr("%1 checked out after %2").arg(visitorName(visit), minutesSecondsText(seconds)));
    m_visit->clearVisit();
    report(reloadDay());
    m_search->setFocus();
}

void DeskPage::toggleDuty() {
    const QUuid me = m_me.id();
    const QUuid site = m_siteValue.meta.id;
    const QDate day = today();
    if (me.isNull() || site.isNull())
        return;
    Registry& registry = m_context.registry();
    auto add = [&registry, site, day, me]() -> Status {
        auto d = DeskService(registry).addDuty(site, day, me);
        return d ? Status::success() : Status(d.error());
    };
    auto remove = [&registry, site, day, me]() -> Status {
        return DeskService(registry).removeDuty(site, day, me);
    };
    const bool adding = !m_onDuty;
    if (Status s = adding ? add() : remove(); !s) {
        say(s.message(), true);
        return;
    }
    QPointer<DeskPage> self(this);
    auto notify = [self] {
        if (self)
            self->report(self->reloadDay());
    };
    m_context.push(new RecordCommand(m_context, notify,
                                     adding ? tr("Take desk duty") : tr("Leave desk duty"),
                                     adding ? RecordCommand::Action(remove) : add,
                                     adding ? RecordCommand::Action(add) : remove));
    m_message->clear();
    report(reloadDay());
}

void DeskPage::bookSlot(const QDateTime& startUtc) {
    if (m_me.id().isNull()) {
        say(tr("Choose who you are under Settings before booking."), true);
        return;
    }
    auto* dialog = new BookSlotDialog(m_desk, m_siteValue, startUtc, m_me.id(), this);
    QPointer<DeskPage> self(this);
    openDialog(dialog, [self](BookSlotDialog& d) {
        if (!self)
            return;
        Registry& registry = self->m_context.registry();
        const Appointment booked = d.booked();
        auto setDeleted = [&registry, booked](bool deleted) -> Status {
            auto stored = registry.record<Appointment>(booked.meta.id);
            if (!stored)
                return Status(stored.error());
            Appointment a = *stored;
            return registry.setDeleted(a, deleted);
        };
        auto notify = [self] {
            if (self)
                self->report(self->m_slots->reload());
        };
        self->m_context.push(new RecordCommand(
            self->m_context, notify,
            tr("Book desk time for %1").arg(self->m_names.value(booked.citizenId)),
            [setDeleted] { return setDeleted(true); }, [setDeleted] { return setDeleted(false); }));
        self->say(tr("%1 is booked at %2")
                      .arg(self->m_names.value(booked.citizenId), localHhmm(booked.startUtc)));
        self->report(self->m_slots->reload());
        self->m_slots->selectSlot(booked.startUtc);
    });
}

// --- Helpers ----------------------------------------------------------------------------------

void DeskPage::pushVisitChange(const QString& text, const DeskVisit& before,
                               const DeskVisit& after) {
    Registry& registry = m_context.registry();
    QPointer<DeskPage> self(this);
    auto notify = [self] {
        if (self)
            self->report(self->reloadDay());
    };
    m_context.push(new RecordCommand(
        m_context, notify, text,
        [&registry, before] { return DeskService(registry).restore(before); },
        [&registry, after] { return DeskService(registry).restore(after); }));
}

const DeskVisit* DeskPage::selectedVisit() const {
    const int row = m_queue->indexOfTopLevelItem(m_queue->currentItem());
    return row >= 0 && row < m_queueVisits.size() ? &m_queueVisits[row] : nullptr;
}

QString DeskPage::visitorName(const DeskVisit& visit) const {
    if (visit.isAnonymous())
        return tr("Anonymous");
    const QString name = m_names.value(visit.citizenId);
    return name.isEmpty() ? tr("(unknown citizen)") : name;
}

QString DeskPage::staffName(const QUuid& staffId) const {
    if (staffId.isNull())
        return {};
    auto s = m_context.registry().record<Staff>(staffId);
    return s ? s->initials : QString();
}

QDate DeskPage::today() const {
    return m_context.registry().clock().today();
}

void DeskPage::say(const QString& message, bool isError) {
    m_message->setText(message);
    m_message->setStyleSheet(isError ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void DeskPage::report(const Status& status) {
    if (!status)
        emit problem(status.message());
}

void DeskPage::showEvent(QShowEvent* event) {
    // Citizens and grants change on other pages: read them afresh, and run the clock.
    report(reload());
    m_tick->start();
    QWidget::showEvent(event);
}

void DeskPage::hideEvent(QHideEvent* event) {
    m_tick->stop();
    QWidget::hideEvent(event);
}

} // namespace bs

#include "MyDayPage.h"

#include "calendar/CalendarStyle.h"
#include "services/CalendarNames.h"
#include "services/DeskService.h"
#include "services/RotaService.h"
#include "services/Scheduler.h"
#include "undo/AppointmentCommands.h"
#include "widgets/WhoAmICombo.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bs {

namespace {

enum Column { TimeColumn, FormColumn, WhoColumn, PlaceColumn, OutcomeColumn, ColumnCount };

QLabel* heading(const QString& text, qreal scale) {
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

MyDayPage::MyDayPage(UndoContext& context, CurrentStaff& me, QWidget* parent)
    : QWidget(parent), m_context(context), m_me(me), m_title(heading({}, 1.4)),
      m_who(new WhoAmICombo(me)), m_phone(new QLabel), m_duties(new QLabel),
      m_desk(new QPushButton(tr("Open the counselling desk"))), m_empty(new QLabel),
      m_table(new QTableWidget(0, ColumnCount)), m_completed(new QPushButton(tr("&Completed"))),
      m_noShow(new QPushButton(tr("&No-show…"))),
      m_cancelled(new QPushButton(tr("Cancelled by c&itizen…"))),
      m_open(new QPushButton(tr("Open in ca&lendar"))), m_note(new QPushButton(tr("&Write note…"))),
      m_citizen(new QPushButton(tr("Open ci&tizen"))) {
    m_title->setObjectName(QStringLiteral("myDayTitle"));
    m_phone->setObjectName(QStringLiteral("onCallPhone"));
    m_duties->setObjectName(QStringLiteral("myDuties"));
    m_duties->setWordWrap(true);
    // Staff and site names are shown as written, never as markup.
    m_phone->setTextFormat(Qt::PlainText);
    m_duties->setTextFormat(Qt::PlainText);
    m_desk->setObjectName(QStringLiteral("openDesk"));
    m_empty->setObjectName(QStringLiteral("myDayEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_empty->setContentsMargins(0, 24, 0, 24);
    m_table->setObjectName(QStringLiteral("myDayTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Support form"), tr("Citizen or group"), tr("Place"), tr("Outcome")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhoColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PlaceColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_completed->setObjectName(QStringLiteral("markCompleted"));
    m_noShow->setObjectName(QStringLiteral("markNoShow"));
    m_cancelled->setObjectName(QStringLiteral("markCancelled"));

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MyDayPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { emit openAppointment(m_appointments.value(row).meta.id); });
    connect(m_completed, &QPushButton::clicked, this, [this] {
        const Status s = registerSelected(Outcome::Completed);
        if (!s)
            QMessageBox::warning(this, tr("Outcome"), s.message());
    });
    connect(m_noShow, &QPushButton::clicked, this, [this] { askAndRegister(Outcome::NoShow); });
    connect(m_cancelled, &QPushButton::clicked, this,
            [this] { askAndRegister(Outcome::CancelledByCitizen); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { emit openAppointment(m_appointments.value(m_table->currentRow()).meta.id); });
    connect(m_citizen, &QPushButton::clicked, this,
            [this] { emit openCitizen(m_appointments.value(m_table->currentRow()).citizenId); });
    connect(m_desk, &QPushButton::clicked, this, [this] { emit openDesk(m_deskSite); });
    connect(&m_me, &CurrentStaff::changed, this, [this] { emit problem(reload().message()); });
    connect(&m_context, &UndoContext::appointmentChanged, this, [this] {
        if (isVisible())
            emit problem(reload().message());
    });
    connect(m_who, &WhoAmICombo::problem, this, &MyDayPage::problem);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(new QLabel(tr("You are:")));
    top->addWidget(m_who);
    auto* dutyRow = new QHBoxLayout;
    dutyRow->addWidget(m_duties, 1);
    dutyRow->addWidget(m_desk);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_completed);
    buttons->addWidget(m_noShow);
    buttons->addWidget(m_cancelled);
    buttons->addStretch();
    buttons->addWidget(m_note);
    buttons->addWidget(m_citizen);
    buttons->addWidget(m_open);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_phone);
    layout->addLayout(dutyRow);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Today's appointments"), 1.1));
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addStretch(); // takes the room while the table is hidden
    layout->addLayout(buttons);
    updateButtons();
}

void MyDayPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    emit problem(m_who->reload().message());
    emit problem(reload().message());
}

Status MyDayPage::reload() {
    Registry& registry = m_context.registry();
    const QDate today = registry.clock().today();
    const QLocale locale;
    m_title->setText(tr("My day – %1").arg(locale.toString(today, QStringLiteral("dddd d. MMMM"))));

    RotaService rota(registry);
    auto phone = rota.onCallHolder(today);
    if (!phone)
        return Status(phone.error());
    auto names = CalendarNames::load(registry);
    if (!names)
        return Status(names.error());
    auto phoneHolder =
        phone->isNull() ? Result<Staff>::failure({}) : registry.record<Staff>(*phone);
    m_phone->setText(
        phoneHolder
            ? tr("On-call phone today: %1 (%2)").arg(phoneHolder->name, phoneHolder->initials)
            : tr("Nobody is down for the on-call phone today (see the rota)."));

    m_appointments.clear();
    m_table->setRowCount(0);
    const bool chosen = !m_me.id().isNull();
    m_table->setVisible(chosen);
    m_duties->setVisible(chosen);
    m_desk->setVisible(false);
    m_deskSite = {};
    if (!chosen) {
        m_empty->setText(tr("Choose who you are above to see your appointments and duties today. "
                            "The choice is remembered on this computer."));
        m_empty->show();
        updateButtons();
        return Status::success();
    }
    if (auto s = fillDuties(m_me.id(), today); !s)
        return s;

    Scheduler scheduler(registry);
    CalendarFilter mine;
    mine.staffId = m_me.id();
    auto found = scheduler.appointments(localToUtc(today, QTime(0, 0)),
                                        localToUtc(today.addDays(1), QTime(0, 0)), mine);
    if (!found)
        return Status(found.error());
    m_appointments = *found;
    m_empty->setText(tr("No appointments today."));
    m_empty->setVisible(m_appointments.isEmpty());
    m_table->setVisible(!m_appointments.isEmpty());
    m_table->setRowCount(int(m_appointments.size()));
    for (int row = 0; row < m_appointments.size(); ++row) {
        const Appointment& a = m_appointments[row];
        const QDateTime start = a.localStart();
        const QString who = a.form == SupportForm::Group ? names->groupName(a.groupId)
                                                         : names->citizenName(a.citizenId);
        QString outcome = label(a.outcome);
        if (!a.outcomeReason.isEmpty())
            outcome += QStringLiteral(": ") + a.outcomeReason;
        const QString texts[ColumnCount] = {
            QStringLiteral("%1–%2").arg(
                start.toString(QStringLiteral("HH:mm")),
                start.addSecs(qint64(a.durationMinutes) * 60).toString(QStringLiteral("HH:mm"))),
            label(a.form), who, names->location(a), outcome};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (c == FormColumn)
                item->setBackground(supportFormColor(a.form));
            if (a.isCancelled()) {
                QFont f = item->font();
                f.setStrikeOut(c != OutcomeColumn);
                item->setFont(f);
                item->setForeground(palette().placeholderText());
            }
            m_table->setItem(row, c, item);
        }
    }
    updateButtons();
    return Status::success();
}

Status MyDayPage::fillDuties(const QUuid& staffId, QDate today) {
    Registry& registry = m_context.registry();
    auto duties = RotaService(registry).dutiesOf(staffId, today);
    if (!duties)
        return Status(duties.error());
    QStringList lines;
    for (const RotaDuty& d : *duties) {
        if (d.role != RotaRole::Desk) {
            lines << label(d.role);
            continue;
        }
        auto site = registry.record<Site>(d.siteId);
        const QString name = site ? site->name : tr("(unknown site)");
        QStringList hours;
        if (site)
            for (const OpeningPeriod& p : site->openingHours)
                if (p.weekday == today.dayOfWeek())
                    hours << QStringLiteral("%1–%2").arg(p.from.toString(QStringLiteral("HH:mm")),
                                                         p.to.toString(QStringLiteral("HH:mm")));
        QString line =
            hours.isEmpty()
                ? tr("Counselling desk at %1").arg(name)
                : tr("Counselling desk at %1, %2").arg(name, hours.join(QStringLiteral(", ")));
        if (auto summary = DeskService(registry).summary(d.siteId, today); summary)
            line += QStringLiteral(" (") + tr("%n waiting", nullptr, summary->waiting) +
                    QStringLiteral(", ") + tr("%n visit(s) today", nullptr, summary->visits) +
                    QStringLiteral(")");
        lines << line;
        if (m_deskSite.isNull())
            m_deskSite = d.siteId;
    }
    m_duties->setText(lines.isEmpty()
                          ? tr("No duties on the rota today.")
                          : tr("Your duties today: %1").arg(lines.join(QStringLiteral("; "))));
    m_desk->setVisible(!m_deskSite.isNull());
    return Status::success();
}

void MyDayPage::updateButtons() {
    const int row = m_table->currentRow();
    const bool selected = m_table->isVisible() && row >= 0 && row < m_appointments.size() &&
                          !m_table->selectedItems().isEmpty();
    for (QPushButton* b : {m_completed, m_noShow, m_cancelled, m_open})
        b->setEnabled(selected);
    m_citizen->setEnabled(selected && !m_appointments[row].citizenId.isNull());
    m_note->setEnabled(selected && !m_appointments[row].citizenId.isNull());
}

Status MyDayPage::registerSelected(Outcome outcome, const QString& reason) {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_appointments.size())
        return Status::failure(tr("Select an appointment first"));
    const Appointment before = m_appointments[row];
    Appointment a = before;
    Scheduler scheduler(m_context.registry());
    if (auto s = scheduler.registerOutcome(a, outcome, reason, m_me.id()); !s)
        return s;
    m_context.push(appointmentChangedCommand(
        m_context, tr("Register %1").arg(label(outcome).toLower()), before, a));
    const Status s = reload();
    m_table->selectRow(row);
    return s;
}

void MyDayPage::askAndRegister(Outcome outcome) {
    const QStringList reasons =
        outcome == Outcome::NoShow
            ? QStringList{tr("Not at home"), tr("Forgot the appointment"),
                          tr("Did not answer the phone")}
            : QStringList{tr("Ill"), tr("Doctor's appointment"), tr("Did not have the energy")};
    bool ok = false;
    const QString reason =
        QInputDialog::getItem(this, label(outcome), tr("Reason:"), reasons, 0, true, &ok);
    if (!ok)
        return;
    const Status s = registerSelected(outcome, reason.trimmed());
    if (!s)
        QMessageBox::warning(this, tr("Outcome"), s.message());
}

} // namespace bs

#include "IndkoeringDialog.h"

#include "services/GroupSessions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace bs {

namespace {

QString staffText(const Staff& s) {
    return QStringLiteral("%1 (%2)").arg(s.name, s.initials);
}

} // namespace

IndkoeringDialog::IndkoeringDialog(Registry& registry, const SupportGroup& group, QWidget* parent)
    : QDialog(parent), m_registry(registry), m_group(group), m_citizen(new QComboBox),
      m_facilitator(new QComboBox), m_firstGroup(new QDateEdit), m_groupTime(new QTimeEdit),
      m_groupMinutes(new QSpinBox), m_visitStaff(new QComboBox), m_firstVisit(new QDateEdit),
      m_visitTime(new QTimeEdit), m_visitMinutes(new QSpinBox), m_weeks(new QSpinBox),
      m_error(new QLabel) {
    setWindowTitle(tr("Indkøring in %1").arg(group.name));
    m_citizen->setObjectName(QStringLiteral("indkoeringCitizen"));
    const QDate today = registry.clock().today();

    // The group's current members (the citizen joins the group before the indkøring).
    if (auto members = registry.groupMembers(group.meta.id))
        for (const GroupMember& m : *members)
            if (m.isActiveOn(today) || m.from > today)
                if (auto c = registry.citizen(m.citizenId);
                    c && m_citizen->findData(c->meta.id) < 0)
                    m_citizen->addItem(c->name, c->meta.id);
    auto staff = registry.staff();
    for (const QUuid& id : {group.facilitator1, group.facilitator2})
        if (!id.isNull())
            if (auto s = registry.record<Staff>(id); s && !s->meta.deleted)
                m_facilitator->addItem(staffText(*s), id);
    if (staff)
        for (const Staff& s : *staff)
            m_visitStaff->addItem(staffText(s), s.meta.id);

    // The group's weekly slot, if it has sessions planned; else next week at 10:00.
    QDate first = today.addDays(1);
    QTime groupTime(10, 0);
    int groupMinutes = 120;
    if (auto slot = GroupSessions(registry).weeklySlot(group.meta.id); slot && *slot) {
        first = today.addDays((*slot)->weekday - today.dayOfWeek());
        if (first <= today)
            first = first.addDays(7);
        groupTime = (*slot)->localStart;
        groupMinutes = (*slot)->durationMinutes;
        const int index = m_facilitator->findData((*slot)->staffId);
        if (index >= 0)
            m_facilitator->setCurrentIndex(index);
    }
    for (QDateEdit* d : {m_firstGroup, m_firstVisit})
        d->setCalendarPopup(true);
    m_firstGroup->setDate(first);
    m_firstVisit->setDate(first.addDays(7));
    m_groupTime->setTime(groupTime);
    m_visitTime->setTime(QTime(10, 0));
    for (QSpinBox* s : {m_groupMinutes, m_visitMinutes}) {
        s->setRange(15, 480);
        s->setSingleStep(15);
        s->setSuffix(tr(" min"));
    }
    m_groupMinutes->setValue(groupMinutes);
    m_visitMinutes->setValue(60);
    m_weeks->setRange(2, 52);
    m_weeks->setValue(8);
    m_weeks->setSuffix(tr(" weeks"));
    connect(m_citizen, &QComboBox::currentIndexChanged, this, &IndkoeringDialog::citizenChosen);
    citizenChosen();

    auto* explain = new QLabel(tr("Group sessions and individual visits in alternating weeks: a "
                                  "group week, then a week with a visit, and so on."));
    explain->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("indkoeringError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Citizen"), m_citizen);
    form->addRow(tr("First group session"), m_firstGroup);
    form->addRow(tr("Group time"), m_groupTime);
    form->addRow(tr("Group length"), m_groupMinutes);
    form->addRow(tr("Facilitator"), m_facilitator);
    form->addRow(tr("First individual visit"), m_firstVisit);
    form->addRow(tr("Visit time"), m_visitTime);
    form->addRow(tr("Visit length"), m_visitMinutes);
    form->addRow(tr("Visits by"), m_visitStaff);
    form->addRow(tr("In all"), m_weeks);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Book the indkøring"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_citizen->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &IndkoeringDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    if (m_citizen->count() == 0) {
        auto* none = new QLabel(tr("The group has no members yet. A citizen joins through a group "
                                   "support form on their record; then plan the indkøring here."));
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void IndkoeringDialog::citizenChosen() {
    // Individual visits by the contact person, by default.
    if (auto c = m_registry.citizen(m_citizen->currentData().toUuid()); c)
        if (const int index = m_visitStaff->findData(c->contactStaffId); index >= 0)
            m_visitStaff->setCurrentIndex(index);
}

Indkoering IndkoeringDialog::plan() const {
    Indkoering p;
    p.citizenId = m_citizen->currentData().toUuid();
    p.groupId = m_group.meta.id;
    p.groupStaffId = m_facilitator->currentData().toUuid();
    p.groupLocalStart = m_groupTime->time();
    p.groupDurationMinutes = m_groupMinutes->value();
    p.individualStaffId = m_visitStaff->currentData().toUuid();
    p.individualLocalStart = m_visitTime->time();
    p.individualDurationMinutes = m_visitMinutes->value();
    p.firstDate = m_firstGroup->date();
    p.firstIndividualDate = m_firstVisit->date();
    p.weeks = m_weeks->value();
    return p;
}

Result<QList<Appointment>> IndkoeringDialog::apply() {
    return Scheduler(m_registry).setUpIndkoering(plan());
}

void IndkoeringDialog::accept() {
    auto made = apply();
    if (!made) {
        m_error->setText(made.message());
        m_error->show();
        return;
    }
    int sessions = 0, visits = 0;
    for (const Appointment& a : *made)
        ++(a.form == SupportForm::Group ? sessions : visits);
    QMessageBox::information(this, windowTitle(),
                             tr("Booked for %1: %2 group sessions and %3 individual visits. They "
                                "are in the calendar.")
                                 .arg(m_citizen->currentText())
                                 .arg(sessions)
                                 .arg(visits));
    QDialog::accept();
}

} // namespace bs

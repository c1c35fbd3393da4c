#include "AppointmentDialog.h"

#include "Format.h"
#include "calendar/SearchableCombo.h"
#include "domain/Clock.h"
#include "widgets/Combos.h"
#include "widgets/OptionalDateEdit.h"

#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>

namespace bs {

namespace {

QHBoxLayout* row(QWidget* container) {
    auto* layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

AppointmentDialog::AppointmentDialog(Registry& registry, const Appointment& appointment,
                                     QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_scheduler(registry), m_before(appointment),
      m_appointment(appointment), m_form(new QComboBox), m_staff(new QComboBox),
      m_citizen(new QComboBox), m_group(new QComboBox), m_site(new QComboBox),
      m_place(new QLineEdit(appointment.place)), m_date(makeDateEdit({})), m_start(new QTimeEdit),
      m_duration(new QSpinBox), m_channel(new QComboBox), m_travelRow(new QWidget),
      m_travelMinutes(new QSpinBox), m_travelKm(new QDoubleSpinBox),
      m_topic(new QLineEdit(appointment.topic)),
      m_learningGoal(new QLineEdit(appointment.learningGoal)), m_subGoals(new QListWidget),
      m_outcome(new QLabel), m_warningLabel(new QLabel), m_checkTimer(new QTimer(this)) {
    const bool isNew = appointment.meta.isNew();
    setWindowTitle(isNew ? tr("New appointment") : tr("Edit appointment"));
    setMinimumWidth(520);
    QStringList problems;

    fillEnumCombo(m_form, appointment.form);

    m_staff->addItem(tr("(choose)"), QUuid());
    if (auto staff = registry.staff()) {
        for (const Staff& s : *staff)
            m_staff->addItem(QStringLiteral("%1 – %2").arg(s.initials, s.name), s.meta.id);
    } else {
        problems << staff.message();
    }
    makeSearchable(m_staff);
    selectId(m_staff, appointment.staffId);

    // Citizens who are not closed, and the appointment's own in any case.
    m_citizen->addItem(tr("(choose)"), QUuid());
    if (auto citizens = registry.citizens()) {
        QList<Citizen> list = *citizens;
        QCollator collator{QLocale(QLocale::Danish, QLocale::Denmark)};
        std::sort(list.begin(), list.end(), [&](const Citizen& a, const Citizen& b) {
            return collator.compare(a.name, b.name) < 0;
        });
        for (const Citizen& c : list)
            if (c.status != CitizenStatus::Closed || c.meta.id == appointment.citizenId)
                m_citizen->addItem(c.name, c.meta.id);
    } else {
        problems << citizens.message();
    }
    makeSearchable(m_citizen);
    selectId(m_citizen, appointment.citizenId);

    m_group->addItem(tr("(choose)"), QUuid());
    if (auto groups = registry.groups()) {
        for (const SupportGroup& g : *groups)
            m_group->addItem(g.name, g.meta.id);
    } else {
        problems << groups.message();
    }
    selectId(m_group, appointment.groupId);

    m_site->addItem(tr("(none)"), QUuid());
    if (auto sites = registry.sites()) {
        for (const Site& s : *sites)
            m_site->addItem(s.name, s.meta.id);
    } else {
        problems << sites.message();
    }
    selectId(m_site, appointment.siteId);

    m_place->setPlaceholderText(tr("e.g. at the citizen's home, the café at the library"));
    const QDateTime local = appointment.startUtc.isValid()
                                ? appointment.startUtc.toTimeZone(Clock::localZone())
                                : QDateTime(registry.clock().today(), QTime(9, 0));
    m_date->setDate(local.date());
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setTime(local.time());
    m_duration->setRange(5, 12 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(appointment.durationMinutes);
    auto* when = new QWidget;
    auto* whenLayout = row(when);
    whenLayout->addWidget(m_date);
    whenLayout->addWidget(new QLabel(tr("at")));
    whenLayout->addWidget(m_start);
    whenLayout->addWidget(new QLabel(tr("for")));
    whenLayout->addWidget(m_duration);
    whenLayout->addStretch();

    fillEnumCombo(m_channel, appointment.channel);
    m_travelMinutes->setRange(0, 600);
    m_travelMinutes->setSuffix(tr(" min"));
    m_travelMinutes->setValue(appointment.travelMinutes);
    m_travelMinutes->setObjectName(QStringLiteral("travel"));
    m_travelKm->setRange(0, 999.9);
    m_travelKm->setDecimals(1);
    m_travelKm->setSuffix(tr(" km"));
    m_travelKm->setValue(appointment.travelKm);
    m_travelKm->setObjectName(QStringLiteral("travelKm"));
    auto* travelLayout = row(m_travelRow);
    travelLayout->addWidget(m_travelMinutes);
    travelLayout->addWidget(m_travelKm);
    travelLayout->addWidget(new QLabel(tr("both ways")));
    travelLayout->addStretch();
    m_topic->setPlaceholderText(tr("What the meeting works on"));
    m_learningGoal->setPlaceholderText(tr("What the participants should take home"));
    m_subGoals->setObjectName(QStringLiteral("subGoals"));
    m_subGoals->setMaximumHeight(110);

    addField(QStringLiteral("form"), tr("Support &form"), m_form);
    addField(QStringLiteral("staff"), tr("&Staff"), m_staff);
    addField(QStringLiteral("citizen"), tr("&Citizen"), m_citizen);
    addField(QStringLiteral("group"), tr("&Group"), m_group);
    addField(QStringLiteral("site"), tr("S&ite"), m_site);
    addField(QStringLiteral("place"), tr("&Place"), m_place);
    addField(QStringLiteral("when"), tr("&Date"), when);
    m_date->setObjectName(QStringLiteral("date"));
    m_start->setObjectName(QStringLiteral("start"));
    m_duration->setObjectName(QStringLiteral("duration"));
    linkField(QStringLiteral("start"), m_start);
    linkField(QStringLiteral("firstDate"), m_date);
    linkField(QStringLiteral("duration"), m_duration);
    addField(QStringLiteral("channel"), tr("C&hannel"), m_channel);
    addField(QStringLiteral("travelRow"), tr("&Travel"), m_travelRow);
    linkField(QStringLiteral("travel"), m_travelMinutes);
    addField(QStringLiteral("topic"), tr("T&opic"), m_topic);
    addField(QStringLiteral("learningGoal"), tr("&Learning goal"), m_learningGoal);
    addField(QStringLiteral("subGoals"), tr("Works on &delmål"), m_subGoals);

    if (isNew) {
        m_repeatRow = new QWidget;
        m_repeat = new QComboBox;
        m_repeat->setObjectName(QStringLiteral("repeat"));
        m_repeat->addItem(tr("Does not repeat"), int(Repeat::None));
        m_repeat->addItem(tr("Every week"), int(Repeat::Weekly));
        m_repeat->addItem(tr("Every other week"), int(Repeat::EveryOtherWeek));
        m_repeat->addItem(tr("Every N weeks"), int(Repeat::EveryNWeeks));
        m_interval = new QSpinBox;
        m_interval->setObjectName(QStringLiteral("interval"));
        m_interval->setRange(1, 52);
        m_interval->setValue(3);
        m_interval->setPrefix(tr("every "));
        m_interval->setSuffix(tr(" weeks"));
        auto* repeatLayout = row(m_repeatRow);
        repeatLayout->addWidget(m_repeat);
        repeatLayout->addWidget(m_interval);
        repeatLayout->addStretch();
        m_endRow = new QWidget;
        m_endKind = new QComboBox;
        m_endKind->setObjectName(QStringLiteral("endKind"));
        m_endKind->addItem(tr("until"));
        m_endKind->addItem(tr("number of times"));
        m_until = makeDateEdit(local.date().addMonths(3));
        m_until->setObjectName(QStringLiteral("until"));
        m_count = new QSpinBox;
        m_count->setObjectName(QStringLiteral("count"));
        m_count->setRange(1, AppointmentSeries::kMaxOccurrences);
        m_count->setValue(10);
        auto* endLayout = row(m_endRow);
        endLayout->addWidget(m_endKind);
        endLayout->addWidget(m_until);
        endLayout->addWidget(m_count);
        endLayout->addStretch();
        addField(QStringLiteral("repeatRow"), tr("&Repeat"), m_repeatRow);
        addField(QStringLiteral("endRow"), tr("&Ends"), m_endRow);
        linkField(QStringLiteral("interval"), m_interval);
        linkField(QStringLiteral("until"), m_until);
        linkField(QStringLiteral("count"), m_count);
        connect(m_repeat, &QComboBox::currentIndexChanged, this, &AppointmentDialog::repeatChanged);
        connect(m_endKind, &QComboBox::currentIndexChanged, this,
                &AppointmentDialog::repeatChanged);
    } else if (!appointment.seriesId.isNull()) {
        m_applyTo = new QComboBox;
        m_applyTo->addItem(tr("Only this appointment"));
        m_applyTo->addItem(tr("This and all following (time, length, staff and place)"));
        addField(QStringLiteral("applyTo"), tr("Change &applies to"), m_applyTo);
    }

    if (appointment.outcome != Outcome::Planned) {
        QString text = label(appointment.outcome);
        if (!appointment.outcomeReason.isEmpty())
            text += QStringLiteral(": ") + appointment.outcomeReason;
        m_outcome->setText(text);
        m_outcome->setObjectName(QStringLiteral("outcome"));
        form()->addRow(tr("Outcome"), m_outcome);
    }

    m_warningLabel->setObjectName(QStringLiteral("warningsLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setTextFormat(Qt::PlainText);
    m_warningLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #4a3800; border: 1px solid #e0b400; "
                       "border-radius: 3px; padding: 6px; }"));
    m_warningLabel->hide();
    form()->addRow(m_warningLabel);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, [this] { refreshWarnings(); });
    connect(m_form, &QComboBox::currentIndexChanged, this, &AppointmentDialog::formChanged);
    connect(m_citizen, &QComboBox::currentIndexChanged, this, &AppointmentDialog::citizenChanged);
    connect(m_group, &QComboBox::currentIndexChanged, this, &AppointmentDialog::groupChanged);
    for (QComboBox* c : {m_staff, m_site, m_channel})
        connect(c, &QComboBox::currentIndexChanged, this, &AppointmentDialog::scheduleCheck);
    connect(m_place, &QLineEdit::textChanged, this, &AppointmentDialog::scheduleCheck);
    connect(m_date, &QDateEdit::dateChanged, this, &AppointmentDialog::scheduleCheck);
    connect(m_start, &QTimeEdit::timeChanged, this, &AppointmentDialog::scheduleCheck);
    connect(m_duration, &QSpinBox::valueChanged, this, &AppointmentDialog::scheduleCheck);
    connect(m_travelMinutes, &QSpinBox::valueChanged, this, &AppointmentDialog::scheduleCheck);

    reloadSubGoals();
    formChanged();
    repeatChanged();
    if (!problems.isEmpty())
        showProblem(problems.join(QLatin1Char('\n')));
    refreshWarnings();
    (supportForm() == SupportForm::Group ? m_group : m_citizen)->setFocus();
}

SupportForm AppointmentDialog::supportForm() const {
    return enumValue<SupportForm>(m_form);
}

void AppointmentDialog::formChanged() {
    const SupportForm f = supportForm();
    const bool group = f == SupportForm::Group;
    QFormLayout* fl = RecordDialog::form();
    fl->setRowVisible(m_citizen, !group);
    fl->setRowVisible(m_group, group);
    fl->setRowVisible(m_topic, group);
    fl->setRowVisible(m_learningGoal, group);
    fl->setRowVisible(m_subGoals, !group);
    fl->setRowVisible(m_channel, f == SupportForm::Virtual);
    fl->setRowVisible(m_travelRow, f == SupportForm::Individual);
    if (group)
        groupChanged();
    scheduleCheck();
}

void AppointmentDialog::citizenChanged() {
    reloadSubGoals();
    // A virtual session takes the citizen's preferred channel.
    if (supportForm() == SupportForm::Virtual && m_before.meta.isNew())
        if (auto c = m_registry.citizen(searchableId(m_citizen)))
            m_channel->setCurrentIndex(m_channel->findData(int(c->virtualContact)));
    scheduleCheck();
}

void AppointmentDialog::groupChanged() {
    // A group meets at its site unless another is chosen.
    if (idValue(m_site).isNull())
        if (auto g = m_registry.record<SupportGroup>(idValue(m_group)))
            selectId(m_site, g->siteId);
    scheduleCheck();
}

void AppointmentDialog::repeatChanged() {
    if (!m_repeat)
        return;
    const auto repeat = static_cast<Repeat>(m_repeat->currentData().toInt());
    m_interval->setVisible(repeat == Repeat::EveryNWeeks);
    RecordDialog::form()->setRowVisible(m_endRow, repeat != Repeat::None);
    m_until->setVisible(m_endKind->currentIndex() == 0);
    m_count->setVisible(m_endKind->currentIndex() == 1);
}

void AppointmentDialog::reloadSubGoals() {
    m_subGoals->clear();
    const QUuid citizenId = searchableId(m_citizen);
    if (citizenId.isNull()) {
        auto* item = new QListWidgetItem(tr("Choose a citizen to see their delmål"));
        item->setFlags(Qt::NoItemFlags);
        m_subGoals->addItem(item);
        return;
    }
    auto goals = m_registry.goals(citizenId);
    if (!goals) {
        showProblem(goals.message());
        return;
    }
    for (const Goal& g : *goals) {
        auto subs = m_registry.subGoals(g.meta.id);
        if (!subs) {
            showProblem(subs.message());
            continue;
        }
        for (const SubGoal& s : *subs) {
            const bool linked = m_before.subGoalIds.contains(s.meta.id);
            if (s.status != GoalStatus::Active && !linked)
                continue;
            auto* item = new QListWidgetItem(s.criterion);
            item->setData(Qt::UserRole, s.meta.id);
            item->setToolTip(g.description);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
            m_subGoals->addItem(item);
        }
    }
    if (m_subGoals->count() == 0) {
        auto* item = new QListWidgetItem(tr("The citizen has no active delmål"));
        item->setFlags(Qt::NoItemFlags);
        m_subGoals->addItem(item);
    }
}

void AppointmentDialog::scheduleCheck() {
    m_checkTimer->start();
}

Appointment AppointmentDialog::build() const {
    Appointment a = m_before;
    a.form = supportForm();
    const bool group = a.form == SupportForm::Group;
    a.staffId = searchableId(m_staff);
    a.citizenId = group ? QUuid() : searchableId(m_citizen);
    a.groupId = group ? idValue(m_group) : QUuid();
    a.siteId = idValue(m_site);
    a.place = m_place->text().trimmed();
    a.startUtc = localToUtc(m_date->date(), m_start->time());
    a.durationMinutes = m_duration->value();
    a.channel = enumValue<ContactPreference>(m_channel);
    a.travelMinutes = a.form == SupportForm::Individual ? m_travelMinutes->value() : 0;
    a.travelKm = a.form == SupportForm::Individual ? m_travelKm->value() : 0;
    a.topic = group ? m_topic->text().trimmed() : QString();
    a.learningGoal = group ? m_learningGoal->text().trimmed() : QString();
    a.subGoalIds.clear();
    if (!group)
        for (int i = 0; i < m_subGoals->count(); ++i)
            if (const QListWidgetItem* item = m_subGoals->item(i);
                item->checkState() == Qt::Checked)
                a.subGoalIds << item->data(Qt::UserRole).toUuid();
    return a;
}

QString AppointmentDialog::refreshWarnings() {
    m_checkTimer->stop();
    const Appointment a = build();
    QString text;
    if (!a.staffId.isNull() && !(a.citizenId.isNull() && a.groupId.isNull())) {
        if (auto warnings = m_scheduler.check(a)) {
            QStringList lines;
            for (const CalendarWarning& w : *warnings)
                lines << QStringLiteral("• ") + w.message;
            if (!lines.isEmpty())
                text = tr("Check before saving (you can still save):") + QLatin1Char('\n') +
                       lines.join(QLatin1Char('\n'));
        } else {
            text = warnings.message();
        }
    }
    m_warningLabel->setText(text);
    m_warningLabel->setVisible(!text.isEmpty());
    return text;
}

Status AppointmentDialog::save() {
    Appointment a = build();
    if (m_repeat && static_cast<Repeat>(m_repeat->currentData().toInt()) != Repeat::None)
        return saveSeries(a);
    if (a.meta.isNew()) {
        auto warnings = m_scheduler.book(a);
        if (!warnings)
            return Status(warnings.error());
        m_warnings = *warnings;
        m_saved = Saved::Booked;
    } else if (m_applyTo && m_applyTo->currentIndex() == 1) {
        if (Status s = m_scheduler.changeFollowing(a); !s)
            return s;
        auto stored = m_registry.record<Appointment>(a.meta.id);
        if (stored) {
            a = *stored;
            if (auto warnings = m_scheduler.check(a))
                m_warnings = *warnings;
        }
        m_saved = Saved::ChangedFollowing;
    } else {
        auto warnings = m_scheduler.changeOne(a);
        if (!warnings)
            return Status(warnings.error());
        m_warnings = *warnings;
        m_saved = Saved::Changed;
    }
    m_appointment = a;
    return Status::success();
}

Status AppointmentDialog::saveSeries(const Appointment& occurrence) {
    AppointmentSeries s;
    s.form = occurrence.form;
    s.staffId = occurrence.staffId;
    s.citizenId = occurrence.citizenId;
    s.groupId = occurrence.groupId;
    s.siteId = occurrence.siteId;
    s.place = occurrence.place;
    s.firstDate = m_date->date();
    s.localStart = m_start->time();
    s.durationMinutes = occurrence.durationMinutes;
    switch (static_cast<Repeat>(m_repeat->currentData().toInt())) {
    case Repeat::EveryOtherWeek:
        s.intervalWeeks = 2;
        break;
    case Repeat::EveryNWeeks:
        s.intervalWeeks = m_interval->value();
        break;
    default:
        s.intervalWeeks = 1;
        break;
    }
    if (m_endKind->currentIndex() == 0)
        s.until = m_until->date();
    else
        s.count = m_count->value();
    auto made = m_scheduler.createSeries(s, occurrence);
    if (!made)
        return Status(made.error());
    m_series = *made;
    // The warnings of every occurrence, each said once.
    QStringList seen;
    for (const Appointment& a : m_series)
        if (auto warnings = m_scheduler.check(a))
            for (const CalendarWarning& w : *warnings)
                if (!seen.contains(w.message)) {
                    seen << w.message;
                    m_warnings << w;
                }
    m_appointment = m_series.isEmpty() ? occurrence : m_series.first();
    m_saved = Saved::SeriesCreated;
    return Status::success();
}

} // namespace bs

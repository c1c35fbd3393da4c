#include "AttendanceDialog.h"

#include "widgets/Combos.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>

namespace bs {

namespace {
QLabel* plain(const QString& text) {
    auto* l = new QLabel(text);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}
} // namespace

AttendanceDialog::AttendanceDialog(Registry& registry, const QUuid& appointmentId,
                                   const QUuid& staffId, QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_appointmentId(appointmentId),
      m_staffId(staffId), m_note(new QPlainTextEdit) {
    setWindowTitle(tr("Attendance and group note"));
    setMinimumWidth(720);
    m_note->setObjectName(QStringLiteral("groupNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What the group worked on, how it went – the same text goes "
                                  "into every present member's record"));
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 5);

    GroupSessions sessions(registry);
    auto reg = sessions.attendanceRegister(appointmentId);
    if (!reg) {
        showProblem(reg.message());
        buttons()->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    const Appointment& a = reg->session;
    const QDateTime local = a.localStart();
    QString when =
        QLocale().toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ") +
        local.time().toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
        a.endUtc().toTimeZone(Clock::localZone()).time().toString(QStringLiteral("HH:mm"));
    auto* title = plain(reg->group.name);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    title->setObjectName(QStringLiteral("sessionTitle"));
    form()->addRow(title);
    form()->addRow(tr("When"), plain(when));
    form()->addRow(tr("Topic"), plain(a.topic.isEmpty() ? tr("(no topic)") : a.topic));
    form()->addRow(tr("Learning goal"),
                   plain(a.learningGoal.isEmpty() ? tr("(no learning goal)") : a.learningGoal));

    auto note = sessions.sessionNote(appointmentId);
    if (note && note->note)
        m_note->setPlainText(note->note->text);
    m_locked = note && note->locked;

    // The register: one row per member.
    auto* grid = new QWidget;
    auto* layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Member</b>")), 0, 0);
    layout->addWidget(new QLabel(tr("<b>Attendance</b> (1, 2, 3)")), 0, 1);
    layout->addWidget(new QLabel(tr("<b>Reason</b>")), 0, 2);
    layout->addWidget(new QLabel(tr("<b>Personal addition</b>")), 0, 3);
    int r = 1;
    for (const RegisterLine& line : std::as_const(reg->lines)) {
        Row row{line.citizenId, new QComboBox, new QLineEdit(line.attendance.reason),
                new QLineEdit(note ? note->personal.value(line.citizenId) : QString())};
        fillEnumCombo(row.status, line.attendance.status);
        row.status->setObjectName(QStringLiteral("status%1").arg(r));
        row.status->setToolTip(tr("1 Present, 2 Absent, 3 Sent apologies"));
        row.status->installEventFilter(this);
        row.reason->setObjectName(QStringLiteral("reason%1").arg(r));
        row.reason->setPlaceholderText(tr("e.g. ill"));
        row.personal->setObjectName(QStringLiteral("personal%1").arg(r));
        row.personal->setPlaceholderText(tr("Only in %1's record").arg(line.name));
        auto* name = plain(line.name + (line.registered ? QString() : tr(" (not registered yet)")));
        name->setBuddy(row.status);
        layout->addWidget(name, r, 0);
        layout->addWidget(row.status, r, 1);
        layout->addWidget(row.reason, r, 2);
        layout->addWidget(row.personal, r, 3);
        m_rows.append(row);
        const Row copy = row;
        connect(row.status, &QComboBox::currentIndexChanged, this,
                [this, copy] { updateRow(copy); });
        updateRow(row);
        ++r;
    }
    layout->setColumnStretch(2, 1);
    layout->setColumnStretch(3, 2);
    if (m_rows.isEmpty())
        layout->addWidget(plain(tr("The group had no members on this day.")), 1, 0, 1, 4);
    auto* scroll = new QScrollArea;
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(std::min(int(m_rows.size()) + 1, 8) * 34);
    addField(QStringLiteral("attendance"), tr("&Register"), scroll);
    addField(QStringLiteral("text"), tr("Group &note"), m_note);
    linkField(QStringLiteral("author"), m_note);

    QStringList problems;
    if (m_locked) {
        m_note->setReadOnly(true);
        for (const Row& row : std::as_const(m_rows))
            row.personal->setReadOnly(true);
        problems << tr("The note was written more than %1 hours ago and is locked; attendance can "
                       "still be corrected.")
                        .arg(GroupSessions::kNoteEditHours);
    }
    if (staffId.isNull()) {
        problems << tr("Choose who you are under Settings before registering attendance.");
        buttons()->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    if (a.startUtc > registry.clock().nowUtc()) {
        problems << tr("The session has not started yet: attendance is registered afterwards.");
        buttons()->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    if (!problems.isEmpty())
        showProblem(problems.join(QLatin1Char('\n')));
    m_loaded = true;
    if (!m_rows.isEmpty())
        m_rows.first().status->setFocus();
}

void AttendanceDialog::updateRow(const Row& row) {
    const bool present = enumValue<AttendanceStatus>(row.status) == AttendanceStatus::Present;
    row.reason->setEnabled(!present);
    row.personal->setEnabled(present);
}

bool AttendanceDialog::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress)
        for (const Row& row : std::as_const(m_rows))
            if (watched == row.status) {
                const int key = static_cast<QKeyEvent*>(event)->key();
                if (key >= Qt::Key_1 && key <= Qt::Key_3) {
                    row.status->setCurrentIndex(key - Qt::Key_1);
                    return true;
                }
            }
    return RecordDialog::eventFilter(watched, event);
}

Status AttendanceDialog::save() {
    if (!m_loaded)
        return Status::failure(tr("The session could not be read"));
    if (m_staffId.isNull())
        return Status::failure(
            tr("Choose who you are under Settings before registering attendance."),
            QStringLiteral("attendance"));
    QList<Attendance> attendance;
    QHash<QUuid, QString> personal;
    for (const Row& row : std::as_const(m_rows)) {
        Attendance at;
        at.appointmentId = m_appointmentId;
        at.citizenId = row.citizenId;
        at.status = enumValue<AttendanceStatus>(row.status);
        at.reason = row.reason->text();
        attendance << at;
        if (at.status == AttendanceStatus::Present && !row.personal->text().trimmed().isEmpty())
            personal.insert(row.citizenId, row.personal->text());
    }
    const QString note = m_locked ? QString() : m_note->toPlainText();
    return GroupSessions(m_registry)
        .saveAttendanceAndNote(m_appointmentId, attendance, m_staffId, note, personal);
}

} // namespace bs

#include "NoteEditorDialog.h"

#include "CurrentStaff.h"
#include "settings/DatabaseLocation.h"
#include "widgets/Combos.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace bs {

namespace {

QString localText(const QDateTime& utc) {
    return QLocale().toString(utc.toTimeZone(Clock::localZone()), QLocale::ShortFormat);
}

QString staffText(Registry& registry, const QUuid& id) {
    auto s = registry.record<Staff>(id);
    return s ? QStringLiteral("%1 (%2)").arg(s->name, s->initials) : QString();
}

// Tells the user why an editor could not open, without blocking.
void tell(QWidget* parent, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Information, NoteEditorDialog::tr("Journal note"),
                                message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

NoteEditorDialog* openEditor(UndoContext& context, CurrentStaff& me, const NoteRequest& request,
                             QWidget* parent) {
    auto* dialog = new NoteEditorDialog(context, me, request, parent);
    if (!dialog->errorText().isEmpty() && dialog->note().citizenId.isNull()) {
        tell(parent, dialog->errorText());
        delete dialog;
        return nullptr;
    }
    openDialog(static_cast<QDialog*>(dialog));
    return dialog;
}

} // namespace

NoteEditorDialog::NoteEditorDialog(UndoContext& context, CurrentStaff& me,
                                   const NoteRequest& request, QWidget* parent)
    : RecordDialog(parent), m_context(context), m_me(me), m_journal(context.registry()),
      m_header(new QLabel), m_draftBanner(new QLabel),
      m_discardDraft(new QPushButton(tr("&Discard draft"))), m_who(new QLabel),
      m_form(new QComboBox), m_template(new QComboBox), m_text(new QPlainTextEdit),
      m_goalsBox(new QWidget), m_goalsLayout(new QVBoxLayout),
      m_noGoals(new QLabel(tr("The citizen has no active delmål. Goals are set up on the "
                              "citizen's Goals tab."))),
      m_saveSign(new QPushButton(tr("Save and si&gn"))),
      m_addendum(new QPushButton(tr("Write &addendum…"))), m_draftTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("noteEditor"));
    setWindowTitle(tr("Journal note"));
    resize(760, 640);

    m_header->setObjectName(QStringLiteral("noteHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    m_draftBanner->setWordWrap(true);
    m_discardDraft->setObjectName(QStringLiteral("discardDraft"));
    auto* draftRow = new QWidget;
    draftRow->setObjectName(QStringLiteral("draftRow"));
    draftRow->setStyleSheet(QStringLiteral("#draftRow { background: #fff4ce; }"));
    auto* draftLayout = new QHBoxLayout(draftRow);
    draftLayout->addWidget(m_draftBanner, 1);
    draftLayout->addWidget(m_discardDraft);
    draftRow->hide();
    m_who->setObjectName(QStringLiteral("noteWho"));
    m_who->setTextFormat(Qt::PlainText);
    m_who->setWordWrap(true);
    m_who->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_who->hide();

    auto* top = qobject_cast<QVBoxLayout*>(layout());
    top->insertWidget(0, m_header);
    top->insertWidget(1, draftRow);
    top->insertWidget(2, m_who);

    fillEnumCombo(m_form, SupportForm::Individual);
    m_template->setObjectName(QStringLiteral("noteTemplate"));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What happened, what did the citizen do, what was agreed?"));
    m_text->setMinimumHeight(220);
    addField(QStringLiteral("form"), tr("Support &form"), m_form);
    addField(QStringLiteral("template"), tr("&Template"), m_template);
    addField(QStringLiteral("text"), tr("&Note"), m_text);

    m_noGoals->setObjectName(QStringLiteral("noGoals"));
    m_noGoals->setWordWrap(true);
    m_goalsLayout->setContentsMargins(0, 0, 0, 0);
    m_goalsLayout->addWidget(m_noGoals);
    m_goalsBox->setLayout(m_goalsLayout);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("subGoals"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_goalsBox);
    scroll->setMinimumHeight(120);
    addField(QStringLiteral("subGoals"), tr("Delmål"), scroll);

    QPushButton* saveButton = buttons()->button(QDialogButtonBox::Save);
    saveButton->setToolTip(tr("Save (Ctrl+S or Ctrl+Enter)"));
    buttons()->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    buttons()
        ->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close; what you have written is kept as a draft"));
    m_saveSign->setObjectName(QStringLiteral("saveAndSign"));
    m_saveSign->setToolTip(tr("Save and sign: the note is locked at once (Ctrl+Shift+S)"));
    m_addendum->setObjectName(QStringLiteral("writeAddendum"));
    buttons()->addButton(m_saveSign, QDialogButtonBox::ActionRole);
    buttons()->addButton(m_addendum, QDialogButtonBox::ActionRole);
    m_addendum->hide(); // after adding: the button box shows what it is given
    connect(m_saveSign, &QPushButton::clicked, this, &NoteEditorDialog::saveAndSign);
    connect(m_addendum, &QPushButton::clicked, this, &NoteEditorDialog::writeAddendum);
    connect(m_discardDraft, &QPushButton::clicked, this, &NoteEditorDialog::discardDraft);

    for (const QKeySequence& keys :
         {QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_Return),
          QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (!m_readOnly)
                accept();
        });
    }
    auto* signShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    connect(signShortcut, &QShortcut::activated, this, [this] {
        if (!m_readOnly && m_saveSign->isVisible() && m_saveSign->isEnabled())
            saveAndSign();
    });

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &NoteEditorDialog::keepDraft);
    connect(m_text, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_form, &QComboBox::currentIndexChanged, this, [this] {
        fillTemplates();
        m_draftTimer->start();
    });
    connect(m_template, &QComboBox::activated, this, &NoteEditorDialog::applyTemplate);

    if (Status s = load(request); !s) {
        showProblem(s.message());
        setReadOnly();
        m_addendum->hide();
        return;
    }
    if (!m_readOnly) {
        restoreDraft();
        if (auto who = m_me.staff(); !who) {
            m_who->setText(
                tr("%1 to save the note. What you write is kept as a draft.").arg(who.message()));
            m_who->show();
            saveButton->setEnabled(false);
            m_saveSign->setEnabled(false);
        } else if (!m_note.meta.isNew() && m_note.authorId != m_me.id()) {
            m_saveSign->setEnabled(false);
            m_saveSign->setToolTip(tr("Only the note's author can sign it"));
        }
    }
    m_text->setFocus(Qt::OtherFocusReason);
    m_text->moveCursor(QTextCursor::End);
}

NoteEditorDialog::~NoteEditorDialog() = default;

// --- Opening ------------------------------------------------------------------------------------

NoteEditorDialog* NoteEditorDialog::openForAppointment(UndoContext& context, CurrentStaff& me,
                                                       const QUuid& appointmentId,
                                                       QWidget* parent) {
    Registry& registry = context.registry();
    auto a = registry.existing<Appointment>(appointmentId, tr("The appointment no longer exists."),
                                            QString());
    if (!a) {
        tell(parent, a.message());
        return nullptr;
    }
    if (a->citizenId.isNull()) {
        tell(parent, tr("A group session is documented in its attendance register (Groups ▸ "
                        "Sessions ▸ Attendance and note), which writes the note into each "
                        "present member's journal."));
        return nullptr;
    }
    JournalService journal(registry);
    if (auto notes = journal.notes(a->citizenId); notes)
        for (const JournalNote& n : std::as_const(*notes))
            if (n.appointmentId == appointmentId && n.kind == NoteKind::Note)
                return openEditor(context, me, NoteRequest{{}, {}, n.meta.id, {}}, parent);
    return openEditor(context, me, NoteRequest{a->citizenId, appointmentId, {}, {}}, parent);
}

NoteEditorDialog* NoteEditorDialog::openForCitizen(UndoContext& context, CurrentStaff& me,
                                                   const QUuid& citizenId, QWidget* parent) {
    return openEditor(context, me, NoteRequest{citizenId, {}, {}, {}}, parent);
}

NoteEditorDialog* NoteEditorDialog::openNote(UndoContext& context, CurrentStaff& me,
                                             const QUuid& noteId, QWidget* parent) {
    return openEditor(context, me, NoteRequest{{}, {}, noteId, {}}, parent);
}

NoteEditorDialog* NoteEditorDialog::openAddendum(UndoContext& context, CurrentStaff& me,
                                                 const QUuid& lockedNoteId, QWidget* parent) {
    return openEditor(context, me, NoteRequest{{}, {}, {}, lockedNoteId}, parent);
}

// --- Loading ------------------------------------------------------------------------------------

Status NoteEditorDialog::load(const NoteRequest& request) {
    Registry& registry = m_context.registry();
    QList<GoalAssessment> given;
    QString context;
    if (!request.noteId.isNull()) {
        auto n = m_journal.note(request.noteId);
        if (!n)
            return Status(n.error());
        m_note = *n;
        auto a = m_journal.assessments(m_note.meta.id);
        if (!a)
            return Status(a.error());
        given = *a;
        context = tr("%1 written %2 by %3")
                      .arg(label(m_note.kind), localText(m_note.writtenUtc),
                           staffText(registry, m_note.authorId));
    } else if (!request.addendumTo.isNull()) {
        auto target = m_journal.note(request.addendumTo);
        if (!target)
            return Status(target.error());
        m_note.citizenId = target->citizenId;
        m_note.form = target->form;
        m_note.kind = NoteKind::Addendum;
        m_note.addendumTo = target->meta.id;
        m_note.subGoalIds = target->subGoalIds;
        context = tr("Addendum to the note written %1 by %2")
                      .arg(localText(target->writtenUtc), staffText(registry, target->authorId));
    } else {
        m_note.citizenId = request.citizenId;
        if (!request.appointmentId.isNull()) {
            auto a = registry.existing<Appointment>(
                request.appointmentId, tr("The appointment no longer exists."), QString());
            if (!a)
                return Status(a.error());
            m_note.appointmentId = a->meta.id;
            m_note.citizenId = a->citizenId;
            m_note.form = a->form;
            m_note.subGoalIds = a->subGoalIds;
            context = tr("%1 on %2").arg(label(a->form), localText(a->startUtc));
        }
    }
    auto citizen = registry.existing<Citizen>(
        m_note.citizenId, tr("Choose a citizen to write a note for."), QString());
    if (!citizen) {
        m_note.citizenId = {};
        return Status(citizen.error());
    }
    m_header->setText(context.isEmpty() ? citizen->name
                                        : QStringLiteral("%1 · %2").arg(citizen->name, context));
    m_form->setCurrentIndex(m_form->findData(int(m_note.form)));
    fillTemplates();
    m_text->setPlainText(m_note.fullText());
    m_originalText = m_text->toPlainText();

    if (m_note.kind == NoteKind::Addendum && m_note.meta.isNew()) {
        // An addendum corrects in words; its delmål are the corrected note's.
        form()->setRowVisible(findChild<QScrollArea*>(QStringLiteral("subGoals")), false);
    } else {
        auto subGoals = m_journal.activeSubGoals(m_note.citizenId);
        if (!subGoals)
            return Status(subGoals.error());
        QList<SubGoal> shown = *subGoals;
        for (const QUuid& id : std::as_const(m_note.subGoalIds)) {
            const bool listed = std::any_of(shown.begin(), shown.end(),
                                            [&](const SubGoal& s) { return s.meta.id == id; });
            if (!listed)
                if (auto sg = registry.record<SubGoal>(id))
                    shown.append(*sg);
        }
        buildGoalRows(shown, given);
    }
    if (m_journal.isLocked(m_note) || m_note.kind == NoteKind::Group)
        setReadOnly();
    return Status::success();
}

void NoteEditorDialog::buildGoalRows(const QList<SubGoal>& subGoals,
                                     const QList<GoalAssessment>& given) {
    Registry& registry = m_context.registry();
    m_noGoals->setVisible(subGoals.isEmpty());
    if (subGoals.isEmpty())
        return;
    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    grid->addWidget(new QLabel(tr("<i>Linked to the note</i>")), 0, 0);
    grid->addWidget(new QLabel(tr("<i>Progress</i>")), 0, 1);
    grid->addWidget(new QLabel(tr("<i>New level</i>")), 0, 2);
    int line = 1;
    for (const SubGoal& sg : subGoals) {
        GoalRow row;
        row.subGoalId = sg.meta.id;
        auto goal = registry.record<Goal>(sg.goalId);
        row.levelApplies = goal && levelApplies(goal->theme);
        row.linked = new QCheckBox(sg.criterion);
        row.linked->setObjectName(QStringLiteral("subGoal-%1").arg(line));
        if (goal)
            row.linked->setToolTip(
                QStringLiteral("%1: %2").arg(label(goal->theme), goal->description));
        row.linked->setChecked(m_note.subGoalIds.contains(sg.meta.id));
        row.progress = new QComboBox;
        row.progress->setObjectName(QStringLiteral("progress-%1").arg(line));
        row.progress->addItem(tr("— not assessed"), -1);
        for (const Progress p : allValues<Progress>())
            row.progress->addItem(label(p), int(p));
        row.level = new QComboBox;
        row.level->setObjectName(QStringLiteral("level-%1").arg(line));
        for (const FunctionLevel l : allValues<FunctionLevel>())
            row.level->addItem(l == FunctionLevel::NotAssessed ? tr("— unchanged") : label(l),
                               int(l));
        row.level->setEnabled(row.levelApplies);
        row.level->setToolTip(
            row.levelApplies
                ? (goal ? tr("Current level: %1").arg(label(goal->currentLevel)) : QString())
                : tr("This theme has no funktionsevneniveau"));
        for (const GoalAssessment& a : given)
            if (a.subGoalId == sg.meta.id) {
                row.progress->setCurrentIndex(row.progress->findData(int(a.progress)));
                row.level->setCurrentIndex(row.level->findData(int(a.level)));
            }
        QCheckBox* linked = row.linked;
        QComboBox* progress = row.progress;
        connect(progress, &QComboBox::currentIndexChanged, this, [this, linked, progress] {
            if (progress->currentData().toInt() >= 0)
                linked->setChecked(true); // assessing a delmål links it
            m_draftTimer->start();
        });
        connect(linked, &QCheckBox::toggled, m_draftTimer, qOverload<>(&QTimer::start));
        connect(row.level, &QComboBox::currentIndexChanged, m_draftTimer,
                qOverload<>(&QTimer::start));
        grid->addWidget(row.linked, line, 0);
        grid->addWidget(row.progress, line, 1);
        grid->addWidget(row.level, line, 2);
        m_rows.append(row);
        ++line;
    }
    m_goalsLayout->addLayout(grid);
    m_goalsLayout->addStretch();
}

void NoteEditorDialog::fillTemplates() {
    m_template->clear();
    const QList<NoteTemplate> list = JournalService::templates(enumValue<SupportForm>(m_form));
    m_template->addItem(list.isEmpty() ? tr("No templates for this support form")
                                       : tr("Choose a template to insert…"));
    for (const NoteTemplate& t : list)
        m_template->addItem(t.name, t.text);
}

void NoteEditorDialog::applyTemplate(int index) {
    if (index <= 0 || m_readOnly)
        return;
    const QString text = m_template->itemData(index).toString();
    m_template->setCurrentIndex(0);
    if (m_text->toPlainText().trimmed().isEmpty()) {
        m_text->setPlainText(text);
        // Ready to type the first answer.
        QTextCursor c = m_text->textCursor();
        c.movePosition(QTextCursor::Start);
        c.movePosition(QTextCursor::EndOfLine);
        m_text->setTextCursor(c);
    } else {
        QTextCursor c = m_text->textCursor();
        if (c.positionInBlock() > 0)
            c.insertText(QStringLiteral("\n"));
        c.insertText(text);
        m_text->setTextCursor(c);
    }
    m_text->setFocus(Qt::OtherFocusReason);
}

void NoteEditorDialog::setReadOnly() {
    m_readOnly = true;
    m_text->setReadOnly(true);
    m_form->setEnabled(false);
    form()->setRowVisible(m_template, false);
    for (const GoalRow& r : std::as_const(m_rows)) {
        r.linked->setEnabled(false);
        r.progress->setEnabled(false);
        r.level->setEnabled(false);
    }
    buttons()->button(QDialogButtonBox::Save)->hide();
    m_saveSign->hide();
    const bool locked = m_journal.isLocked(m_note);
    m_addendum->setVisible(!m_note.meta.isNew());
    m_addendum->setEnabled(locked);
    QString why;
    if (m_note.signedUtc.isValid())
        why = tr("Signed %1: the note is locked. A correction is written as an addendum.")
                  .arg(localText(m_note.signedUtc));
    else if (locked)
        why = tr("Locked since %1 (24 hours after writing). A correction is written as an "
                 "addendum.")
                  .arg(localText(JournalService::locksAtUtc(m_note)));
    else if (m_note.kind == NoteKind::Group)
        why = tr("A group note is changed from the group session's attendance register until "
                 "it locks.");
    if (!why.isEmpty())
        m_header->setText(m_header->text() + QStringLiteral("\n") + why);
}

// --- Drafts -------------------------------------------------------------------------------------

QString NoteEditorDialog::draftKey() const {
    const QByteArray path = DatabaseLocation::identity(m_context.registry().database().path());
    QString key =
        QStringLiteral("journalDrafts/") +
        QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex()) +
        QLatin1Char('/');
    if (!m_note.meta.isNew())
        return key + QStringLiteral("note-") + idText(m_note.meta.id);
    if (!m_note.addendumTo.isNull())
        return key + QStringLiteral("addendum-") + idText(m_note.addendumTo);
    return key + QStringLiteral("citizen-%1-appointment-%2")
                     .arg(idText(m_note.citizenId), m_note.appointmentId.isNull()
                                                        ? QStringLiteral("none")
                                                        : idText(m_note.appointmentId));
}

void NoteEditorDialog::keepDraft() {
    if (m_readOnly || m_saved || m_note.citizenId.isNull())
        return;
    QSettings settings;
    const QString key = draftKey();
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty() || text == m_originalText) {
        settings.remove(key);
        return;
    }
    QStringList goals;
    for (const GoalRow& r : std::as_const(m_rows))
        goals << QStringLiteral("%1|%2|%3|%4")
                     .arg(idText(r.subGoalId))
                     .arg(r.linked->isChecked() ? 1 : 0)
                     .arg(r.progress->currentData().toInt())
                     .arg(r.level->currentData().toInt());
    settings.setValue(key + QStringLiteral("/text"), text);
    settings.setValue(key + QStringLiteral("/form"), toCode(enumValue<SupportForm>(m_form)));
    settings.setValue(key + QStringLiteral("/goals"), goals);
    settings.setValue(key + QStringLiteral("/savedUtc"), QDateTime::currentDateTimeUtc());
}

void NoteEditorDialog::restoreDraft() {
    QSettings settings;
    const QString key = draftKey();
    const QString text = settings.value(key + QStringLiteral("/text")).toString();
    if (text.isEmpty())
        return;
    if (auto f = fromCode<SupportForm>(settings.value(key + QStringLiteral("/form")).toString()))
        m_form->setCurrentIndex(m_form->findData(int(*f)));
    m_text->setPlainText(text);
    const QStringList goals = settings.value(key + QStringLiteral("/goals")).toStringList();
    for (const QString& g : goals) {
        const QStringList parts = g.split(QLatin1Char('|'));
        if (parts.size() != 4)
            continue;
        for (GoalRow& r : m_rows)
            if (idText(r.subGoalId) == parts[0]) {
                r.linked->setChecked(parts[1] == QLatin1String("1"));
                r.progress->setCurrentIndex(std::max(0, r.progress->findData(parts[2].toInt())));
                r.level->setCurrentIndex(std::max(0, r.level->findData(parts[3].toInt())));
            }
    }
    m_draftRestored = true;
    const QDateTime when = settings.value(key + QStringLiteral("/savedUtc")).toDateTime();
    m_draftBanner->setText(
        when.isValid() ? tr("Your unsaved draft from %1 was restored.").arg(localText(when.toUTC()))
                       : tr("Your unsaved draft was restored."));
    m_draftBanner->parentWidget()->show();
}

void NoteEditorDialog::discardDraft() {
    QSettings().remove(draftKey());
    m_draftTimer->stop();
    m_text->setPlainText(m_originalText);
    m_draftTimer->stop();
    m_draftRestored = false;
    m_draftBanner->parentWidget()->hide();
    m_text->setFocus(Qt::OtherFocusReason);
}

void NoteEditorDialog::done(int result) {
    m_draftTimer->stop();
    if (result != QDialog::Accepted)
        keepDraft(); // closing asks nothing and loses nothing
    RecordDialog::done(result);
}

// --- Saving -------------------------------------------------------------------------------------

QList<GoalAssessment> NoteEditorDialog::chosenAssessments() const {
    QList<GoalAssessment> out;
    for (const GoalRow& r : m_rows) {
        const int progress = r.progress->currentData().toInt();
        if (progress < 0 || !r.linked->isChecked())
            continue;
        GoalAssessment a;
        a.subGoalId = r.subGoalId;
        a.progress = static_cast<Progress>(progress);
        a.level = static_cast<FunctionLevel>(r.level->currentData().toInt());
        out.append(a);
    }
    return out;
}

Status NoteEditorDialog::save() {
    if (m_readOnly)
        return Status::failure(tr("The note is locked; write an addendum to correct it"));
    if (auto who = m_me.staff(); !who)
        return Status::failure(who.message(), QStringLiteral("author"));
    JournalNote value = m_note;
    value.form = enumValue<SupportForm>(m_form);
    value.text = m_text->toPlainText();
    value.personalText.clear(); // group notes (shared text + addition) are never edited here
    QList<QUuid> linked;
    if (!m_rows.isEmpty()) {
        for (const GoalRow& r : std::as_const(m_rows))
            if (r.linked->isChecked())
                linked.append(r.subGoalId);
        value.subGoalIds = linked;
    }
    const QList<GoalAssessment> assessments = chosenAssessments();
    const QString draft = draftKey(); // a new note's key names its citizen and appointment
    if (Status s = m_journal.write(value, assessments, m_me.id()); !s)
        return s;
    m_note = value;
    m_saved = true;
    QSettings().remove(draft);
    Status result = Status::success();
    if (m_signAfterSave)
        if (Status s = m_journal.sign(m_note, m_me.id()); !s)
            result = Status::failure(tr("The note was saved but not signed: %1").arg(s.message()));
    m_context.notifyChanged(m_note.citizenId);
    emit saved(m_note.meta.id);
    return result;
}

void NoteEditorDialog::saveAndSign() {
    m_signAfterSave = true;
    accept();
    m_signAfterSave = false;
}

void NoteEditorDialog::writeAddendum() {
    if (m_note.meta.isNew() || !m_journal.isLocked(m_note))
        return;
    QWidget* parent = parentWidget();
    const QUuid id = m_note.meta.id;
    UndoContext& context = m_context;
    CurrentStaff& me = m_me;
    reject();
    openAddendum(context, me, id, parent);
}

} // namespace bs

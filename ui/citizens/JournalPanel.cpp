#include "JournalPanel.h"
#include "PlainText.h"

#include "CurrentStaff.h"
#include "dialogs/RecordDialog.h"
#include "journal/NoteEditorDialog.h"
#include "journal/NoteHistoryDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bs {

namespace {

QString html(const QString& text) {
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QString localText(const QDateTime& utc) {
    return QLocale().toString(utc.toTimeZone(Clock::localZone()), QLocale::ShortFormat);
}

enum Column { Written, Author, Form, State, Text };

} // namespace

JournalPanel::JournalPanel(UndoContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_registry(context.registry()),
      m_journal(context.registry()), m_new(new QPushButton(tr("&New note…"))),
      m_open(new QPushButton(tr("&Open"))), m_sign(new QPushButton(tr("S&ign"))),
      m_addendum(new QPushButton(tr("Adden&dum…"))), m_history(new QPushButton(tr("&History"))),
      m_message(new QLabel), m_list(new QTreeWidget), m_view(new QTextBrowser),
      m_empty(new QLabel(tr("No journal notes yet. Write one with New note…, or from an "
                            "appointment in the calendar or My day."))) {
    m_new->setObjectName(QStringLiteral("newNote"));
    m_open->setObjectName(QStringLiteral("openNote"));
    m_sign->setObjectName(QStringLiteral("signNote"));
    m_sign->setToolTip(tr("Sign the note: it is locked at once, and corrections become addenda"));
    m_addendum->setObjectName(QStringLiteral("addendumNote"));
    m_addendum->setToolTip(tr("Correct a locked note with an addendum"));
    m_history->setObjectName(QStringLiteral("noteHistory"));
    m_history->setToolTip(tr("Every saved version of the note, with author and time"));
    m_message->setObjectName(QStringLiteral("journalMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_message->hide();

    m_list->setObjectName(QStringLiteral("journalList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        {tr("Written"), tr("Author"), tr("Support form"), tr("Status"), tr("Note")});
    m_list->header()->setStretchLastSection(true);
    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setOpenLinks(false);
    m_empty->setObjectName(QStringLiteral("journalEmpty"));
    m_empty->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_open, m_sign, m_addendum, m_history})
        actions->addWidget(b);
    actions->addStretch();
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(m_view);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_new, &QPushButton::clicked, this, &JournalPanel::newNote);
    connect(m_open, &QPushButton::clicked, this, &JournalPanel::openCurrent);
    connect(m_sign, &QPushButton::clicked, this, &JournalPanel::signCurrent);
    connect(m_addendum, &QPushButton::clicked, this, &JournalPanel::addendumToCurrent);
    connect(m_history, &QPushButton::clicked, this, &JournalPanel::showHistory);
    connect(m_list, &QTreeWidget::itemActivated, this, &JournalPanel::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showCurrent();
        updateButtons();
    });
    updateButtons();
}

void JournalPanel::setCurrentStaff(CurrentStaff* me) {
    m_me = me;
}

CurrentStaff& JournalPanel::me() {
    if (m_me)
        return *m_me;
    // The choice remembered for this database (Settings may have changed it since).
    const QUuid remembered = CurrentStaff(m_registry).id();
    if (!m_remembered)
        m_remembered = new CurrentStaff(m_registry, this);
    if (m_remembered->id() != remembered)
        (void)m_remembered->set(remembered);
    return *m_remembered;
}

QUuid JournalPanel::currentNoteId() const {
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toUuid() : QUuid();
}

void JournalPanel::selectNote(const QUuid& noteId) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toUuid() == noteId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

Status JournalPanel::load(const QUuid& citizenId) {
    const QUuid keep = citizenId == m_citizenId ? currentNoteId() : QUuid();
    m_citizenId = citizenId;
    m_message->hide();
    m_list->clear();
    m_view->clear();
    m_notes.clear();
    m_count = 0;
    Status status;
    if (!citizenId.isNull()) {
        auto notes = m_journal.notes(citizenId);
        if (notes)
            m_notes = *notes;
        else
            status = Status(notes.error());
    }
    m_count = int(m_notes.size());
    // A citizen of many years has hundreds of notes by a few authors: each is read once.
    QHash<QUuid, std::optional<Staff>> authors;
    for (const JournalNote& n : std::as_const(m_notes)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, n.meta.id);
        item->setText(Written, localText(n.writtenUtc));
        auto known = authors.find(n.authorId);
        if (known == authors.end()) {
            auto author = m_registry.record<Staff>(n.authorId);
            known =
                authors.insert(n.authorId, author ? std::optional<Staff>(*author) : std::nullopt);
        }
        if (const std::optional<Staff>& author = *known) {
            item->setText(Author, author->initials);
            item->setToolTip(Author, plainToolTip(author->name));
        }
        item->setText(Form, label(n.form));
        QString state;
        if (n.signedUtc.isValid())
            state = tr("Signed");
        else if (m_journal.isLocked(n))
            state = tr("Locked");
        else
            state = tr("Editable until %1").arg(localText(JournalService::locksAtUtc(n)));
        if (n.kind != NoteKind::Note)
            state = label(n.kind) + QStringLiteral(" · ") + state;
        item->setText(State, state);
        item->setText(Text, n.fullText().section(QLatin1Char('\n'), 0, 0).left(120));
        if (m_journal.isLocked(n))
            item->setIcon(State, style()->standardIcon(QStyle::SP_DialogApplyButton));
    }
    for (int c = Written; c < Text; ++c)
        m_list->resizeColumnToContents(c);
    if (m_count > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        if (!keep.isNull())
            selectNote(keep);
    }
    showCurrent();
    m_list->parentWidget()->setVisible(m_count > 0);
    m_empty->setVisible(m_count == 0);
    m_new->setEnabled(!citizenId.isNull());
    updateButtons();
    return status;
}

QString JournalPanel::noteHtml(const JournalNote& n) const {
    QStringList head{localText(n.writtenUtc)};
    if (auto author = m_registry.record<Staff>(n.authorId))
        head << QStringLiteral("%1 – %2").arg(author->initials, author->name);
    head << label(n.form);
    if (n.kind != NoteKind::Note)
        head << label(n.kind);
    if (!n.appointmentId.isNull())
        if (auto a = m_registry.record<Appointment>(n.appointmentId); a && !a->topic.isEmpty())
            head << tr("Topic: %1").arg(a->topic);
    QString body = QStringLiteral("<p><b>%1</b></p>").arg(html(head.join(QStringLiteral(" · "))));
    if (n.signedUtc.isValid())
        body += QStringLiteral("<p><i>%1</i></p>")
                    .arg(html(tr("Signed %1 – locked").arg(localText(n.signedUtc))));
    else if (m_journal.isLocked(n))
        body += QStringLiteral("<p><i>%1</i></p>")
                    .arg(html(tr("Locked since %1").arg(localText(JournalService::locksAtUtc(n)))));
    if (!n.addendumTo.isNull())
        if (auto target = m_registry.record<JournalNote>(n.addendumTo))
            body +=
                QStringLiteral("<p><i>%1</i></p>")
                    .arg(html(
                        tr("Addendum to the note written %1").arg(localText(target->writtenUtc))));
    if (!n.text.trimmed().isEmpty())
        body += QStringLiteral("<p>%1</p>").arg(html(n.text.trimmed()));
    if (!n.personalText.trimmed().isEmpty())
        body +=
            QStringLiteral("<table width=\"100%\" cellpadding=\"6\" "
                           "style=\"background-color:#eef3f8\"><tr><td><i>%1</i>"
                           "<br>%2</td></tr></table>")
                .arg(html(n.form == SupportForm::Group ? tr("Personal addition") : tr("Addition")),
                     html(n.personalText.trimmed()));
    QStringList goals;
    QList<QUuid> assessed;
    if (auto assessments = m_journal.assessments(n.meta.id))
        for (const GoalAssessment& a : std::as_const(*assessments)) {
            assessed << a.subGoalId;
            auto sg = m_registry.record<SubGoal>(a.subGoalId);
            QString line = QStringLiteral("%1: %2").arg(sg ? sg->criterion : tr("(delmål)"),
                                                        label(a.progress));
            if (a.level != FunctionLevel::NotAssessed)
                line += QStringLiteral(" · ") + tr("new level: %1").arg(label(a.level));
            goals << line;
        }
    for (const QUuid& id : std::as_const(n.subGoalIds))
        if (!assessed.contains(id))
            if (auto sg = m_registry.record<SubGoal>(id))
                goals << tr("%1: not assessed").arg(sg->criterion);
    if (!goals.isEmpty()) {
        body += QStringLiteral("<p><b>%1</b></p><ul>").arg(html(tr("Delmål")));
        for (const QString& g : std::as_const(goals))
            body += QStringLiteral("<li>%1</li>").arg(html(g));
        body += QStringLiteral("</ul>");
    }
    if (auto addenda = m_journal.addenda(n.meta.id); addenda && !addenda->isEmpty()) {
        for (const JournalNote& a : std::as_const(*addenda)) {
            auto author = m_registry.record<Staff>(a.authorId);
            body += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" "
                                   "style=\"background-color:#fff4ce\"><tr><td><i>%1</i><br>%2"
                                   "</td></tr></table>")
                        .arg(html(tr("Addendum %1 by %2")
                                      .arg(localText(a.writtenUtc),
                                           author ? author->initials : tr("unknown"))),
                             html(a.text.trimmed()));
        }
    }
    return body;
}

void JournalPanel::showCurrent() {
    const QUuid id = currentNoteId();
    for (const JournalNote& n : std::as_const(m_notes))
        if (n.meta.id == id) {
            m_view->setHtml(noteHtml(n));
            return;
        }
    m_view->clear();
}

void JournalPanel::updateButtons() {
    const QUuid id = currentNoteId();
    const JournalNote* note = nullptr;
    for (const JournalNote& n : std::as_const(m_notes))
        if (n.meta.id == id)
            note = &n;
    const bool locked = note && m_journal.isLocked(*note);
    m_open->setEnabled(note);
    m_open->setText(note && !locked && note->kind != NoteKind::Group ? tr("&Edit…") : tr("&Open…"));
    m_sign->setEnabled(note && !note->signedUtc.isValid() && note->kind != NoteKind::Group);
    m_addendum->setEnabled(locked);
    m_history->setEnabled(note);
}

void JournalPanel::newNote() {
    if (m_citizenId.isNull())
        return;
    NoteEditorDialog::openForCitizen(m_context, me(), m_citizenId, this);
}

void JournalPanel::openCurrent() {
    if (const QUuid id = currentNoteId(); !id.isNull())
        NoteEditorDialog::openNote(m_context, me(), id, this);
}

void JournalPanel::signCurrent() {
    const QUuid id = currentNoteId();
    auto note = m_journal.note(id);
    if (!note)
        return;
    JournalNote n = *note;
    if (Status s = m_journal.sign(n, me().id()); !s) {
        m_message->setText(s.message());
        m_message->show();
        return;
    }
    // The citizen's views reload (this panel too, through its citizen page); load here as well
    // for a panel shown on its own.
    m_context.notifyChanged(n.citizenId);
    if (Status s = load(m_citizenId); !s)
        emit problem(s.message());
    selectNote(id);
}

void JournalPanel::addendumToCurrent() {
    if (const QUuid id = currentNoteId(); !id.isNull())
        NoteEditorDialog::openAddendum(m_context, me(), id, this);
}

void JournalPanel::showHistory() {
    const QUuid id = currentNoteId();
    if (id.isNull())
        return;
    openDialog(new NoteHistoryDialog(m_registry, id, this));
}

} // namespace bs

// The journal screens: writing a note from an appointment (delmål pre-selected, an assessment),
// drafts that survive closing, locked notes opening read-only with an addendum, the journal panel
// and the Danish-aware search page.
#include "GuiFixture.h"

#include "CurrentStaff.h"
#include "citizens/JournalPanel.h"
#include "journal/JournalSearchPage.h"
#include "journal/NoteEditorDialog.h"
#include "journal/NoteHistoryDialog.h"
#include "services/JournalService.h"
#include "services/Scheduler.h"
#include "widgets/Combos.h"

#include "support/Expect.h"
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>

using bs::test::s;

using namespace gui;

namespace {

struct World {
    Fixture f;
    bs::UndoContext context{*f.registry};
    bs::CurrentStaff me{*f.registry};
    bs::JournalService journal{*f.registry};
    QWidget host;
    bs::Staff mette;
    bs::Citizen aase = f.addCitizen(s("Aase Ærø"));
    bs::Citizen bo = f.addCitizen(s("Bo Ørum"));
    bs::SubGoal rent;
    bs::SubGoal post;

    World() {
        mette.initials = s("MKJ");
        mette.name = s("Mette Kjær");
        REQUIRE(f.registry->saveStaff(mette).ok());
        REQUIRE(me.set(mette.meta.id).ok());
        bs::Goal g;
        g.citizenId = aase.meta.id;
        g.condition = s("community.finances");
        g.description = s("Klare min økonomi");
        g.start = QDate(2025, 9, 1);
        REQUIRE(f.registry->saveGoal(g).ok());
        rent = subGoal(g, "Betaler husleje til tiden");
        post = subGoal(g, "Åbner e-Boks hver uge");
        host.resize(900, 700);
        host.show();
    }
    bs::SubGoal subGoal(const bs::Goal& g, const char* criterion) {
        bs::SubGoal sg;
        sg.goalId = g.meta.id;
        sg.criterion = s(criterion);
        sg.deadline = QDate(2026, 3, 1);
        REQUIRE(f.registry->saveSubGoal(sg).ok());
        return sg;
    }
    bs::JournalNote write(const bs::Citizen& c, const QString& text) {
        bs::JournalNote n;
        n.citizenId = c.meta.id;
        n.text = text;
        REQUIRE(journal.write(n, {}, mette.meta.id).ok());
        return n;
    }
};

const bs::NoteEditorDialog::GoalRow& rowOf(bs::NoteEditorDialog* d, const QUuid& subGoalId) {
    for (const auto& r : d->goalRows())
        if (r.subGoalId == subGoalId)
            return r;
    FAIL("no row for the delmål");
    return d->goalRows().first();
}

void flush() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST_CASE("A note written from an appointment has its delmål pre-selected and an assessment",
          "[journal-ui]") {
    World w;
    bs::Appointment visit;
    visit.form = bs::SupportForm::Virtual;
    visit.staffId = w.mette.meta.id;
    visit.citizenId = w.aase.meta.id;
    visit.startUtc = bs::localToUtc(kToday, QTime(9, 0));
    visit.subGoalIds = {w.rent.meta.id};
    REQUIRE(bs::Scheduler(*w.f.registry).book(visit).ok());

    auto* d = bs::NoteEditorDialog::openForAppointment(w.context, w.me, visit.meta.id, &w.host);
    REQUIRE(d);
    REQUIRE(d->isVisible());
    CHECK_FALSE(d->isReadOnly());
    CHECK_FALSE(d->addendumButton()->isVisible());
    CHECK(d->findChild<QLabel*>(QStringLiteral("noteHeader"))->text().contains(s("Aase Ærø")));
    CHECK(bs::enumValue<bs::SupportForm>(d->formCombo()) == bs::SupportForm::Virtual);
    REQUIRE(d->goalRows().size() == 2);
    CHECK(rowOf(d, w.rent.meta.id).linked->isChecked());
    CHECK_FALSE(rowOf(d, w.post.meta.id).linked->isChecked());
    CHECK(d->focusWidget() == d->textEdit());

    // A template gives the structure; the cursor is ready on the first line.
    REQUIRE(d->templateCombo()->count() > 1);
    d->templateCombo()->activated(1);
    CHECK(d->textEdit()->toPlainText().startsWith(s("Channel")));
    QTest::keyClicks(d->textEdit(), s("video. Vi øvede MitID."));
    // Choosing a progress links the delmål.
    QComboBox* progress = rowOf(d, w.post.meta.id).progress;
    progress->setCurrentIndex(progress->findData(int(bs::Progress::Improved)));
    CHECK(rowOf(d, w.post.meta.id).linked->isChecked());
    QComboBox* level = rowOf(d, w.post.meta.id).level;
    REQUIRE(level->isEnabled());
    level->setCurrentIndex(level->findData(int(bs::FunctionLevel::Mild)));
    d->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d));
    QTest::keyClick(d->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(d->isVisible());
    flush();

    auto notes = w.journal.notes(w.aase.meta.id);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    const bs::JournalNote n = notes->first();
    CHECK(n.appointmentId == visit.meta.id);
    CHECK(n.form == bs::SupportForm::Virtual);
    CHECK(n.authorId == w.mette.meta.id);
    CHECK(n.text.contains(s("Channel (video/phone): video. Vi øvede MitID.")));
    CHECK(n.subGoalIds.contains(w.rent.meta.id));
    auto assessed = w.journal.assessments(n.meta.id);
    REQUIRE(assessed.ok());
    REQUIRE(assessed->size() == 1);
    CHECK(assessed->first().subGoalId == w.post.meta.id);
    CHECK(assessed->first().progress == bs::Progress::Improved);
    CHECK(assessed->first().level == bs::FunctionLevel::Mild);

    // Opening the appointment again opens its note, not a second one.
    auto* again = bs::NoteEditorDialog::openForAppointment(w.context, w.me, visit.meta.id, &w.host);
    REQUIRE(again);
    CHECK(again->note().meta.id == n.meta.id);
    CHECK(rowOf(again, w.post.meta.id).progress->currentData().toInt() ==
          int(bs::Progress::Improved));
    again->reject();
    flush();
}

TEST_CASE("A note's draft survives closing the editor and is gone after saving", "[journal-ui]") {
    World w;
    auto* d = bs::NoteEditorDialog::openForCitizen(w.context, w.me, w.aase.meta.id, &w.host);
    REQUIRE(d);
    CHECK_FALSE(d->draftRestored());
    QTest::keyClicks(d->textEdit(), s("Halvt skrevet notat om Ærø"));
    QComboBox* progress = rowOf(d, w.rent.meta.id).progress;
    progress->setCurrentIndex(progress->findData(int(bs::Progress::Worsened)));
    d->reject(); // the window closes: nothing asked, nothing lost
    flush();
    CHECK(w.journal.notes(w.aase.meta.id)->isEmpty());

    auto* reopened = bs::NoteEditorDialog::openForCitizen(w.context, w.me, w.aase.meta.id, &w.host);
    REQUIRE(reopened);
    CHECK(reopened->draftRestored());
    CHECK(reopened->findChild<QLabel*>(QStringLiteral("draftBanner"))->isVisible());
    CHECK(reopened->textEdit()->toPlainText() == s("Halvt skrevet notat om Ærø"));
    CHECK(rowOf(reopened, w.rent.meta.id).progress->currentData().toInt() ==
          int(bs::Progress::Worsened));
    // Another citizen's editor has no such draft.
    auto* other = bs::NoteEditorDialog::openForCitizen(w.context, w.me, w.bo.meta.id, &w.host);
    REQUIRE(other);
    CHECK(other->textEdit()->toPlainText().isEmpty());
    other->reject();

    clickSave(reopened);
    REQUIRE(w.journal.notes(w.aase.meta.id)->size() == 1);
    auto* fresh = bs::NoteEditorDialog::openForCitizen(w.context, w.me, w.aase.meta.id, &w.host);
    REQUIRE(fresh);
    CHECK_FALSE(fresh->draftRestored());
    CHECK(fresh->textEdit()->toPlainText().isEmpty());
    fresh->reject();
    flush();
}

TEST_CASE("Without a chosen staff member the note is kept as a draft and not saved",
          "[journal-ui]") {
    World w;
    REQUIRE(w.me.set(QUuid()).ok());
    auto* d = bs::NoteEditorDialog::openForCitizen(w.context, w.me, w.aase.meta.id, &w.host);
    REQUIRE(d);
    CHECK(d->findChild<QLabel*>(QStringLiteral("noteWho"))->isVisible());
    CHECK_FALSE(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
    QTest::keyClicks(d->textEdit(), s("Noget"));
    d->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(d));
    QTest::keyClick(d->textEdit(), Qt::Key_S, Qt::ControlModifier);
    CHECK(d->isVisible());
    CHECK(d->errorText().contains(s("Settings")));
    CHECK(w.journal.notes(w.aase.meta.id)->isEmpty());
    d->reject();
    flush();
}

TEST_CASE("A note opens read-only after 24 hours and takes an addendum", "[journal-ui]") {
    World w;
    const bs::JournalNote n = w.write(w.aase, s("Besøg: vi ryddede op."));

    bs::JournalPanel panel(w.context);
    panel.setCurrentStaff(&w.me);
    REQUIRE(panel.load(w.aase.meta.id).ok());
    REQUIRE(panel.noteCount() == 1);
    CHECK(panel.list()->topLevelItem(0)->text(3).startsWith(s("Editable until")));
    CHECK(panel.findChild<QPushButton*>(QStringLiteral("signNote"))->isEnabled());
    CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("addendumNote"))->isEnabled());

    w.f.clock.advanceSecs(24 * 3600 + 60);
    REQUIRE(panel.load(w.aase.meta.id).ok());
    CHECK(panel.list()->topLevelItem(0)->text(3) == s("Locked"));
    CHECK(panel.findChild<QPushButton*>(QStringLiteral("addendumNote"))->isEnabled());

    auto* d = bs::NoteEditorDialog::openNote(w.context, w.me, n.meta.id, &w.host);
    REQUIRE(d);
    CHECK(d->isReadOnly());
    CHECK(d->textEdit()->isReadOnly());
    CHECK_FALSE(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isVisible());
    CHECK(d->findChild<QLabel*>(QStringLiteral("noteHeader"))->text().contains(s("Locked")));
    REQUIRE(d->addendumButton()->isVisible());
    REQUIRE(d->addendumButton()->isEnabled());
    QTest::mouseClick(d->addendumButton(), Qt::LeftButton);
    flush();
    auto* add = openDialog<bs::NoteEditorDialog>(&w.host);
    CHECK(add->note().kind == bs::NoteKind::Addendum);
    CHECK_FALSE(add->isReadOnly());
    QTest::keyClicks(add->textEdit(), s("Rettelse: også opvask."));
    clickSave(add);

    auto addenda = w.journal.addenda(n.meta.id);
    REQUIRE(addenda.ok());
    REQUIRE(addenda->size() == 1);
    CHECK(addenda->first().text == s("Rettelse: også opvask."));
    REQUIRE(panel.load(w.aase.meta.id).ok());
    CHECK(panel.noteCount() == 2);
    panel.selectNote(n.meta.id);
    CHECK(panel.view()->toPlainText().contains(s("Rettelse: også opvask.")));
}

TEST_CASE("The journal panel signs a note and shows its history", "[journal-ui]") {
    World w;
    bs::JournalNote n = w.write(w.aase, s("Første version"));
    w.f.clock.advanceSecs(300);
    n.text = s("Anden version");
    REQUIRE(w.journal.write(n, {}, w.mette.meta.id).ok());

    bs::JournalPanel panel(w.context);
    panel.setCurrentStaff(&w.me);
    REQUIRE(panel.load(w.aase.meta.id).ok());
    bs::NoteHistoryDialog history(*w.f.registry, n.meta.id);
    REQUIRE(history.revisionCount() == 2);
    CHECK(history.list()->item(0)->text().contains(s("MKJ")));
    CHECK(history.text()->toPlainText() == s("Anden version"));
    history.list()->setCurrentRow(0);
    CHECK(history.text()->toPlainText() == s("Første version"));

    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("signNote")), Qt::LeftButton);
    CHECK(w.journal.isLocked(*w.journal.note(n.meta.id)));
    CHECK(panel.list()->topLevelItem(0)->text(3) == s("Signed"));
    CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("signNote"))->isEnabled());
}

TEST_CASE("Journal search finds Danish words as you type and highlights the hit", "[journal-ui]") {
    World w;
    w.write(w.aase, s("Vi kørte til Ærø, og Åse betalte husleje."));
    w.write(w.bo, s("Bo fik hjælp til e-Boks."));
    bs::JournalSearchPage page(w.context, w.me);
    page.resize(900, 600);
    page.show();
    CHECK(page.statusText().startsWith(s("Type to search")));

    QTest::keyClicks(page.queryEdit(), s("aase"));
    page.search();
    REQUIRE(page.hits().size() == 1);
    CHECK(page.hits().first().citizenId == w.aase.meta.id);
    CHECK(page.resultsHtml().contains(s("<b>Åse</b>")));
    CHECK(page.resultsHtml().contains(s("Aase Ærø")));

    page.queryEdit()->clear();
    QTest::keyClicks(page.queryEdit(), s("ÆR"));
    page.search();
    REQUIRE(page.hits().size() == 1);
    CHECK(page.resultsHtml().contains(s("<b>Ærø</b>")));

    page.queryEdit()->clear();
    QTest::keyClicks(page.queryEdit(), s("\"hjælp AND ("));
    page.search();
    CHECK(page.hits().isEmpty());
    CHECK(page.statusText().startsWith(s("No notes match")));

    // The citizen filter narrows; Enter opens the first hit's citizen.
    page.queryEdit()->clear();
    QTest::keyClicks(page.queryEdit(), s("til"));
    page.search();
    CHECK(page.hits().size() == 2);
    bs::selectId(page.citizenFilter(), w.bo.meta.id);
    REQUIRE(page.hits().size() == 1);
    CHECK(page.subGoalFilter()->isEnabled());
    QSignalSpy opened(&page, &bs::JournalSearchPage::openCitizen);
    QTest::keyClick(page.queryEdit(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toUuid() == w.bo.meta.id);
}

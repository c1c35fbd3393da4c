// User text is shown exactly as written (issue 7): Qt reads text that looks like HTML as HTML,
// so a citizen named "<b>Bo</b>" would turn bold and "<img src=...>" would load. A citizen with
// markup in the name, the address and a journal note shows that markup as text in the citizen
// list, the citizen view, the journal, Min dag and the printed handleplan and day list.
#include "GuiFixture.h"

#include "CurrentStaff.h"
#include "PlainText.h"
#include "calendar/DayListDocument.h"
#include "citizens/CitizenListPanel.h"
#include "citizens/CitizenView.h"
#include "citizens/CitizensPage.h"
#include "citizens/JournalPanel.h"
#include "goals/CitizenPlanDocument.h"
#include "myday/MyDayPage.h"
#include "services/CitizenPlan.h"
#include "services/DayList.h"
#include "services/JournalService.h"
#include "services/Scheduler.h"

#include "support/Expect.h"
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>

using bs::test::s;
using bs::test::value;

using namespace gui;

namespace {

const QString kName = QStringLiteral("<b>Bo</b> & \"Ib\" <script>");
const QString kAddress = QStringLiteral("<img src=x> Vej 1 & <i>2</i>");
const QString kNote =
    QStringLiteral("<h1>Stor</h1> & <a href='x'>klik</a>\n<script>alert(1)</script>");

bool modelShows(const QAbstractItemModel* model, const QString& text) {
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->index(r, c).data().toString().contains(text))
                return true;
    return false;
}

// What a document shows a reader, with its line separators as plain line breaks.
QString shownText(const QTextDocument& doc) {
    QString text = doc.toPlainText();
    text.replace(QChar(0x2028), QLatin1Char('\n'));
    return text;
}

// Every label under `root` that holds markup-like user text shows it as plain text.
void requirePlainLabels(const QWidget* root) {
    for (const QLabel* l : root->findChildren<QLabel*>()) {
        if (!l->text().contains(QStringLiteral("<b>Bo</b>")) &&
            !l->text().contains(QStringLiteral("<img")))
            continue;
        INFO(l->objectName().toStdString() << ": " << l->text().toStdString());
        CHECK(l->textFormat() == Qt::PlainText);
    }
}

} // namespace

TEST_CASE("Markup in a citizen's name, address and note is shown as text", "[hostile]") {
    Fixture f;
    bs::Staff mette;
    mette.initials = s("MKJ");
    mette.name = s("Mette Kjær");
    REQUIRE(f.registry->saveStaff(mette).ok());
    bs::Citizen c;
    c.name = kName;
    c.address = kAddress;
    c.contactStaffId = mette.meta.id;
    bs::test::requireOk(f.registry->saveCitizen(c));
    bs::JournalService journal(*f.registry);
    bs::JournalNote note;
    note.citizenId = c.meta.id;
    note.text = kNote;
    bs::test::requireOk(journal.write(note, {}, mette.meta.id));
    bs::Appointment visit;
    visit.form = bs::SupportForm::Individual;
    visit.staffId = mette.meta.id;
    visit.citizenId = c.meta.id;
    visit.place = kAddress;
    visit.startUtc = bs::localToUtc(kToday, QTime(14, 0));
    REQUIRE(bs::Scheduler(*f.registry).book(visit).ok());

    bs::MainWindow& w = f.show();
    w.showSection(bs::MainWindow::Citizens);
    CHECK(modelShows(w.citizensPage()->list()->table()->model(), kName));

    w.citizensPage()->openCitizen(c.meta.id);
    auto* title = w.citizensPage()->view()->findChild<QLabel*>(QStringLiteral("citizenTitle"));
    REQUIRE(title);
    CHECK(title->text() == kName);
    CHECK(title->textFormat() == Qt::PlainText);
    requirePlainLabels(w.citizensPage()->view());

    auto* panel = w.citizensPage()->view()->findChild<bs::JournalPanel*>();
    REQUIRE(panel);
    bs::test::requireOk(panel->load(c.meta.id));
    panel->selectNote(note.meta.id);
    CHECK(shownText(*panel->view()->document()).contains(kNote));
    CHECK(modelShows(panel->list()->model(), kNote.section(QLatin1Char('\n'), 0, 0)));

    bs::UndoContext context(*f.registry);
    bs::CurrentStaff me(*f.registry);
    REQUIRE(me.set(mette.meta.id).ok());
    bs::MyDayPage myDay(context, me);
    bs::test::requireOk(myDay.reload());
    CHECK(modelShows(myDay.table()->model(), kName));
    requirePlainLabels(&myDay);

    QTextDocument plan;
    const QString planHtml =
        bs::CitizenPlanDocument::html(value(bs::CitizenPlan::collect(*f.registry, c.meta.id)));
    CHECK_FALSE(planHtml.contains(kName));
    plan.setHtml(planHtml);
    CHECK(shownText(plan).contains(kName));
    CHECK(shownText(plan).contains(kAddress));

    QTextDocument day;
    const QString dayHtml =
        bs::DayListDocument::html(value(bs::DayList::collect(*f.registry, mette.meta.id, kToday)));
    CHECK_FALSE(dayHtml.contains(kName));
    day.setHtml(dayHtml);
    CHECK(shownText(day).contains(kName));
    CHECK(shownText(day).contains(kAddress));
}

TEST_CASE("A tooltip with user text shows it verbatim", "[hostile]") {
    CHECK(bs::plainToolTip(s("Almindelig tekst")) == s("Almindelig tekst"));
    const QString tip = bs::plainToolTip(kName);
    CHECK(tip != kName);
    QTextDocument doc;
    doc.setHtml(tip);
    CHECK(doc.toPlainText() == kName);
}

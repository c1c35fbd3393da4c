// The rota screen: a weekend rotation in one step, a single day changed, undo, and the printed
// month (PDF text read back).
#include "GuiFixture.h"
#include "rota/RotaPage.h"

#include <QProcess>
#include <QTableWidget>

using namespace bs;

namespace {

struct RotaFixture : gui::Fixture {
    UndoContext undo{*registry};
    Staff add(const char* initials, const char* name) {
        Staff s;
        s.initials = QString::fromUtf8(initials);
        s.name = QString::fromUtf8(name);
        REQUIRE(registry->saveStaff(s).ok());
        return s;
    }
    Staff a = add("AÆ", "Åse Ærø");
    Staff b = add("BB", "Bo Berg");
    Staff c = add("CC", "Cille Krogh");
    Staff d = add("DD", "Dorte Øst");
};

QString cell(const RotaPage& page, QDate date, RotaPage::Column column) {
    const int row = page.month().daysTo(date);
    return page.table()->item(row, column)->text();
}

} // namespace

TEST_CASE("Rota: a four-week rotation fills the weekends, a day can change hands, undo restores",
          "[rota-ui]") {
    RotaFixture f;
    RotaPage page(f.undo);
    page.show();
    REQUIRE(page.showMonth(QDate(2025, 12, 1)).ok());
    CHECK(page.table()->rowCount() == 31);
    CHECK(cell(page, QDate(2025, 12, 6), RotaPage::DutyColumn).isEmpty());

    const QDate saturday(2025, 12, 6);
    REQUIRE(page.generateRotation(saturday, 4, {f.a.meta.id, f.b.meta.id, f.c.meta.id, f.d.meta.id})
                .ok());
    CHECK(cell(page, saturday, RotaPage::DutyColumn) == QString::fromUtf8("Åse Ærø (AÆ)"));
    CHECK(cell(page, saturday.addDays(1), RotaPage::BackupColumn) ==
          QStringLiteral("Bo Berg (BB)"));
    CHECK(cell(page, saturday.addDays(21), RotaPage::DutyColumn) ==
          QString::fromUtf8("Dorte Øst (DD)"));
    CHECK(cell(page, saturday.addDays(21), RotaPage::BackupColumn) ==
          QString::fromUtf8("Åse Ærø (AÆ)"));
    // The weekend duty holds the phone unless someone is named.
    CHECK(cell(page, saturday, RotaPage::PhoneColumn).contains(QString::fromUtf8("Åse Ærø")));
    CHECK(cell(page, saturday.addDays(2), RotaPage::PhoneColumn).isEmpty());

    REQUIRE(page.assign(saturday, RotaPage::PhoneColumn, f.c.meta.id).ok());
    CHECK(cell(page, saturday, RotaPage::PhoneColumn) == QStringLiteral("Cille Krogh (CC)"));
    const Status weekday = page.assign(saturday.addDays(2), RotaPage::DutyColumn, f.c.meta.id);
    CHECK_FALSE(weekday.ok());

    f.undo.stack()->undo(); // the phone
    CHECK(cell(page, saturday, RotaPage::PhoneColumn).contains(QStringLiteral("weekend duty")));
    f.undo.stack()->undo(); // the rotation
    CHECK(cell(page, saturday, RotaPage::DutyColumn).isEmpty());
    CHECK(cell(page, saturday.addDays(21), RotaPage::BackupColumn).isEmpty());
    f.undo.stack()->redo();
    CHECK(cell(page, saturday.addDays(21), RotaPage::DutyColumn) ==
          QString::fromUtf8("Dorte Øst (DD)"));

    SECTION("the printed month has the names and the Danish letters") {
        const QString pdf = f.dir.filePath(QStringLiteral("rota.pdf"));
        REQUIRE(page.savePdf(pdf).ok());
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(20000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        CHECK(out.contains(QString::fromUtf8("Åse Ærø (AÆ)")));
        CHECK(out.contains(QStringLiteral("Dorte")));
        CHECK(out.contains(QStringLiteral("Weekend duty")));
    }
}

TEST_CASE("Rota: the phone for a week, and a backwards period is refused", "[rota-ui]") {
    RotaFixture f;
    RotaPage page(f.undo);
    REQUIRE(page.showMonth(QDate(2025, 12, 1)).ok());
    REQUIRE(page.assignPhone(QDate(2025, 12, 1), QDate(2025, 12, 7), f.b.meta.id).ok());
    for (int day = 1; day <= 7; ++day)
        CHECK(cell(page, QDate(2025, 12, day), RotaPage::PhoneColumn) ==
              QStringLiteral("Bo Berg (BB)"));
    CHECK(cell(page, QDate(2025, 12, 8), RotaPage::PhoneColumn).isEmpty());
    CHECK_FALSE(page.assignPhone(QDate(2025, 12, 7), QDate(2025, 12, 1), f.b.meta.id).ok());
    CHECK(f.undo.stack()->count() == 1);
}

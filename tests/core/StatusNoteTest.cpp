// The status note's figures on the hand-made status fixture (tests/cli/StatusFixture.h), with the
// period's charts given as hand-made tables, so the comparison and the headline figures are known.
#include "reports/StatusNote.h"
#include "cli/StatusFixture.h"
#include "reports/ChartExport.h"
#include "support/FakeChartTables.h"

#include <QJsonArray>

using namespace bs;
using namespace bs::clitest;

namespace bs::test {

namespace {

QStringList changeLines(const QList<StatusNote::Change>& rows) {
    QStringList out;
    for (const auto& c : rows)
        out << QStringLiteral("%1 %2→%3 %4").arg(c.label).arg(c.then).arg(c.now).arg(c.change());
    return out;
}

} // namespace

TEST_CASE("Status note compares the status on two dates per form, basis, site and group",
          "[statusnote]") {
    TestDb t;
    buildStatusFixture(t);
    FakeCharts charts;
    auto note = StatusNote::compute(*t.db, QDate(2025, 11, 25), QDate(2025, 3, 1), charts.source());
    INFO(note.message().toStdString());
    REQUIRE(note.ok());

    // StatusReportTest: 4 citizens on both dates (Erik left, Bo came).
    CHECK(note->total.now == 4);
    CHECK(note->total.then == 4);
    CHECK(note->total.change() == 0);
    CHECK(changeLines(note->supportForms) ==
          QStringList{QStringLiteral("Individual 3→3 0"), QStringLiteral("Counselling 0→1 1"),
                      QStringLiteral("Group 1→1 0"), QStringLiteral("Virtual 1→1 0")});
    CHECK(changeLines(note->legalBases) == QStringList{QStringLiteral("§ 82 a 1→1 0"),
                                                       QStringLiteral("§ 82 b 0→1 1"),
                                                       QStringLiteral("§ 85 3→3 0")});
    CHECK(changeLines(note->sites) ==
          QStringList{QStringLiteral("Allingåbro 2→1 -1"), QStringLiteral("AUC Grenaa 1→2 1"),
                      QStringLiteral("Ørsted 0→0 0"), QStringLiteral("No site 1→1 0")});
    // "Ældre 35+" ended in June: known only on the previous date, so it comes last with now 0.
    CHECK(changeLines(note->groups) ==
          QStringList{QStringLiteral("Mindfulness (AUC Grenaa) 1→0 -1"),
                      QStringLiteral("Yngre 20+ (Allingåbro) 2→2 0"),
                      QStringLiteral("Ældre 35+ (Allingåbro) 1→0 -1")});

    SECTION("the period (previous, at] is asked for the three charts") {
        CHECK(charts.ids == StatusNote::periodCharts());
        REQUIRE(charts.asked.size() == 3);
        for (const ReportFilter& f : charts.asked) {
            CHECK(f.from == QDate(2025, 3, 2));
            CHECK(f.to == QDate(2025, 11, 25));
            CHECK_FALSE(f.isFiltered());
        }
        CHECK(note->noShows.key == QStringLiteral("activity.no_shows_by_form"));
        CHECK(note->goals.key == QStringLiteral("goals.outcomes"));
    }

    SECTION("headline figures come from the period's tables") {
        CHECK(note->noShowTotal() == 4);
        CHECK(note->cancellationTotal() == 4);
        CHECK(note->goalCount(QStringLiteral("achieved")) == 4);
        CHECK(note->goalCount(QStringLiteral("partly_achieved")) == 2);
        CHECK(note->goalCount(QStringLiteral("active")) == 12);
        CHECK(note->savingsTotal() == Approx(20250.5));
        CHECK(note->savingsTarget() == Approx(50000.0));
    }

    SECTION("the JSON holds the very `report status` JSON and the changes") {
        const QJsonObject json = note->toJson();
        auto status = StatusReport::compute(*t.db, QDate(2025, 11, 25));
        REQUIRE(status.ok());
        CHECK(json[QStringLiteral("status")].toObject() == status->toJson());
        CHECK(json[QStringLiteral("previous")].toString() == QStringLiteral("2025-03-01"));
        CHECK(json[QStringLiteral("period")][QStringLiteral("from")].toString() ==
              QStringLiteral("2025-03-02"));
        const QJsonArray forms =
            json[QStringLiteral("changes")][QStringLiteral("support_forms")].toArray();
        REQUIRE(forms.size() == 4);
        CHECK(forms[1][QStringLiteral("code")].toString() == QStringLiteral("counselling"));
        CHECK(forms[1][QStringLiteral("now")].toInt() == 1);
        CHECK(forms[1][QStringLiteral("previous")].toInt() == 0);
        CHECK(forms[1][QStringLiteral("change")].toInt() == 1);
        CHECK(json[QStringLiteral("charts")].toArray().size() == 3);
    }

    SECTION("the CSV is one long table with Danish decimals") {
        const QString csv = note->toCsvText();
        CHECK(csv.startsWith(QStringLiteral("section;key;label;column;value\r\n")));
        CHECK(
            csv.contains(QStringLiteral("\r\nsupport_form;counselling;Counselling;change;1\r\n")));
        CHECK(csv.contains(QStringLiteral("\r\nsite;;No site;now;1\r\n")));
        CHECK(csv.contains(QStringLiteral("\r\nsavings.per_year;2025;2025;total;20250,5\r\n")));
        CHECK(note->toCsv().startsWith("\xEF\xBB\xBF"));
    }
}

TEST_CASE("Status note refuses bad dates and names the chart that failed", "[statusnote]") {
    TestDb t;
    buildStatusFixture(t);
    FakeCharts charts;
    const QDate at(2025, 11, 25);
    CHECK_FALSE(StatusNote::compute(*t.db, at, at, charts.source()).ok());
    CHECK_FALSE(StatusNote::compute(*t.db, at, at.addDays(1), charts.source()).ok());
    CHECK_FALSE(StatusNote::compute(*t.db, at, QDate(), charts.source()).ok());

    charts.failing = ChartId::GoalOutcomes;
    auto failed = StatusNote::compute(*t.db, at, QDate(2025, 3, 1), charts.source());
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.message().contains(chartTitle(ChartId::GoalOutcomes)));
    CHECK(failed.message().contains(QStringLiteral("the database is locked")));

    // A table without the columns the note reads is an error, not zeros.
    auto wrongShape = StatusNote::compute(
        *t.db, at, QDate(2025, 3, 1),
        [](const Database&, ChartId, const ReportFilter&) -> Result<ReportTable> {
            ReportTable empty;
            empty.columns = {col("x", ColumnType::Text)};
            return empty;
        });
    REQUIRE_FALSE(wrongShape.ok());
    CHECK(wrongShape.message().contains(QStringLiteral("no_shows")));
}

TEST_CASE("Status note's comparison date: the last note made, else three months before",
          "[statusnote]") {
    TestDb t;
    const QDate at(2025, 11, 25);
    CHECK(StatusNote::defaultPrevious(*t.db, at) == QDate(2025, 8, 25));
    requireOk(StatusNote::recordMade(*t.db, QDate(2025, 9, 30)));
    CHECK(StatusNote::defaultPrevious(*t.db, at) == QDate(2025, 9, 30));
    // A note for an earlier date compares with three months before it, not with a later note.
    CHECK(StatusNote::defaultPrevious(*t.db, QDate(2025, 9, 30)) == QDate(2025, 6, 30));
    requireOk(StatusNote::recordMade(*t.db, at));
    CHECK(StatusNote::defaultPrevious(*t.db, QDate(2026, 2, 1)) == at);
}

TEST_CASE("Charts as one long CSV table and as JSON", "[statusnote]") {
    ReportTable a = noShows();
    a.key = QStringLiteral("activity.no_shows_by_form");
    ReportTable b = savings();
    b.key = QStringLiteral("savings.per_year");
    const QString csv = chartsToLongCsv({a, b});
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.first() == QStringLiteral("chart;category;column;value"));
    CHECK(lines.size() == 1 + 4 * 6 + 1 * 3);
    CHECK(lines.contains(
        QStringLiteral("activity.no_shows_by_form;Individuel bostøtte;no_show_rate;15,0")));
    CHECK(lines.contains(QStringLiteral("activity.no_shows_by_form;Rådgivning;no_show_rate;")));
    CHECK(lines.contains(QStringLiteral("savings.per_year;2025;cafe;12501")));
    const QJsonObject json = chartsToJson(QDate(2025, 1, 1), QDate(2025, 6, 30),
                                          {{QStringLiteral("forms"), QJsonArray{}}}, {a, b});
    CHECK(json[QStringLiteral("from")].toString() == QStringLiteral("2025-01-01"));
    CHECK(json[QStringLiteral("charts")].toArray().size() == 2);
    CHECK(json[QStringLiteral("charts")][1][QStringLiteral("key")].toString() ==
          QStringLiteral("savings.per_year"));
}

} // namespace bs::test

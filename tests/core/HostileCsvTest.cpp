// Hostile CSV (issue 7): a caseload file with formula cells, quotes, line breaks, NUL and 1 MB
// cells is stored verbatim or refused with a line/column message, all or nothing; a huge file
// is refused before it is read. And the other way: every CSV and XLSX export puts an
// apostrophe before a text cell a spreadsheet would run as a formula.
#include "domain/SpreadsheetText.h"
#include "reports/ChartExport.h"
#include "reports/XlsxExport.h"
#include "services/CsvImport.h"
#include "services/CsvReader.h"
#include "support/Expect.h"
#include "support/TestDatabase.h"
#include "support/ZipReader.h"

#include <QElapsedTimer>
#include <QFile>

using namespace bs;
using bs::test::s;
using bs::test::TestDatabase;
using bs::test::value;

namespace {

QByteArray csv(const QStringList& lines) {
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

qsizetype citizenCount(Registry& reg) {
    return value(reg.citizens()).size();
}

QString problems(const ImportResult& r) {
    QStringList out;
    for (const ImportProblem& p : r.problems)
        out << p.text();
    return out.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("Formula cells, quotes and markup in a CSV are stored verbatim", "[hostile][csv]") {
    TestDatabase t;
    const QStringList cells = {s("=cmd|' /C calc'!A0"),
                               s("+45+cmd"),
                               s("-2+3"),
                               s("@SUM(A1)"),
                               s("O'Brien \"Bo\""),
                               s("<b>Bo</b> & Ib"),
                               s("'); DROP TABLE citizen; --")};
    QStringList lines{s("navn;adresse;by")};
    for (const QString& c : cells) {
        QString quoted = c;
        quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        lines << QStringLiteral("\"%1\";\"%1\";\"%1\"").arg(quoted);
    }
    const ImportResult r = value(CsvImport(t.reg()).importBytes(csv(lines), false));
    INFO(problems(r).toStdString());
    REQUIRE(r.ok());
    CHECK(r.written == cells.size());
    QStringList stored;
    for (const Citizen& c : value(t.reg().citizens())) {
        CHECK(c.address == c.name);
        CHECK(c.city == c.name);
        stored << c.name;
    }
    for (const QString& c : cells)
        CHECK(stored.contains(c));
    CHECK(value(t.db->checkIntegrity()) == s("ok"));
}

TEST_CASE("Line breaks, NUL and 1 MB cells are refused with the line and column; nothing is "
          "written",
          "[hostile][csv]") {
    TestDatabase t;
    bs::test::Builders(t.reg()).citizen(s("Allerede Her"));
    const QByteArray nul = QByteArray("navn;by\r\nAnna;Grenaa\r\nB") + '\0' + "o;Grenaa\r\n";
    const QByteArray breaks = csv({s("navn;by"), s("Anna;Grenaa"), s("\"Bo\nIb\";Grenaa")});
    const QByteArray huge =
        csv({s("navn;sted"), s("Anna;") + QString(1'000'000, QLatin1Char('x'))});
    const QByteArray hugeName =
        csv({s("navn;by"), s("Anna;Grenaa"), QString(1'000'000, QLatin1Char('y')) + s(";Grenaa")});
    const struct {
        const char* what;
        QByteArray bytes;
        const char* expected;
    } cases[] = {
        {"NUL", nul, "Line 3, column navn: Name: contains a NUL character"},
        {"line break", breaks, "Line 3, column navn: Name: must be on one line"},
        {"1 MB site", huge, "Line 2, column sted: no site is called \"xxxxx"},
        {"1 MB name", hugeName, "Line 3, column navn: Name: may be at most 200 characters"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        const ImportResult r = value(CsvImport(t.reg()).importBytes(c.bytes, false));
        CHECK_FALSE(r.ok());
        CHECK(r.written == 0);
        const QString text = problems(r);
        INFO(text.left(500).toStdString());
        CHECK(text.startsWith(QString::fromUtf8(c.expected)));
        CHECK(text.size() < 2000); // the 1 MB value is not repeated in the message
        CHECK(citizenCount(t.reg()) == 1);
    }
}

TEST_CASE("A 50 MB file is refused at once with a message", "[hostile][csv]") {
    TestDatabase t;
    QTemporaryDir dir;
    const QString path = dir.filePath(s("stor.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray line = "Anna Andersen;Grenaa;8500\r\n";
        QByteArray block;
        while (block.size() < 1024 * 1024)
            block += line;
        f.write("navn;by;postnr\r\n");
        for (int i = 0; i < 50; ++i)
            f.write(block);
    }
    QElapsedTimer timer;
    timer.start();
    const auto fromFile = CsvImport(t.reg()).importFile(path, false);
    CHECK(timer.elapsed() < 1000);
    REQUIRE_FALSE(fromFile.ok());
    CHECK(fromFile.message().contains(s("at most 20 MB")));
    const auto fromBytes = CsvImport(t.reg()).importBytes(QByteArray(21 * 1024 * 1024, 'x'), true);
    REQUIRE_FALSE(fromBytes.ok());
    CHECK(fromBytes.message().contains(s("at most 20 MB")));
    CHECK(citizenCount(t.reg()) == 0);
}

TEST_CASE("Exports put an apostrophe before text a spreadsheet would run", "[hostile][csv]") {
    CHECK(neutralizeFormula(s("=cmd|' /C calc'!A0")) == s("'=cmd|' /C calc'!A0"));
    CHECK(neutralizeFormula(s("+45+cmd")) == s("'+45+cmd"));
    CHECK(neutralizeFormula(s("-2+3")) == s("'-2+3"));
    CHECK(neutralizeFormula(s("@SUM(A1)")) == s("'@SUM(A1)"));
    CHECK(neutralizeFormula(s("\t=1")) == s("'\t=1"));
    CHECK(neutralizeFormula(s("-3")) == s("-3")); // a number stays a number
    CHECK(neutralizeFormula(s("+4,5")) == s("+4,5"));
    CHECK(neutralizeFormula(s("Anna = Bo")) == s("Anna = Bo"));
    CHECK(neutralizeFormula(QString()) == QString());

    CHECK(CsvReader::quote(s("=1+1"), QLatin1Char(';')) == s("'=1+1"));
    CHECK(CsvReader::quote(s("=1;2"), QLatin1Char(';')) == s("\"'=1;2\""));
    CHECK(csvQuoted(s("@x")) == s("'@x"));

    ReportTable table;
    table.key = s("test");
    table.title = s("Borgere");
    table.columns = {{s("name"), s("Navn"), ColumnType::Text},
                     {s("count"), s("Antal"), ColumnType::Integer}};
    table.rows = {{s("=HYPERLINK(\"http://x\";\"klik\")"), -3}, {s("Anna"), 4}};
    const QString text = table.toCsvText();
    CHECK(text.contains(s("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";-3")));
    CHECK(text.contains(s("Anna;4")));

    QTemporaryDir dir;
    const QString path = dir.filePath(s("ledelse.xlsx"));
    bs::test::requireOk(XlsxExport::write(path, {table}));
    const QByteArray strings = bs::test::zipMember(path, "xl/sharedStrings.xml");
    CHECK(strings.contains("'=HYPERLINK("));
    CHECK_FALSE(strings.contains("<t>=HYPERLINK("));
    const QByteArray sheet = bs::test::zipMember(path, "xl/worksheets/sheet1.xml");
    CHECK(sheet.contains("<v>-3</v>"));
}

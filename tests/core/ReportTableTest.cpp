// The numbers behind a chart, written for Danish Excel (CSV), for scripts (JSON) and as a real
// workbook (XLSX, read back from the zip).
#include "reports/ReportTable.h"
#include "reports/XlsxExport.h"
#include "support/Expect.h"
#include "support/ZipReader.h"

#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>

using namespace bs;
using bs::test::s;

namespace {

ReportTable sample() {
    ReportTable t;
    t.key = s("activity.test");
    t.title = s("Aftaler; pr. måned");
    t.columns = {{s("month"), s("Måned"), ColumnType::Month},
                 {s("visits"), s("Besøg"), ColumnType::Integer},
                 {s("hours"), s("Timer"), ColumnType::Decimal, 1},
                 {s("rate"), s("Udeblivelser"), ColumnType::Percent, 1},
                 {s("note"), s("Bemærkning \"ny\""), ColumnType::Text}};
    t.rows = {{QDate(2025, 1, 1), 1234, 12.25, 7.5, s("Første; halvdel")},
              {QDate(2025, 2, 1), 0, 0.0, QVariant(), s("ø")}};
    return t;
}

} // namespace

TEST_CASE("a report table's CSV opens in Danish Excel", "[reports]") {
    const ReportTable t = sample();
    const QByteArray csv = t.toCsv();
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = t.toCsvText();
    CHECK(text == s("Måned;Besøg;Timer;Udeblivelser;\"Bemærkning \"\"ny\"\"\"\r\n"
                    "2025-01;1234;12,3;7,5;\"Første; halvdel\"\r\n"
                    "2025-02;0;0,0;;ø\r\n"));
}

TEST_CASE("a report table's JSON has stable keys and plain numbers", "[reports]") {
    const QJsonObject json = sample().toJson();
    CHECK(json[s("key")].toString() == s("activity.test"));
    const QJsonArray rows = json[s("rows")].toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0][s("month")].toString() == s("2025-01"));
    CHECK(rows[0][s("visits")].toInteger() == 1234);
    CHECK(rows[0][s("hours")].toDouble() == Approx(12.25));
    CHECK(rows[1][s("rate")].isNull());
    CHECK(json[s("columns")].toArray()[3][s("type")].toString() == s("percent"));
}

TEST_CASE("a report table's cells read the Danish way", "[reports]") {
    const ReportTable t = sample();
    const QLocale da(QLocale::Danish, QLocale::Denmark);
    CHECK(t.displayText(0, 1, da) == s("1.234"));
    CHECK(t.displayText(0, 2, da) == s("12,3"));
    CHECK(t.displayText(0, 3, da) == s("7,5 %"));
    CHECK(t.displayText(1, 3, da).isEmpty());
    CHECK(t.rowIndex(s("2025-02-01")) == 1);
    CHECK(t.columnIndex(s("hours")) == 2);
    CHECK(t.number(0, 2) == Approx(12.25));
    CHECK(t.number(1, 3) == 0);
}

TEST_CASE("a report table is written as a real XLSX workbook", "[reports]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(s("ledelse.xlsx"));
    ReportTable second = sample();
    second.title = s("Aftaler? pr. måned [kopi]");
    test::requireOk(XlsxExport::write(path, {sample(), second}));

    const QByteArray workbook = test::zipMember(path, "xl/workbook.xml");
    CHECK(workbook.contains("Aftaler; pr. måned"));
    CHECK(workbook.contains("Aftaler pr. måned kopi")); // forbidden characters replaced
    const QByteArray sheet = test::zipMember(path, "xl/worksheets/sheet1.xml");
    CHECK(sheet.contains("<v>1234</v>"));
    CHECK(sheet.contains("<v>12.25</v>"));
    CHECK(sheet.contains("<v>45658</v>")); // 1 January 2025 as an Excel date serial
    const QByteArray strings = test::zipMember(path, "xl/sharedStrings.xml");
    CHECK(strings.contains("Første; halvdel"));
    CHECK(strings.contains("Måned"));
}

TEST_CASE("a failed XLSX export says why and leaves the old file", "[reports]") {
    QTemporaryDir dir;
    CHECK_FALSE(XlsxExport::write(dir.filePath(s("missing/ledelse.xlsx")), {sample()}).ok());
    CHECK_FALSE(XlsxExport::write(dir.filePath(s("empty.xlsx")), {}).ok());
    CHECK(XlsxExport::sheetName(s("Borgere"), {s("borgere")}) == s("Borgere (2)"));
    CHECK(XlsxExport::sheetName(QString(40, QLatin1Char('x')), {}).size() == 31);
}

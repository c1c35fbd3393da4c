#include "services/CsvReader.h"
#include "services/TextDecoding.h"

#include <catch2/catch.hpp>

using namespace bs;

TEST_CASE("Text decoding detects UTF-8 with and without BOM and Windows-1252", "[csv]") {
    const QString danish = QStringLiteral("Ærø Øst Åse æøå");
    SECTION("BOM") {
        const auto d = decodeText("\xEF\xBB\xBF" + danish.toUtf8());
        CHECK(d.encoding == TextEncoding::Utf8Bom);
        CHECK(d.text == danish); // the BOM is not part of the text
    }
    SECTION("UTF-8 without BOM") {
        const auto d = decodeText(danish.toUtf8());
        CHECK(d.encoding == TextEncoding::Utf8);
        CHECK(d.text == danish);
    }
    SECTION("Windows-1252, including the bytes where it differs from Latin-1") {
        // "Ærø – 5 €" as Danish Excel writes it: æ=E6, ø=F8, Æ=C6, en dash=96, euro=80.
        const QByteArray bytes("\xC6r\xF8 \x96 5 \x80");
        const auto d = decodeText(bytes);
        CHECK(d.encoding == TextEncoding::Windows1252);
        CHECK(d.text == QStringLiteral("Ærø – 5 €"));
    }
    SECTION("plain ASCII is UTF-8") {
        CHECK(decodeText("navn;cpr").encoding == TextEncoding::Utf8);
    }
    SECTION("the undefined Windows-1252 bytes still decode") {
        CHECK(fromWindows1252("\x81\x8D") == QString(QChar(0x81)) + QChar(0x8D));
    }
}

TEST_CASE("CSV separator detection looks at the header line outside quotes", "[csv]") {
    CHECK(CsvReader::detectSeparator(QStringLiteral("navn;cpr;sted\na,b,c,d,e")) ==
          QLatin1Char(';'));
    CHECK(CsvReader::detectSeparator(QStringLiteral("navn,cpr,sted")) == QLatin1Char(','));
    CHECK(CsvReader::detectSeparator(QStringLiteral("\"a;b;c\",navn")) == QLatin1Char(','));
    CHECK(CsvReader::detectSeparator(QStringLiteral("navn")) == QLatin1Char(','));
}

TEST_CASE("CSV parsing follows RFC 4180 and counts physical lines", "[csv]") {
    const QString text = QStringLiteral("a;b;c\r\n"
                                        "\"x;y\";\"say \"\"hi\"\"\";plain\r\n"
                                        "\"two\r\nlines\";;end\n"
                                        "\n"
                                        "last;\"\";\"\"");
    const auto parsed = CsvReader::parse(text, QLatin1Char(';'));
    REQUIRE(parsed.unclosedQuoteLine == 0);
    const auto& r = parsed.records;
    REQUIRE(r.size() == 5);
    CHECK(r.at(0).line == 1);
    CHECK(r.at(0).fields ==
          QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(r.at(1).line == 2);
    CHECK(r.at(1).fields == QStringList{QStringLiteral("x;y"), QStringLiteral("say \"hi\""),
                                        QStringLiteral("plain")});
    CHECK(r.at(2).line == 3);
    CHECK(r.at(2).fields ==
          QStringList{QStringLiteral("two\nlines"), QString(), QStringLiteral("end")});
    CHECK(r.at(3).line == 5); // the empty line
    CHECK(r.at(3).isBlank());
    CHECK(r.at(4).line == 6);
    CHECK(r.at(4).fields == QStringList{QStringLiteral("last"), QString(), QString()});

    SECTION("an unclosed quote names the line where it opened") {
        const auto bad =
            CsvReader::parse(QStringLiteral("a,b\n1,2\n3,\"oops\n4,5\n"), QLatin1Char(','));
        CHECK(bad.unclosedQuoteLine == 3);
    }
    SECTION("quoting for output") {
        CHECK(CsvReader::quote(QStringLiteral("plain"), QLatin1Char(';')) ==
              QStringLiteral("plain"));
        CHECK(CsvReader::quote(QStringLiteral("a;b"), QLatin1Char(';')) ==
              QStringLiteral("\"a;b\""));
        CHECK(CsvReader::quote(QStringLiteral("say \"hi\""), QLatin1Char(';')) ==
              QStringLiteral("\"say \"\"hi\"\"\""));
        CHECK(CsvReader::quote(QStringLiteral("a,b"), QLatin1Char(';')) == QStringLiteral("a,b"));
    }
}

#include "services/CsvImport.h"
#include "CliTestSupport.h"

using namespace bs;
using namespace bs::clitest;

namespace {

// The organisation every import test matches against.
struct ImportDb : TestDb {
    Site auc = site(QStringLiteral("AUC Grenaa"));
    Site alling = site(QStringLiteral("Allingåbro"));
    Staff mh = staff(QStringLiteral("MH"), QStringLiteral("Mette Holm"));
    Staff jk = staff(QStringLiteral("JK"), QStringLiteral("Jens Kofoed"));

    ImportResult import(const QString& path, bool dryRun = false) {
        auto r = CsvImport(reg()).importFile(path, dryRun);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
    ImportResult importBytes(const QByteArray& bytes, bool dryRun = false) {
        auto r = CsvImport(reg()).importBytes(bytes, dryRun);
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        return r.value();
    }
    Citizen byName(const QString& name) {
        auto list = reg().citizens();
        REQUIRE(list.ok());
        for (const Citizen& c : *list)
            if (c.name == name)
                return c;
        FAIL("no citizen named " << name.toStdString());
        return {};
    }
};

QStringList problemTexts(const ImportResult& r) {
    QStringList out;
    for (const auto& p : r.problems)
        out << p.text();
    return out;
}

} // namespace

TEST_CASE("CSV import: semicolons and UTF-8 with BOM and Danish headers and quoted fields",
          "[import]") {
    ImportDb t;
    const ImportResult r = t.import(fixture("citizens-semicolon-utf8-bom.csv"));
    INFO(problemTexts(r).join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok());
    CHECK(r.encoding == TextEncoding::Utf8Bom);
    CHECK(r.separator == QLatin1Char(';'));
    CHECK(r.rowCount == 3); // the trailing ";;;" line is skipped
    CHECK(r.written == 3);
    REQUIRE(t.citizenCount() == 3);

    const Citizen soren = t.byName(QStringLiteral("Søren Ærø"));
    CHECK(soren.cpr == QStringLiteral("6101904321"));
    CHECK(soren.address == QStringLiteral("Østergade 5; 2. th.")); // separator inside quotes
    CHECK(soren.city == QStringLiteral("Grenå"));
    CHECK(soren.phone == QStringLiteral("86 12 34 56"));
    CHECK(soren.siteId == t.auc.meta.id);
    CHECK(soren.contactStaffId == t.mh.meta.id);
    CHECK(soren.targetGroup == TargetGroup::SocialPsychiatry);
    CHECK(soren.status == CitizenStatus::Active);
    CHECK(soren.virtualContact == ContactPreference::Video);

    const Citizen ase = t.byName(QStringLiteral("Åse \"Lille\" Møller")); // doubled quotes
    CHECK(ase.address == QStringLiteral("Kirkevej 1\nAllingåbro")); // line break inside quotes
    CHECK(ase.siteId == t.alling.meta.id);     // written "allingaabro": aa = å, case ignored
    CHECK(ase.contactStaffId == t.jk.meta.id); // "jk"
    CHECK(ase.targetGroup == TargetGroup::IntellectualDisability);
    CHECK(ase.status == CitizenStatus::WaitingList);
    CHECK(ase.virtualContact == ContactPreference::Phone);

    const Citizen bent = t.byName(QStringLiteral("Bent Kjær"));
    CHECK(bent.cpr.isEmpty());
    CHECK(bent.siteId.isNull());
    CHECK(bent.targetGroup == TargetGroup::Other);
}

TEST_CASE("CSV import: commas and UTF-8 without BOM and English headers in another order",
          "[import]") {
    ImportDb t;
    const ImportResult r = t.import(fixture("citizens-comma-utf8.csv"));
    INFO(problemTexts(r).join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok());
    CHECK(r.encoding == TextEncoding::Utf8);
    CHECK(r.separator == QLatin1Char(','));
    CHECK(r.written == 2);
    const Citizen bent = t.byName(QStringLiteral("Hansen, Bent")); // comma inside quotes
    CHECK(bent.siteId == t.auc.meta.id);
    CHECK(bent.contactStaffId == t.mh.meta.id);
    CHECK(bent.targetGroup == TargetGroup::SocialPsychiatry); // English label
    CHECK(bent.phone == QStringLiteral("+45 86 12 34 56"));
    const Citizen ida = t.byName(QStringLiteral("Ida Ørum"));
    CHECK(ida.siteId == t.alling.meta.id);
    CHECK(ida.targetGroup == TargetGroup::Other);
}

TEST_CASE("CSV import: Windows-1252 as Danish Excel saves it", "[import]") {
    ImportDb t;
    const ImportResult r = t.import(fixture("citizens-windows-1252.csv"));
    INFO(problemTexts(r).join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok());
    CHECK(r.encoding == TextEncoding::Windows1252);
    CHECK(r.separator == QLatin1Char(';'));
    CHECK(r.written == 2);
    const Citizen jorgen = t.byName(QStringLiteral("Jørgen Æbelø"));
    CHECK(jorgen.address == QStringLiteral("Åboulevarden 3 – st.")); // 0x96 is an en dash
    CHECK(jorgen.city == QStringLiteral("Århus C"));
    const Citizen birthe = t.byName(QStringLiteral("Birthe Søndergård"));
    CHECK(birthe.siteId == t.alling.meta.id);
    CHECK(birthe.contactStaffId == t.jk.meta.id);
}

TEST_CASE("CSV import: every problem is reported with its line and column and nothing is written",
          "[import]") {
    ImportDb t;
    const ImportResult r = t.import(fixture("citizens-errors.csv"));
    CHECK_FALSE(r.ok());
    CHECK(r.written == 0);
    CHECK(t.citizenCount() == 0); // line 2 is fine, but nothing is written
    CHECK(r.rowCount == 4);

    QStringList found;
    for (const auto& p : r.problems)
        found << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
    INFO(problemTexts(r).join(QLatin1Char('\n')).toStdString());
    CHECK(found == QStringList{QStringLiteral("3:navn"), QStringLiteral("4:cpr"),
                               QStringLiteral("4:postnr"), QStringLiteral("4:email"),
                               QStringLiteral("4:sted"), QStringLiteral("4:kontaktperson"),
                               QStringLiteral("5:cpr")});
    // The duplicate names the first line, with the CPR number masked.
    CHECK(r.problems.last().message.contains(QStringLiteral("610190-xxxx")));
    CHECK(r.problems.last().message.contains(QStringLiteral("line 2")));
    CHECK(r.problems.at(4).message.contains(QStringLiteral("Ukendt Sted")));
    CHECK(r.problems.at(5).message.contains(QStringLiteral("XX")));
    CHECK(r.problems.first().text().startsWith(QStringLiteral("Line 3, column navn: ")));
}

TEST_CASE("CSV import: a CPR number already in the database is reported", "[import]") {
    ImportDb t;
    t.citizen(QStringLiteral("Eksisterende Borger"), {}, QStringLiteral("6101904321"));
    const ImportResult r =
        t.importBytes("navn;cpr\nNy Borger;610190-4321\nAnden Borger;6202851234\n");
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems.first().line == 2);
    CHECK(r.problems.first().column == QStringLiteral("cpr"));
    CHECK(r.problems.first().message.contains(QStringLiteral("Eksisterende Borger")));
    CHECK(t.citizenCount() == 1);
}

TEST_CASE("CSV import: dry run checks everything and writes nothing", "[import]") {
    ImportDb t;
    const ImportResult r = t.import(fixture("citizens-semicolon-utf8-bom.csv"), true);
    CHECK(r.ok());
    CHECK(r.dryRun);
    CHECK(r.rows.size() == 3);
    CHECK(r.rows.at(1).line == 3);
    CHECK(r.rows.at(2).line == 5); // after the quoted field spanning lines 3 and 4
    CHECK(r.written == 0);
    CHECK(t.citizenCount() == 0);

    SECTION("and reports problems just like a real import") {
        const ImportResult bad = t.import(fixture("citizens-errors.csv"), true);
        CHECK(bad.problems.size() == 7);
        CHECK(t.citizenCount() == 0);
    }
}

TEST_CASE("CSV import: header problems", "[import]") {
    ImportDb t;
    SECTION("unknown column") {
        const ImportResult r = t.importBytes("navn;fødselsdag\nAnna;1-1-1990\n");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().line == 1);
        CHECK(r.problems.first().column == QStringLiteral("fødselsdag"));
    }
    SECTION("no name column") {
        const ImportResult r = t.importBytes("cpr;sted\n6101904321;AUC Grenaa\n");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().line == 1);
    }
    SECTION("the same column twice, under two names") {
        const ImportResult r = t.importBytes("navn,name\nAnna,Anna\n");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().column == QStringLiteral("name"));
    }
    SECTION("empty file") {
        const ImportResult r = t.importBytes("");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().line == 1);
    }
    SECTION("a value outside the named columns") {
        const ImportResult r = t.importBytes("navn;cpr\nAnna;;overflow\nBo;\n");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().line == 2);
        CHECK(t.citizenCount() == 0);
    }
    SECTION("an unclosed quote") {
        const ImportResult r = t.importBytes("navn;adresse\nAnna;\"Vej 1\nBo;Vej 2\n");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().line == 2);
    }
    SECTION("headers are case-insensitive and ignore spaces and dashes") {
        const ImportResult r = t.importBytes("NAVN;CPR-nr;Post nr;Målgruppe\n"
                                             "Anna;6101904321;8500;Fysisk handicap\n");
        INFO(problemTexts(r).join(QLatin1Char('\n')).toStdString());
        REQUIRE(r.ok());
        CHECK(t.byName(QStringLiteral("Anna")).targetGroup == TargetGroup::PhysicalDisability);
        CHECK(t.byName(QStringLiteral("Anna")).postalCode == QStringLiteral("8500"));
    }
}

TEST_CASE("CSV import: unknown values of the closed vocabularies are problems", "[import]") {
    ImportDb t;
    const ImportResult r = t.importBytes("navn;målgruppe;status;kontaktform\n"
                                         "Anna;misbrug;aktiv;video\n"
                                         "Bo;andet;pause;telefon\n"
                                         "Carl;andet;afsluttet;brevdue\n");
    QStringList found;
    for (const auto& p : r.problems)
        found << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
    CHECK(found == QStringList{QStringLiteral("2:målgruppe"), QStringLiteral("3:status"),
                               QStringLiteral("4:kontaktform")});
    CHECK(t.citizenCount() == 0);
}

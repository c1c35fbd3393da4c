#include "services/StatusReport.h"
#include "StatusFixture.h"

#include <QJsonArray>

using namespace bs;
using namespace bs::clitest;

namespace {

QStringList siteLines(const StatusReport& r) {
    QStringList out;
    for (const auto& s : r.sites)
        out << QStringLiteral("%1=%2")
                   .arg(s.siteId.isNull() ? QStringLiteral("-") : s.name)
                   .arg(s.count);
    return out;
}

QStringList groupLines(const StatusReport& r) {
    QStringList out;
    for (const auto& g : r.groups)
        out << QStringLiteral("%1@%2=%3").arg(g.name, g.siteName).arg(g.count);
    return out;
}

} // namespace

TEST_CASE(
    "Status report counts citizens with an active grant per form and basis and site and group",
    "[report]") {
    TestDb t;
    buildStatusFixture(t);

    SECTION("on 25 November 2025") {
        auto r = StatusReport::compute(*t.db, QDate(2025, 11, 25));
        INFO(r.message().toStdString());
        REQUIRE(r.ok());
        // Anna, Bo, Cecilie, Dan; not Erik (expired, other grant deleted), not Frida (deleted).
        CHECK(r->citizensWithActiveGrant == 4);
        // Anna's two individual allocations count once; Bo's deleted one not at all.
        CHECK(r->formCount(SupportForm::Individual) == 3);
        // Bo; Anna's counselling only starts 1 December.
        CHECK(r->formCount(SupportForm::Counselling) == 1);
        CHECK(r->formCount(SupportForm::Group) == 1);
        CHECK(r->formCount(SupportForm::Virtual) == 1);
        CHECK(r->basisCount(LegalBasis::P82a) == 1);
        CHECK(r->basisCount(LegalBasis::P82b) == 1);
        CHECK(r->basisCount(LegalBasis::P85) == 3); // Cecilie counts under both § 82 a and § 85
        CHECK(siteLines(*r) == QStringList{QStringLiteral("Allingåbro=1"),
                                           QStringLiteral("AUC Grenaa=2"),
                                           QStringLiteral("Ørsted=0"), QStringLiteral("-=1")});
        // "Ældre 35+" has ended and has nobody; Mindfulness runs, but Erik has no active grant.
        CHECK(groupLines(*r) == QStringList{QStringLiteral("Mindfulness@AUC Grenaa=0"),
                                            QStringLiteral("Yngre 20+@Allingåbro=2")});
    }

    SECTION("on 1 March 2025") {
        auto r = StatusReport::compute(*t.db, QDate(2025, 3, 1));
        REQUIRE(r.ok());
        CHECK(r->citizensWithActiveGrant == 4); // Anna, Cecilie, Dan, Erik
        CHECK(r->formCount(SupportForm::Individual) == 3);
        CHECK(r->formCount(SupportForm::Counselling) == 0);
        CHECK(r->formCount(SupportForm::Group) == 1);
        CHECK(r->formCount(SupportForm::Virtual) == 1); // starts that very day
        CHECK(r->basisCount(LegalBasis::P82a) == 1);
        CHECK(r->basisCount(LegalBasis::P82b) == 0);
        CHECK(r->basisCount(LegalBasis::P85) == 3);
        CHECK(siteLines(*r) == QStringList{QStringLiteral("Allingåbro=2"),
                                           QStringLiteral("AUC Grenaa=1"),
                                           QStringLiteral("Ørsted=0"), QStringLiteral("-=1")});
        CHECK(groupLines(*r) == QStringList{QStringLiteral("Mindfulness@AUC Grenaa=1"),
                                            QStringLiteral("Yngre 20+@Allingåbro=2"),
                                            QStringLiteral("Ældre 35+@Allingåbro=1")});
    }

    SECTION("before anything started, every count is 0 but forms and bases are all listed") {
        auto r = StatusReport::compute(*t.db, QDate(2020, 1, 1));
        REQUIRE(r.ok());
        CHECK(r->citizensWithActiveGrant == 0);
        CHECK(r->supportForms.size() == 4);
        CHECK(r->legalBases.size() == 3);
        for (const auto& f : r->supportForms)
            CHECK(f.count == 0);
        CHECK(r->groups.isEmpty());
        CHECK(siteLines(*r) == QStringList{QStringLiteral("Allingåbro=0"),
                                           QStringLiteral("AUC Grenaa=0"),
                                           QStringLiteral("Ørsted=0")});
    }

    SECTION("an invalid date is refused") {
        CHECK_FALSE(StatusReport::compute(*t.db, QDate()).ok());
    }
}

TEST_CASE("Status report formats: json keys and codes and csv rows and text summary", "[report]") {
    TestDb t;
    buildStatusFixture(t);
    auto r = StatusReport::compute(*t.db, QDate(2025, 11, 25));
    REQUIRE(r.ok());

    SECTION("json") {
        const QJsonObject o = r->toJson();
        CHECK(o.value(QStringLiteral("at")).toString() == QStringLiteral("2025-11-25"));
        CHECK(o.value(QStringLiteral("citizens_with_active_grant")).toInt() == 4);
        const QJsonArray forms = o.value(QStringLiteral("support_forms")).toArray();
        REQUIRE(forms.size() == 4);
        CHECK(forms.at(0).toObject().value(QStringLiteral("code")).toString() ==
              QStringLiteral("individual"));
        CHECK(forms.at(0).toObject().value(QStringLiteral("count")).toInt() == 3);
        CHECK_FALSE(forms.at(0).toObject().value(QStringLiteral("label")).toString().isEmpty());
        const QJsonArray bases = o.value(QStringLiteral("legal_bases")).toArray();
        REQUIRE(bases.size() == 3);
        CHECK(bases.at(1).toObject().value(QStringLiteral("code")).toString() ==
              QStringLiteral("82b"));
        CHECK(bases.at(1).toObject().value(QStringLiteral("count")).toInt() == 1);
        const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
        REQUIRE(groups.size() == 2);
        CHECK(groups.at(1).toObject().value(QStringLiteral("site")).toString() ==
              QStringLiteral("Allingåbro"));
        CHECK(groups.at(1).toObject().value(QStringLiteral("count")).toInt() == 2);
        const QJsonArray sites = o.value(QStringLiteral("sites")).toArray();
        REQUIRE(sites.size() == 4);
        CHECK(sites.at(3).toObject().value(QStringLiteral("id")).toString().isEmpty());
        CHECK(sites.at(3).toObject().value(QStringLiteral("count")).toInt() == 1);
    }

    SECTION("csv") {
        const QByteArray csv = r->toCsv();
        REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList rows =
            QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(rows.size() == 1 + 1 + 1 + 4 + 3 + 4 + 2); // header, date, total, sections
        CHECK(rows.at(0) == QStringLiteral("section;key;label;count"));
        CHECK(rows.at(1).startsWith(QStringLiteral("date;2025-11-25;")));
        CHECK(rows.at(2).startsWith(QStringLiteral("total;citizens_with_active_grant;")));
        CHECK(rows.at(2).endsWith(QStringLiteral(";4")));
        CHECK(rows.contains(QStringLiteral("support_form;counselling;Counselling;1")));
        CHECK(rows.contains(QStringLiteral("legal_basis;85;§ 85;3")));
        CHECK(rows.contains(QStringLiteral("site;;No site;1")));
        for (const QString& row : rows)
            CHECK(row.count(QLatin1Char(';')) == 3);
    }

    SECTION("text") {
        const QString text = r->toText();
        CHECK(text.contains(QStringLiteral("Citizens with an active grant: 4")));
        CHECK(text.contains(QStringLiteral("  Individual: 3")));
        CHECK(text.contains(QStringLiteral("  § 82 b: 1")));
        CHECK(text.contains(QStringLiteral("  Yngre 20+ (Allingåbro): 2")));
        CHECK(text.contains(QStringLiteral("  No site: 1")));
    }
}

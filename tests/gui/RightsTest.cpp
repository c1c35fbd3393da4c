// The rights screens: find by CPR (logged), hand over a PDF and JSON, erase after typing the CPR
// number, the retention list with its erasure, and a worker who may do none of it.
#include "Format.h"
#include "rights/CitizenRightsPanel.h"
#include "rights/EraseDialog.h"
#include "rights/RetentionPanel.h"
#include "rights/RightsPage.h"
#include "support/RightsFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace bs;
using namespace bs::test;

TEST_CASE("Rights panel: find, hand over and erase a citizen", "[rights]") {
    TestDatabase t;
    const RightsCase rc = buildRightsCase(t.reg());
    RightsPage page(t.reg());
    page.resize(1000, 600);
    CitizenRightsPanel& panel = *page.requests();
    REQUIRE(panel.list()->count() == 2);
    CHECK_FALSE(panel.exportButton()->isEnabled());
    CHECK(panel.list()->item(0)->text().contains(QStringLiteral("xxxx")));
    CHECK_FALSE(panel.list()->item(0)->text().contains(QStringLiteral("1234")));

    CHECK_FALSE(panel.findByCpr(QStringLiteral("3213")).ok());
    CHECK(panel.selectedId().isNull());
    CHECK_FALSE(panel.message()->text().isEmpty());
    REQUIRE(panel.findByCpr(kCanaryCprDash).ok());
    CHECK(panel.selectedId() == rc.citizen.meta.id);
    CHECK(panel.exportButton()->isEnabled());
    CHECK(panel.details()->text().contains(kCanaryName));
    AccessLogFilter searches;
    searches.action = AccessAction::Search;
    CHECK(t.db->accessLog().search(searches)->size() == 1); // the malformed one is refused
    page.grab().save(QStringLiteral("/tmp/rights-panel.png"));

    QTemporaryDir out;
    auto files = panel.exportTo(out.path());
    INFO(files.message().toStdString());
    REQUIRE(files.ok());
    REQUIRE(files->size() == 2);
    CHECK(readAll(files->at(0)).startsWith("%PDF"));
    CHECK(files->at(0).endsWith(QStringLiteral(".pdf")));
    CHECK(QFileInfo(files->at(0)).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser));
    CHECK(readAll(files->at(1)).contains(kCanaryRevision.toUtf8()));
    CHECK_FALSE(panel.exportTo(out.filePath(QStringLiteral("missing"))).ok());

    EraseDialog dialog({{rc.citizen.meta.id, rc.citizen.name, rc.citizen.cpr, QStringLiteral("x")}},
                       {});
    dialog.grab().save(QStringLiteral("/tmp/rights-erase-dialog.png"));
    CHECK_FALSE(dialog.eraseButton()->isEnabled());
    dialog.reasonEdit()->setText(QStringLiteral("Borgerens anmodning"));
    dialog.confirmEdit()->setText(QStringLiteral("070707-1235"));
    CHECK_FALSE(dialog.eraseButton()->isEnabled());
    dialog.confirmEdit()->setText(kCanaryCprDash);
    CHECK(dialog.eraseButton()->isEnabled());

    QSignalSpy erased(&page, &RightsPage::citizensErased);
    REQUIRE(panel.erase(rc.citizen.meta.id, dialog.reason()).ok());
    CHECK(erased.count() == 1);
    CHECK(panel.list()->count() == 1);
    CHECK(panel.message()->text().contains(QStringLiteral("Erased")));
    CHECK_FALSE(t.reg().citizen(rc.citizen.meta.id).ok());
}

TEST_CASE("Rights panel: a worker cannot use it", "[rights]") {
    TestDatabase t;
    Builders{t.reg()}.citizen(QStringLiteral("Anna Hansen"));
    Actor worker;
    worker.accountId = QUuid::createUuid();
    worker.userName = QStringLiteral("mh");
    worker.role = StaffRole::Worker;
    t.db->setActor(worker);
    CitizenRightsPanel panel(t.reg());
    CHECK(panel.list()->count() == 0);
    CHECK(panel.message()->text().contains(QStringLiteral("administrator")));
    CHECK_FALSE(panel.exportButton()->isEnabled());
    CHECK_FALSE(panel.eraseButton()->isEnabled());
    CHECK_FALSE(panel.findByCpr(QStringLiteral("7501853456")).ok());
    RetentionPanel retention(t.reg());
    CHECK_FALSE(retention.yearsBox()->isEnabled());
}

TEST_CASE("Retention panel: closed cases past the period, erased when ticked", "[rights]") {
    TestDatabase t;
    Builders b{t.reg()};
    t.clock.set(utc(2018, 3, 1));
    Citizen old = b.citizen(QStringLiteral("Gammel Sag"));
    requireStatus(t.reg().endCitizen(old, QDate(2018, 3, 1)));
    t.clock.set(utc(2023, 3, 1));
    Citizen recent = b.citizen(QStringLiteral("Nyere Sag"));
    requireStatus(t.reg().endCitizen(recent, QDate(2023, 3, 1)));
    t.clock.set(utc(2025, 11, 25));

    RetentionPanel panel(t.reg());
    panel.resize(800, 400);
    CHECK(panel.yearsBox()->value() == 5);
    REQUIRE(panel.table()->rowCount() == 1);
    CHECK(panel.table()->item(0, 0)->text() == QStringLiteral("Gammel Sag"));
    CHECK(panel.table()->item(0, 3)->text() == dateText(QDate(2018, 3, 1)));
    CHECK_FALSE(panel.eraseButton()->isEnabled());
    panel.yearsBox()->setValue(2);
    REQUIRE(panel.table()->rowCount() == 2);
    panel.grab().save(QStringLiteral("/tmp/rights-retention.png"));
    CHECK_FALSE(panel.eraseChecked(QStringLiteral("Opbevaringsperiode udløbet")).ok());
    panel.setChecked(old.meta.id, true);
    CHECK(panel.eraseButton()->isEnabled());
    REQUIRE(panel.eraseChecked(QStringLiteral("Opbevaringsperiode udløbet")).ok());
    CHECK(panel.table()->rowCount() == 1);
    CHECK_FALSE(t.reg().citizen(old.meta.id).ok());
    CHECK(t.reg().citizen(recent.meta.id).ok());

    panel.yearsBox()->setValue(5);
    CHECK(panel.emptyLabel()->isVisibleTo(&panel));
    CHECK(panel.emptyLabel()->text().contains(QStringLiteral("No closed cases")));
}

// Settings ▸ Economy: the economic model behind gevinstrealisering is edited, saved, shown again
// after a reload, and bad input gets a message and stores nothing.
#include "GuiFixture.h"
#include "SettingsPage.h"
#include "settings/EconomicModelPanel.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

namespace {

struct Economy {
    gui::Fixture f;
    bs::EconomicModelPanel* panel = nullptr;

    Economy() {
        bs::MainWindow& w = f.show();
        w.showSection(bs::MainWindow::Settings);
        panel = f.child<bs::EconomicModelPanel>("economicModel");
        w.settingsPage()->tabs()->setCurrentWidget(panel);
    }
    template <typename T> T* field(const char* name) const {
        auto* w = panel->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    QTableWidget* targets() const { return field<QTableWidget>("targetTable"); }
    void setCell(int row, int column, const QString& text) const {
        REQUIRE(targets()->item(row, column));
        targets()->item(row, column)->setText(text);
    }
    void click(const char* name) const {
        QTest::mouseClick(field<QPushButton>(name), Qt::LeftButton);
    }
    QString result() const { return field<QLabel>("economicModelResult")->text(); }
    bs::EconomicModel stored() const {
        auto m = bs::EconomicModel::load(*f.db);
        REQUIRE(m.ok());
        return *m;
    }
};

} // namespace

TEST_CASE("Economy: edited figures are saved and shown again", "[settings]") {
    Economy e;
    // The seeds' figures before anything is stored: four years, café 227 000 in 2026.
    REQUIRE(e.targets()->rowCount() == 4);
    CHECK(e.panel->fieldsModel().ok());
    CHECK(*e.panel->fieldsModel() == bs::EconomicModel::defaults());
    const QString method = e.field<QLabel>("economicMethod")->text();
    CHECK(method.contains(QLocale().toString(450.0, 'f', 2)));

    e.field<QDoubleSpinBox>("staffCostPerHour")->setValue(520.5);
    e.field<QSpinBox>("travelMinutesPerVisit")->setValue(25);
    e.field<QDoubleSpinBox>("kmPerVisit")->setValue(12);
    e.field<QDoubleSpinBox>("kmRate")->setValue(3.5);
    // The method follows the fields as they change.
    CHECK(e.field<QLabel>("economicMethod")->text().contains(QLocale().toString(520.5, 'f', 2)));
    e.setCell(0, 1, QStringLiteral("150000")); // café 2025
    e.click("addTargetYear");
    REQUIRE(e.targets()->rowCount() == 5);
    CHECK(e.targets()->item(4, 0)->text() == QStringLiteral("2029"));
    e.setCell(4, 2, QStringLiteral("90000")); // group 2029
    // Remove 2028.
    e.targets()->setCurrentCell(3, 0);
    e.click("removeTargetYear");
    REQUIRE(e.targets()->rowCount() == 4);
    e.click("saveEconomicModel");
    INFO(e.result().toStdString());
    CHECK(e.result().contains(QStringLiteral("Saved")));

    const bs::EconomicModel m = e.stored();
    CHECK(m.staffCostPerHour == Approx(520.5));
    CHECK(m.travelMinutesPerVisit == 25);
    CHECK(m.kmPerVisit == Approx(12));
    CHECK(m.kmRate == Approx(3.5));
    CHECK(m.cafeTarget.value(2025) == Approx(150000));
    CHECK(m.cafeTarget.value(2026) == Approx(227000));
    CHECK(m.groupTarget.value(2029) == Approx(90000));
    CHECK_FALSE(m.cafeTarget.contains(2028));

    // A fresh panel shows what was stored.
    bs::EconomicModelPanel again(*e.f.registry);
    REQUIRE(again.reload().ok());
    CHECK(again.findChild<QDoubleSpinBox*>(QStringLiteral("staffCostPerHour"))->value() ==
          Approx(520.5));
    auto* table = again.findChild<QTableWidget*>(QStringLiteral("targetTable"));
    REQUIRE(table->rowCount() == 4);
    CHECK(table->item(3, 0)->text() == QStringLiteral("2029"));
    CHECK(*again.fieldsModel() == m);

    // Restore defaults fills the fields; only Save stores them.
    e.click("restoreEconomicDefaults");
    CHECK(*e.panel->fieldsModel() == bs::EconomicModel::defaults());
    CHECK(e.stored() == m);
    e.click("saveEconomicModel");
    CHECK(e.stored() == bs::EconomicModel::defaults());
}

TEST_CASE("Economy: bad input gets a message and nothing is saved", "[settings]") {
    Economy e;
    e.setCell(1, 1, QStringLiteral("mange penge"));
    e.field<QDoubleSpinBox>("staffCostPerHour")->setValue(300); // a good change alongside
    e.click("saveEconomicModel");
    CHECK(e.result().contains(QStringLiteral("mange penge")));
    CHECK(e.stored() == bs::EconomicModel::defaults()); // nothing stored, not even the cost

    e.setCell(1, 1, QStringLiteral("227000"));
    e.field<QDoubleSpinBox>("staffCostPerHour")->setValue(60000); // an extra zero or two
    e.click("saveEconomicModel");
    CHECK_FALSE(e.result().contains(QStringLiteral("Saved")));
    CHECK(e.stored() == bs::EconomicModel::defaults());

    e.field<QDoubleSpinBox>("staffCostPerHour")->setValue(450);
    e.setCell(2, 0, QStringLiteral("2025")); // the year 2025 twice
    e.click("saveEconomicModel");
    CHECK(e.result().contains(QStringLiteral("2025")));
    CHECK(e.stored() == bs::EconomicModel::defaults());

    e.setCell(2, 0, QStringLiteral("2027"));
    e.click("saveEconomicModel");
    CHECK(e.result().contains(QStringLiteral("Saved")));
}

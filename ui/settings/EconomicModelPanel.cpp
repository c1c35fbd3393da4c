#include "EconomicModelPanel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <optional>

namespace bs {

namespace {

enum Column { YearColumn, CafeColumn, GroupColumn, VirtualColumn, ColumnCount };

QString amountText(double value) {
    const bool whole = std::abs(value - std::round(value)) < 0.005;
    return QLocale().toString(value, 'f', whole ? 0 : 2);
}

// An amount as the user may type it: "227.000", "227000", "1234,50" (Danish) or "1234.50".
// Empty is 0.
std::optional<double> parseAmount(const QString& text) {
    const QString t = text.trimmed().remove(QStringLiteral("kr.")).trimmed();
    if (t.isEmpty())
        return 0.0;
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

QDoubleSpinBox* moneyBox(const char* name, int decimals, double max, const QString& suffix) {
    auto* box = new QDoubleSpinBox;
    box->setObjectName(QLatin1String(name));
    box->setDecimals(decimals);
    // Wider than the model allows, so a slip of the keyboard gets a message, not a silent clamp.
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

} // namespace

EconomicModelPanel::EconomicModelPanel(Registry& registry, QWidget* parent)
    : QWidget(parent), m_registry(registry),
      m_cost(moneyBox("staffCostPerHour", 2, 99999, tr(" kr."))), m_minutes(new QSpinBox),
      m_km(moneyBox("kmPerVisit", 1, 9999, tr(" km"))),
      m_rate(moneyBox("kmRate", 2, 999, tr(" kr."))), m_targets(new QTableWidget(0, ColumnCount)),
      m_result(new QLabel), m_method(new QLabel) {
    m_minutes->setObjectName(QStringLiteral("travelMinutesPerVisit"));
    m_minutes->setRange(0, 9999);
    m_minutes->setSuffix(tr(" min"));
    for (QAbstractSpinBox* box :
         std::initializer_list<QAbstractSpinBox*>{m_cost, m_minutes, m_km, m_rate})
        box->setMaximumWidth(200);

    auto* form = new QFormLayout;
    form->addRow(tr("Staff cost per &hour (salary and overhead)"), m_cost);
    form->addRow(tr("Travel &minutes per home visit, both ways"), m_minutes);
    form->addRow(tr("&Km per home visit, both ways"), m_km);
    form->addRow(tr("Km &rate"), m_rate);

    m_targets->setObjectName(QStringLiteral("targetTable"));
    m_targets->setHorizontalHeaderLabels(
        {tr("Year"), tr("Café (kr.)"), tr("Group (kr.)"), tr("Virtual (kr.)")});
    m_targets->verticalHeader()->hide();
    m_targets->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_targets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_targets->setTabKeyNavigation(true);
    m_targets->setMinimumHeight(160);
    m_targets->setMaximumHeight(280);
    auto* targetsLabel = new QLabel(tr("Yearly &targets per support form"));
    targetsLabel->setBuddy(m_targets);

    auto* add = new QPushButton(tr("&Add year"));
    add->setObjectName(QStringLiteral("addTargetYear"));
    auto* remove = new QPushButton(tr("Remo&ve year"));
    remove->setObjectName(QStringLiteral("removeTargetYear"));
    connect(add, &QPushButton::clicked, this, &EconomicModelPanel::addYear);
    connect(remove, &QPushButton::clicked, this, &EconomicModelPanel::removeYear);
    auto* yearButtons = new QHBoxLayout;
    yearButtons->addWidget(add);
    yearButtons->addWidget(remove);
    yearButtons->addStretch();

    auto* save = new QPushButton(tr("&Save economic model"));
    save->setObjectName(QStringLiteral("saveEconomicModel"));
    connect(save, &QPushButton::clicked, this, [this] {
        const Status s = this->save();
        m_result->setText(s ? tr("Saved. The savings charts use these figures from now on.")
                            : s.message());
    });
    auto* defaults = new QPushButton(tr("Restore &defaults"));
    defaults->setObjectName(QStringLiteral("restoreEconomicDefaults"));
    connect(defaults, &QPushButton::clicked, this, [this] {
        restoreDefaults();
        m_result->setText(tr("The default figures are in the fields. Save to use them."));
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(defaults);
    buttons->addStretch();

    m_result->setObjectName(QStringLiteral("economicModelResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addSpacing(8);
    left->addWidget(targetsLabel);
    left->addWidget(m_targets);
    left->addLayout(yearButtons);
    left->addSpacing(8);
    left->addLayout(buttons);
    left->addWidget(m_result);
    left->addStretch();

    m_method->setObjectName(QStringLiteral("economicMethod"));
    m_method->setWordWrap(true);
    m_method->setTextFormat(Qt::PlainText);
    m_method->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_method->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* methodBox = new QGroupBox(tr("How the savings are computed"));
    auto* methodLayout = new QVBoxLayout(methodBox);
    methodLayout->addWidget(m_method);
    methodLayout->addStretch();

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addSpacing(12);
    layout->addWidget(methodBox, 2);

    for (QDoubleSpinBox* box : {m_cost, m_km, m_rate})
        connect(box, &QDoubleSpinBox::valueChanged, this, &EconomicModelPanel::updateMethod);
    connect(m_minutes, &QSpinBox::valueChanged, this, &EconomicModelPanel::updateMethod);
    showModel(EconomicModel::defaults());
}

Status EconomicModelPanel::reload() {
    auto model = EconomicModel::load(m_registry.database());
    if (!model) {
        m_result->setText(model.message());
        return Status(model.error());
    }
    showModel(*model);
    m_result->clear();
    return Status::success();
}

void EconomicModelPanel::restoreDefaults() {
    showModel(EconomicModel::defaults());
}

void EconomicModelPanel::showModel(const EconomicModel& model) {
    m_cost->setValue(model.staffCostPerHour);
    m_minutes->setValue(model.travelMinutesPerVisit);
    m_km->setValue(model.kmPerVisit);
    m_rate->setValue(model.kmRate);
    QList<int> years =
        model.cafeTarget.keys() + model.groupTarget.keys() + model.virtualTarget.keys();
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    m_targets->setRowCount(0);
    for (const int year : years) {
        const int row = m_targets->rowCount();
        m_targets->insertRow(row);
        m_targets->setItem(row, YearColumn, new QTableWidgetItem(QString::number(year)));
        const double values[] = {model.cafeTarget.value(year), model.groupTarget.value(year),
                                 model.virtualTarget.value(year)};
        for (int c = CafeColumn; c <= VirtualColumn; ++c) {
            auto* item = new QTableWidgetItem(amountText(values[c - CafeColumn]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_targets->setItem(row, c, item);
        }
    }
    updateMethod();
}

void EconomicModelPanel::addYear() {
    int year = m_registry.clock().today().year();
    for (int row = 0; row < m_targets->rowCount(); ++row) {
        bool ok = false;
        const int y = m_targets->item(row, YearColumn)->text().toInt(&ok);
        if (ok && y >= year)
            year = y + 1;
    }
    const int row = m_targets->rowCount();
    m_targets->insertRow(row);
    m_targets->setItem(row, YearColumn, new QTableWidgetItem(QString::number(year)));
    for (int c = CafeColumn; c <= VirtualColumn; ++c) {
        auto* item = new QTableWidgetItem(amountText(0));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_targets->setItem(row, c, item);
    }
    m_targets->setCurrentCell(row, CafeColumn);
    m_targets->setFocus();
}

void EconomicModelPanel::removeYear() {
    const int row = m_targets->currentRow();
    if (row < 0) {
        m_result->setText(tr("Choose the year to remove in the table first."));
        return;
    }
    m_targets->removeRow(row);
    m_result->setText(tr("The year is removed from the fields. Save to store it."));
}

Result<EconomicModel> EconomicModelPanel::fieldsModel() const {
    EconomicModel m;
    m.staffCostPerHour = m_cost->value();
    m.travelMinutesPerVisit = m_minutes->value();
    m.kmPerVisit = m_km->value();
    m.kmRate = m_rate->value();
    m.cafeTarget.clear();
    m.groupTarget.clear();
    m.virtualTarget.clear();
    QSet<int> seen;
    for (int row = 0; row < m_targets->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_targets->item(row, column);
            return item ? item->text() : QString();
        };
        bool ok = false;
        const int year = text(YearColumn).trimmed().toInt(&ok);
        if (!ok)
            return Result<EconomicModel>::failure(
                tr("Targets, row %1: \"%2\" is not a year").arg(row + 1).arg(text(YearColumn)),
                QStringLiteral("targets"));
        if (seen.contains(year))
            return Result<EconomicModel>::failure(
                tr("Targets: the year %1 is there twice").arg(year), QStringLiteral("targets"));
        seen.insert(year);
        QMap<int, double>* maps[] = {&m.cafeTarget, &m.groupTarget, &m.virtualTarget};
        for (int c = CafeColumn; c <= VirtualColumn; ++c) {
            const auto amount = parseAmount(text(c));
            if (!amount)
                return Result<EconomicModel>::failure(
                    tr("Targets, %1, %2: \"%3\" is not an amount in kr.")
                        .arg(year)
                        .arg(m_targets->horizontalHeaderItem(c)->text(), text(c)),
                    QStringLiteral("targets"));
            maps[c - CafeColumn]->insert(year, *amount);
        }
    }
    if (Status valid = m.validate(); !valid)
        return Result<EconomicModel>(valid.error());
    return m;
}

Status EconomicModelPanel::save() {
    auto model = fieldsModel();
    if (!model)
        return Status(model.error());
    if (Status s = model->save(m_registry.database()); !s)
        return s;
    emit modelSaved();
    return Status::success();
}

void EconomicModelPanel::updateMethod() {
    EconomicModel m;
    m.staffCostPerHour = m_cost->value();
    m.travelMinutesPerVisit = m_minutes->value();
    m.kmPerVisit = m_km->value();
    m.kmRate = m_rate->value();
    m_method->setText(m.methodText());
}

} // namespace bs

#include "GrantDialog.h"

#include "widgets/Combos.h"
#include "widgets/OptionalDateEdit.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bs {

namespace {
QDoubleSpinBox* hoursSpin(double value) {
    auto* spin = new QDoubleSpinBox;
    spin->setRange(0, 168);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setValue(value);
    spin->setSuffix(GrantDialog::tr(" h/week"));
    return spin;
}
} // namespace

GrantDialog::GrantDialog(Registry& registry, const Grant& grant, QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_grant(grant), m_basis(new QComboBox),
      m_from(makeDateEdit(grant.from.isValid() ? grant.from : registry.clock().today())),
      m_to(new OptionalDateEdit(tr("No end date"), m_from->date().addMonths(6).addDays(-1))),
      m_purpose(new QPlainTextEdit(grant.purpose)), m_supportNeed(new QComboBox),
      m_useHours(new QRadioButton(tr("&Hours per week"))),
      m_usePackage(new QRadioButton(tr("Package &band (min–max)"))),
      m_hours(hoursSpin(grant.hoursPerWeek)), m_packageName(new QLineEdit(grant.packageName)),
      m_packageMin(hoursSpin(grant.packageMinHours)),
      m_packageMax(hoursSpin(grant.packageMaxHours)), m_package(new QWidget),
      m_caseworker(new QLineEdit(grant.caseworker)),
      m_review(new OptionalDateEdit(tr("No review date"), m_from->date().addMonths(3))) {
    setWindowTitle(grant.meta.isNew() ? tr("New grant") : tr("Edit grant"));
    setMinimumWidth(520);

    fillEnumCombo(m_basis, grant.basis);
    fillEnumCombo(m_supportNeed, grant.supportNeed);
    m_to->setDate(grant.meta.isNew() && grant.basis == LegalBasis::P82b
                      ? m_from->date().addMonths(Grant::maxMonthsP82b).addDays(-1)
                      : grant.to);
    m_review->setDate(grant.reviewDate);
    m_purpose->setTabChangesFocus(true);
    m_purpose->setPlaceholderText(tr("The purpose of the effort (indsatsformål)"));
    m_purpose->setFixedHeight(m_purpose->fontMetrics().lineSpacing() * 4);
    m_packageName->setPlaceholderText(tr("Name, e.g. Package B"));

    // Extent: one of two ways, chosen with radio buttons.
    auto* extent = new QWidget;
    auto* extentLayout = new QVBoxLayout(extent);
    extentLayout->setContentsMargins(0, 0, 0, 0);
    auto* hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_useHours);
    hoursRow->addWidget(m_hours);
    hoursRow->addStretch();
    auto* packageLayout = new QHBoxLayout(m_package);
    packageLayout->setContentsMargins(24, 0, 0, 0);
    packageLayout->addWidget(m_packageName, 1);
    packageLayout->addWidget(new QLabel(tr("from")));
    packageLayout->addWidget(m_packageMin);
    packageLayout->addWidget(new QLabel(tr("to")));
    packageLayout->addWidget(m_packageMax);
    extentLayout->addLayout(hoursRow);
    extentLayout->addWidget(m_usePackage);
    extentLayout->addWidget(m_package);
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_useHours);
    choice->addButton(m_usePackage);
    (grant.usesPackage ? m_usePackage : m_useHours)->setChecked(true);
    m_useHours->setObjectName(QStringLiteral("useHours"));
    m_usePackage->setObjectName(QStringLiteral("usePackage"));
    m_hours->setObjectName(QStringLiteral("hours"));
    m_packageName->setObjectName(QStringLiteral("packageName"));
    m_packageMin->setObjectName(QStringLiteral("packageMin"));
    m_packageMax->setObjectName(QStringLiteral("packageMax"));

    addField(QStringLiteral("basis"), tr("&Legal basis"), m_basis);
    addField(QStringLiteral("from"), tr("&From"), m_from);
    addField(QStringLiteral("to"), tr("T&o"), m_to);
    addField(QStringLiteral("purpose"), tr("&Purpose"), m_purpose);
    addField(QStringLiteral("supportNeed"), tr("Support &need"), m_supportNeed);
    addField(QStringLiteral("extent"), tr("Extent"), extent);
    linkField(QStringLiteral("hours"), m_hours);
    linkField(QStringLiteral("package"), m_packageMax);
    addField(QStringLiteral("caseworker"), tr("Case&worker"), m_caseworker);
    addField(QStringLiteral("review"), tr("&Review date"), m_review);

    connect(m_useHours, &QRadioButton::toggled, this, &GrantDialog::updateExtentFields);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &GrantDialog::basisChanged);
    updateExtentFields();
    m_basis->setFocus();
}

void GrantDialog::updateExtentFields() {
    m_hours->setEnabled(m_useHours->isChecked());
    m_package->setEnabled(m_usePackage->isChecked());
}

void GrantDialog::basisChanged() {
    // § 82 b is time-limited: offer the longest allowed period rather than an open end.
    if (enumValue<LegalBasis>(m_basis) == LegalBasis::P82b && !m_to->date().isValid())
        m_to->setDate(m_from->date().addMonths(Grant::maxMonthsP82b).addDays(-1));
}

Status GrantDialog::save() {
    Grant g = m_grant;
    g.basis = enumValue<LegalBasis>(m_basis);
    g.from = m_from->date();
    g.to = m_to->date();
    g.purpose = m_purpose->toPlainText().trimmed();
    g.supportNeed = enumValue<SupportNeed>(m_supportNeed);
    g.usesPackage = m_usePackage->isChecked();
    g.hoursPerWeek = g.usesPackage ? 0 : m_hours->value();
    g.packageName = g.usesPackage ? m_packageName->text().trimmed() : QString();
    g.packageMinHours = g.usesPackage ? m_packageMin->value() : 0;
    g.packageMaxHours = g.usesPackage ? m_packageMax->value() : 0;
    g.caseworker = m_caseworker->text().trimmed();
    g.reviewDate = m_review->date();
    if (Status s = m_registry.saveGrant(g); !s)
        return s;
    m_grant = g;
    return Status::success();
}

} // namespace bs

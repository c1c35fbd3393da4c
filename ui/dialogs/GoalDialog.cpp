#include "GoalDialog.h"

#include "Format.h"
#include "widgets/Combos.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>

namespace bs {

GoalDialog::GoalDialog(Registry& registry, const Goal& goal, const QList<Grant>& grants,
                       QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_goal(goal), m_theme(new QComboBox),
      m_condition(new QComboBox), m_type(new QComboBox), m_currentLevel(new QComboBox),
      m_targetLevel(new QComboBox), m_description(new QPlainTextEdit(goal.description)),
      m_grant(new QComboBox),
      m_start(makeDateEdit(goal.start.isValid() ? goal.start : registry.clock().today())),
      m_review(new OptionalDateEdit(tr("No review date"), m_start->date().addMonths(6))) {
    setWindowTitle(goal.meta.isNew() ? tr("New indsatsmål") : tr("Edit indsatsmål"));
    setMinimumWidth(520);

    fillEnumCombo(m_theme, goal.theme);
    fillEnumCombo(m_type, goal.type);
    fillEnumCombo(m_currentLevel, goal.currentLevel);
    fillEnumCombo(m_targetLevel, goal.targetLevel);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("In the citizen's own words, e.g. \"I want to open my "
                                         "post myself every week\""));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_grant->addItem(tr("(none)"), QUuid());
    for (const Grant& g : grants)
        m_grant->addItem(QStringLiteral("%1 · %2").arg(label(g.basis), periodText(g.from, g.to)),
                         g.meta.id);
    selectId(m_grant, goal.grantId);
    m_review->setDate(goal.reviewDate);

    addField(QStringLiteral("theme"), tr("&Theme"), m_theme);
    addField(QStringLiteral("condition"), tr("Con&dition (tilstand)"), m_condition);
    addField(QStringLiteral("description"), tr("&Goal in the citizen's words"), m_description);
    addField(QStringLiteral("type"), tr("Goal t&ype"), m_type);
    addField(QStringLiteral("level"), tr("Function &level now"), m_currentLevel);
    addField(QStringLiteral("targetLevel"), tr("T&arget level"), m_targetLevel);
    addField(QStringLiteral("grant"), tr("Gra&nt"), m_grant);
    addField(QStringLiteral("start"), tr("Sta&rt"), m_start);
    addField(QStringLiteral("review"), tr("Re&view date"), m_review);

    connect(m_theme, &QComboBox::currentIndexChanged, this, &GoalDialog::themeChanged);
    themeChanged();
    const int condition = m_condition->findData(goal.condition);
    if (condition >= 0)
        m_condition->setCurrentIndex(condition);
    m_theme->setFocus();
}

void GoalDialog::themeChanged() {
    const FfbTheme theme = enumValue<FfbTheme>(m_theme);
    m_condition->clear();
    for (const FfbCondition& c : ffbConditions(theme))
        m_condition->addItem(c.label(), c.code);
    // FFB sets a function level only on conditions under Activity and participation.
    const bool levels = levelApplies(theme);
    m_currentLevel->setEnabled(levels);
    m_targetLevel->setEnabled(levels);
    const QString why = levels ? QString()
                               : tr("A function level is only set for themes under Activity "
                                    "and participation.");
    m_currentLevel->setToolTip(why);
    m_targetLevel->setToolTip(why);
}

Status GoalDialog::save() {
    Goal g = m_goal;
    g.theme = enumValue<FfbTheme>(m_theme);
    g.condition = m_condition->currentData().toString();
    g.type = enumValue<GoalType>(m_type);
    const bool levels = levelApplies(g.theme);
    g.currentLevel = levels ? enumValue<FunctionLevel>(m_currentLevel) : FunctionLevel::NotAssessed;
    g.targetLevel = levels ? enumValue<FunctionLevel>(m_targetLevel) : FunctionLevel::NotAssessed;
    g.description = m_description->toPlainText().trimmed();
    g.grantId = idValue(m_grant);
    g.start = m_start->date();
    g.reviewDate = m_review->date();
    if (Status s = m_registry.saveGoal(g); !s)
        return s;
    m_goal = g;
    return Status::success();
}

} // namespace bs

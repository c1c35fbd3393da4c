#include "GoalsPanel.h"
#include "PlainText.h"

#include "Format.h"
#include "dialogs/EndDialog.h"
#include "dialogs/GoalDialog.h"
#include "dialogs/SubGoalDialog.h"
#include "goals/GoalFollowUpDialog.h"
#include "services/GoalFollowUp.h"
#include "undo/RecordCommands.h"

#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>

namespace bs {

namespace {

QString goalDates(const Goal& g) {
    if (!g.isOpen())
        return periodText(g.start, g.endDate);
    if (g.reviewDate.isValid())
        return GoalsPanel::tr("From %1, review %2").arg(dateText(g.start), dateText(g.reviewDate));
    return GoalsPanel::tr("From %1").arg(dateText(g.start));
}

QString subGoalDates(const SubGoal& s) {
    if (s.status != GoalStatus::Active && s.endDate.isValid())
        return GoalsPanel::tr("Deadline %1, ended %2")
            .arg(dateText(s.deadline), dateText(s.endDate));
    return GoalsPanel::tr("Deadline %1").arg(dateText(s.deadline));
}

QString goalLevels(const Goal& g) {
    if (!levelApplies(g.theme) || (g.currentLevel == FunctionLevel::NotAssessed &&
                                   g.targetLevel == FunctionLevel::NotAssessed))
        return label(g.type);
    return QStringLiteral("%1: %2 → %3")
        .arg(label(g.type), label(g.currentLevel), label(g.targetLevel));
}

QString conditionText(const Goal& g) {
    const FfbCondition* c = findCondition(g.condition);
    return c ? QStringLiteral("%1: %2").arg(label(g.theme), c->label()) : label(g.theme);
}

// The first line of a text, for a one-line tree cell (the tooltip has the whole text).
QString firstLine(const QString& text) {
    return text.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

GoalsPanel::GoalsPanel(UndoContext& context, QWidget* parent)
    : RecordListPanel(context,
                      {tr("Indsatsmål / delmål"), tr("Theme and condition"), tr("Status"),
                       tr("Dates"), tr("Type and function level")},
                      0,
                      tr("No goals yet. An indsatsmål states, in the citizen's own words, what "
                         "the support should lead to."),
                      parent),
      m_newGoal(addButton(tr("New &indsatsmål…"), QStringLiteral("newGoal"))),
      m_newSubGoal(addButton(tr("New de&lmål…"), QStringLiteral("newSubGoal"))),
      m_edit(addButton(tr("Edit…"), QStringLiteral("editGoal"))),
      m_end(addButton(tr("End…"), QStringLiteral("endGoal"))),
      m_followUp(addButton(tr("&Follow-up…"), QStringLiteral("followUpGoal"))) {
    tree()->setObjectName(QStringLiteral("goalTree"));
    tree()->setRootIsDecorated(true);
    tree()->setUniformRowHeights(false);
    connect(m_newGoal, &QPushButton::clicked, this, &GoalsPanel::newGoal);
    connect(m_newSubGoal, &QPushButton::clicked, this, &GoalsPanel::newSubGoal);
    connect(m_edit, &QPushButton::clicked, this, &GoalsPanel::editSelected);
    connect(m_end, &QPushButton::clicked, this, &GoalsPanel::endSelected);
    connect(m_followUp, &QPushButton::clicked, this, &GoalsPanel::followUpSelected);
    connect(tree(), &QTreeWidget::itemActivated, this, &GoalsPanel::editSelected);
}

Status GoalsPanel::load(const QUuid& citizenId) {
    m_citizenId = citizenId;
    beginReload();
    m_goals.clear();
    m_subGoals.clear();
    m_stale.clear();
    Status status;
    QHash<QUuid, StaleSubGoal> stale;
    if (!citizenId.isNull()) {
        if (auto goals = m_registry.goals(citizenId))
            m_goals = *goals;
        else
            status = Status(goals.error());
        if (auto flagged = GoalFollowUp(m_registry).staleSubGoals(citizenId))
            for (const StaleSubGoal& s : *flagged)
                stale.insert(s.subGoal.meta.id, s);
    }
    for (const Goal& g : std::as_const(m_goals)) {
        auto* goalItem = addItem(nullptr,
                                 {firstLine(g.description), conditionText(g), label(g.status),
                                  goalDates(g), goalLevels(g)},
                                 g.meta.id, !g.isOpen());
        goalItem->setData(0, KindRole, GoalKind);
        goalItem->setToolTip(0, plainToolTip(g.description));
        auto subGoals = m_registry.subGoals(g.meta.id);
        if (!subGoals) {
            status = Status(subGoals.error());
            continue;
        }
        for (const SubGoal& s : *subGoals) {
            auto* item = addItem(
                goalItem,
                {firstLine(s.criterion), QString(), label(s.status), subGoalDates(s), QString()},
                s.meta.id, s.status != GoalStatus::Active);
            item->setData(0, KindRole, SubGoalKind);
            item->setToolTip(0, plainToolTip(s.criterion));
            if (stale.contains(s.meta.id)) {
                const StaleSubGoal& flag = stale.value(s.meta.id);
                m_stale.insert(s.meta.id);
                item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
                const QString why =
                    flag.lastActivity.isValid()
                        ? tr("No note for %n week(s)", nullptr, flag.weeks)
                        : tr("No note since it was set %n week(s) ago", nullptr, flag.weeks);
                item->setToolTip(0, plainToolTip(QStringLiteral("%1\n%2").arg(why, s.criterion)));
                item->setText(2, QStringLiteral("%1 · %2").arg(label(s.status), why));
            }
            m_subGoals << s;
        }
    }
    tree()->expandAll();
    endReload();
    return status;
}

const Goal* GoalsPanel::selectedGoal() const {
    const QTreeWidgetItem* item = currentItem();
    if (item && item->data(0, KindRole).toInt() == SubGoalKind)
        item = item->parent();
    const QUuid id = item ? item->data(0, IdRole).toUuid() : QUuid();
    for (const Goal& g : m_goals)
        if (g.meta.id == id)
            return &g;
    return nullptr;
}

const SubGoal* GoalsPanel::selectedSubGoal() const {
    const QTreeWidgetItem* item = currentItem();
    if (!item || item->data(0, KindRole).toInt() != SubGoalKind)
        return nullptr;
    const QUuid id = item->data(0, IdRole).toUuid();
    for (const SubGoal& s : m_subGoals)
        if (s.meta.id == id)
            return &s;
    return nullptr;
}

void GoalsPanel::updateButtons() {
    const Goal* goal = selectedGoal();
    const SubGoal* sub = selectedSubGoal();
    m_newGoal->setEnabled(!m_citizenId.isNull());
    m_newSubGoal->setEnabled(goal != nullptr && goal->isOpen());
    m_newSubGoal->setToolTip(goal ? QString() : tr("Select the indsatsmål the delmål belongs to"));
    m_edit->setEnabled(goal != nullptr);
    m_end->setEnabled(sub ? sub->status == GoalStatus::Active : goal && goal->isOpen());
    m_followUp->setEnabled(goal != nullptr);
    m_followUp->setToolTip(goal ? tr("Timeline, charts and review of the indsatsmål")
                                : tr("Select an indsatsmål"));
}

void GoalsPanel::followUpSelected() {
    const Goal* goal = selectedGoal();
    if (!goal)
        return;
    auto* dialog = new GoalFollowUpDialog(m_context, m_staff, goal->meta.id, this);
    openDialog(static_cast<QDialog*>(dialog));
}

void GoalsPanel::newGoal() {
    if (m_citizenId.isNull())
        return;
    Goal goal;
    goal.citizenId = m_citizenId;
    goal.start = m_registry.clock().today();
    const auto grants = m_registry.grants(m_citizenId);
    const QList<Grant> grantList = grants ? *grants : QList<Grant>{};
    // Under the running grant, if there is exactly one: the usual case.
    QList<QUuid> running;
    for (const Grant& g : grantList)
        if (g.isActiveOn(goal.start))
            running << g.meta.id;
    if (running.size() == 1)
        goal.grantId = running.first();
    const QUuid citizenId = m_citizenId;
    openDialog(new GoalDialog(m_registry, goal, grantList, this), [this, citizenId](GoalDialog& d) {
        m_context.push(createdCommand(m_context, citizenId, tr("New indsatsmål"), d.goal()));
    });
}

void GoalsPanel::newSubGoal() {
    const Goal* goal = selectedGoal();
    if (!goal)
        return;
    SubGoal sub;
    sub.goalId = goal->meta.id;
    const QUuid citizenId = m_citizenId;
    openDialog(
        new SubGoalDialog(m_registry, sub, *goal, this), [this, citizenId](SubGoalDialog& d) {
            m_context.push(createdCommand(m_context, citizenId, tr("New delmål"), d.subGoal()));
        });
}

void GoalsPanel::editSelected() {
    if (const SubGoal* sub = selectedSubGoal())
        editSubGoal(*sub);
    else if (const Goal* goal = selectedGoal())
        editGoal(*goal);
}

void GoalsPanel::endSelected() {
    if (const SubGoal* sub = selectedSubGoal())
        endSubGoal(*sub);
    else if (const Goal* goal = selectedGoal())
        endGoal(*goal);
}

void GoalsPanel::editGoal(const Goal& before) {
    const auto grants = m_registry.grants(m_citizenId);
    openDialog(new GoalDialog(m_registry, before, grants ? *grants : QList<Grant>{}, this),
               [this, before](GoalDialog& d) {
                   m_context.push(editedCommand(m_context, before.citizenId, tr("Edit indsatsmål"),
                                                before, d.goal()));
               });
}

void GoalsPanel::editSubGoal(const SubGoal& before) {
    const Goal* goal = selectedGoal();
    if (!goal)
        return;
    const QUuid citizenId = m_citizenId;
    openDialog(new SubGoalDialog(m_registry, before, *goal, this), [this, citizenId,
                                                                    before](SubGoalDialog& d) {
        m_context.push(editedCommand(m_context, citizenId, tr("Edit delmål"), before, d.subGoal()));
    });
}

void GoalsPanel::endGoal(const Goal& goal) {
    const Goal before = goal;
    auto action = [this, before](QDate date, GoalStatus outcome) -> Status {
        return endAndRecord<Goal, SubGoal>(
            m_context, before.citizenId, tr("End indsatsmål"), before,
            [this, before] { return m_registry.subGoals(before.meta.id); },
            [date, outcome](Registry& r, Goal& g) { return r.endGoal(g, outcome, date); });
    };
    openDialog(new EndDialog(tr("End indsatsmål"),
                             tr("The indsatsmål ends with the outcome you choose, and so does "
                                "every open delmål under it."),
                             qMax(m_registry.clock().today(), before.start), true, action, this));
}

void GoalsPanel::endSubGoal(const SubGoal& subGoal) {
    const SubGoal before = subGoal;
    const QUuid citizenId = m_citizenId;
    auto action = [this, before, citizenId](QDate date, GoalStatus outcome) -> Status {
        SubGoal ended = before;
        if (Status s = m_registry.endSubGoal(ended, outcome, date); !s)
            return s;
        m_context.push(editedCommand(m_context, citizenId, tr("End delmål"), before, ended));
        return Status::success();
    };
    openDialog(new EndDialog(tr("End delmål"), firstLine(before.criterion),
                             m_registry.clock().today(), true, action, this));
}

} // namespace bs

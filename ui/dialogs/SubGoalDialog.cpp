#include "SubGoalDialog.h"

#include "widgets/OptionalDateEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace bs {

SubGoalDialog::SubGoalDialog(Registry& registry, const SubGoal& subGoal, const Goal& goal,
                             QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_subGoal(subGoal),
      m_criterion(new QPlainTextEdit(subGoal.criterion)),
      m_deadline(makeDateEdit(subGoal.deadline.isValid() ? subGoal.deadline
                                                         : registry.clock().today().addMonths(1))) {
    setWindowTitle(subGoal.meta.isNew() ? tr("New delmål") : tr("Edit delmål"));
    setMinimumWidth(480);

    auto* goalText = new QLabel(goal.description);
    goalText->setObjectName(QStringLiteral("goalText"));
    goalText->setWordWrap(true);
    goalText->setTextFormat(Qt::PlainText);
    m_criterion->setTabChangesFocus(true);
    m_criterion->setPlaceholderText(
        tr("What the citizen does, concretely, e.g. \"Opens e-Boks with support every Monday\""));
    m_criterion->setFixedHeight(m_criterion->fontMetrics().lineSpacing() * 4);

    form()->addRow(tr("Indsatsmål"), goalText);
    addField(QStringLiteral("criterion"), tr("C&riterion"), m_criterion);
    addField(QStringLiteral("deadline"), tr("&Deadline"), m_deadline);
    m_criterion->setFocus();
}

Status SubGoalDialog::save() {
    SubGoal s = m_subGoal;
    s.criterion = m_criterion->toPlainText().trimmed();
    s.deadline = m_deadline->date();
    if (Status r = m_registry.saveSubGoal(s); !r)
        return r;
    m_subGoal = s;
    return Status::success();
}

} // namespace bs

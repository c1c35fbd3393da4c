#include "ReviewDialog.h"

#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace bs {

ReviewDialog::ReviewDialog(GoalFollowUp& followUp, const Goal& goal, const QUuid& authorId,
                           QDate today, QWidget* parent)
    : RecordDialog(parent), m_followUp(followUp), m_goal(goal), m_authorId(authorId),
      m_status(new QComboBox), m_outcome(new QComboBox), m_date(makeDateEdit(today)),
      m_nextReview(new OptionalDateEdit(tr("No next review date"), today.addMonths(6))),
      m_summary(new QPlainTextEdit) {
    setWindowTitle(tr("Review of indsatsmål"));
    setMinimumWidth(480);
    auto* goalText = new QLabel(goal.description.section(QLatin1Char('\n'), 0, 0));
    goalText->setObjectName(QStringLiteral("reviewedGoal"));
    goalText->setTextFormat(Qt::PlainText);
    goalText->setWordWrap(true);
    QFont bold = goalText->font();
    bold.setBold(true);
    goalText->setFont(bold);
    form()->addRow(goalText);

    m_status->setObjectName(QStringLiteral("reviewStatus"));
    for (const ReviewStatus s : allValues<ReviewStatus>())
        m_status->addItem(label(s), int(s));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    for (const GoalStatus s : allValues<GoalStatus>())
        if (s != GoalStatus::Active)
            m_outcome->addItem(label(s), int(s));
    m_date->setObjectName(QStringLiteral("reviewDate"));
    m_date->setMaximumDate(today);
    m_nextReview->setObjectName(QStringLiteral("nextReview"));
    if (goal.reviewDate.isValid() && goal.reviewDate > today)
        m_nextReview->setDate(goal.reviewDate);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(
        tr("What the citizen and you found: what has been reached, what is still hard"));
    m_summary->setMinimumHeight(110);

    addField(QStringLiteral("status"), tr("Status on the &effort"), m_status);
    addField(QStringLiteral("outcome"), tr("Goal &outcome"), m_outcome);
    addField(QStringLiteral("reviewDate"), tr("Review &date"), m_date);
    addField(QStringLiteral("nextReview"), tr("&Next review"), m_nextReview);
    addField(QStringLiteral("summary"), tr("S&ummary"), m_summary);
    linkField(QStringLiteral("author"), m_status);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&Record review"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ReviewDialog::updateFields);
    updateFields();
    m_status->setFocus();
}

void ReviewDialog::updateFields() {
    const bool ending = m_status->currentData().toInt() != int(ReviewStatus::Continue);
    m_outcome->setEnabled(ending);
    m_nextReview->setEnabled(!ending);
    m_outcome->setToolTip(ending ? QString() : tr("Only when the goal ends"));
}

Status ReviewDialog::save() {
    ReviewRequest r;
    r.goalId = m_goal.meta.id;
    r.status = static_cast<ReviewStatus>(m_status->currentData().toInt());
    r.outcome = r.status == ReviewStatus::Continue
                    ? GoalStatus::Active
                    : static_cast<GoalStatus>(m_outcome->currentData().toInt());
    r.summary = m_summary->toPlainText();
    r.date = m_date->date();
    r.authorId = m_authorId;
    r.nextReview = r.status == ReviewStatus::Continue ? m_nextReview->date() : QDate();
    auto result = m_followUp.review(r);
    if (!result)
        return Status(result.error());
    m_result = *result;
    return Status::success();
}

} // namespace bs

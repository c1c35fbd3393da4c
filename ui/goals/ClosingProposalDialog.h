#pragma once
// Asked after the citizen's last open goal under a grant has ended: "End the grant § 85 from
// 01.09.2025 and the support form Individuel bostøtte?", with a check box per grant and support
// form and the end date. Nothing ends unless the user confirms; ending a grant ends the support
// forms under it (they must lie within it), so their boxes follow the grant's.
#include "services/GoalFollowUp.h"
#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace bs {

class ClosingProposalDialog : public QDialog {
    Q_OBJECT
public:
    ClosingProposalDialog(GoalFollowUp& followUp, const ClosingProposal& proposal,
                          QWidget* parent = nullptr);

    // The proposal as confirmed: the checked grants and forms, on the chosen date.
    ClosingProposal confirmed() const;
    // Ends what is checked; stays open with the message if that is refused.
    void accept() override;
    QString question() const;

private:
    void updateForms();

    GoalFollowUp& m_followUp;
    ClosingProposal m_proposal;
    QList<QCheckBox*> m_grantBoxes;
    QList<QCheckBox*> m_formBoxes;
    QDateEdit* m_date;
    QLabel* m_error;
};

} // namespace bs

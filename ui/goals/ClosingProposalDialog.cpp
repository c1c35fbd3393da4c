#include "ClosingProposalDialog.h"

#include "Format.h"
#include "widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bs {

namespace {

QString grantText(const Grant& g) {
    return ClosingProposalDialog::tr("the grant %1 from %2").arg(label(g.basis), dateText(g.from));
}

QString formText(const Allocation& a) {
    return ClosingProposalDialog::tr("the support form %1").arg(label(a.form));
}

QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ClosingProposalDialog::ClosingProposalDialog(GoalFollowUp& followUp,
                                             const ClosingProposal& proposal, QWidget* parent)
    : QDialog(parent), m_followUp(followUp), m_proposal(proposal),
      m_date(makeDateEdit(proposal.date)), m_error(new QLabel) {
    setWindowTitle(tr("No open goals left"));
    setMinimumWidth(460);
    auto* intro =
        new QLabel(tr("No open indsatsmål is left under this support. %1").arg(question()));
    intro->setObjectName(QStringLiteral("question"));
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    for (int i = 0; i < proposal.grants.size(); ++i) {
        auto* box = new QCheckBox(capitalised(grantText(proposal.grants[i])));
        box->setObjectName(QStringLiteral("endGrant%1").arg(i));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ClosingProposalDialog::updateForms);
        m_grantBoxes << box;
        layout->addWidget(box);
    }
    for (int i = 0; i < proposal.allocations.size(); ++i) {
        const Allocation& a = proposal.allocations[i];
        auto* box = new QCheckBox(capitalised(formText(a)) +
                                  QStringLiteral(" (%1)").arg(periodText(a.from, a.to)));
        box->setObjectName(QStringLiteral("endForm%1").arg(i));
        box->setChecked(true);
        m_formBoxes << box;
        layout->addWidget(box);
    }
    auto* dateRow = new QFormLayout;
    m_date->setObjectName(QStringLiteral("endDate"));
    dateRow->addRow(tr("End &date"), m_date);
    layout->addLayout(dateRow);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox;
    QPushButton* end = buttons->addButton(tr("&End the checked"), QDialogButtonBox::AcceptRole);
    end->setObjectName(QStringLiteral("confirmEnd"));
    QPushButton* keep = buttons->addButton(tr("&Keep them running"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunning"));
    keep->setDefault(true); // ending is never the accidental choice
    connect(buttons, &QDialogButtonBox::accepted, this, &ClosingProposalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClosingProposalDialog::reject);
    layout->addWidget(buttons);
    updateForms();
}

QString ClosingProposalDialog::question() const {
    QStringList parts;
    for (const Grant& g : m_proposal.grants)
        parts << grantText(g);
    for (const Allocation& a : m_proposal.allocations)
        parts << formText(a);
    QString list = parts.join(QStringLiteral(", "));
    if (parts.size() > 1)
        list = tr("%1 and %2")
                   .arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
    return tr("End %1?").arg(list);
}

void ClosingProposalDialog::updateForms() {
    for (int i = 0; i < m_formBoxes.size(); ++i) {
        const QUuid grantId = m_proposal.allocations[i].grantId;
        bool grantEnds = false;
        for (int g = 0; g < m_grantBoxes.size(); ++g)
            if (m_proposal.grants[g].meta.id == grantId && m_grantBoxes[g]->isChecked())
                grantEnds = true;
        if (grantEnds)
            m_formBoxes[i]->setChecked(true);
        m_formBoxes[i]->setEnabled(!grantEnds);
        m_formBoxes[i]->setToolTip(grantEnds ? tr("Ends with its grant") : QString());
    }
}

ClosingProposal ClosingProposalDialog::confirmed() const {
    ClosingProposal p = m_proposal;
    p.date = m_date->date();
    p.grants.clear();
    p.allocations.clear();
    for (int i = 0; i < m_grantBoxes.size(); ++i)
        if (m_grantBoxes[i]->isChecked())
            p.grants << m_proposal.grants[i];
    for (int i = 0; i < m_formBoxes.size(); ++i)
        if (m_formBoxes[i]->isChecked())
            p.allocations << m_proposal.allocations[i];
    return p;
}

void ClosingProposalDialog::accept() {
    const ClosingProposal p = confirmed();
    if (p.isEmpty()) {
        reject();
        return;
    }
    if (const Status s = m_followUp.applyProposal(p); !s) {
        m_error->setText(s.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace bs

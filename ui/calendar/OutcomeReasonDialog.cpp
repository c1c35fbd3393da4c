#include "OutcomeReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bs {

OutcomeReasonDialog::OutcomeReasonDialog(Outcome outcome, const QString& what, QWidget* parent)
    : QDialog(parent), m_outcome(outcome), m_reason(new QComboBox) {
    setWindowTitle(label(outcome));
    setObjectName(QStringLiteral("outcomeReasonDialog"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    QStringList reasons;
    switch (outcome) {
    case Outcome::NoShow:
        reasons = {tr("Not at home"), tr("Did not open the door"), tr("Forgot the appointment"),
                   tr("Ill"), tr("Not answering the phone")};
        break;
    case Outcome::CancelledByCitizen:
        reasons = {tr("Ill"), tr("Doctor or hospital"), tr("Family matters"),
                   tr("Does not want the visit today"), tr("Other appointment")};
        break;
    case Outcome::CancelledByStaff:
        reasons = {tr("Staff illness"), tr("Urgent task"), tr("Meeting"), tr("Course"),
                   tr("Holiday")};
        break;
    default:
        break;
    }
    m_reason->addItems(reasons);
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(outcome == Outcome::NoShow
                                                 ? tr("Choose or write a reason (required)")
                                                 : tr("Choose or write a reason"));

    auto* text = new QLabel(what);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Register"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_ok->setEnabled(m_outcome != Outcome::NoShow || !reason().isEmpty());
    };
    connect(m_reason, &QComboBox::currentTextChanged, this, update);
    update();
    setMinimumWidth(380);
    m_reason->setFocus();
}

QString OutcomeReasonDialog::reason() const {
    return m_reason->currentText().trimmed();
}

} // namespace bs

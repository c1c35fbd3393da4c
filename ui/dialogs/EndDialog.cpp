#include "EndDialog.h"

#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace bs {

EndDialog::EndDialog(const QString& title, const QString& explanation, QDate date, bool withOutcome,
                     Action action, QWidget* parent)
    : RecordDialog(parent), m_action(std::move(action)), m_date(makeDateEdit(date)) {
    setWindowTitle(title);
    setMinimumWidth(420);
    auto* text = new QLabel(explanation);
    text->setObjectName(QStringLiteral("explanation"));
    text->setWordWrap(true);
    form()->addRow(text);
    if (withOutcome) {
        m_outcome = new QComboBox;
        for (const GoalStatus s : allValues<GoalStatus>())
            if (s != GoalStatus::Active)
                m_outcome->addItem(label(s), int(s));
        addField(QStringLiteral("status"), tr("&Outcome"), m_outcome);
    }
    addField(QStringLiteral("endDate"), tr("End &date"), m_date);
    linkField(QStringLiteral("to"), m_date);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&End"));
    (m_outcome ? static_cast<QWidget*>(m_outcome) : m_date)->setFocus();
}

QDate EndDialog::date() const {
    return m_date->date();
}

GoalStatus EndDialog::outcome() const {
    return m_outcome ? static_cast<GoalStatus>(m_outcome->currentData().toInt())
                     : GoalStatus::Achieved;
}

} // namespace bs

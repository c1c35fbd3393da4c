#include "BreakGlassDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace bs {

BreakGlassDialog::BreakGlassDialog(Registry& registry, QWidget* parent)
    : RecordDialog(parent), m_registry(registry), m_cpr(new QLineEdit),
      m_reason(new QPlainTextEdit) {
    setObjectName(QStringLiteral("breakGlassDialog"));
    setWindowTitle(tr("Look up outside own cases"));
    setMinimumSize(520, 320); // room for the explanation and a message under the reason

    auto* explanation = new QLabel(
        tr("Use this only when your work needs the record of a citizen who is not one of your "
           "or your team's cases. The look-up is logged with your name and reason, and shown to "
           "the administrator. You have access to the citizen until you log out."));
    explanation->setObjectName(QStringLiteral("breakGlassExplanation"));
    explanation->setWordWrap(true);
    form()->addRow(explanation);

    m_cpr->setObjectName(QStringLiteral("breakGlassCpr"));
    m_cpr->setPlaceholderText(tr("DDMMYY-SSSS"));
    m_cpr->setMaxLength(11);
    m_reason->setObjectName(QStringLiteral("breakGlassReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why does your work need this record? (at least %1 characters)")
                                     .arg(CitizenAccess::kMinimumReasonLength));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    addField(QStringLiteral("cpr"), tr("&CPR number"), m_cpr);
    addField(QStringLiteral("reason"), tr("&Reason"), m_reason);
    buttons()->button(QDialogButtonBox::Save)->setText(tr("&Look up"));
    m_cpr->setFocus();
}

Status BreakGlassDialog::save() {
    auto c = CitizenAccess(m_registry).breakGlass(m_cpr->text(), m_reason->toPlainText());
    if (!c)
        return Status(c.error());
    m_citizen = *c;
    return Status::success();
}

} // namespace bs

#include "EraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bs {

namespace {

QString digitsOf(const QString& text) {
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out += c;
    return out;
}

} // namespace

EraseDialog::EraseDialog(const QList<EraseTarget>& targets, const QString& reason, QWidget* parent)
    : QDialog(parent), m_targets(targets) {
    setWindowTitle(targets.size() == 1 ? tr("Erase %1").arg(targets.first().name)
                                       : tr("Erase %n citizens", nullptr, int(targets.size())));
    auto* layout = new QVBoxLayout(this);
    QString who;
    if (targets.size() == 1) {
        who =
            tr("Every record about <b>%1</b> is erased: %2.")
                .arg(targets.first().name.toHtmlEscaped(), targets.first().summary.toHtmlEscaped());
    } else {
        QStringList names;
        for (const EraseTarget& t : targets)
            names << t.name.toHtmlEscaped();
        who = tr("Every record about these citizens is erased: %1.")
                  .arg(names.join(QStringLiteral(", ")));
    }
    auto* text = new QLabel(
        QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
            .arg(who,
                 tr("<b>This cannot be undone.</b> The erasure also travels to the synchronised "
                    "computers with the next bundle, and the plain safety copies next to the "
                    "database file are removed."),
                 tr("Group notes written for a whole group session stay, because the other "
                    "participants share them; the citizen's own copy in the journal and their "
                    "personal additions are erased. The access log keeps that an erasure took "
                    "place, with the reason, but no name or CPR number.")),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit(reason, this);
    m_reason->setPlaceholderText(tr("Why, e.g. the citizen's request of 3 November"));
    form->addRow(tr("&Reason:"), m_reason);
    m_confirm = new QLineEdit(this);
    QString ask;
    if (targets.size() > 1)
        ask = tr("Type the number of citizens (%1) to confirm:").arg(targets.size());
    else if (!targets.first().cpr.isEmpty())
        ask = tr("Type %1's CPR number to confirm:").arg(targets.first().name);
    else
        ask = tr("Type %1's name to confirm:").arg(targets.first().name);
    auto* askLabel = new QLabel(ask, this);
    askLabel->setWordWrap(true);
    askLabel->setBuddy(m_confirm);
    form->addRow(askLabel);
    form->addRow(m_confirm);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("Erase for good"), QDialogButtonBox::DestructiveRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_reason, &QLineEdit::textChanged, this, &EraseDialog::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &EraseDialog::update);
    m_confirm->setFocus();
    setMinimumWidth(480);
    update();
}

QString EraseDialog::reason() const {
    return m_reason->text().trimmed();
}

bool EraseDialog::confirmed() const {
    if (reason().isEmpty() || m_targets.isEmpty())
        return false;
    const QString typed = m_confirm->text().trimmed();
    if (m_targets.size() > 1)
        return typed == QString::number(m_targets.size());
    const EraseTarget& t = m_targets.first();
    if (!t.cpr.isEmpty())
        return digitsOf(typed) == t.cpr && typed.size() <= 12;
    return typed.compare(t.name.trimmed(), Qt::CaseInsensitive) == 0;
}

void EraseDialog::update() {
    m_erase->setEnabled(confirmed());
}

} // namespace bs

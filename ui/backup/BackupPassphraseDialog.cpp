#include "BackupPassphraseDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bs {

BackupPassphraseDialog::BackupPassphraseDialog(const QString& passphrase, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Backup passphrase"));
    setObjectName(QStringLiteral("backupPassphraseDialog"));

    auto* intro = new QLabel(tr("Backups are set up. They are encrypted, and can only be restored "
                                "with this passphrase:"));
    intro->setWordWrap(true);

    auto* words = new QLabel(passphrase.split(QLatin1Char('-')).join(QStringLiteral("  ·  ")));
    words->setObjectName(QStringLiteral("backupPassphraseWords"));
    words->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    words->setAlignment(Qt::AlignCenter);
    words->setWordWrap(true); // six long words take two lines rather than a wider window
    QFont big = words->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    words->setFont(big);
    words->setStyleSheet(QStringLiteral("QLabel { padding: 14px; border: 1px solid palette(mid);"
                                        " border-radius: 4px; background: palette(base); }"));
    // The style sheet's padding is not in the label's size hint: make room for it.
    words->setMinimumHeight(QFontMetrics(big).height() + 2 * 14 + 4);

    auto* rule = new QLabel(
        tr("Write it down and keep it safe, away from the backups (for example in the "
           "municipality's safe). Without it a backup cannot be restored, and Bostøtte will not "
           "show it again. This computer keeps only a key for making new backups."));
    rule->setObjectName(QStringLiteral("backupPassphraseRule"));
    rule->setWordWrap(true);

    m_confirm = new QCheckBox(tr("I have &written the passphrase down"));
    auto* confirm = m_confirm;
    confirm->setObjectName(QStringLiteral("backupPassphraseConfirm"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* closeButton = buttons->button(QDialogButtonBox::Close);
    closeButton->setEnabled(false);
    connect(confirm, &QCheckBox::toggled, closeButton, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupPassphraseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(words);
    layout->addWidget(rule);
    layout->addWidget(confirm);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    confirm->setFocus();
    adjustSize();
}

void BackupPassphraseDialog::reject() {
    if (m_confirm->isChecked())
        QDialog::accept();
}

} // namespace bs

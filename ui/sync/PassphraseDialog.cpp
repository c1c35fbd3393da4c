#include "PassphraseDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bs {

PassphraseDialog::PassphraseDialog(const QString& passphrase, const QString& fileName,
                                   const QString& recipient, QWidget* parent)
    : QDialog(parent), m_passphrase(passphrase) {
    setWindowTitle(tr("Passphrase for the file"));
    setObjectName(QStringLiteral("passphraseDialog"));

    auto* intro = new QLabel(
        tr("The file <b>%1</b> for %2 is saved. It can only be opened with "
           "this passphrase:")
            .arg(QFileInfo(fileName).fileName().toHtmlEscaped(), recipient.toHtmlEscaped()));
    intro->setWordWrap(true);

    // The words with wide gaps, so they can be read aloud one by one.
    auto* words = new QLabel(passphrase.split(QLatin1Char('-')).join(QStringLiteral("  ·  ")));
    words->setObjectName(QStringLiteral("passphraseWords"));
    words->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    words->setAlignment(Qt::AlignCenter);
    QFont big = words->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    words->setFont(big);
    words->setStyleSheet(QStringLiteral("QLabel { padding: 14px; border: 1px solid palette(mid);"
                                        " border-radius: 4px; background: palette(base); }"));

    auto* rule =
        new QLabel(tr("The passphrase is not stored anywhere, not in the file and not on this "
                      "computer. Give it to the recipient separately from the file: read it "
                      "aloud or write it on paper. Never send it in the same mail as the file "
                      "or put it on the same USB stick."));
    rule->setObjectName(QStringLiteral("passphraseRule"));
    rule->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPassphrase"));
    copy->setToolTip(tr("Copies the passphrase, e.g. to paste it into a text message."));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QApplication::clipboard()->setText(m_passphrase);
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(words);
    layout->addWidget(rule);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

} // namespace bs

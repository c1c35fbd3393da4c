#pragma once
// Shows the passphrase of a bundle just written, once: large, word by word, with a copy button
// and the plain rule that it is stored nowhere and must reach the recipient apart from the file.
#include <QDialog>

namespace bs {

class PassphraseDialog : public QDialog {
    Q_OBJECT
public:
    PassphraseDialog(const QString& passphrase, const QString& fileName, const QString& recipient,
                     QWidget* parent = nullptr);

    QString passphrase() const { return m_passphrase; }

private:
    QString m_passphrase;
};

} // namespace bs

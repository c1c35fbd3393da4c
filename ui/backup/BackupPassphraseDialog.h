#pragma once
// Shows the backup passphrase once, when backups are set up: large, word by word, with the plain
// rule that Bostøtte will not show it again and that no backup can be restored without it. It
// closes only when the administrator confirms having written it down.
#include <QDialog>

class QCheckBox;

namespace bs {

class BackupPassphraseDialog : public QDialog {
    Q_OBJECT
public:
    explicit BackupPassphraseDialog(const QString& passphrase, QWidget* parent = nullptr);

    // Escape and the window's close button work only after the confirmation, too.
    void reject() override;

private:
    QCheckBox* m_confirm;
};

} // namespace bs

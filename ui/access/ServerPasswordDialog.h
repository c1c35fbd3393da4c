#pragma once
// The database password of server mode, asked for when the server wants one: at start, and
// when Settings ▸ Database tests a connection. What is typed is kept in this process's memory
// only (ServerLocation::rememberPassword), never on disk, so worker threads find it too.
#include "storage/ServerLocation.h"
#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace bs {

class ServerPasswordDialog : public QDialog {
    Q_OBJECT
public:
    // `problem`: why the previous attempt failed (the server's words); empty the first time.
    ServerPasswordDialog(const ServerLocation& where, const QString& problem,
                         QWidget* parent = nullptr);

    QString password() const;
    QString problemText() const;

    // Shows the dialog; the typed password, or nothing when cancelled.
    static std::optional<QString> ask(const ServerLocation& where, const QString& problem,
                                      QWidget* parent = nullptr);

private:
    QLineEdit* m_password;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace bs

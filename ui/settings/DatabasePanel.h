#pragma once
// Settings ▸ Database: where this computer's Bostøtte data is — a file on this computer or a
// PostgreSQL server (host, port, database, user, TLS mode, schema). "Test connection" reaches
// the server off the UI thread, asking for the password if needed, and writes nothing; "Save"
// stores the location (never a password) in QSettings for the next start. Bad input is marked
// at its field and nothing is saved.
#include "access/ServerPassword.h"
#include "domain/Result.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace bs {

class DatabasePanel : public QWidget {
    Q_OBJECT
public:
    // `inUse` is the location of the open database (Database::path()).
    explicit DatabasePanel(const QString& inUse, QWidget* parent = nullptr);

    // Fills the fields from a location (file path or postgresql:// URI).
    void showLocation(const QString& location);
    // The location the fields describe, checked; a failure names the field ("file", "host",
    // "port", "database", "user", "schema"), which is then marked.
    Result<QString> fieldsLocation();
    // Stores the fields' location for the next start; on bad input nothing is stored.
    Status save();
    // Tries the fields' location and reports in messageText(); writes nothing.
    Status testConnection();
    // Tests inject the password prompt; by default the ServerPasswordDialog.
    void setPasswordAsker(PasswordAsker ask) { m_ask = std::move(ask); }
    QString messageText() const;

signals:
    // A location was stored for the next start.
    void saved(const QString& location);

private:
    void updateMode();
    void updateSavedLabel();
    void browse();
    void showMessage(const QString& text, bool good);
    void markField(const QString& field);
    void clearMarks();
    Status testFile(const QString& path);
    Status testServer(const QString& uri);

    QString m_inUse;
    PasswordAsker m_ask;
    QLabel* m_inUseLabel;
    QLabel* m_savedLabel;
    QRadioButton* m_fileChoice;
    QRadioButton* m_serverChoice;
    QWidget* m_fileBox;
    QWidget* m_serverBox;
    QLineEdit* m_file;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_tls;
    QLineEdit* m_schema;
    QLabel* m_message;
    QPushButton* m_test;
    QPushButton* m_save;
};

} // namespace bs

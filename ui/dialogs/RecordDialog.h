#pragma once
// Base of the edit dialogs. Fields sit in a form; Save builds the domain value and saves it
// through the registry. If the registry refuses, its message is shown in the dialog, the field it
// names is highlighted and focused, and the dialog stays open: nothing is half-saved.
//
// The dialogs work without exec(): construct, fill the fields, call accept() (or click Save) and
// look at result(). The application opens them with openDialog().
#include "domain/Result.h"
#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace bs {

class RecordDialog : public QDialog {
    Q_OBJECT
public:
    // Saves; closes only when the save succeeded.
    void accept() override;
    QString errorText() const;

protected:
    explicit RecordDialog(QWidget* parent = nullptr);

    // Builds the value from the fields and saves it.
    virtual Status save() = 0;

    QFormLayout* form() const { return m_form; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    // Adds a form row whose widget is the one highlighted for the error field `key`.
    void addField(const QString& key, const QString& label, QWidget* widget);
    // Links an extra error field key to a widget already in the form (or inside a row).
    void linkField(const QString& key, QWidget* widget);
    // Shows a problem that is not a save error, e.g. a list that could not be read.
    void showProblem(const QString& message);

private:
    void showError(const Error& error);
    void clearError();
    void setHighlighted(QWidget* widget, bool on);

    QFormLayout* m_form;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QHash<QString, QWidget*> m_fields;
    QList<QWidget*> m_highlighted;
};

// Opens `dialog` window-modally without blocking and deletes it when it closes. For dialogs
// that act on their own, e.g. an EndDialog, which runs its action when accepted.
inline void openDialog(QDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The same, calling `onAccepted` after a successful save.
template <typename Dialog, typename F> void openDialog(Dialog* dialog, F onAccepted) {
    QObject::connect(dialog, &QDialog::accepted, dialog,
                     [dialog, onAccepted] { onAccepted(*dialog); });
    openDialog(static_cast<QDialog*>(dialog));
}

} // namespace bs

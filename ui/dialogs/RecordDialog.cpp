#include "RecordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace bs {

RecordDialog::RecordDialog(QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_error->hide();

    // Only fields marked invalid get a rule; everything else keeps the platform style.
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"], "
                                 "QAbstractSpinBox[invalid=\"true\"], QComboBox[invalid=\"true\"] "
                                 "{ border: 2px solid #b3261e; border-radius: 3px; }"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
}

void RecordDialog::addField(const QString& key, const QString& label, QWidget* widget) {
    if (widget->objectName().isEmpty())
        widget->setObjectName(key);
    m_form->addRow(label, widget);
    m_fields.insert(key, widget);
}

void RecordDialog::linkField(const QString& key, QWidget* widget) {
    m_fields.insert(key, widget);
}

void RecordDialog::accept() {
    clearError();
    if (const Status s = save(); !s) {
        showError(s.error());
        return;
    }
    QDialog::accept();
}

QString RecordDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void RecordDialog::showProblem(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void RecordDialog::showError(const Error& error) {
    showProblem(error.message);
    QWidget* widget = m_fields.value(error.field);
    if (!widget)
        return;
    setHighlighted(widget, true);
    // A composite field (a date with "no end date") passes focus on to its focus proxy.
    widget->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        edit->selectAll();
}

void RecordDialog::clearError() {
    m_error->clear();
    m_error->hide();
    for (QWidget* w : std::as_const(m_highlighted))
        setHighlighted(w, false);
    m_highlighted.clear();
}

void RecordDialog::setHighlighted(QWidget* widget, bool on) {
    QWidget* input = widget->focusProxy() ? widget->focusProxy() : widget;
    input->setProperty("invalid", on);
    input->style()->unpolish(input);
    input->style()->polish(input);
    // The row's label too, found through the widget or the row container it sits in.
    for (QWidget* w = widget; w && w != this; w = w->parentWidget()) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(w))) {
            // Colour only: a bold label would grow wider than the column the form laid out
            // for it and be clipped.
            label->setStyleSheet(on ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
            break;
        }
    }
    if (on)
        m_highlighted << widget;
}

} // namespace bs

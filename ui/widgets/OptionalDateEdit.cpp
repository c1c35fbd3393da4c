#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace bs {

QDateEdit* makeDateEdit(QDate date, QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setDate(date);
    // As wide as a date, even in a form that stretches its fields.
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}

OptionalDateEdit::OptionalDateEdit(const QString& noneText, QDate fallback, QWidget* parent)
    : QWidget(parent), m_edit(makeDateEdit(fallback, this)), m_none(new QCheckBox(noneText, this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_none);
    layout->addStretch();
    setFocusProxy(m_edit);
    connect(m_none, &QCheckBox::toggled, this, [this](bool none) {
        m_edit->setEnabled(!none);
        emit dateChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
}

QDate OptionalDateEdit::date() const {
    return m_none->isChecked() ? QDate() : m_edit->date();
}

void OptionalDateEdit::setDate(QDate date) {
    if (date.isValid())
        m_edit->setDate(date);
    m_none->setChecked(!date.isValid());
    m_edit->setEnabled(date.isValid());
}

} // namespace bs

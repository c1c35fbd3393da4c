#include "RotaDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bs {

namespace {

QString staffText(const Staff& s) {
    return QStringLiteral("%1 (%2)").arg(s.name, s.initials);
}

QDialogButtonBox* okCancel(QDialog* dialog) {
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

RotationDialog::RotationDialog(const QList<Staff>& staff, QDate today, QWidget* parent)
    : QDialog(parent), m_first(new QDateEdit), m_weeks(new QSpinBox), m_staff(new QListWidget) {
    setWindowTitle(tr("Weekend rotation"));
    m_first->setObjectName(QStringLiteral("firstSaturday"));
    m_first->setCalendarPopup(true);
    m_first->setDate(today.addDays((6 - today.dayOfWeek() + 7) % 7)); // the coming Saturday
    m_weeks->setObjectName(QStringLiteral("weeks"));
    m_weeks->setRange(1, 52);
    m_weeks->setValue(4);
    m_weeks->setSuffix(tr(" weekends"));
    m_staff->setObjectName(QStringLiteral("rotationStaff"));
    for (const Staff& s : staff) {
        auto* item = new QListWidgetItem(staffText(s));
        item->setData(Qt::UserRole, s.meta.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_staff->addItem(item);
    }
    auto* up = new QPushButton(tr("Move up"));
    auto* down = new QPushButton(tr("Move down"));
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    auto* order = new QHBoxLayout;
    order->addWidget(up);
    order->addWidget(down);
    order->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("First Saturday"), m_first);
    form->addRow(tr("Number of weekends"), m_weeks);
    auto* explain = new QLabel(tr("Tick the staff in the rotation and put them in turn order. Each "
                                  "weekend the next one is on duty and the one after is backup."));
    explain->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explain);
    layout->addWidget(m_staff, 1);
    layout->addLayout(order);
    layout->addWidget(okCancel(this));
}

void RotationDialog::move(int by) {
    const int row = m_staff->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_staff->count())
        return;
    QListWidgetItem* item = m_staff->takeItem(row);
    m_staff->insertItem(to, item);
    m_staff->setCurrentRow(to);
}

QDate RotationDialog::firstSaturday() const {
    return m_first->date();
}
int RotationDialog::weeks() const {
    return m_weeks->value();
}
QList<QUuid> RotationDialog::staff() const {
    QList<QUuid> out;
    for (int i = 0; i < m_staff->count(); ++i)
        if (m_staff->item(i)->checkState() == Qt::Checked)
            out << m_staff->item(i)->data(Qt::UserRole).toUuid();
    return out;
}

PhoneDialog::PhoneDialog(const QList<Staff>& staff, QDate today, QWidget* parent)
    : QDialog(parent), m_from(new QDateEdit(today)), m_to(new QDateEdit(today.addDays(6))),
      m_staff(new QComboBox) {
    setWindowTitle(tr("On-call phone"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_staff->addItem(tr("(nobody)"), QUuid());
    for (const Staff& s : staff)
        m_staff->addItem(staffText(s), s.meta.id);
    auto* form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To and including"), m_to);
    form->addRow(tr("Holds the phone"), m_staff);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this));
}

QDate PhoneDialog::from() const {
    return m_from->date();
}
QDate PhoneDialog::to() const {
    return m_to->date();
}
QUuid PhoneDialog::staffId() const {
    return m_staff->currentData().toUuid();
}

} // namespace bs

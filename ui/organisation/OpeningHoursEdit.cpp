#include "OpeningHoursEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace bs {

namespace {
QTimeEdit* makeTimeEdit(QTime time, const QString& accessibleName) {
    auto* edit = new QTimeEdit(time);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

OpeningHoursEdit::OpeningHoursEdit(QWidget* parent)
    : QWidget(parent), m_rowsLayout(new QVBoxLayout), m_none(new QLabel(tr("No opening hours."))),
      m_add(new QPushButton(tr("&Add period"))) {
    m_none->setObjectName(QStringLiteral("noOpeningHours"));
    m_none->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_add->setObjectName(QStringLiteral("addPeriod"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_none);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(addRow);
    setFocusProxy(m_add);
    connect(m_add, &QPushButton::clicked, this, &OpeningHoursEdit::addPeriod);
    updateEmpty();
}

QList<OpeningPeriod> OpeningHoursEdit::periods() const {
    QList<OpeningPeriod> out;
    for (const Row& r : m_rows)
        out.append({r.day->currentData().toInt(), r.from->time(), r.to->time()});
    return out;
}

void OpeningHoursEdit::setPeriods(const QList<OpeningPeriod>& periods) {
    while (!m_rows.isEmpty())
        removePeriod(int(m_rows.size()) - 1);
    for (const OpeningPeriod& p : periods)
        appendRow(p);
    updateEmpty();
}

void OpeningHoursEdit::addPeriod() {
    OpeningPeriod period{1, QTime(9, 0), QTime(12, 0)};
    if (!m_rows.isEmpty()) {
        const Row& last = m_rows.last();
        period = {qMin(last.day->currentData().toInt() + 1, 7), last.from->time(), last.to->time()};
    }
    appendRow(period);
    updateEmpty();
    m_rows.last().day->setFocus(Qt::OtherFocusReason);
}

void OpeningHoursEdit::appendRow(const OpeningPeriod& period) {
    Row row;
    row.widget = new QWidget;
    row.day = new QComboBox;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        row.day->addItem(locale.dayName(day, QLocale::LongFormat), day);
    row.day->setCurrentIndex(qMax(0, row.day->findData(period.weekday)));
    row.day->setAccessibleName(tr("Weekday"));
    row.from = makeTimeEdit(period.from, tr("From"));
    row.to = makeTimeEdit(period.to, tr("To"));
    row.remove = new QPushButton(tr("Remove"));
    row.remove->setToolTip(tr("Remove this period"));
    row.day->setObjectName(QStringLiteral("periodDay"));
    row.from->setObjectName(QStringLiteral("periodFrom"));
    row.to->setObjectName(QStringLiteral("periodTo"));
    row.remove->setObjectName(QStringLiteral("removePeriod"));
    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.day);
    layout->addWidget(row.from);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(row.to);
    layout->addWidget(row.remove);
    layout->addStretch();
    m_rowsLayout->addWidget(row.widget);
    QWidget* widget = row.widget;
    connect(row.remove, &QPushButton::clicked, this, [this, widget] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).widget == widget) {
                removePeriod(i);
                // Keep the keyboard in the list rather than losing it with the button.
                if (!m_rows.isEmpty())
                    m_rows.at(qMin(i, int(m_rows.size()) - 1)).day->setFocus(Qt::OtherFocusReason);
                else
                    m_add->setFocus(Qt::OtherFocusReason);
                return;
            }
    });
    m_rows.append(row);
}

void OpeningHoursEdit::removePeriod(int row) {
    if (row < 0 || row >= m_rows.size())
        return;
    const Row removed = m_rows.takeAt(row);
    if (focusProxy() && removed.widget->isAncestorOf(focusProxy()))
        setFocusProxy(m_add);
    m_rowsLayout->removeWidget(removed.widget);
    removed.widget->hide();
    // Later: this may run inside the row's own button's click.
    removed.widget->deleteLater();
    updateEmpty();
}

void OpeningHoursEdit::focusFirstInvalid() {
    for (const Row& r : std::as_const(m_rows))
        if (r.from->time() >= r.to->time()) {
            setFocusProxy(r.to);
            return;
        }
    setFocusProxy(m_add);
}

void OpeningHoursEdit::updateEmpty() {
    m_none->setVisible(m_rows.isEmpty());
}

} // namespace bs

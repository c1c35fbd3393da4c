#include "RetentionPanel.h"

#include "EraseDialog.h"
#include "Format.h"
#include "security/ErasureService.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bs {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

RetentionPanel::RetentionPanel(Registry& registry, QWidget* parent)
    : QWidget(parent), m_registry(registry) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* yearsLabel = new QLabel(tr("Keep closed cases for"), this);
    m_years = new QSpinBox(this);
    m_years->setRange(ErasureService::kMinRetentionYears, ErasureService::kMaxRetentionYears);
    m_years->setSuffix(tr(" years after the last activity"));
    m_years->setKeyboardTracking(false);
    yearsLabel->setBuddy(m_years);
    top->addWidget(yearsLabel);
    top->addWidget(m_years);
    top->addStretch();
    layout->addLayout(top);

    auto* intro = new QLabel(tr("Closed cases whose last activity (the record changed, a grant or "
                                "support form ended, an appointment, a journal note) is older "
                                "than that are due for erasure."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Citizen"), tr("CPR number"), tr("Closed since"), tr("Last activity")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Closed cases due for erasure"));
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    auto* bottom = new QHBoxLayout;
    m_erase = new QPushButton(tr("&Erase selected…"), this);
    bottom->addWidget(m_erase);
    bottom->addStretch();
    layout->addLayout(bottom);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_years, &QSpinBox::valueChanged, this,
            [this](int years) { static_cast<void>(setYears(years)); });
    connect(m_table, &QTableWidget::itemChanged, this, &RetentionPanel::updateButtons);
    connect(m_erase, &QPushButton::clicked, this, &RetentionPanel::confirmAndErase);
    static_cast<void>(reload());
}

void RetentionPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    static_cast<void>(reload());
}

Status RetentionPanel::reload() {
    ErasureService service(m_registry);
    {
        const QSignalBlocker block(m_years);
        m_years->setValue(service.retentionYears());
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    auto due = service.dueForErasure();
    if (!due) {
        m_empty->setText(due.message());
        m_empty->show();
        m_years->setEnabled(false);
        updateButtons();
        return Status(due.error());
    }
    m_years->setEnabled(true);
    m_table->setRowCount(int(due->size()));
    for (int row = 0; row < due->size(); ++row) {
        const DueCase& d = due->at(row);
        auto* name = new QTableWidgetItem(d.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
        name->setData(kIdRole, d.citizenId);
        m_table->setItem(row, 0, name);
        m_table->setItem(
            row, 1, new QTableWidgetItem(d.maskedCpr.isEmpty() ? tr("not recorded") : d.maskedCpr));
        m_table->setItem(row, 2, new QTableWidgetItem(dateText(d.closedSince)));
        m_table->setItem(row, 3, new QTableWidgetItem(dateText(d.lastActivity)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_empty->setText(tr("No closed cases are due for erasure."));
    m_empty->setVisible(due->isEmpty());
    m_table->setVisible(!due->isEmpty());
    updateButtons();
    return Status::success();
}

Status RetentionPanel::setYears(int years) {
    auto s = ErasureService(m_registry).setRetentionYears(years);
    if (!s) {
        say(s.message(), true);
        return s;
    }
    say(tr("Closed cases are now kept %n year(s) after their last activity.", nullptr, years));
    return reload();
}

QList<QUuid> RetentionPanel::checkedIds() const {
    QList<QUuid> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->checkState() == Qt::Checked)
            out << m_table->item(row, 0)->data(kIdRole).toUuid();
    return out;
}

void RetentionPanel::setChecked(const QUuid& citizenId, bool checked) {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(kIdRole).toUuid() == citizenId)
            m_table->item(row, 0)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void RetentionPanel::updateButtons() {
    const int n = int(checkedIds().size());
    m_erase->setEnabled(n > 0);
    m_erase->setText(n > 1 ? tr("&Erase %n selected…", nullptr, n) : tr("&Erase selected…"));
}

Status RetentionPanel::eraseChecked(const QString& reason) {
    const QList<QUuid> ids = checkedIds();
    if (ids.isEmpty())
        return Status::failure(tr("Tick the cases to erase first."));
    ErasureService service(m_registry);
    QList<QUuid> done;
    int rows = 0;
    QStringList problems;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QUuid& id : ids) {
        auto r = service.eraseCitizen(id, reason);
        if (!r) {
            problems << r.message();
            break; // stop at the first failure: the rest stay listed
        }
        done << id;
        rows += r->rowsPurged;
        if (!r->cleanupProblem.isEmpty())
            problems << r->cleanupProblem;
    }
    QApplication::restoreOverrideCursor();
    QString text = tr("Erased %n citizen(s)", nullptr, int(done.size())) +
                   tr(" (%n record(s)).", nullptr, rows);
    if (!problems.isEmpty())
        text += QLatin1Char(' ') + problems.join(QLatin1Char(' '));
    static_cast<void>(reload());
    say(text, !problems.isEmpty());
    if (!done.isEmpty())
        emit erased(done);
    return problems.isEmpty() ? Status::success()
                              : Status::failure(problems.join(QLatin1Char(' ')));
}

void RetentionPanel::confirmAndErase() {
    const QList<QUuid> ids = checkedIds();
    if (ids.isEmpty())
        return;
    ErasureService service(m_registry);
    QList<EraseTarget> targets;
    for (const QUuid& id : ids) {
        auto plan = service.plan(id);
        if (!plan) {
            say(plan.message(), true);
            return;
        }
        targets << EraseTarget{id, plan->name, plan->cpr, plan->describe()};
    }
    EraseDialog dialog(targets, tr("Retention period expired"), this);
    if (dialog.exec() == QDialog::Accepted && dialog.confirmed())
        static_cast<void>(eraseChecked(dialog.reason()));
}

void RetentionPanel::say(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a30000;") : QString());
}

} // namespace bs

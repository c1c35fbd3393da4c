#include "AccountsPanel.h"

#include "AccountDialogs.h"
#include "Format.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bs {

namespace {

enum Column { UserName, Name, Role, StaffMember, LastLogin, State, ColumnCount };

QSpinBox* spin(int low, int high, const QString& suffix, const char* name) {
    auto* s = new QSpinBox;
    s->setRange(low, high);
    s->setSuffix(suffix);
    s->setObjectName(QLatin1String(name));
    return s;
}

} // namespace

AccountsPanel::AccountsPanel(AuthService& auth, QWidget* parent)
    : QWidget(parent), m_auth(auth), m_table(new QTableWidget(0, ColumnCount)),
      m_new(new QPushButton(tr("&New user…"))), m_reset(new QPushButton(tr("&Reset password…"))),
      m_unlock(new QPushButton(tr("Un&lock"))), m_disable(new QPushButton(tr("&Disable"))),
      m_role(new QPushButton(tr("Change r&ole…"))),
      m_attempts(spin(3, 20, QString(), "lockoutAttempts")),
      m_lockMinutes(spin(1, 1440, tr(" min"), "lockoutMinutes")),
      m_idleMinutes(spin(1, 240, tr(" min"), "idleMinutes")),
      m_saveSettings(new QPushButton(tr("&Save settings"))), m_message(new QLabel) {
    setObjectName(QStringLiteral("accountsPanel"));
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Staff member"),
                                        tr("Last login"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_new->setObjectName(QStringLiteral("newAccount"));
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_unlock->setObjectName(QStringLiteral("unlockAccount"));
    m_disable->setObjectName(QStringLiteral("disableAccount"));
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_saveSettings->setObjectName(QStringLiteral("saveAccessSettings"));
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    connect(m_new, &QPushButton::clicked, this, &AccountsPanel::newAccount);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPanel::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &AccountsPanel::unlockSelected);
    connect(m_disable, &QPushButton::clicked, this, &AccountsPanel::toggleDisabled);
    connect(m_role, &QPushButton::clicked, this, &AccountsPanel::changeRole);
    connect(m_saveSettings, &QPushButton::clicked, this, &AccountsPanel::saveSettings);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { changeRole(); });

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_reset, m_unlock, m_disable, m_role})
        buttons->addWidget(b);
    buttons->addStretch();

    auto* settingsBox = new QGroupBox(tr("Logins and screen lock"));
    auto* form = new QFormLayout(settingsBox);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Failed logins before the account locks"), m_attempts);
    form->addRow(tr("The account stays locked for"), m_lockMinutes);
    form->addRow(tr("Lock the screen after no use for"), m_idleMinutes);
    form->addRow(QString(), m_saveSettings);
    settingsBox->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The users who can log in on this computer. Accounts are not "
                                "synchronised: each computer has its own."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(settingsBox);

    if (Status s = reload(); !s)
        showMessage(s.message(), true);
}

Status AccountsPanel::reload() {
    const bool admin = m_auth.registry().database().actor().isAdministrator();
    setEnabled(admin);
    if (!admin) {
        m_table->setRowCount(0);
        showMessage(tr("Only an administrator can manage users."), true);
        return Status::success();
    }
    const std::optional<Account> current = selected();
    auto accounts = m_auth.accounts();
    if (!accounts)
        return Status(accounts.error());
    m_accounts = *accounts;
    QHash<QUuid, QString> staffNames;
    if (auto staff = m_auth.registry().staff())
        for (const Staff& s : *staff)
            staffNames.insert(s.meta.id, QStringLiteral("%1 (%2)").arg(s.name, s.initials));
    const QDateTime now = m_auth.registry().clock().nowUtc();

    m_table->setRowCount(int(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const Account& a = m_accounts[row];
        QStringList state;
        if (a.disabled)
            state << tr("Disabled");
        if (a.isLockedAt(now))
            state << tr("Locked until %1").arg(localDateTimeText(a.lockedUntilUtc));
        if (a.mustChangePassword)
            state << tr("Must change password");
        const QStringList cells{
            a.userName,
            a.displayName,
            label(a.role),
            a.staffId.isNull() ? tr("None") : staffNames.value(a.staffId, tr("(removed)")),
            a.lastLoginUtc.isValid() ? localDateTimeText(a.lastLoginUtc) : tr("Never"),
            state.isEmpty() ? tr("Active") : state.join(QStringLiteral(", "))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, a.id);
            m_table->setItem(row, c, item);
        }
        if (current && current->id == a.id)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();

    const AccessSettings settings = m_auth.settings();
    m_attempts->setValue(settings.lockoutAttempts);
    m_lockMinutes->setValue(settings.lockoutMinutes);
    m_idleMinutes->setValue(settings.idleMinutes);
    updateButtons();
    return Status::success();
}

std::optional<Account> AccountsPanel::selected() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = rows.first().row();
    if (row < 0 || row >= m_accounts.size())
        return std::nullopt;
    return m_accounts[row];
}

QString AccountsPanel::messageText() const {
    return m_message->text();
}

void AccountsPanel::showMessage(const QString& text, bool problem) {
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
}

void AccountsPanel::updateButtons() {
    const std::optional<Account> a = selected();
    const QDateTime now = m_auth.registry().clock().nowUtc();
    for (QPushButton* b : {m_reset, m_disable, m_role})
        b->setEnabled(a.has_value());
    m_unlock->setEnabled(a && a->isLockedAt(now));
    m_disable->setText(a && a->disabled ? tr("&Enable") : tr("&Disable"));
}

void AccountsPanel::afterChange(const QUuid& select, const QString& done) {
    if (Status s = reload(); !s) {
        showMessage(s.message(), true);
        return;
    }
    for (int row = 0; row < m_accounts.size(); ++row)
        if (m_accounts[row].id == select)
            m_table->selectRow(row);
    showMessage(done, false);
    emit accountsChanged();
}

void AccountsPanel::newAccount() {
    auto* dialog = new NewAccountDialog(m_auth, this);
    openDialog(dialog, [this](NewAccountDialog& d) {
        afterChange(d.account().id, tr("User %1 created").arg(d.account().userName));
    });
}

void AccountsPanel::resetPassword() {
    const auto a = selected();
    if (!a)
        return showMessage(tr("Choose a user in the list first."), true);
    auto* dialog = new ResetPasswordDialog(m_auth, *a, this);
    const Account chosen = *a;
    openDialog(dialog, [this, chosen](ResetPasswordDialog&) {
        afterChange(chosen.id, tr("The password of %1 was reset; they choose a new one at the "
                                  "next login")
                                   .arg(chosen.userName));
    });
}

void AccountsPanel::unlockSelected() {
    const auto a = selected();
    if (!a)
        return showMessage(tr("Choose a user in the list first."), true);
    if (Status s = m_auth.unlock(a->id); !s)
        return showMessage(s.message(), true);
    afterChange(a->id, tr("%1 is unlocked").arg(a->userName));
}

void AccountsPanel::toggleDisabled() {
    const auto a = selected();
    if (!a)
        return showMessage(tr("Choose a user in the list first."), true);
    if (Status s = m_auth.setDisabled(a->id, !a->disabled); !s)
        return showMessage(s.message(), true);
    afterChange(a->id, a->disabled ? tr("%1 can log in again").arg(a->userName)
                                   : tr("%1 can no longer log in").arg(a->userName));
}

void AccountsPanel::changeRole() {
    const auto a = selected();
    if (!a)
        return showMessage(tr("Choose a user in the list first."), true);
    auto* dialog = new RoleDialog(m_auth, *a, this);
    const Account chosen = *a;
    openDialog(dialog, [this, chosen](RoleDialog&) {
        afterChange(chosen.id, tr("The role of %1 was changed").arg(chosen.userName));
    });
}

void AccountsPanel::saveSettings() {
    AccessSettings s;
    s.lockoutAttempts = m_attempts->value();
    s.lockoutMinutes = m_lockMinutes->value();
    s.idleMinutes = m_idleMinutes->value();
    if (Status saved = m_auth.saveSettings(s); !saved)
        return showMessage(saved.message(), true);
    showMessage(tr("Settings saved. The screen lock uses the new time at the next login."), false);
}

} // namespace bs

// The login dialog, the idle lock and the administrator's accounts panel (docs/access.md).
#include "AppSession.h"
#include "CurrentStaff.h"
#include "GuiFixture.h"
#include "access/ChangePasswordDialog.h"
#include "access/FirstAdministratorDialog.h"
#include "access/IdleLock.h"
#include "access/LockScreen.h"
#include "access/LoginDialog.h"
#include "access/LoginFlow.h"
#include "admin/AccountDialogs.h"
#include "admin/AccountsPanel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTableWidget>
#include <QTimer>

using namespace bs;

namespace {

const QString kPassword = QStringLiteral("Kaffe-og-kage-42");
const QColor kSecret(255, 0, 0);

struct Logins : gui::Fixture {
    AuthService auth{*registry, AuthService::Options{true}};
    Account admin;

    Logins() {
        auto a = auth.createFirstAdministrator(QStringLiteral("admin"),
                                               QStringLiteral("Anna Admin"), kPassword);
        REQUIRE(a.ok());
        admin = *a;
    }
    Actor loginAdmin() {
        auto actor = auth.login(QStringLiteral("admin"), kPassword);
        REQUIRE(actor.ok());
        db->setActor(*actor);
        return *actor;
    }
};

// A main window whose whole content is red, so a grab shows whether any of it is visible.
struct SecretWindow {
    QMainWindow window;
    QLabel* content = new QLabel(QStringLiteral("CPR 010203-1234"));
    SecretWindow() {
        content->setAutoFillBackground(true);
        QPalette p = content->palette();
        p.setColor(QPalette::Window, kSecret);
        content->setPalette(p);
        window.setCentralWidget(content);
        window.resize(640, 420);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    bool showsSecret() {
        const QImage image = window.grab().toImage();
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                if (image.pixelColor(x, y) == kSecret)
                    return true;
        return false;
    }
};

void type(QWidget* w, const QString& text) {
    auto* edit = qobject_cast<QLineEdit*>(w);
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

TEST_CASE("The login dialog refuses a wrong password with the message and stays open", "[login]") {
    Logins t;
    LoginDialog dialog(t.auth, QStringLiteral("Demo: admin"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(gui::field<QLabel>(&dialog, "demoHint")->text() == QStringLiteral("Demo: admin"));

    type(gui::field<QLineEdit>(&dialog, "userName"), QStringLiteral("admin"));
    type(gui::field<QLineEdit>(&dialog, "password"), QStringLiteral("wrong-password"));
    QTest::keyClick(gui::field<QLineEdit>(&dialog, "password"), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText() == QStringLiteral("Wrong user name or password"));
    CHECK(gui::field<QLineEdit>(&dialog, "password")->text().isEmpty());

    type(gui::field<QLineEdit>(&dialog, "password"), kPassword);
    QTest::keyClick(gui::field<QLineEdit>(&dialog, "password"), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.actor().accountId == t.admin.id);
}

TEST_CASE("The login dialog shows the lockout and keeps refusing the right password", "[login]") {
    Logins t;
    LoginDialog dialog(t.auth);
    dialog.show();
    dialog.setUserName(QStringLiteral("ADMIN"));
    for (int i = 0; i < 5; ++i) {
        type(gui::field<QLineEdit>(&dialog, "password"), QStringLiteral("wrong-password"));
        dialog.accept();
    }
    CHECK(dialog.errorText().contains(QStringLiteral("locked")));
    type(gui::field<QLineEdit>(&dialog, "password"), kPassword);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().contains(QStringLiteral("locked")));
}

TEST_CASE("The first administrator's passwords must match", "[login]") {
    gui::Fixture f;
    AuthService auth(*f.registry, AuthService::Options{true});
    FirstAdministratorDialog dialog(auth);
    dialog.show();
    type(gui::field<QLineEdit>(&dialog, "displayName"), QStringLiteral("Anna Admin"));
    type(gui::field<QLineEdit>(&dialog, "userName"), QStringLiteral("anna"));
    type(gui::field<QLineEdit>(&dialog, "password"), kPassword);
    type(gui::field<QLineEdit>(&dialog, "repeat"), kPassword + QLatin1Char('x'));
    dialog.accept();
    CHECK(dialog.errorText().contains(QStringLiteral("differ")));
    CHECK(auth.needsFirstAdministrator());
    type(gui::field<QLineEdit>(&dialog, "repeat"), kPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(auth.needsFirstAdministrator());
}

TEST_CASE("A reset password is changed in the forced dialog", "[login]") {
    Logins t;
    NewAccount n;
    n.userName = QStringLiteral("jk");
    n.displayName = QStringLiteral("Jonas Krogh");
    n.password = QStringLiteral("first-password");
    REQUIRE(t.auth.createAccount(n).ok());
    auto actor = t.auth.login(QStringLiteral("jk"), QStringLiteral("first-password"));
    REQUIRE(actor.ok());
    t.db->setActor(*actor);
    REQUIRE(t.auth.account(actor->accountId)->mustChangePassword);

    ChangePasswordDialog dialog(t.auth, true);
    dialog.show();
    type(gui::field<QLineEdit>(&dialog, "oldPassword"), QStringLiteral("first-password"));
    type(gui::field<QLineEdit>(&dialog, "password"), QStringLiteral("my-own-password"));
    type(gui::field<QLineEdit>(&dialog, "repeat"), QStringLiteral("my-own-passw0rd"));
    dialog.accept();
    CHECK(dialog.errorText().contains(QStringLiteral("differ")));
    CHECK(t.auth.account(actor->accountId)->mustChangePassword);
    type(gui::field<QLineEdit>(&dialog, "repeat"), QStringLiteral("my-own-password"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(t.auth.account(actor->accountId)->mustChangePassword);
    CHECK(t.auth.login(QStringLiteral("jk"), QStringLiteral("my-own-password")).ok());
}

TEST_CASE("The idle lock hides the content and opens for the same user's password only",
          "[login][idle]") {
    Logins t;
    const Actor actor = t.loginAdmin();
    SecretWindow w;
    REQUIRE(w.showsSecret());
    IdleLock lock(w.window, t.auth, actor);
    CHECK(lock.timeoutMs() == 10 * 60 * 1000); // the default access.idle_minutes
    lock.setTimeoutMs(50);
    REQUIRE(QTest::qWaitFor([&] { return lock.isLocked(); }, 3000));
    CHECK_FALSE(w.showsSecret());
    CHECK_FALSE(w.content->isEnabled());
    LockScreen* screen = lock.lockScreen();
    REQUIRE(screen);
    CHECK(screen->geometry() == w.window.rect());

    auto* password = screen->findChild<QLineEdit*>(QStringLiteral("lockPassword"));
    type(password, QStringLiteral("wrong-password"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(lock.isLocked());
    CHECK(screen->errorText() == QStringLiteral("Wrong user name or password"));
    CHECK_FALSE(w.showsSecret());

    lock.setTimeoutMs(60 * 1000);
    type(password, kPassword);
    QTest::keyClick(password, Qt::Key_Return);
    CHECK_FALSE(lock.isLocked());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(w.content->isEnabled());
    CHECK(w.showsSecret());
}

TEST_CASE("The window's shortcuts do nothing while it is locked", "[login][idle]") {
    Logins t;
    const Actor actor = t.loginAdmin();
    SecretWindow w;
    int triggered = 0;
    auto* action = new QAction(QStringLiteral("Open"), &w.window);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    w.window.addAction(action);
    QObject::connect(action, &QAction::triggered, [&] { ++triggered; });
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    IdleLock lock(w.window, t.auth, actor);
    QTest::keyClick(&w.window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(triggered == 1); // the shortcut works in the test

    lock.lockNow();
    auto* password = lock.lockScreen()->findChild<QLineEdit*>(QStringLiteral("lockPassword"));
    QTest::keyClick(password, Qt::Key_K, Qt::ControlModifier);
    QTest::keyClick(&w.window, Qt::Key_K, Qt::ControlModifier);
    CHECK(triggered == 1);
    CHECK(lock.isLocked());
}

TEST_CASE("The idle lock: input postpones it, and another user can take over", "[login][idle]") {
    Logins t;
    const Actor actor = t.loginAdmin();
    SecretWindow w;
    IdleLock lock(w.window, t.auth, actor);
    lock.setTimeoutMs(1500);
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(300);
        QTest::mouseMove(w.content, QPoint(10 + i, 10 + i));
        QTest::keyClick(w.content, Qt::Key_Shift);
    }
    CHECK_FALSE(lock.isLocked()); // 2.4 s in all, never 1.5 s without input

    lock.lockNow();
    REQUIRE(lock.isLocked());
    bool switched = false;
    QObject::connect(&lock, &IdleLock::switchUserRequested, [&] { switched = true; });
    auto* other = lock.lockScreen()->findChild<QPushButton*>(QStringLiteral("switchUserButton"));
    REQUIRE(other);
    QTest::mouseClick(other, Qt::LeftButton);
    CHECK(switched);
}

TEST_CASE("The accounts panel lists, creates and unlocks users", "[login][accounts]") {
    Logins t;
    t.loginAdmin();
    AccountsPanel panel(t.auth);
    panel.resize(820, 560);
    panel.show();
    auto* table = gui::field<QTableWidget>(&panel, "accountsTable");
    REQUIRE(table->rowCount() == 1);

    panel.newAccount();
    auto* dialog = gui::openDialog<NewAccountDialog>(&panel);
    type(gui::field<QLineEdit>(dialog, "userName"), QStringLiteral("mh"));
    type(gui::field<QLineEdit>(dialog, "displayName"), QStringLiteral("Mette Holm"));
    type(gui::field<QLineEdit>(dialog, "password"), QStringLiteral("short"));
    type(gui::field<QLineEdit>(dialog, "repeat"), QStringLiteral("short"));
    gui::clickSave(dialog);
    CHECK(dialog->errorText().contains(QStringLiteral("10")));
    CHECK(table->rowCount() == 1);
    type(gui::field<QLineEdit>(dialog, "password"), QStringLiteral("first-password"));
    type(gui::field<QLineEdit>(dialog, "repeat"), QStringLiteral("first-password"));
    gui::clickSave(dialog);
    REQUIRE(table->rowCount() == 2);
    CHECK(panel.messageText().contains(QStringLiteral("mh")));

    for (int i = 0; i < 5; ++i)
        (void)t.auth.login(QStringLiteral("mh"), QStringLiteral("wrong-password"));
    REQUIRE(panel.reload().ok());
    int row = table->item(0, 0)->text() == QStringLiteral("mh") ? 0 : 1;
    CHECK(table->item(row, 5)->text().contains(QStringLiteral("Locked")));
    table->selectRow(row);
    auto* unlock = gui::field<QPushButton>(&panel, "unlockAccount");
    REQUIRE(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    row = table->item(0, 0)->text() == QStringLiteral("mh") ? 0 : 1;
    CHECK_FALSE(table->item(row, 5)->text().contains(QStringLiteral("Locked")));
    CHECK(t.auth.login(QStringLiteral("mh"), QStringLiteral("first-password")).ok());
}

TEST_CASE("Someone else than an administrator gets no accounts panel", "[login][accounts]") {
    Logins t;
    NewAccount n;
    n.userName = QStringLiteral("jk");
    n.displayName = QStringLiteral("Jonas Krogh");
    n.password = QStringLiteral("first-password");
    REQUIRE(t.auth.createAccount(n).ok());
    auto actor = t.auth.login(QStringLiteral("jk"), QStringLiteral("first-password"));
    REQUIRE(actor.ok());
    t.db->setActor(*actor);
    AccountsPanel panel(t.auth);
    CHECK_FALSE(panel.isEnabled());
    CHECK(gui::field<QTableWidget>(&panel, "accountsTable")->rowCount() == 0);
    CHECK(panel.messageText().contains(QStringLiteral("administrator")));
}

TEST_CASE("The current staff member follows the login", "[login]") {
    Logins t;
    Staff mh;
    mh.initials = QStringLiteral("MH");
    mh.name = QStringLiteral("Mette Holm");
    REQUIRE(t.registry->saveStaff(mh).ok());
    Staff jk;
    jk.initials = QStringLiteral("JK");
    jk.name = QStringLiteral("Jonas Krogh");
    REQUIRE(t.registry->saveStaff(jk).ok());
    NewAccount n;
    n.userName = QStringLiteral("mh");
    n.displayName = mh.name;
    n.staffId = mh.meta.id;
    n.password = QStringLiteral("first-password");
    REQUIRE(t.auth.createAccount(n).ok());
    auto actor = t.auth.login(QStringLiteral("mh"), QStringLiteral("first-password"));
    REQUIRE(actor.ok());
    t.db->setActor(*actor);

    CurrentStaff me(*t.registry);
    CHECK(me.isFixed());
    CHECK(me.id() == mh.meta.id);
    CHECK_FALSE(me.set(jk.meta.id).ok());
    CHECK(me.id() == mh.meta.id);
}

TEST_CASE("The demo has an administrator, a leader and two workers with the demo password",
          "[login][demo]") {
    auto session = AppSession::openDemo();
    INFO(session.message().toStdString());
    REQUIRE(session.ok());
    AuthService& auth = (*session)->auth();
    auto accounts = auth.accounts();
    REQUIRE(accounts.ok());
    REQUIRE(accounts->size() == 4);
    QList<StaffRole> roles;
    for (const Account& a : *accounts) {
        roles << a.role;
        CHECK((*session)->demoHint().contains(a.userName));
        CHECK(a.staffId.isNull() == (a.userName == QStringLiteral("admin")));
        CHECK_FALSE(a.mustChangePassword);
    }
    CHECK(roles.count(StaffRole::Administrator) == 1);
    CHECK(roles.count(StaffRole::Leader) == 1);
    CHECK(roles.count(StaffRole::Worker) == 2);
    CHECK((*session)->demoHint().contains(AppSession::kDemoPassword));
    auto leader = auth.login(accounts->at(roles.indexOf(StaffRole::Leader)).userName,
                             AppSession::kDemoPassword);
    INFO(leader.message().toStdString());
    CHECK(leader.ok());
    CHECK_FALSE(leader->teamId.isNull());
}

TEST_CASE("The start asks for the first administrator, then logs in", "[login][flow]") {
    gui::Fixture f;
    AuthService auth(*f.registry, AuthService::Options{true});
    QString prefilled;
    bool quit = false;
    QTimer user; // plays the user in whichever dialog is open
    QObject::connect(&user, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* first = qobject_cast<FirstAdministratorDialog*>(modal)) {
            type(gui::field<QLineEdit>(first, "displayName"), QStringLiteral("Anna Admin"));
            type(gui::field<QLineEdit>(first, "userName"), QStringLiteral("anna"));
            type(gui::field<QLineEdit>(first, "password"), kPassword);
            type(gui::field<QLineEdit>(first, "repeat"), kPassword);
            first->accept();
        } else if (auto* login = qobject_cast<LoginDialog*>(modal)) {
            if (quit)
                return login->reject();
            prefilled = gui::field<QLineEdit>(login, "userName")->text();
            type(gui::field<QLineEdit>(login, "password"), kPassword);
            login->accept();
        }
    });
    user.start(20);
    const auto actor = runLogin(auth);
    REQUIRE(actor.has_value());
    CHECK(prefilled == QStringLiteral("anna"));
    CHECK(actor->userName == QStringLiteral("anna"));
    CHECK(actor->isAdministrator());
    CHECK(f.db->actor().accountId == actor->accountId);

    quit = true; // Cancel in the login quits; no first-administrator dialog the second time
    f.db->setActor(Actor::system());
    CHECK_FALSE(runLogin(auth).has_value());
    CHECK(auth.accounts()->size() == 1);
}

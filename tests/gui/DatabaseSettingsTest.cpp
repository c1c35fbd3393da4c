// Server mode in the desktop application: Settings ▸ Database validates at the field and saves
// the location (never a password) for the next start; the password loop asks again after a
// wrong password, showing the server's words, and Cancel gives up without a session; a server
// is named "Server: host/database" on screen.
#include "GuiFixture.h"
#include "SettingsPage.h"
#include "access/ServerPassword.h"
#include "access/ServerPasswordDialog.h"
#include "settings/DatabaseLocation.h"
#include "settings/DatabasePanel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <functional>

namespace {

struct CleanSetting {
    CleanSetting() { QSettings().remove(bs::DatabaseLocation::kSettingsKey); }
    ~CleanSetting() { QSettings().remove(bs::DatabaseLocation::kSettingsKey); }
};

template <typename T> T* part(QWidget* root, const char* name) {
    auto* w = root->findChild<T*>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

bool marked(QWidget* root, const char* name) {
    return part<QWidget>(root, name)->property("invalid").toBool();
}

QVariant savedSetting() {
    return QSettings().value(bs::DatabaseLocation::kSettingsKey);
}

// Answers the next ServerPasswordDialog the way a user would, after checking what it shows.
void answerDialog(const std::function<void(bs::ServerPasswordDialog&)>& answer) {
    QTimer::singleShot(0, [answer] {
        auto* dialog = qobject_cast<bs::ServerPasswordDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerDialog(answer); // not shown yet: look again
            return;
        }
        answer(*dialog);
    });
}

} // namespace

TEST_CASE("Settings ▸ Database marks bad server fields and saves nothing", "[database-settings]") {
    CleanSetting clean;
    QTemporaryDir dir;
    bs::DatabasePanel panel(dir.filePath(QStringLiteral("in-use.sqlite")));
    QSignalSpy saved(&panel, &bs::DatabasePanel::saved);
    CHECK(part<QRadioButton>(&panel, "fileChoice")->isChecked());

    part<QRadioButton>(&panel, "serverChoice")->setChecked(true);
    CHECK(part<QComboBox>(&panel, "tls")->currentData().toString() == QStringLiteral("require"));
    CHECK(part<QSpinBox>(&panel, "port")->value() == 5432);

    // Nothing filled in: the host is the first thing missing.
    CHECK(panel.save().error().field == QStringLiteral("host"));
    CHECK(marked(&panel, "host"));
    CHECK(panel.messageText().contains(QStringLiteral("server")));

    part<QLineEdit>(&panel, "host")->setText(QStringLiteral("db.kommune.dk"));
    CHECK(panel.save().error().field == QStringLiteral("database"));
    CHECK_FALSE(marked(&panel, "host"));
    CHECK(marked(&panel, "database"));

    part<QLineEdit>(&panel, "database")->setText(QStringLiteral("bostotte"));
    CHECK(panel.save().error().field == QStringLiteral("user"));

    part<QLineEdit>(&panel, "user")->setText(QStringLiteral("anne"));
    part<QLineEdit>(&panel, "schema")->setText(QStringLiteral("Team Nord"));
    const bs::Status badSchema = panel.save();
    CHECK(badSchema.error().field == QStringLiteral("schema"));
    INFO(badSchema.message().toStdString());
    CHECK(badSchema.message().contains(QStringLiteral("lower-case")));
    CHECK(marked(&panel, "schema"));
    CHECK(panel.messageText() == badSchema.message());

    CHECK(saved.isEmpty());
    CHECK_FALSE(savedSetting().isValid());
}

TEST_CASE("Settings ▸ Database saves the server without a password and shows it again",
          "[database-settings]") {
    CleanSetting clean;
    QTemporaryDir dir;
    const QString inUse = dir.filePath(QStringLiteral("in-use.sqlite"));
    {
        bs::DatabasePanel panel(inUse);
        QSignalSpy saved(&panel, &bs::DatabasePanel::saved);
        part<QRadioButton>(&panel, "serverChoice")->setChecked(true);
        part<QLineEdit>(&panel, "host")->setText(QStringLiteral(" db.kommune.dk "));
        part<QSpinBox>(&panel, "port")->setValue(6543);
        part<QLineEdit>(&panel, "database")->setText(QStringLiteral("bostotte"));
        part<QLineEdit>(&panel, "user")->setText(QStringLiteral("anne"));
        auto* tls = part<QComboBox>(&panel, "tls");
        tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
        CHECK_FALSE(tls->toolTip().isEmpty());
        part<QLineEdit>(&panel, "schema")->setText(QStringLiteral("team_nord"));

        REQUIRE(panel.save().ok());
        const QString stored = savedSetting().toString();
        CHECK(stored == QStringLiteral("postgresql://anne@db.kommune.dk:6543/bostotte?"
                                       "sslmode=verify-full&schema=team_nord"));
        CHECK_FALSE(stored.contains(QStringLiteral("password")));
        CHECK(saved.size() == 1);
        CHECK(panel.messageText().contains(QStringLiteral("Server: db.kommune.dk/bostotte")));
        CHECK(part<QLabel>(&panel, "savedLocation")->text() ==
              QStringLiteral("Server: db.kommune.dk/bostotte"));
        CHECK(bs::DatabaseLocation::atStart(QString()) == stored);
        CHECK(bs::DatabaseLocation::atStart(inUse) == inUse); // --db wins
    }
    // Opened again, the panel shows the saved server.
    bs::DatabasePanel again(inUse);
    CHECK(part<QRadioButton>(&again, "serverChoice")->isChecked());
    CHECK(part<QLineEdit>(&again, "host")->text() == QStringLiteral("db.kommune.dk"));
    CHECK(part<QSpinBox>(&again, "port")->value() == 6543);
    CHECK(part<QComboBox>(&again, "tls")->currentData().toString() ==
          QStringLiteral("verify-full"));
    CHECK(part<QLineEdit>(&again, "schema")->text() == QStringLiteral("team_nord"));

    // Back to a file: the default file removes the setting, another file is stored.
    part<QRadioButton>(&again, "fileChoice")->setChecked(true);
    part<QLineEdit>(&again, "file")->setText(bs::Database::defaultPath());
    REQUIRE(again.save().ok());
    CHECK_FALSE(savedSetting().isValid());
    part<QLineEdit>(&again, "file")->setText(QStringLiteral("relative.sqlite"));
    CHECK(again.save().error().field == QStringLiteral("file"));
    CHECK(marked(&again, "file"));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    part<QLineEdit>(&again, "file")->setText(other);
    REQUIRE(again.save().ok());
    CHECK(savedSetting().toString() == other);
}

TEST_CASE("Settings ▸ Database tests a connection and writes nothing", "[database-settings]") {
    CleanSetting clean;
    QTemporaryDir dir;
    bs::DatabasePanel panel(dir.filePath(QStringLiteral("in-use.sqlite")));
    int asked = 0;
    panel.setPasswordAsker([&asked](const bs::ServerLocation&, const QString&) {
        ++asked;
        return std::optional<QString>();
    });

    const QString file = dir.filePath(QStringLiteral("new.sqlite"));
    part<QLineEdit>(&panel, "file")->setText(file);
    REQUIRE(panel.testConnection().ok());
    CHECK(panel.messageText().contains(QStringLiteral("does not exist yet")));
    CHECK_FALSE(QFileInfo::exists(file));

    // Nothing listens on port 1: refused at once, not a password matter, so no prompt.
    part<QRadioButton>(&panel, "serverChoice")->setChecked(true);
    part<QLineEdit>(&panel, "host")->setText(QStringLiteral("127.0.0.1"));
    part<QSpinBox>(&panel, "port")->setValue(1);
    part<QLineEdit>(&panel, "database")->setText(QStringLiteral("bostotte"));
    part<QLineEdit>(&panel, "user")->setText(QStringLiteral("anne"));
    const bs::Status refused = panel.testConnection();
    CHECK_FALSE(refused.ok());
    CHECK(panel.messageText().contains(QStringLiteral("Could not connect to the server")));
    CHECK(asked == 0);
    CHECK(part<QPushButton>(&panel, "testButton")->isEnabled());
    CHECK_FALSE(savedSetting().isValid());
}

TEST_CASE("The password loop asks again after a wrong password and stops on Cancel",
          "[database-settings]") {
    const QString location = QStringLiteral("postgresql://anne@db.kommune.dk/loop_test");
    const QString key = bs::ServerLocation::parse(location)->uri();
    const QString refusal =
        QStringLiteral("FATAL: password authentication failed for user \"anne\"");
    int attempts = 0;
    // The server of the test: opens when the remembered password is "right".
    const std::function<bs::Result<int>()> open = [&] {
        ++attempts;
        if (bs::ServerLocation::rememberedPassword(key) == QStringLiteral("right"))
            return bs::Result<int>(42);
        return bs::Result<int>::failure(refusal, QStringLiteral("password"));
    };

    SECTION("wrong, then right: the second prompt shows the server's words") {
        QStringList problems;
        QStringList answers{QStringLiteral("wrong"), QStringLiteral("right")};
        const auto opened = bs::withServerPassword<int>(
            location, open, [&](const bs::ServerLocation& where, const QString& problem) {
                CHECK(where.user == QStringLiteral("anne"));
                problems << problem;
                return std::optional<QString>(answers.takeFirst());
            });
        REQUIRE(opened.ok());
        CHECK(*opened == 42);
        CHECK(attempts == 3);
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].isEmpty());
        CHECK(problems[1] == refusal);
        CHECK(bs::ServerLocation::rememberedPassword(key) == QStringLiteral("right"));
    }
    SECTION("Cancel: no session, the wrong password is forgotten") {
        bs::ServerLocation::rememberPassword(key, QStringLiteral("stale"));
        QStringList problems;
        const auto opened = bs::withServerPassword<int>(
            location, open, [&](const bs::ServerLocation&, const QString& problem) {
                problems << problem;
                return std::optional<QString>();
            });
        CHECK_FALSE(opened.ok());
        CHECK(opened.error().field == bs::kCancelledField);
        CHECK(attempts == 1);
        CHECK(problems == QStringList{refusal}); // a remembered password was refused
        CHECK(bs::ServerLocation::rememberedPassword(key).isEmpty());
    }
    SECTION("with the dialog a user sees") {
        answerDialog([](bs::ServerPasswordDialog& d) {
            CHECK(d.problemText().isEmpty());
            part<QLineEdit>(&d, "password")->setText(QStringLiteral("wrong"));
            d.accept();
            answerDialog([](bs::ServerPasswordDialog& again) {
                CHECK(again.problemText().contains(QStringLiteral("authentication failed")));
                CHECK(part<QLineEdit>(&again, "password")->echoMode() == QLineEdit::Password);
                part<QLineEdit>(&again, "password")->setText(QStringLiteral("right"));
                again.accept();
            });
        });
        const auto opened = bs::withServerPassword<int>(location, open, bs::passwordDialogAsker());
        REQUIRE(opened.ok());
        CHECK(attempts == 3);
    }
    bs::ServerLocation::rememberPassword(key, QString());
}

TEST_CASE("Failures other than the password pass straight through", "[database-settings]") {
    int asked = 0;
    const auto ask = [&asked](const bs::ServerLocation&, const QString&) {
        ++asked;
        return std::optional<QString>(QStringLiteral("x"));
    };
    const auto unreachable = bs::withServerPassword<int>(
        QStringLiteral("postgresql://anne@db.kommune.dk/b"),
        [] { return bs::Result<int>::failure(QStringLiteral("no route to host")); }, ask);
    CHECK(unreachable.message() == QStringLiteral("no route to host"));
    // A file never gets a prompt, and opens as before.
    QTemporaryDir dir;
    const auto session =
        bs::openSessionAskingPassword(dir.filePath(QStringLiteral("s.sqlite")), ask);
    CHECK(session.ok());
    CHECK(asked == 0);
}

TEST_CASE("A server is named Server: host/database on screen", "[database-settings]") {
    CHECK(bs::DatabaseLocation::displayName(
              QStringLiteral("postgresql://anne@db.kommune.dk:6543/bostotte?sslmode=require&"
                             "schema=nord")) == QStringLiteral("Server: db.kommune.dk/bostotte"));
    CHECK(bs::DatabaseLocation::displayName(QStringLiteral("/home/anne/bostotte.sqlite")) ==
          QDir::toNativeSeparators(QStringLiteral("/home/anne/bostotte.sqlite")));

    // Names with æøå or spaces survive the round trip through the saved URI.
    bs::ServerLocation nord;
    nord.host = QStringLiteral("db.kommune.dk");
    nord.database = QStringLiteral("bostøtte nord");
    nord.user = QStringLiteral("anne");
    const auto back = bs::ServerLocation::parse(nord.uri());
    INFO(back.message().toStdString());
    REQUIRE(back.ok());
    CHECK(back->database == nord.database);
    CHECK(bs::DatabaseLocation::displayName(nord.uri()) ==
          QStringLiteral("Server: db.kommune.dk/bostøtte nord"));

    CleanSetting clean;
    gui::Fixture f;
    bs::MainWindow& w = f.show();
    CHECK(f.child<QLabel>("databaseLabel")->text().contains(QStringLiteral("gui.sqlite")));
    auto* panel = f.child<bs::DatabasePanel>("databaseSettings");
    w.showSection(bs::MainWindow::Settings);
    w.settingsPage()->tabs()->setCurrentWidget(panel);
    CHECK(part<QLabel>(panel, "inUse")->text() == QDir::toNativeSeparators(f.db->path()));
    // Nothing saved: the next start opens the default file.
    CHECK(part<QLabel>(panel, "savedLocation")->text() ==
          QDir::toNativeSeparators(bs::Database::defaultPath()));
}

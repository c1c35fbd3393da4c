// The Bostøtte desktop application: argument parsing and wiring only.
#include "AppSession.h"
#include "MainWindow.h"
#include "access/IdleLock.h"
#include "access/LoginFlow.h"
#include "access/ServerPassword.h"
#include "services/Language.h"
#include "settings/DatabaseLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {

// --lang is needed before the translated help text exists, so it is read on its own first.
QString requestedLanguage(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), {}, QStringLiteral("language"));
    parser.addOption(lang);
    (void)parser.parse(arguments); // unknown options are reported by the full parser below
    return parser.isSet(lang) ? parser.value(lang) : QStringLiteral("auto");
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("bostotte"));
    QCoreApplication::setApplicationName(QStringLiteral("bostotte"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOSTOTTE_VERSION));
    const QString language = bs::installTranslations(app, requestedLanguage(app.arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Bostøtte"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("main",
                                    "Use the database FILE, or the PostgreSQL server "
                                    "postgresql://user@host:port/database?sslmode=…&schema=…, "
                                    "this time (default: Settings ▸ Database, else %1).")
            .arg(bs::Database::defaultPath()),
        QStringLiteral("FILE|URI"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open a generated demo database (deleted on exit)."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Language: da or en."),
                                  QStringLiteral("language"), QStringLiteral("auto"));
    parser.addOptions({db, demo, lang});
    parser.process(app);

    // A server that wants a password asks for it here (kept in memory only); Cancel quits.
    auto session =
        parser.isSet(demo)
            ? bs::AppSession::openDemo()
            : bs::openSessionAskingPassword(bs::DatabaseLocation::atStart(parser.value(db)),
                                            bs::passwordDialogAsker());
    if (!session && session.error().field == bs::kCancelledField)
        return 0;
    if (!session) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Bostøtte"),
                              QCoreApplication::translate("main", "Bostøtte could not start.\n\n%1")
                                  .arg(session.message()));
        return 1;
    }
    // A session per login: "Log in as someone else" on the lock screen closes the window and
    // its state, and the login starts over. Closing the window quits.
    constexpr int kSwitchUser = 0x5357;
    app.setQuitOnLastWindowClosed(false);
    bs::Registry& registry = (*session)->registry();
    bs::AuthService& auth = (*session)->auth();
    for (;;) {
        const auto actor = bs::runLogin(auth, (*session)->demoHint());
        if (!actor)
            return 0;
        int code = 0;
        {
            bs::MainWindow window(registry, {language, parser.isSet(demo), &auth});
            bs::IdleLock lock(window, auth, *actor);
            bool switching = false;
            QObject::connect(&lock, &bs::IdleLock::switchUserRequested, &app, [&] {
                switching = true;
                QApplication::exit(kSwitchUser);
            });
            const auto quitOnClose =
                QObject::connect(&app, &QApplication::lastWindowClosed, &app, [&] {
                    if (!switching)
                        QApplication::quit();
                });
            window.show();
            code = app.exec();
            QObject::disconnect(quitOnClose);
        }
        registry.database().setActor(bs::Actor::system());
        if (code != kSwitchUser)
            return code;
    }
}

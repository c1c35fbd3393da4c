// Catch2's runner inside a Qt application object, so that translators, SQL drivers and the event
// loop behave as in the program. GUI tests build this file with BOSTOTTE_GUI_TESTS (QApplication).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef BOSTOTTE_GUI_TESTS
#include "services/Language.h"
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif
#include <QStandardPaths>
#include <ctime>

int main(int argc, char** argv) {
    // Listing and running tests must work without a display (CI, test discovery at build time).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Local times are Danish and text is UTF-8, whatever the machine running the tests uses.
    // (Set here, not by ctest: a property list cannot carry several variables through
    // catch_discover_tests.)
    if (!qEnvironmentVariableIsSet("TZ")) {
        qputenv("TZ", "Europe/Copenhagen");
        tzset();
    }
    if (!qEnvironmentVariableIsSet("LANG"))
        qputenv("LANG", "C.UTF-8");
    TestApplication app(argc, argv);
    // Settings a test writes (e.g. who the user is) go to a test folder, not the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("bostotte-tests"));
#ifdef BOSTOTTE_GUI_TESTS
    // Screens are tested as an English-speaking user sees them (source texts, English plurals).
    bs::installTranslations(app, QStringLiteral("en"));
#endif
    return Catch::Session().run(argc, argv);
}

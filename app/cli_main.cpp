// bostotte-cli: the command-line tool. Everything but the wiring lives in core/cli.
#include "cli/Cli.h"
#include "services/Language.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bostotte"));
    QCoreApplication::setOrganizationName(QStringLiteral("bostotte"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOSTOTTE_VERSION));
    bs::installTranslations(app, QStringLiteral("auto"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const bs::SystemClock clock;
    return bs::runCli(QCoreApplication::arguments(), out, err, clock);
}

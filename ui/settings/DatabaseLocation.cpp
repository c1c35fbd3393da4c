#include "DatabaseLocation.h"

#include "storage/Database.h"
#include "storage/ServerLocation.h"
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace bs {

QString DatabaseLocation::saved() {
    return QSettings().value(kSettingsKey).toString().trimmed();
}

void DatabaseLocation::save(const QString& location) {
    QSettings settings;
    if (location.trimmed().isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, location.trimmed());
}

QString DatabaseLocation::atStart(const QString& commandLine) {
    if (!commandLine.isEmpty())
        return commandLine;
    const QString location = saved();
    return location.isEmpty() ? Database::defaultPath() : location;
}

QString DatabaseLocation::displayName(const QString& location) {
    if (!ServerLocation::isServerUri(location))
        return QDir::toNativeSeparators(location);
    const auto server = ServerLocation::parse(location);
    if (!server)
        return tr("Server: %1").arg(location);
    return tr("Server: %1/%2").arg(server->host, server->database);
}

QByteArray DatabaseLocation::identity(const QString& location) {
    if (ServerLocation::isServerUri(location))
        return location.toUtf8();
    return QFileInfo(location).absoluteFilePath().toUtf8();
}

} // namespace bs

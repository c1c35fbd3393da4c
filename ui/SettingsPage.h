#pragma once
// Read-only facts about this installation: where the data is, the schema version, the
// installation id and the language in use.
#include "services/Registry.h"
#include <QWidget>

namespace bs {

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    // `language` is the language in use ("da" or "en"); `demo` marks a temporary demo database.
    SettingsPage(const Database& database, const QString& language, bool demo,
                 QWidget* parent = nullptr);
};

} // namespace bs

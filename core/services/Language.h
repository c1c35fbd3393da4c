#pragma once
// Loads the application's translations: Danish by default, English on request or when the
// system locale is not Danish ("auto"). Qt's own Danish strings (qtbase_da) are loaded too.
#include <QString>

class QCoreApplication;

namespace bs {

// `language`: "da", "en" or "auto" (system locale: Danish if it is Danish, else English).
// Returns the language actually used ("da" or "en").
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace bs

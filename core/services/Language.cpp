#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace bs {

QString installTranslations(QCoreApplication& app, const QString& language) {
    QString lang = language.trimmed().toLower();
    if (lang.isEmpty() || lang == QLatin1String("auto")) {
        // Danish is the product's language; English only for a system that asks for it.
        const QLocale system = QLocale::system();
        lang =
            (system.language() == QLocale::English) ? QStringLiteral("en") : QStringLiteral("da");
    }
    if (lang != QLatin1String("en"))
        lang = QStringLiteral("da");
    QLocale::setDefault(lang == QLatin1String("da") ? QLocale(QLocale::Danish, QLocale::Denmark)
                                                    : QLocale(QLocale::English, QLocale::Denmark));

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/bostotte_") + lang))
        QCoreApplication::installTranslator(own);
    if (lang == QLatin1String("da")) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_da"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    return lang;
}

} // namespace bs

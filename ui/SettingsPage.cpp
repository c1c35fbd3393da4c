#include "SettingsPage.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bs {

SettingsPage::SettingsPage(const Database& database, const QString& language, bool demo,
                           QWidget* parent)
    : QWidget(parent) {
    auto* title = new QLabel(tr("Settings"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    auto* form = new QFormLayout;
    const auto row = [form](const QString& caption, const QString& value, const char* name) {
        auto* text = new QLabel(value);
        text->setObjectName(QLatin1String(name));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        form->addRow(caption, text);
    };
    const QString path = QDir::toNativeSeparators(QFileInfo(database.path()).absoluteFilePath());
    row(tr("Database file"), path, "databasePath");
    row(tr("Schema version"),
        tr("%1 (this program knows up to %2)")
            .arg(database.schemaVersion())
            .arg(Database::latestSchemaVersion()),
        "schemaVersion");
    row(tr("Installation id"), database.installationId().toString(QUuid::WithoutBraces),
        "installationId");
    row(tr("Language"), language == QLatin1String("en") ? tr("English") : tr("Danish"), "language");

    auto* note = new QLabel(
        demo ? tr("This is a demo database with fictitious citizens. It was generated when the "
                  "program started and is deleted when the program closes.")
             : tr("All data is kept in the database file above, on this computer only. It holds "
                  "personal data (CPR numbers, goals, support), so a copy of it must be kept as "
                  "safely as the original: on an encrypted drive, never by e-mail. Back up the "
                  "file while the program is closed."));
    note->setObjectName(QStringLiteral("dataNote"));
    note->setWordWrap(true);
    note->setMaximumWidth(640);
    auto* hint = new QLabel(tr("Start the program with --db FILE to use another database file, "
                               "and with --lang da or --lang en to choose the language."));
    hint->setWordWrap(true);
    hint->setMaximumWidth(640);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(note);
    layout->addWidget(hint);
    layout->addStretch();
}

} // namespace bs

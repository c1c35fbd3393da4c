#include "DatabasePanel.h"

#include "settings/DatabaseLocation.h"
#include "storage/Database.h"
#include "storage/FileLocation.h"
#include "storage/ServerProbe.h"
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <memory>
#include <optional>

namespace bs {

namespace {

struct TlsMode {
    const char* mode;
    const char* caption;
    const char* tip;
};

// libpq's sslmode values in the order of growing protection, with plain words.
const TlsMode kTlsModes[] = {
    {"disable", QT_TRANSLATE_NOOP("bs::DatabasePanel", "disable – no encryption"),
     QT_TRANSLATE_NOOP("bs::DatabasePanel", "Nothing is encrypted. Only for a test server on "
                                            "this computer.")},
    {"allow", QT_TRANSLATE_NOOP("bs::DatabasePanel", "allow – only if the server insists"),
     QT_TRANSLATE_NOOP("bs::DatabasePanel", "Encrypted only when the server demands it. Not "
                                            "for personal data.")},
    {"prefer", QT_TRANSLATE_NOOP("bs::DatabasePanel", "prefer – when the server can"),
     QT_TRANSLATE_NOOP("bs::DatabasePanel", "Encrypted when the server offers it, otherwise "
                                            "not. The server's identity is not checked.")},
    {"require", QT_TRANSLATE_NOOP("bs::DatabasePanel", "require – always encrypted"),
     QT_TRANSLATE_NOOP("bs::DatabasePanel", "Always encrypted; the server's identity is not "
                                            "checked. The least to use for personal data.")},
    {"verify-ca", QT_TRANSLATE_NOOP("bs::DatabasePanel", "verify-ca – encrypted, checked"),
     QT_TRANSLATE_NOOP("bs::DatabasePanel", "Always encrypted, and the server's certificate "
                                            "must be issued by an authority IT trusts.")},
    {"verify-full",
     QT_TRANSLATE_NOOP("bs::DatabasePanel", "verify-full – encrypted, fully "
                                            "checked"),
     QT_TRANSLATE_NOOP("bs::DatabasePanel", "Always encrypted, and the certificate must be "
                                            "trusted and name this very server. The safest.")},
};

// Runs `work` on a pool thread while the UI stays responsive; the caller shows a wait cursor.
template <typename T> T offUiThread(std::function<T()> work) {
    auto out = std::make_shared<std::optional<T>>();
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([out, work] { out->emplace(work()); }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    return std::move(**out);
}

QLineEdit* lineEdit(const char* name) {
    auto* edit = new QLineEdit;
    edit->setObjectName(QLatin1String(name));
    return edit;
}

} // namespace

DatabasePanel::DatabasePanel(const QString& inUse, QWidget* parent)
    : QWidget(parent), m_inUse(inUse), m_ask(passwordDialogAsker(this)), m_inUseLabel(new QLabel),
      m_savedLabel(new QLabel), m_fileChoice(new QRadioButton(tr("A &file on this computer"))),
      m_serverChoice(new QRadioButton(tr("A PostgreSQL se&rver"))), m_fileBox(new QWidget),
      m_serverBox(new QWidget), m_file(lineEdit("file")), m_host(lineEdit("host")),
      m_port(new QSpinBox), m_database(lineEdit("database")), m_user(lineEdit("user")),
      m_tls(new QComboBox), m_schema(lineEdit("schema")), m_message(new QLabel),
      m_test(new QPushButton(tr("Te&st connection"))), m_save(new QPushButton(tr("Sa&ve"))) {
    // Only fields marked invalid get a rule (as in RecordDialog).
    setStyleSheet(QStringLiteral("QLineEdit[invalid=\"true\"], QAbstractSpinBox[invalid=\"true\"] "
                                 "{ border: 2px solid #b3261e; border-radius: 3px; }"));

    m_inUseLabel->setObjectName(QStringLiteral("inUse"));
    m_inUseLabel->setTextFormat(Qt::PlainText);
    m_inUseLabel->setWordWrap(true);
    m_inUseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_inUseLabel->setText(DatabaseLocation::displayName(inUse));
    m_savedLabel->setObjectName(QStringLiteral("savedLocation"));
    m_savedLabel->setTextFormat(Qt::PlainText);
    m_savedLabel->setWordWrap(true);

    auto* facts = new QFormLayout;
    facts->addRow(tr("In use now"), m_inUseLabel);
    facts->addRow(tr("At the next start"), m_savedLabel);

    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_serverChoice->setObjectName(QStringLiteral("serverChoice"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_fileChoice);
    choice->addButton(m_serverChoice);

    // The file.
    auto* browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setObjectName(QStringLiteral("browse"));
    auto* fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto* fileForm = new QFormLayout(m_fileBox);
    fileForm->setContentsMargins(24, 0, 0, 0);
    auto* fileLabel = new QLabel(tr("File &name"));
    fileLabel->setBuddy(m_file);
    fileForm->addRow(fileLabel, fileRow);

    // The server.
    m_host->setPlaceholderText(tr("e.g. db.kommune.dk"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(tr("e.g. bostotte"));
    m_user->setPlaceholderText(tr("your database user name"));
    m_tls->setObjectName(QStringLiteral("tls"));
    for (const TlsMode& m : kTlsModes) {
        m_tls->addItem(tr(m.caption), QLatin1String(m.mode));
        m_tls->setItemData(m_tls->count() - 1, tr(m.tip), Qt::ToolTipRole);
    }
    m_tls->setCurrentIndex(m_tls->findData(QStringLiteral("require")));
    const auto tlsTip = [this] {
        m_tls->setToolTip(m_tls->currentData(Qt::ToolTipRole).toString());
    };
    connect(m_tls, &QComboBox::currentIndexChanged, this, tlsTip);
    tlsTip();
    m_schema->setPlaceholderText(tr("optional; empty: the user's default schema"));
    auto* serverForm = new QFormLayout(m_serverBox);
    serverForm->setContentsMargins(24, 0, 0, 0);
    serverForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    serverForm->addRow(tr("&Host"), m_host);
    serverForm->addRow(tr("&Port"), m_port);
    serverForm->addRow(tr("D&atabase"), m_database);
    serverForm->addRow(tr("&User"), m_user);
    serverForm->addRow(tr("T&LS"), m_tls);
    serverForm->addRow(tr("Sche&ma"), m_schema);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_test->setObjectName(QStringLiteral("testButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    buttons->addStretch();

    auto* note = new QLabel(tr("The password of a server is never saved: Bostøtte asks for it at "
                               "start (or the IT department sets up a .pgpass file or a "
                               "certificate). A changed location takes effect at the next start. "
                               "Only a file on this computer's own disk can be used; network "
                               "drives are refused."));
    note->setWordWrap(true);

    auto* content = new QWidget;
    content->setMaximumWidth(640);
    auto* inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addLayout(facts);
    inner->addSpacing(8);
    inner->addWidget(m_fileChoice);
    inner->addWidget(m_fileBox);
    inner->addWidget(m_serverChoice);
    inner->addWidget(m_serverBox);
    inner->addWidget(m_message);
    inner->addLayout(buttons);
    inner->addSpacing(8);
    inner->addWidget(note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(content);
    layout->addStretch();

    connect(m_fileChoice, &QRadioButton::toggled, this, &DatabasePanel::updateMode);
    connect(browseButton, &QPushButton::clicked, this, &DatabasePanel::browse);
    connect(m_test, &QPushButton::clicked, this, [this] { (void)testConnection(); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    for (QLineEdit* edit : {m_file, m_host, m_database, m_user, m_schema})
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            edit->setProperty("invalid", false);
            edit->style()->unpolish(edit);
            edit->style()->polish(edit);
        });

    const QString stored = DatabaseLocation::saved();
    showLocation(stored.isEmpty() ? inUse : stored);
}

void DatabasePanel::showLocation(const QString& location) {
    clearMarks();
    m_message->hide();
    updateSavedLabel();
    const bool server = ServerLocation::isServerUri(location);
    if (server) {
        if (const auto l = ServerLocation::parse(location)) {
            m_host->setText(l->host);
            m_port->setValue(l->port);
            m_database->setText(l->database);
            m_user->setText(l->user);
            m_tls->setCurrentIndex(std::max(0, m_tls->findData(l->sslMode)));
            m_schema->setText(l->schema);
        }
        if (m_file->text().isEmpty())
            m_file->setText(QDir::toNativeSeparators(Database::defaultPath()));
    } else {
        m_file->setText(
            QDir::toNativeSeparators(location.isEmpty() ? Database::defaultPath() : location));
    }
    (server ? m_serverChoice : m_fileChoice)->setChecked(true);
    updateMode();
}

void DatabasePanel::updateSavedLabel() {
    const QString next = DatabaseLocation::atStart(QString());
    m_savedLabel->setText(next == m_inUse ? tr("The same") : DatabaseLocation::displayName(next));
}

void DatabasePanel::updateMode() {
    const bool file = m_fileChoice->isChecked();
    m_fileBox->setEnabled(file);
    m_serverBox->setEnabled(!file);
    m_fileBox->setVisible(file);
    m_serverBox->setVisible(!file);
}

void DatabasePanel::browse() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Database file"), QDir::fromNativeSeparators(m_file->text()),
        tr("Bostøtte databases (*.sqlite);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

Result<QString> DatabasePanel::fieldsLocation() {
    using R = Result<QString>;
    clearMarks();
    const auto fail = [this](const QString& message, const QString& field) {
        markField(field);
        showMessage(message, false);
        return R::failure(message, field);
    };
    if (m_fileChoice->isChecked()) {
        const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
        if (path.isEmpty())
            return fail(tr("Write the path of the database file, or choose it with Browse."),
                        QStringLiteral("file"));
        if (ServerLocation::isServerUri(path))
            return fail(tr("This is a server address; choose \"A PostgreSQL server\" for it."),
                        QStringLiteral("file"));
        if (QFileInfo(path).isRelative())
            return fail(tr("Write the full path of the file, e.g. %1.")
                            .arg(QDir::toNativeSeparators(Database::defaultPath())),
                        QStringLiteral("file"));
        if (QFileInfo(path).isDir())
            return fail(tr("%1 is a folder; write the name of a file in it.")
                            .arg(QDir::toNativeSeparators(path)),
                        QStringLiteral("file"));
        if (const Status local = checkLocalDatabaseLocation(path); !local)
            return fail(local.message(), QStringLiteral("file"));
        return QDir::cleanPath(path);
    }
    ServerLocation l;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.database = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    l.sslMode = m_tls->currentData().toString();
    l.schema = m_schema->text().trimmed();
    if (l.host.isEmpty())
        return fail(tr("Write the name or address of the server, e.g. db.kommune.dk."),
                    QStringLiteral("host"));
    const auto parsed = ServerLocation::parse(l.uri());
    if (parsed)
        return parsed->uri();
    // parse() speaks of the whole address; mark the field it is about.
    QString field = QStringLiteral("host");
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        field = QStringLiteral("database");
    else if (l.user.isEmpty())
        field = QStringLiteral("user");
    else if (!l.schema.isEmpty()) {
        ServerLocation noSchema = l;
        noSchema.schema.clear();
        if (ServerLocation::parse(noSchema.uri()))
            field = QStringLiteral("schema");
    }
    return fail(parsed.message(), field);
}

Status DatabasePanel::save() {
    const auto location = fieldsLocation();
    if (!location)
        return Status(location.error());
    const bool isDefault = !ServerLocation::isServerUri(*location) &&
                           QFileInfo(*location).absoluteFilePath() ==
                               QFileInfo(Database::defaultPath()).absoluteFilePath();
    DatabaseLocation::save(isDefault ? QString() : *location);
    updateSavedLabel();
    showMessage(*location == m_inUse ? tr("Saved. This is the database in use now.")
                                     : tr("Saved. Bostøtte uses %1 from the next start.")
                                           .arg(DatabaseLocation::displayName(*location)),
                true);
    emit saved(*location);
    return Status::success();
}

Status DatabasePanel::testConnection() {
    const auto location = fieldsLocation();
    if (!location)
        return Status(location.error());
    return ServerLocation::isServerUri(*location) ? testServer(*location) : testFile(*location);
}

Status DatabasePanel::testFile(const QString& path) {
    const QFileInfo info(path);
    QString text;
    if (QFileInfo(m_inUse).absoluteFilePath() == info.absoluteFilePath())
        text = tr("This is the database file in use now.");
    else if (info.exists())
        text = tr("The file exists (%1 MB). Bostøtte opens it at the next start, and updates it "
                  "if it was made by an older version.")
                   .arg(QLocale().toString(double(info.size()) / (1024.0 * 1024.0), 'f', 1));
    else if (info.absoluteDir().exists())
        text = tr("The file does not exist yet. Bostøtte creates a new, empty database there at "
                  "the next start.");
    else
        text = tr("Neither the file nor its folder exists yet. Bostøtte creates both at the next "
                  "start.");
    showMessage(text, true);
    return Status::success();
}

Status DatabasePanel::testServer(const QString& uri) {
    const ServerLocation where = *ServerLocation::parse(uri);
    m_test->setEnabled(false);
    m_save->setEnabled(false);
    showMessage(tr("Connecting to %1 …").arg(where.host), true);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto probe = withServerPassword<ServerProbe>(
        uri,
        [&where] {
            return offUiThread<Result<ServerProbe>>([where] { return ServerProbe::run(where); });
        },
        m_ask);
    QApplication::restoreOverrideCursor();
    m_test->setEnabled(true);
    m_save->setEnabled(true);
    if (!probe) {
        if (probe.error().field == kCancelledField)
            showMessage(tr("The connection was not tested: no password was given."), false);
        else
            showMessage(probe.message(), false);
        if (probe.error().field == QLatin1String("schema"))
            markField(QStringLiteral("schema"));
        return Status(probe.error());
    }
    showMessage(probe->summary(), probe->usable());
    return probe->usable() ? Status::success() : Status::failure(probe->summary());
}

QString DatabasePanel::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void DatabasePanel::showMessage(const QString& text, bool good) {
    m_message->setText(text);
    m_message->setStyleSheet(good
                                 ? QStringLiteral("QLabel { color: #1b5e20; }")
                                 : QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_message->show();
}

void DatabasePanel::markField(const QString& field) {
    QWidget* widget = findChild<QWidget*>(field);
    if (!widget)
        return;
    widget->setProperty("invalid", true);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        edit->selectAll();
}

void DatabasePanel::clearMarks() {
    for (QWidget* widget : {static_cast<QWidget*>(m_file), static_cast<QWidget*>(m_host),
                            static_cast<QWidget*>(m_port), static_cast<QWidget*>(m_database),
                            static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_schema)}) {
        if (!widget->property("invalid").toBool())
            continue;
        widget->setProperty("invalid", false);
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
}

} // namespace bs

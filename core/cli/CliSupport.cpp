#include "CliSupport.h"

#include "storage/ServerLocation.h"

#include "security/AccessRetention.h"
#include "sync/Passphrase.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace bs::cli {

int Context::fail(const QString& message, int code) const {
    QString line = message.trimmed();
    line.replace(QLatin1Char('\n'), QStringLiteral("; "));
    err << QStringLiteral("bostotte-cli: ") << line << Qt::endl;
    return code;
}

bool Context::onServer() const {
    return ServerLocation::isServerUri(dbPath);
}

Result<std::unique_ptr<Database>> Context::openExisting() const {
    using R = Result<std::unique_ptr<Database>>;
    const QFileInfo info(dbPath);
    if (!onServer() && !info.exists())
        return R::failure(tr("The database %1 does not exist. Create it with \"bostotte-cli "
                             "--db %1 init\" or give another file with --db.")
                              .arg(dbPath));
    Database::Options options;
    options.create = false;
    options.exclusive = true; // not while the GUI or another command has the file open
    auto db = Database::open(dbPath, clock, options);
    if (!db)
        return db;
    // Everything the command line does is logged under the operating-system user's name, and
    // each use deletes the log entries past their retention (docs/access.md).
    (*db)->setActor(Actor::commandLine());
    if (auto purged = AccessRetention::purgeExpired(**db); !purged)
        return R(purged.error());
    return db;
}

Result<QString> readPassphraseFile(const QString& path) {
    if (path.isEmpty())
        return Result<QString>::failure(Context::tr("--passphrase-file is required"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            Context::tr("cannot read the passphrase file %1: %2").arg(path, f.errorString()));
    const QString text = sync::normalisePassphrase(QString::fromUtf8(f.readLine(4096)));
    if (text.isEmpty())
        return Result<QString>::failure(Context::tr("the passphrase file %1 is empty").arg(path));
    return text;
}

Result<Args> Args::parse(const QStringList& args, std::initializer_list<OptionSpec> options,
                         int maxPositionals) {
    Args out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            if (out.m_positionals.size() >= maxPositionals)
                return Result<Args>::failure(tr("unexpected argument \"%1\"").arg(arg));
            out.m_positionals << arg;
            continue;
        }
        QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        const OptionSpec* spec = nullptr;
        for (const OptionSpec& o : options)
            if (name == QLatin1String(o.name))
                spec = &o;
        if (!spec || !arg.startsWith(QLatin1String("--")))
            return Result<Args>::failure(tr("unknown option %1").arg(arg));
        if (out.m_values.contains(name) && !spec->repeatable)
            return Result<Args>::failure(tr("--%1 is given more than once").arg(name));
        if (!spec->takesValue) {
            if (inlineValue)
                return Result<Args>::failure(tr("--%1 takes no value").arg(name));
            out.m_values.insert(name, QString());
        } else if (inlineValue) {
            out.m_values.insert(name, *inlineValue);
        } else if (i + 1 < args.size()) {
            out.m_values.insert(name, args.at(++i));
        } else {
            return Result<Args>::failure(tr("--%1 needs a value").arg(name));
        }
        if (spec->repeatable)
            out.m_repeated[name] << out.m_values.value(name);
    }
    return out;
}

Result<Format> parseJsonOrText(const QString& text) {
    auto format = parseFormat(text);
    if (!format || *format == Format::Csv)
        return Result<Format>::failure(
            Context::tr("unknown format \"%1\"; use json or text").arg(text));
    return format;
}

Result<Format> parseFormat(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("text"))
        return Format::Text;
    if (t == QLatin1String("json"))
        return Format::Json;
    if (t == QLatin1String("csv"))
        return Format::Csv;
    return Result<Format>::failure(
        Context::tr("unknown format \"%1\"; use json, csv or text").arg(text));
}

Result<QDate> parseIsoDate(const QString& text) {
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return Result<QDate>::failure(
            Context::tr("\"%1\" is not a valid date; write it as YYYY-MM-DD").arg(text));
    return date;
}

} // namespace bs::cli

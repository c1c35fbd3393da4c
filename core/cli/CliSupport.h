#pragma once
// What the command implementations share: the context they run in, a small option parser and the
// parsing of dates and output formats.
#include "cli/Cli.h"
#include "domain/Result.h"
#include "storage/Database.h"
#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <memory>
#include <optional>

namespace bs::cli {

struct Context {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    QString dbPath;

    // --db names a PostgreSQL server (postgresql://…) rather than a file.
    bool onServer() const;

    // Writes `message` as one line on stderr and returns `code`.
    int fail(const QString& message, int code = ExitFailure) const;
    int usage(const QString& message) const { return fail(message, ExitUsage); }

    // Opens the database for a command that reads or changes existing data. A missing file is an
    // error (nothing is created); an older schema is updated as the GUI does.
    Result<std::unique_ptr<Database>> openExisting() const;
};

struct OptionSpec {
    const char* name; // without the dashes: "format"
    bool takesValue;
    bool repeatable = false; // may be given several times (filters); values() lists them all
};

// Options and positional arguments of one command. "--name value" and "--name=value" are both
// accepted; anything unknown is an error.
class Args {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static Result<Args> parse(const QStringList& args, std::initializer_list<OptionSpec> options,
                              int maxPositionals);
    bool has(const char* name) const { return m_values.contains(QLatin1String(name)); }
    QString value(const char* name) const { return m_values.value(QLatin1String(name)); }
    QStringList values(const char* name) const { return m_repeated.value(QLatin1String(name)); }
    const QStringList& positionals() const { return m_positionals; }

private:
    QMap<QString, QString> m_values;       // the last value of each option given
    QMap<QString, QStringList> m_repeated; // every value of a repeatable option, in order
    QStringList m_positionals;
};

enum class Format { Text, Json, Csv };

// "text" (default when empty), "json" or "csv".
Result<Format> parseFormat(const QString& text);
// For commands that write JSON or text only: the format, or the usage message naming both.
Result<Format> parseJsonOrText(const QString& text);
// The first line of a passphrase file, normalised; the passphrase never appears in the process
// list or the shell history.
Result<QString> readPassphraseFile(const QString& path);
// Strict YYYY-MM-DD.
Result<QDate> parseIsoDate(const QString& text);

// Text written for Excel: UTF-8 with a byte-order mark, so Danish Excel reads æøå right.
inline constexpr QChar kBom{0xFEFF};

} // namespace bs::cli

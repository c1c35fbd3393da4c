#pragma once
// Import of an existing caseload from a CSV file (see docs/csv-import.md). Every line is checked
// first; if any line has a problem nothing is written, otherwise all citizens are written in one
// transaction.
#include "services/Registry.h"
#include "services/TextDecoding.h"
#include <QCoreApplication>

namespace bs {

struct ImportProblem {
    int line = 0;   // physical line in the file; the header is line 1
    QString column; // the column's name as written in the header; empty for the whole line
    QString message;
    QString text() const; // "Line 3, column cpr: ..."
};

struct ImportRow {
    int line = 0;
    Citizen citizen; // ready to save; meta filled in once written
    QString siteName;
    QString contactInitials;
};

struct ImportResult {
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator = QLatin1Char(',');
    bool dryRun = false;
    int rowCount = 0; // data lines read (blank lines are skipped)
    int written = 0;  // citizens written (0 on a dry run or when there are problems)
    QList<ImportRow> rows;
    QList<ImportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

class CsvImport {
    Q_DECLARE_TR_FUNCTIONS(CsvImport)
public:
    explicit CsvImport(Registry& registry) : m_registry(registry) {}

    // Problems in the file are returned in the result; a failure means the file could not be
    // read or the database failed (then nothing was written either).
    Result<ImportResult> importFile(const QString& path, bool dryRun);
    Result<ImportResult> importBytes(const QByteArray& bytes, bool dryRun);

    // The recognised header names, Danish first (for help texts).
    static QStringList columnNames();

private:
    Registry& m_registry;
};

} // namespace bs

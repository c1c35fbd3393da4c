#pragma once
// The citizen's right of access (GDPR art. 15, docs/access.md): everything this file holds about
// one citizen — the citizen record, grants, allocations, group memberships, goals, delmål,
// assessments, reviews, appointments, group attendance, desk visits, every journal-note revision,
// follow-up tasks — and the access log's entries about them (date, action and purpose; staff
// names are left out, as is Danish practice). Rendered as JSON (for machines) and as an HTML
// document (the UI prints it to PDF; core does not link QtGui). Building an extract is logged as
// one export entry for the citizen.
#include "domain/Result.h"
#include "storage/CitizenDataQueries.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bs {

class Registry;

// One entry of the access-log extract.
struct ExtractLogEntry {
    QDateTime atUtc;
    QString actionCode;
    QString actionLabel;
    QString purpose;
};

struct CitizenExtractData {
    QUuid citizenId;
    QString name;
    QString cpr;            // digits, may be empty
    QDateTime generatedUtc; // when the extract was made
    QList<CitizenRows> records;
    QList<ExtractLogEntry> log; // oldest first
    const CitizenRows* rowsOf(const QString& table) const;
};

class CitizenExtract {
    Q_DECLARE_TR_FUNCTIONS(CitizenExtract)
public:
    explicit CitizenExtract(Registry& registry) : m_registry(registry) {}

    // Gathers the extract and logs one export entry (criterion "extract") for the citizen.
    // Administrators only (they handle rights requests).
    Result<CitizenExtractData> build(const QUuid& citizenId) const;

    static QJsonDocument toJson(const CitizenExtractData& data);
    static QString toHtml(const CitizenExtractData& data);
    // "2025-11-25-indsigt-1a2b3c4d": the files' name without extension (local date of making).
    static QString baseName(const CitizenExtractData& data);

    // Writes <baseName>.json and <baseName>.html into `folder` (owner-only permissions); returns
    // the paths. Used by the command line; the UI writes the PDF instead of the HTML.
    static Result<QStringList> writeJsonAndHtml(const CitizenExtractData& data,
                                                const QString& folder);
    // Writes `bytes` to `path` readable by the owner only (the permissions are set before any
    // content is written).
    static Status writePrivateFile(const QString& path, const QByteArray& bytes);

private:
    Registry& m_registry;
};

} // namespace bs

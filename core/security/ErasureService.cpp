#include "ErasureService.h"

#include "ExtractSections.h"
#include "domain/Cpr.h"
#include "services/Registry.h"
#include "storage/CalendarQueries.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bs {

namespace {

QDate localDate(const QDateTime& utc) {
    return utc.isValid() ? utc.toTimeZone(Clock::localZone()).date() : QDate();
}

QDate latest(std::initializer_list<QDate> dates) {
    QDate out;
    for (const QDate& d : dates)
        if (d.isValid() && (!out.isValid() || d > out))
            out = d;
    return out;
}

} // namespace

int ErasurePlan::total() const {
    int n = 0;
    for (const auto& [table, count] : rows)
        n += count;
    return n;
}

QString ErasurePlan::describe() const {
    QStringList parts;
    for (const auto& [table, count] : rows)
        parts << QStringLiteral("%1: %2").arg(extractTableTitle(table)).arg(count);
    return parts.join(QStringLiteral(", "));
}

Status ErasureService::requireAdministrator(const QString& what) const {
    if (!m_registry.database().actor().isAdministrator())
        return Status::failure(tr("Only an administrator can %1.").arg(what));
    return Status::success();
}

Result<ErasurePlan> ErasureService::plan(const QUuid& citizenId) const {
    auto rows = CitizenDataQueries(m_registry.database()).rowsAbout(citizenId);
    if (!rows)
        return Result<ErasurePlan>(rows.error());
    ErasurePlan p;
    p.citizenId = citizenId;
    for (const CitizenRows& set : std::as_const(*rows)) {
        if (set.rows.isEmpty())
            continue;
        p.rows.append({set.table, int(set.rows.size())});
        if (set.table == QLatin1String("citizen")) {
            p.name = set.rows.first().value(QStringLiteral("name")).toString();
            p.cpr = set.rows.first().value(QStringLiteral("cpr")).toString();
        }
    }
    // In the extract's reading order: the citizen first.
    const auto rank = [](const QString& table) {
        const auto& sections = extractSections();
        for (qsizetype i = 0; i < sections.size(); ++i)
            if (table == QLatin1String(sections.at(i).table))
                return i;
        return sections.size();
    };
    std::stable_sort(p.rows.begin(), p.rows.end(),
                     [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
    return p;
}

Result<ErasureSummary> ErasureService::eraseCitizen(const QUuid& citizenId, const QString& reason) {
    using R = Result<ErasureSummary>;
    if (auto s = requireAdministrator(tr("erase a citizen's data")); !s)
        return R(s.error());
    if (reason.trimmed().isEmpty())
        return R::failure(tr("Give the reason for the erasure (it is kept in the access log)."),
                          QStringLiteral("reason"));
    Database& db = m_registry.database();
    ErasureSummary summary;
    auto done = db.transaction([&]() -> Status {
        auto p = plan(citizenId);
        if (!p)
            return Status(p.error());
        auto rows = CitizenDataQueries(db).rowsAbout(citizenId);
        if (!rows)
            return Status(rows.error());
        sync::SyncService sync(db);
        for (const CitizenRows& set : std::as_const(*rows))
            for (const QString& id : set.ids()) {
                if (auto s = sync.purgeRow(set.table, id); !s)
                    return Status::failure(tr("Could not erase a record of %1: %2. Nothing was "
                                              "erased.")
                                               .arg(extractTableTitle(set.table), s.message()));
                ++summary.rowsPurged;
            }
        if (auto s = db.accessLog().record(AccessAction::Erase, citizenId, {},
                                           tr("%n record(s) erased", nullptr, p->total()),
                                           reason.trimmed());
            !s)
            return s;
        QStringList needles{p->name.trimmed()};
        if (auto cpr = Cpr::parse(p->cpr); cpr.ok() && !cpr->isNull())
            needles << cpr->digits() << cpr->formatted();
        else if (!p->cpr.isEmpty())
            needles << p->cpr;
        return db.accessLog().redact(needles);
    });
    if (!done)
        return R(done.error());

    if (auto s = CitizenDataQueries(db).scrubFile(); !s)
        summary.cleanupProblem = s.message();
    QStringList notRemoved;
    for (const QString& path : plainBackups()) {
        if (QFile::remove(path))
            summary.backupsRemoved << path;
        else
            notRemoved << QDir::toNativeSeparators(path);
    }
    if (!notRemoved.isEmpty()) {
        const QString problem = tr("These safety copies still hold the erased data and could not "
                                   "be removed; delete them by hand: %1")
                                    .arg(notRemoved.join(QStringLiteral(", ")));
        summary.cleanupProblem = summary.cleanupProblem.isEmpty()
                                     ? problem
                                     : summary.cleanupProblem + QLatin1Char(' ') + problem;
    }
    return summary;
}

QStringList ErasureService::plainBackups() const {
    return CitizenDataQueries(m_registry.database()).plainSafetyCopies();
}

int ErasureService::retentionYears() const {
    auto settings = CalendarQueries(m_registry.database()).settings();
    if (!settings)
        return kDefaultRetentionYears;
    bool ok = false;
    const int years = settings->value(QLatin1String(kRetentionSetting)).toInt(&ok);
    return ok && years >= kMinRetentionYears && years <= kMaxRetentionYears
               ? years
               : kDefaultRetentionYears;
}

Status ErasureService::setRetentionYears(int years) {
    if (auto s = requireAdministrator(tr("change the retention period")); !s)
        return s;
    if (years < kMinRetentionYears || years > kMaxRetentionYears)
        return Status::failure(tr("Retention of closed cases: between %1 and %2 years")
                                   .arg(kMinRetentionYears)
                                   .arg(kMaxRetentionYears),
                               QStringLiteral("retentionYears"));
    return CalendarQueries(m_registry.database())
        .saveSetting(QLatin1String(kRetentionSetting), QString::number(years));
}

Result<QList<DueCase>> ErasureService::dueForErasure() const {
    using R = Result<QList<DueCase>>;
    if (auto s = requireAdministrator(tr("see the cases due for erasure")); !s)
        return R(s.error());
    auto closed = CitizenDataQueries(m_registry.database()).closedCases();
    if (!closed)
        return R(closed.error());
    const QDate limit = m_registry.clock().today().addYears(-retentionYears());
    QList<DueCase> out;
    for (const ClosedCaseRow& c : std::as_const(*closed)) {
        DueCase d;
        d.citizenId = c.citizenId;
        d.name = c.name;
        if (auto cpr = Cpr::parse(c.cpr); cpr.ok() && !cpr->isNull())
            d.maskedCpr = cpr->masked();
        const QDate modified = localDate(c.modifiedUtc);
        d.closedSince = c.lastEnd.isValid() ? c.lastEnd : modified;
        d.lastActivity = latest({modified, c.lastEnd, localDate(c.lastEventUtc)});
        if (d.lastActivity.isValid() && d.lastActivity < limit)
            out << d;
    }
    std::sort(out.begin(), out.end(),
              [](const DueCase& a, const DueCase& b) { return a.lastActivity < b.lastActivity; });
    return out;
}

} // namespace bs

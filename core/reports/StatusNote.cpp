#include "StatusNote.h"

#include "domain/Validation.h"

#include "ChartExport.h"
#include "storage/CalendarQueries.h"

#include <QJsonArray>

#include <algorithm>

namespace bs {

namespace {

// GoalReports.h: goalOutcomes' rows, in this order.
const QStringList& goalKeys() {
    static const QStringList keys{QStringLiteral("achieved"), QStringLiteral("partly_achieved"),
                                  QStringLiteral("not_achieved"), QStringLiteral("discontinued"),
                                  QStringLiteral("active")};
    return keys;
}

QString idString(const QUuid& id) {
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString groupLabel(const StatusReport::GroupCount& g) {
    return g.siteName.isEmpty() ? g.name : QStringLiteral("%1 (%2)").arg(g.name, g.siteName);
}

// Pairs the rows of now and then by key: now's order first, then keys known only then.
QList<StatusNote::Change> merge(const QList<StatusNote::Change>& now,
                                const QList<StatusNote::Change>& then) {
    QList<StatusNote::Change> out = now;
    for (const auto& t : then) {
        auto it =
            std::find_if(out.begin(), out.end(), [&](const auto& c) { return c.key == t.key; });
        if (it != out.end()) {
            it->then = t.now;
        } else {
            StatusNote::Change c = t;
            c.then = t.now;
            c.now = 0;
            out.append(c);
        }
    }
    return out;
}

QList<StatusNote::Change> siteRows(const StatusReport& r) {
    QList<StatusNote::Change> out;
    for (const auto& s : r.sites)
        out.append({idString(s.siteId), s.siteId.isNull() ? StatusNote::tr("No site") : s.name,
                    s.count, 0});
    return out;
}

QList<StatusNote::Change> groupRows(const StatusReport& r) {
    QList<StatusNote::Change> out;
    for (const auto& g : r.groups)
        out.append({idString(g.groupId), groupLabel(g), g.count, 0});
    return out;
}

// The sum of a column over the table's rows (0 when the column is absent).
double columnSum(const ReportTable& t, const char* key) {
    const int c = t.columnIndex(QLatin1String(key));
    double sum = 0;
    for (int r = 0; c >= 0 && r < t.rows.size(); ++r)
        sum += t.number(r, c);
    return sum;
}

// The columns the note reads from a period table; a table without them is an error, not zeros.
Status requireColumns(const ReportTable& t, const QStringList& keys) {
    for (const QString& key : keys)
        if (t.columnIndex(key) < 0)
            return Status::failure(
                StatusNote::tr("The chart \"%1\" has no column \"%2\".").arg(t.title, key));
    return Status::success();
}

QJsonArray changesJson(const QList<StatusNote::Change>& rows, const char* keyName,
                       const char* labelName) {
    QJsonArray out;
    for (const auto& c : rows)
        out.append(QJsonObject{{QLatin1String(keyName), c.key},
                               {QLatin1String(labelName), c.label},
                               {QStringLiteral("now"), c.now},
                               {QStringLiteral("previous"), c.then},
                               {QStringLiteral("change"), c.change()}});
    return out;
}

QString signedNumber(int n) {
    return n > 0 ? QStringLiteral("+%1").arg(n) : QString::number(n);
}

} // namespace

QList<ChartId> StatusNote::periodCharts() {
    return {ChartId::NoShowsByForm, ChartId::GoalOutcomes, ChartId::SavingsPerYear};
}

ReportFilter StatusNote::periodFilter(QDate at, QDate previous) {
    ReportFilter f;
    f.from = previous.addDays(1);
    f.to = at;
    return f;
}

QDate StatusNote::defaultPrevious(const Database& db, QDate at) {
    auto settings = CalendarQueries(db).settings();
    if (settings) {
        const QDate last = QDate::fromString(settings->value(lastDateSetting()), Qt::ISODate);
        if (last.isValid() && last < at)
            return last;
    }
    return at.addMonths(-3);
}

Status StatusNote::recordMade(const Database& db, QDate at) {
    if (!at.isValid())
        return Status::failure(tr("The note needs a valid date."));
    return CalendarQueries(db).saveSetting(lastDateSetting(), at.toString(Qt::ISODate));
}

QString StatusNote::savedHeading(const Database& db) {
    auto settings = CalendarQueries(db).settings();
    return settings ? settings->value(headingSetting()) : QString();
}

Status StatusNote::saveHeading(const Database& db, const QString& heading) {
    const QString text = heading.simplified();
    ValidationErrors e;
    checkText(e, QStringLiteral("heading"), tr("Heading"), text, TextKind::Name);
    if (Status invalid = e.toStatus(); !invalid)
        return invalid;
    return CalendarQueries(db).saveSetting(headingSetting(), text);
}

Result<StatusNote> StatusNote::compute(const Database& db, QDate at, QDate previous) {
    return compute(db, at, previous, [](const Database& d, ChartId id, const ReportFilter& f) {
        return computeChart(d, id, f);
    });
}

Result<StatusNote> StatusNote::compute(const Database& db, QDate at, QDate previous,
                                       const ChartSource& charts) {
    using R = Result<StatusNote>;
    if (!at.isValid() || !previous.isValid())
        return R::failure(tr("The note needs a date and a date to compare with."));
    if (previous >= at)
        return R::failure(tr("The date to compare with (%1) must lie before the note's date (%2).")
                              .arg(previous.toString(Qt::ISODate), at.toString(Qt::ISODate)));
    auto now = StatusReport::compute(db, at);
    if (!now)
        return R(now.error());
    auto then = StatusReport::compute(db, previous);
    if (!then)
        return R(then.error());

    StatusNote note;
    note.at = at;
    note.previous = previous;
    note.status = *now;
    note.total = {QStringLiteral("citizens_with_active_grant"), tr("Citizens with an active grant"),
                  now->citizensWithActiveGrant, then->citizensWithActiveGrant};
    for (const SupportForm f : allValues<SupportForm>())
        note.supportForms.append({toCode(f), label(f), now->formCount(f), then->formCount(f)});
    for (const LegalBasis b : allValues<LegalBasis>())
        note.legalBases.append({toCode(b), label(b), now->basisCount(b), then->basisCount(b)});
    note.sites = merge(siteRows(*now), siteRows(*then));
    note.groups = merge(groupRows(*now), groupRows(*then));

    const ReportFilter period = periodFilter(at, previous);
    ReportTable* targets[] = {&note.noShows, &note.goals, &note.savings};
    const QList<ChartId> ids = periodCharts();
    for (int i = 0; i < ids.size(); ++i) {
        auto table = charts(db, ids[i], period);
        if (!table)
            return R::failure(tr("The status note could not compute \"%1\": %2")
                                  .arg(chartTitle(ids[i]), table.message()));
        *targets[i] = *table;
        if (targets[i]->key.isEmpty())
            targets[i]->key = QString::fromLatin1(chartInfo(ids[i]).code);
        if (targets[i]->title.isEmpty())
            targets[i]->title = chartTitle(ids[i]);
    }
    for (const Status& s :
         {requireColumns(note.noShows,
                         {QStringLiteral("no_shows"), QStringLiteral("cancelled_by_citizen"),
                          QStringLiteral("cancelled_by_staff")}),
          requireColumns(note.goals, {QStringLiteral("goals")}),
          requireColumns(note.savings, {QStringLiteral("total"), QStringLiteral("total_target")})})
        if (!s)
            return R(s.error());
    if (note.goals.rows.size() < goalKeys().size())
        return R::failure(tr("The chart \"%1\" has %2 rows; the note needs %3.")
                              .arg(note.goals.title)
                              .arg(note.goals.rows.size())
                              .arg(goalKeys().size()));
    return note;
}

qint64 StatusNote::noShowTotal() const {
    return qint64(columnSum(noShows, "no_shows"));
}

qint64 StatusNote::cancellationTotal() const {
    return qint64(columnSum(noShows, "cancelled_by_citizen") +
                  columnSum(noShows, "cancelled_by_staff"));
}

qint64 StatusNote::goalCount(const QString& statusKey) const {
    const int row = int(goalKeys().indexOf(statusKey));
    return row < 0 ? 0 : qint64(goals.number(row, goals.columnIndex(QStringLiteral("goals"))));
}

double StatusNote::savingsTotal() const {
    return columnSum(savings, "total");
}

double StatusNote::savingsTarget() const {
    return columnSum(savings, "total_target");
}

QJsonObject StatusNote::toJson() const {
    const ReportFilter period = periodFilter(at, previous);
    QJsonArray charts;
    for (const ReportTable* t : {&noShows, &goals, &savings})
        charts.append(t->toJson());
    QJsonObject changes{
        {QStringLiteral("citizens_with_active_grant"),
         QJsonObject{{QStringLiteral("now"), total.now},
                     {QStringLiteral("previous"), total.then},
                     {QStringLiteral("change"), total.change()}}},
        {QStringLiteral("support_forms"), changesJson(supportForms, "code", "label")},
        {QStringLiteral("legal_bases"), changesJson(legalBases, "code", "label")},
        {QStringLiteral("sites"), changesJson(sites, "id", "name")},
        {QStringLiteral("groups"), changesJson(groups, "id", "name")}};
    return {{QStringLiteral("report"), QStringLiteral("status_note")},
            {QStringLiteral("at"), at.toString(Qt::ISODate)},
            {QStringLiteral("previous"), previous.toString(Qt::ISODate)},
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
                         {QStringLiteral("to"), period.to.toString(Qt::ISODate)}}},
            {QStringLiteral("status"), status.toJson()},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("charts"), charts}};
}

QString StatusNote::toCsvText() const {
    QStringList lines{QStringLiteral("section;key;label;column;value")};
    const auto line = [&](const QString& section, const QString& key, const QString& text,
                          const QString& column, const QString& value) {
        lines << QStringList{csvQuoted(section), csvQuoted(key), csvQuoted(text), csvQuoted(column),
                             value}
                     .join(QLatin1Char(';'));
    };
    line(QStringLiteral("note"), QStringLiteral("at"), tr("Status as of"), QStringLiteral("date"),
         at.toString(Qt::ISODate));
    line(QStringLiteral("note"), QStringLiteral("previous"), tr("Compared with"),
         QStringLiteral("date"), previous.toString(Qt::ISODate));
    const auto counts = [&](const char* section, const QList<Change>& rows) {
        for (const Change& c : rows) {
            line(QLatin1String(section), c.key, c.label, QStringLiteral("now"),
                 QString::number(c.now));
            line(QLatin1String(section), c.key, c.label, QStringLiteral("previous"),
                 QString::number(c.then));
            line(QLatin1String(section), c.key, c.label, QStringLiteral("change"),
                 QString::number(c.change()));
        }
    };
    counts("total", {total});
    counts("support_form", supportForms);
    counts("legal_basis", legalBases);
    counts("site", sites);
    counts("group", groups);
    for (const ReportTable* t : {&noShows, &goals, &savings})
        for (int r = 0; r < t->rows.size(); ++r)
            for (int c = 1; c < t->columns.size(); ++c)
                line(t->key, csvCellText(*t, r, 0), t->displayText(r, 0, QLocale()),
                     t->columns[c].key, csvCellText(*t, r, c));
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QByteArray StatusNote::toCsv() const {
    return QByteArrayLiteral("\xEF\xBB\xBF") + toCsvText().toUtf8();
}

QString StatusNote::toText() const {
    QStringList out;
    out << tr("Status note as of %1, compared with %2")
               .arg(at.toString(Qt::ISODate), previous.toString(Qt::ISODate));
    const auto item = [&](const Change& c) {
        out << QStringLiteral("  %1: %2 (%3: %4, %5)")
                   .arg(c.label)
                   .arg(c.now)
                   .arg(tr("previously"))
                   .arg(c.then)
                   .arg(signedNumber(c.change()));
    };
    item(total);
    const auto section = [&](const QString& title, const QList<Change>& rows) {
        out << QString() << title + QLatin1Char(':');
        if (rows.isEmpty())
            out << QStringLiteral("  ") + tr("(none)");
        for (const Change& c : rows)
            item(c);
    };
    section(tr("Per support form"), supportForms);
    section(tr("Per legal basis"), legalBases);
    section(tr("Per site"), sites);
    section(tr("Per group"), groups);
    const QLocale locale;
    out << QString()
        << tr("From %1 to %2:")
               .arg(periodFilter(at, previous).from.toString(Qt::ISODate),
                    at.toString(Qt::ISODate));
    out << QStringLiteral("  ") + tr("No-shows: %1").arg(noShowTotal());
    out << QStringLiteral("  ") + tr("Cancellations: %1").arg(cancellationTotal());
    out << QStringLiteral("  ") + tr("Indsatsmål reached: %1").arg(goalCount(goalKeys().first()));
    out << QStringLiteral("  ") + tr("Realised savings: %1 kr. (target %2 kr.)")
                                      .arg(locale.toString(savingsTotal(), 'f', 0),
                                           locale.toString(savingsTarget(), 'f', 0));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace bs

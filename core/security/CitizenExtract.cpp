#include "CitizenExtract.h"

#include "ExtractSections.h"
#include "domain/Cpr.h"
#include "services/Registry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace bs {

namespace {

QString text(const QVariant& v) {
    return v.isNull() ? QString() : v.toString();
}

QDateTime localTime(const QDateTime& utc) {
    return utc.toTimeZone(Clock::localZone());
}

QStringList codesOf(const QVariant& v) {
    QStringList out;
    for (const QJsonValue& c : QJsonDocument::fromJson(text(v).toUtf8()).array())
        out << c.toString();
    return out;
}

// The value as JSON (the label of an enum is written next to it by the caller).
QJsonValue jsonValue(const ExtractColumn& c, const QVariant& v) {
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty() &&
                       c.kind != ExtractKind::Text && c.kind != ExtractKind::Enum))
        return QJsonValue::Null;
    switch (c.kind) {
    case ExtractKind::Number:
        return v.toDouble();
    case ExtractKind::Bool:
        return v.toInt() != 0;
    case ExtractKind::Time: {
        const QDateTime t = fromDbTimestamp(v.toString());
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(v.toString());
    }
    case ExtractKind::Date: {
        const QDate d = fromDbDate(v);
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(v.toString());
    }
    case ExtractKind::EnumList:
        return QJsonArray::fromStringList(codesOf(v));
    case ExtractKind::Id:
    case ExtractKind::Text:
    case ExtractKind::Enum:
        return v.toString();
    }
    return v.toString();
}

// The value as the HTML document shows it (plain text, escaped by the caller); empty = left out.
QString readable(const ExtractColumn& c, const QVariant& v) {
    if (v.isNull())
        return {};
    switch (c.kind) {
    case ExtractKind::Id:
        return {};
    case ExtractKind::Number: {
        const double d = v.toDouble();
        return QLocale().toString(d, 'g', 6);
    }
    case ExtractKind::Bool:
        return v.toInt() != 0 ? CitizenExtract::tr("Yes") : QString();
    case ExtractKind::Time: {
        const QDateTime t = fromDbTimestamp(v.toString());
        return t.isValid() ? localTime(t).toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
    }
    case ExtractKind::Date: {
        const QDate d = fromDbDate(v);
        return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
    }
    case ExtractKind::Enum:
        return v.toString().isEmpty() ? QString() : c.labelOf(v.toString());
    case ExtractKind::EnumList: {
        QStringList labels;
        for (const QString& code : codesOf(v))
            labels << c.labelOf(code);
        return labels.join(QStringLiteral(", "));
    }
    case ExtractKind::Text:
        return v.toString();
    }
    return v.toString();
}

QString tableList(const QString& detail) {
    QStringList titles;
    for (const QString& t : detail.split(QLatin1Char(','), Qt::SkipEmptyParts))
        titles << extractTableTitle(t.trimmed());
    titles.removeDuplicates();
    return titles.join(QStringLiteral(", "));
}

// Why the entry was made, in words for the citizen; never who made it.
QString purposeOf(const AccessEntry& e) {
    if (!e.reason.isEmpty())
        return e.reason;
    switch (e.action) {
    case AccessAction::Read:
        return CitizenExtract::tr("Your record was opened in the case work");
    case AccessAction::Search:
        return CitizenExtract::tr("You were found by a search in the case work");
    case AccessAction::Create:
        return CitizenExtract::tr("Recorded: %1").arg(tableList(e.detail));
    case AccessAction::Change:
        return CitizenExtract::tr("Changed: %1").arg(tableList(e.detail));
    case AccessAction::Export:
        return e.criterion == QLatin1String("extract")
                   ? CitizenExtract::tr("Your extract (right of access)")
                   : CitizenExtract::tr("Included in an export (report, synchronisation or "
                                        "backup)");
    case AccessAction::Print:
        return CitizenExtract::tr("Printed in the case work");
    case AccessAction::Import:
        return CitizenExtract::tr("Received from another computer or an import");
    case AccessAction::Erase:
        return CitizenExtract::tr("Erasure");
    case AccessAction::Retention:
        return CitizenExtract::tr("Retention rules");
    case AccessAction::BreakGlass:
    case AccessAction::Login:
    case AccessAction::LoginFailed:
    case AccessAction::Account:
        break;
    }
    return label(e.action);
}

QString escaped(const QString& s) {
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

const CitizenRows* CitizenExtractData::rowsOf(const QString& table) const {
    for (const CitizenRows& r : records)
        if (r.table == table)
            return &r;
    return nullptr;
}

Result<CitizenExtractData> CitizenExtract::build(const QUuid& citizenId) const {
    using R = Result<CitizenExtractData>;
    Database& db = m_registry.database();
    if (!db.actor().isAdministrator())
        return R::failure(tr("Only an administrator can make a citizen's extract."));
    CitizenExtractData data;
    data.citizenId = citizenId;
    data.generatedUtc = db.clock().nowUtc();
    auto rows = CitizenDataQueries(db).rowsAbout(citizenId);
    if (!rows)
        return R(rows.error());
    data.records = *rows;
    if (const CitizenRows* c = data.rowsOf(QStringLiteral("citizen")); c && !c->rows.isEmpty()) {
        data.name = text(c->rows.first().value(QStringLiteral("name")));
        data.cpr = text(c->rows.first().value(QStringLiteral("cpr")));
    }
    AccessLogFilter filter;
    filter.citizenId = citizenId;
    auto log = db.accessLog().search(filter);
    if (!log)
        return R(log.error());
    for (auto it = log->crbegin(); it != log->crend(); ++it)
        data.log << ExtractLogEntry{it->atUtc, toCode(it->action), label(it->action),
                                    purposeOf(*it)};
    if (auto s = db.accessLog().record(AccessAction::Export, citizenId, QStringLiteral("extract"));
        !s)
        return R(s.error());
    return data;
}

QJsonDocument CitizenExtract::toJson(const CitizenExtractData& data) {
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("bostotte-citizen-extract"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("generated"), data.generatedUtc.toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("citizen_id"), data.citizenId.toString(QUuid::WithoutBraces));
    for (const ExtractSection& section : extractSections()) {
        QJsonArray rows;
        if (const CitizenRows* found = data.rowsOf(QLatin1String(section.table))) {
            for (const QVariantMap& row : found->rows) {
                QJsonObject o;
                for (const ExtractColumn& c : section.columns) {
                    const QString key = QLatin1String(c.column);
                    const QVariant v = row.value(key);
                    o.insert(key, jsonValue(c, v));
                    if (c.kind == ExtractKind::Enum)
                        o.insert(key + QStringLiteral("_label"),
                                 text(v).isEmpty() ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(c.labelOf(text(v))));
                    if (c.kind == ExtractKind::EnumList) {
                        QJsonArray labels;
                        for (const QString& code : codesOf(v))
                            labels.append(c.labelOf(code));
                        o.insert(key + QStringLiteral("_labels"), labels);
                    }
                }
                rows.append(o);
            }
        }
        if (QLatin1String(section.key) == QLatin1String("citizen"))
            root.insert(QStringLiteral("citizen"),
                        rows.isEmpty() ? QJsonValue(QJsonValue::Null) : rows.first());
        else
            root.insert(QLatin1String(section.key), rows);
    }
    QJsonArray log;
    for (const ExtractLogEntry& e : data.log)
        log.append(QJsonObject{{QStringLiteral("at"), localTime(e.atUtc).toString(Qt::ISODate)},
                               {QStringLiteral("action"), e.actionCode},
                               {QStringLiteral("action_label"), e.actionLabel},
                               {QStringLiteral("purpose"), e.purpose}});
    root.insert(QStringLiteral("access_log"), log);
    return QJsonDocument(root);
}

QString CitizenExtract::toHtml(const CitizenExtractData& data) {
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title>"
                        "<style>h1{font-size:18pt} h2{font-size:14pt;margin-top:18pt} "
                        "h3{font-size:11pt;margin-bottom:2pt} td{padding:1pt 6pt 1pt 0;"
                        "vertical-align:top} td.l{color:#555;width:30%}</style></head><body>")
             .arg(escaped(tr("Extract of personal data")));
    h += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Extract of personal data")));
    const QString cpr = Cpr::parse(data.cpr).ok() ? Cpr::parse(data.cpr)->formatted() : data.cpr;
    h += QStringLiteral("<p>%1</p>")
             .arg(escaped(tr("%1, CPR number %2. Made %3 under the right of access (the "
                             "General Data Protection Regulation, article 15). It holds every "
                             "record about you, every saved version of your journal notes and "
                             "the log of who looked at your data when (without staff names).")
                              .arg(data.name, cpr.isEmpty() ? tr("not recorded") : cpr,
                                   localTime(data.generatedUtc)
                                       .toString(QStringLiteral("dd.MM.yyyy HH:mm")))));
    for (const ExtractSection& section : extractSections()) {
        const CitizenRows* found = data.rowsOf(QLatin1String(section.table));
        const int count = found ? int(found->rows.size()) : 0;
        h += QStringLiteral("<h2>%1 (%2)</h2>").arg(escaped(extractTr(section.title))).arg(count);
        if (count == 0) {
            h += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("None.")));
            continue;
        }
        int n = 0;
        for (const QVariantMap& row : found->rows) {
            if (count > 1)
                h += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("No. %1").arg(++n)));
            h += QStringLiteral("<table>");
            for (const ExtractColumn& c : section.columns) {
                const QString value = readable(c, row.value(QLatin1String(c.column)));
                if (value.isEmpty())
                    continue;
                h += QStringLiteral("<tr><td class=\"l\">%1</td><td>%2</td></tr>")
                         .arg(escaped(extractTr(c.label)), escaped(value));
            }
            h += QStringLiteral("</table>");
        }
    }
    h += QStringLiteral("<h2>%1 (%2)</h2>")
             .arg(escaped(tr("Access log: when your data were used")))
             .arg(data.log.size());
    if (data.log.isEmpty()) {
        h += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("None.")));
    } else {
        h += QStringLiteral("<table><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                            "<th align=\"left\">%3</th></tr>")
                 .arg(escaped(tr("Time")), escaped(tr("Action")), escaped(tr("Purpose")));
        for (const ExtractLogEntry& e : data.log)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(escaped(localTime(e.atUtc).toString(QStringLiteral("dd.MM.yyyy HH:mm"))),
                          escaped(e.actionLabel), escaped(e.purpose));
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

QString CitizenExtract::baseName(const CitizenExtractData& data) {
    return QStringLiteral("%1-indsigt-%2")
        .arg(localTime(data.generatedUtc).date().toString(Qt::ISODate),
             data.citizenId.toString(QUuid::WithoutBraces).left(8));
}

Status CitizenExtract::writePrivateFile(const QString& path, const QByteArray& bytes) {
    QFile::remove(path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(bytes) != bytes.size() || !f.flush()) {
        const QString why = f.errorString();
        f.close();
        QFile::remove(path);
        return Status::failure(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    return Status::success();
}

Result<QStringList> CitizenExtract::writeJsonAndHtml(const CitizenExtractData& data,
                                                     const QString& folder) {
    using R = Result<QStringList>;
    if (!QDir(folder).exists())
        return R::failure(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    const QString base = QDir(folder).filePath(baseName(data));
    const QString json = base + QStringLiteral(".json");
    const QString html = base + QStringLiteral(".html");
    if (auto s = writePrivateFile(json, toJson(data).toJson(QJsonDocument::Indented)); !s)
        return R(s.error());
    if (auto s = writePrivateFile(html, toHtml(data).toUtf8()); !s)
        return R(s.error());
    return QStringList{json, html};
}

} // namespace bs

#include "StatusReport.h"

#include "services/CsvReader.h"
#include "storage/ReportQueries.h"

#include <QJsonArray>

namespace bs {

namespace {

QString idString(const QUuid& id) {
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

int countFor(const QList<ReportCount>& rows, const QString& key) {
    for (const auto& r : rows)
        if (r.key == key)
            return r.count;
    return 0;
}

QString groupLabel(const StatusReport::GroupCount& g) {
    return g.siteName.isEmpty() ? g.name : QStringLiteral("%1 (%2)").arg(g.name, g.siteName);
}

} // namespace

Result<StatusReport> StatusReport::compute(const Database& db, QDate at) {
    using R = Result<StatusReport>;
    if (!at.isValid())
        return R::failure(tr("The report needs a valid date."));
    const ReportQueries queries(db);
    StatusReport report;
    report.at = at;

    auto total = queries.citizensWithActiveGrant(at);
    auto forms = queries.bySupportForm(at);
    auto bases = queries.byLegalBasis(at);
    auto sites = queries.bySite(at);
    auto groups = queries.byGroup(at);
    for (const QString& message :
         {total.message(), forms.message(), bases.message(), sites.message(), groups.message()})
        if (!message.isEmpty())
            return R::failure(message);

    report.citizensWithActiveGrant = *total;
    for (const SupportForm f : allValues<SupportForm>())
        report.supportForms.append({f, countFor(*forms, toCode(f))});
    for (const LegalBasis b : allValues<LegalBasis>())
        report.legalBases.append({b, countFor(*bases, toCode(b))});
    for (const auto& s : *sites)
        report.sites.append({QUuid::fromString(s.key), s.name, s.count});
    for (const auto& g : *groups)
        report.groups.append({QUuid::fromString(g.key), g.name, g.siteId, g.siteName, g.count});
    return report;
}

int StatusReport::formCount(SupportForm form) const {
    for (const auto& f : supportForms)
        if (f.form == form)
            return f.count;
    return 0;
}

int StatusReport::basisCount(LegalBasis basis) const {
    for (const auto& b : legalBases)
        if (b.basis == basis)
            return b.count;
    return 0;
}

QJsonObject StatusReport::toJson() const {
    QJsonArray forms;
    for (const auto& f : supportForms)
        forms.append(QJsonObject{{QStringLiteral("code"), toCode(f.form)},
                                 {QStringLiteral("label"), label(f.form)},
                                 {QStringLiteral("count"), f.count}});
    QJsonArray bases;
    for (const auto& b : legalBases)
        bases.append(QJsonObject{{QStringLiteral("code"), toCode(b.basis)},
                                 {QStringLiteral("label"), label(b.basis)},
                                 {QStringLiteral("count"), b.count}});
    QJsonArray siteRows;
    for (const auto& s : sites)
        siteRows.append(
            QJsonObject{{QStringLiteral("id"), idString(s.siteId)},
                        {QStringLiteral("name"), s.siteId.isNull() ? tr("No site") : s.name},
                        {QStringLiteral("count"), s.count}});
    QJsonArray groupRows;
    for (const auto& g : groups)
        groupRows.append(QJsonObject{{QStringLiteral("id"), idString(g.groupId)},
                                     {QStringLiteral("name"), g.name},
                                     {QStringLiteral("site_id"), idString(g.siteId)},
                                     {QStringLiteral("site"), g.siteName},
                                     {QStringLiteral("count"), g.count}});
    return QJsonObject{{QStringLiteral("report"), QStringLiteral("status")},
                       {QStringLiteral("at"), at.toString(Qt::ISODate)},
                       {QStringLiteral("citizens_with_active_grant"), citizensWithActiveGrant},
                       {QStringLiteral("support_forms"), forms},
                       {QStringLiteral("legal_bases"), bases},
                       {QStringLiteral("sites"), siteRows},
                       {QStringLiteral("groups"), groupRows}};
}

QString StatusReport::toCsvText() const {
    const QChar sep = QLatin1Char(';');
    QStringList lines{QStringLiteral("section;key;label;count")};
    auto row = [&](const char* section, const QString& key, const QString& text, int count) {
        lines << QStringList{QLatin1String(section), CsvReader::quote(key, sep),
                             CsvReader::quote(text, sep),
                             count < 0 ? QString() : QString::number(count)}
                     .join(sep);
    };
    row("date", at.toString(Qt::ISODate), tr("Status as of"), -1); // no count: the date itself
    row("total", QStringLiteral("citizens_with_active_grant"), tr("Citizens with an active grant"),
        citizensWithActiveGrant);
    for (const auto& f : supportForms)
        row("support_form", toCode(f.form), label(f.form), f.count);
    for (const auto& b : legalBases)
        row("legal_basis", toCode(b.basis), label(b.basis), b.count);
    for (const auto& s : sites)
        row("site", idString(s.siteId), s.siteId.isNull() ? tr("No site") : s.name, s.count);
    for (const auto& g : groups)
        row("group", idString(g.groupId), groupLabel(g), g.count);
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QByteArray StatusReport::toCsv() const {
    return "\xEF\xBB\xBF" + toCsvText().toUtf8();
}

QString StatusReport::toText() const {
    QStringList out;
    out << tr("Status as of %1").arg(at.toString(Qt::ISODate));
    out << tr("Citizens with an active grant: %1").arg(citizensWithActiveGrant);
    auto section = [&](const QString& title) { out << QString() << title + QLatin1Char(':'); };
    auto item = [&](const QString& text, int count) {
        out << QStringLiteral("  %1: %2").arg(text).arg(count);
    };
    section(tr("Per support form"));
    for (const auto& f : supportForms)
        item(label(f.form), f.count);
    section(tr("Per legal basis"));
    for (const auto& b : legalBases)
        item(label(b.basis), b.count);
    section(tr("Per site"));
    if (sites.isEmpty())
        out << QStringLiteral("  ") + tr("(no sites)");
    for (const auto& s : sites)
        item(s.siteId.isNull() ? tr("No site") : s.name, s.count);
    section(tr("Per group"));
    if (groups.isEmpty())
        out << QStringLiteral("  ") + tr("(no groups)");
    for (const auto& g : groups)
        item(groupLabel(g), g.count);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace bs

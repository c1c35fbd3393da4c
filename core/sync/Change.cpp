#include "Change.h"

#include <QJsonValue>
#include <QSet>

namespace bs::sync {

QJsonObject vectorToJson(const VersionVector& v) {
    QJsonObject o;
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        o.insert(it.key().toString(QUuid::WithoutBraces), double(it.value()));
    return o;
}

VersionVector vectorFromJson(const QJsonObject& o) {
    VersionVector v;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QUuid site = QUuid::fromString(it.key());
        const qint64 counter = it.value().toInteger(-1);
        if (!site.isNull() && counter >= 0)
            v.insert(site, counter);
    }
    return v;
}

bool covers(const VersionVector& v, const QUuid& origin, qint64 counter) {
    return v.value(origin, 0) >= counter;
}

const QStringList& syncTables() {
    // Parents before children, so a full copy can be applied in this order.
    static const QStringList tables{
        QStringLiteral("team"),
        QStringLiteral("staff"),
        QStringLiteral("site"),
        QStringLiteral("citizen"),
        QStringLiteral("support_grant"),
        QStringLiteral("support_group"),
        QStringLiteral("allocation"),
        QStringLiteral("group_member"),
        QStringLiteral("goal"),
        QStringLiteral("subgoal"),
        QStringLiteral("setting"),
        QStringLiteral("appointment_series"),
        QStringLiteral("appointment"),
        QStringLiteral("desk_visit"),
        QStringLiteral("attendance"),
        QStringLiteral("group_note"),
        QStringLiteral("journal_note"),
        QStringLiteral("journal_revision"),
        QStringLiteral("goal_assessment"),
        QStringLiteral("goal_review"),
        QStringLiteral("rota_duty"),
        QStringLiteral("followup_task"),
    };
    return tables;
}

bool isConflictField(const QString& table, const QString& field) {
    static const QSet<QString> fields{
        QStringLiteral("citizen.address"),
        QStringLiteral("citizen.postal_code"),
        QStringLiteral("citizen.city"),
        QStringLiteral("citizen.phone"),
        QStringLiteral("citizen.email"),
        QStringLiteral("citizen.status"),
        QStringLiteral("citizen.virtual_contact"),
        QStringLiteral("citizen.contact_staff_id"),
        QStringLiteral("support_grant.from_date"),
        QStringLiteral("support_grant.to_date"),
        QStringLiteral("support_grant.review_date"),
        QStringLiteral("support_grant.legal_basis"),
        QStringLiteral("goal.status"),
        QStringLiteral("goal.review_date"),
        QStringLiteral("goal.end_date"),
        QStringLiteral("subgoal.status"),
        QStringLiteral("allocation.to_date"),
        QStringLiteral("appointment.outcome"),
        QStringLiteral("appointment.start_utc"),
        QStringLiteral("followup_task.status"),
    };
    return fields.contains(table + QLatin1Char('.') + field);
}

QUuid stableId(const QString& kind, const QString& key) {
    static const QUuid ns = QUuid::fromString(u"6f0f3a52-5a8e-4d53-9b1e-0c2f7c1d4b10");
    return QUuid::createUuidV5(ns, kind + QLatin1Char(':') + key);
}

QJsonValue toJsonValue(const QVariant& value) {
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    default:
        return value.toString();
    }
}

QVariant fromJsonValue(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType(QMetaType::QString)); // a null QString binds as SQL NULL
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return double(i) == d ? QVariant(i) : QVariant(d);
    }
    default:
        return value.toString();
    }
}

} // namespace bs::sync

// The economic model behind gevinstrealisering: its defaults, its rules, its storage as one JSON
// setting and the method written out with its numbers (see SavingsReport.h).
#include "SavingsReport.h"

#include "domain/Validation.h"
#include "storage/CalendarQueries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace bs {

namespace {

const QString kSettingId = QStringLiteral("economic_model");

// Upper bounds that catch a slip of the keyboard (an extra zero) without limiting real models.
constexpr double kMaxCostPerHour = 5000;
constexpr int kMaxTravelMinutes = 480;
constexpr double kMaxKm = 1000;
constexpr double kMaxKmRate = 50;
constexpr double kMaxTarget = 1e9;
constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

bool within(double value, double max) {
    return std::isfinite(value) && value >= 0 && value <= max;
}

QJsonObject targetsToJson(const EconomicModel& m) {
    QJsonObject out;
    const auto add = [&out](const QMap<int, double>& targets, const char* key) {
        for (auto it = targets.begin(); it != targets.end(); ++it) {
            const QString year = QString::number(it.key());
            QJsonObject forms = out.value(year).toObject();
            forms.insert(QLatin1String(key), it.value());
            out.insert(year, forms);
        }
    };
    add(m.cafeTarget, "cafe");
    add(m.groupTarget, "group");
    add(m.virtualTarget, "virtual");
    return out;
}

// False when a year or an amount is not a number.
bool targetsFromJson(const QJsonObject& json, EconomicModel& m) {
    m.cafeTarget.clear();
    m.groupTarget.clear();
    m.virtualTarget.clear();
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || !it.value().isObject())
            return false;
        const QJsonObject forms = it.value().toObject();
        for (const auto& [key, map] :
             {std::pair{"cafe", &m.cafeTarget}, std::pair{"group", &m.groupTarget},
              std::pair{"virtual", &m.virtualTarget}}) {
            const QJsonValue v = forms.value(QLatin1String(key));
            if (v.isUndefined())
                continue;
            if (!v.isDouble())
                return false;
            map->insert(year, v.toDouble());
        }
    }
    return true;
}

} // namespace

EconomicModel EconomicModel::defaults() {
    EconomicModel m;
    const double cafe[] = {100000, 227000, 300000, 300000};
    const double group[] = {100000, 150000, 180000, 180000};
    for (int i = 0; i < 4; ++i) {
        m.cafeTarget.insert(2025 + i, cafe[i]);
        m.groupTarget.insert(2025 + i, group[i]);
        m.virtualTarget.insert(2025 + i, 0);
    }
    return m;
}

Status EconomicModel::validate() const {
    ValidationErrors e;
    if (!within(staffCostPerHour, kMaxCostPerHour))
        e.add(QStringLiteral("staff_cost_per_hour"), tr("Staff cost per hour"),
              tr("between 0 and %1 kr.").arg(kMaxCostPerHour));
    if (travelMinutesPerVisit < 0 || travelMinutesPerVisit > kMaxTravelMinutes)
        e.add(QStringLiteral("travel_minutes_per_visit"), tr("Travel minutes per home visit"),
              tr("between 0 and %1 minutes").arg(kMaxTravelMinutes));
    if (!within(kmPerVisit, kMaxKm))
        e.add(QStringLiteral("km_per_visit"), tr("Km per home visit"),
              tr("between 0 and %1 km").arg(kMaxKm));
    if (!within(kmRate, kMaxKmRate))
        e.add(QStringLiteral("km_rate"), tr("Km rate"),
              tr("between 0 and %1 kr. per km").arg(kMaxKmRate));
    for (const QMap<int, double>* targets : {&cafeTarget, &groupTarget, &virtualTarget}) {
        for (auto it = targets->begin(); it != targets->end(); ++it) {
            if (it.key() < kFirstYear || it.key() > kLastYear) {
                e.add(QStringLiteral("targets"), tr("Targets"),
                      tr("the year %1 is not between %2 and %3")
                          .arg(it.key())
                          .arg(kFirstYear)
                          .arg(kLastYear));
                return e.toStatus();
            }
            if (!within(it.value(), kMaxTarget)) {
                e.add(QStringLiteral("targets"), tr("Targets"),
                      tr("the target for %1 must be between 0 and %2 kr.")
                          .arg(it.key())
                          .arg(QLocale().toString(kMaxTarget, 'f', 0)));
                return e.toStatus();
            }
        }
    }
    return e.toStatus();
}

Result<EconomicModel> EconomicModel::load(const Database& db) {
    auto rows = CalendarQueries(db).settings();
    if (!rows)
        return Result<EconomicModel>(rows.error());
    if (!rows->contains(kSettingId))
        return defaults();
    const auto broken = [] {
        return Result<EconomicModel>::failure(
            tr("The stored economic model could not be read. Restore the defaults under "
               "Settings ▸ Economy and save."),
            kSettingId);
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(rows->value(kSettingId).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return broken();
    const QJsonObject json = doc.object();
    EconomicModel m = defaults();
    // A figure missing from the stored text keeps its default.
    m.staffCostPerHour =
        json.value(QLatin1String("staff_cost_per_hour")).toDouble(m.staffCostPerHour);
    m.travelMinutesPerVisit =
        json.value(QLatin1String("travel_minutes_per_visit")).toInt(m.travelMinutesPerVisit);
    m.kmPerVisit = json.value(QLatin1String("km_per_visit")).toDouble(m.kmPerVisit);
    m.kmRate = json.value(QLatin1String("km_rate")).toDouble(m.kmRate);
    if (json.contains(QLatin1String("targets")) &&
        !targetsFromJson(json.value(QLatin1String("targets")).toObject(), m))
        return broken();
    if (!m.validate())
        return broken();
    return m;
}

Status EconomicModel::save(const Database& db) const {
    if (Status valid = validate(); !valid)
        return valid;
    QJsonObject json;
    json.insert(QLatin1String("staff_cost_per_hour"), staffCostPerHour);
    json.insert(QLatin1String("travel_minutes_per_visit"), travelMinutesPerVisit);
    json.insert(QLatin1String("km_per_visit"), kmPerVisit);
    json.insert(QLatin1String("km_rate"), kmRate);
    json.insert(QLatin1String("targets"), targetsToJson(*this));
    return CalendarQueries(db).saveSetting(
        kSettingId, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

double EconomicModel::travelSavingPerVisit() const {
    return travelMinutesPerVisit / 60.0 * staffCostPerHour + kmPerVisit * kmRate;
}

double EconomicModel::target(SupportForm form, int year) const {
    switch (form) {
    case SupportForm::Counselling:
        return cafeTarget.value(year);
    case SupportForm::Group:
        return groupTarget.value(year);
    case SupportForm::Virtual:
        return virtualTarget.value(year);
    case SupportForm::Individual:
        break;
    }
    return 0;
}

QString EconomicModel::methodText() const {
    const QLocale l;
    const QString cost = l.toString(staffCostPerHour, 'f', 2);
    const QString minutes = l.toString(travelMinutesPerVisit);
    const QString km = l.toString(kmPerVisit, 'f', 1);
    const QString rate = l.toString(kmRate, 'f', 2);
    const QString perVisit = l.toString(travelSavingPerVisit(), 'f', 2);
    QStringList parts;
    parts << tr("Every delivered session is compared with the home visits it replaces: one per "
                "citizen served, each as long as the session, with %1 minutes and %2 km of driving "
                "per home visit. A staff hour costs %3 kr. and a km %4 kr.")
                 .arg(minutes, km, cost, rate);
    parts << tr("Rådgivning (café): each finished desk visit and each delivered counselling "
                "appointment serves one citizen in the same staff time, so it saves the travel of "
                "one home visit: %1 min × %2 kr. per hour + %3 km × %4 kr. = %5 kr. A booked "
                "time checked out at the desk counts once.")
                 .arg(minutes, cost, km, rate, perVisit);
    parts << tr("Group: a delivered group session with n members present and f facilitators (1 or "
                "2, from the group) saves n × (duration + %1 min) − f × duration staff hours at "
                "%2 kr. per hour, plus n × %3 km × %4 kr. A session with few members and two "
                "facilitators can cost more than it saves.")
                 .arg(minutes, cost, km, rate);
    parts << tr("Virtual: each delivered virtual appointment saves the travel of one home visit, "
                "%1 kr.")
                 .arg(perVisit);
    parts << tr("Targets are yearly per support form in kr.; a month's target is a twelfth of its "
                "year's. Cancelled, missed and planned sessions save nothing.");
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace bs

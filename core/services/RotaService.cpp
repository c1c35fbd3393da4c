#include "RotaService.h"

#include "storage/Repository.h"

namespace bs {

namespace {

bool isWeekend(QDate d) {
    return d.dayOfWeek() >= 6;
}
bool isWeekendRole(RotaRole role) {
    return role == RotaRole::WeekendDuty || role == RotaRole::WeekendBackup;
}

} // namespace

Result<QList<RotaDuty>> RotaService::stored(QDate from, QDate to, RotaRole role) const {
    Repository repo(m_registry.database());
    return repo.list<RotaDuty>(QStringLiteral("duty_date >= ? AND duty_date <= ? AND role = ?"),
                               {toDbDate(from), toDbDate(to), toCode(role)}, false,
                               QStringLiteral("duty_date"));
}

// Replaces the holder of one role on one day; call inside a transaction.
Status RotaService::write(QDate date, RotaRole role, const QUuid& staffId) {
    Repository repo(m_registry.database());
    auto existing = stored(date, date, role);
    if (!existing)
        return Status(existing.error());
    for (RotaDuty& d : *existing) {
        if (d.staffId == staffId)
            return Status::success(); // already so
        if (auto s = repo.markDeleted(d); !s)
            return s;
    }
    if (staffId.isNull())
        return Status::success();
    RotaDuty duty;
    duty.date = date;
    duty.role = role;
    duty.staffId = staffId;
    if (auto s = duty.validate().toStatus(); !s)
        return s;
    return repo.save(duty);
}

Status RotaService::generateWeekendRotation(QDate firstSaturday, int weeks,
                                            const QList<QUuid>& staff) {
    if (!firstSaturday.isValid() || firstSaturday.dayOfWeek() != 6)
        return Status::failure(tr("The rotation starts on a Saturday"),
                               QStringLiteral("firstSaturday"));
    if (weeks < 1 || weeks > 52)
        return Status::failure(tr("Choose between 1 and 52 weekends"), QStringLiteral("weeks"));
    QList<QUuid> people;
    for (const QUuid& id : staff) {
        if (id.isNull() || people.contains(id))
            continue;
        if (auto s = m_registry.existing<Staff>(id,
                                                tr("A staff member in the rotation is no "
                                                   "longer listed"),
                                                QStringLiteral("staff"));
            !s)
            return Status(s.error());
        people << id;
    }
    if (people.size() < 2)
        return Status::failure(
            tr("A weekend rotation needs at least two staff members: one on duty and one on "
               "backup"),
            QStringLiteral("staff"));
    return m_registry.database().transaction([&]() -> Status {
        for (int k = 0; k < weeks; ++k) {
            const QUuid onDuty = people[k % people.size()];
            const QUuid backup = people[(k + 1) % people.size()];
            for (int day = 0; day < 2; ++day) {
                const QDate date = firstSaturday.addDays(7 * k + day);
                if (auto s = write(date, RotaRole::WeekendDuty, onDuty); !s)
                    return s;
                if (auto s = write(date, RotaRole::WeekendBackup, backup); !s)
                    return s;
            }
        }
        return Status::success();
    });
}

Status RotaService::assign(QDate date, RotaRole role, const QUuid& staffId) {
    if (!date.isValid())
        return Status::failure(tr("Choose a date"), QStringLiteral("date"));
    if (role == RotaRole::Desk)
        return Status::failure(tr("Desk shifts are set on the counselling desk"));
    if (isWeekendRole(role) && !isWeekend(date))
        return Status::failure(tr("Weekend duty is on a Saturday or Sunday"),
                               QStringLiteral("date"));
    if (!staffId.isNull()) {
        if (auto s = m_registry.existing<Staff>(staffId, tr("Choose a listed staff member"),
                                                QStringLiteral("staff"));
            !s)
            return Status(s.error());
        if (isWeekendRole(role)) {
            const RotaRole other =
                role == RotaRole::WeekendDuty ? RotaRole::WeekendBackup : RotaRole::WeekendDuty;
            auto d = duty(date, other);
            if (!d)
                return Status(d.error());
            if (*d && (*d)->staffId == staffId)
                return Status::failure(tr("The same person cannot be both on duty and on backup"),
                                       QStringLiteral("staff"));
        }
    }
    return m_registry.database().transaction([&] { return write(date, role, staffId); });
}

Status RotaService::assignOnCall(QDate from, QDate to, const QUuid& staffId) {
    if (!from.isValid() || !to.isValid() || to < from)
        return Status::failure(tr("The last day must not be before the first"),
                               QStringLiteral("to"));
    if (from.daysTo(to) > 366)
        return Status::failure(tr("Choose at most a year at a time"), QStringLiteral("to"));
    if (!staffId.isNull())
        if (auto s = m_registry.existing<Staff>(staffId, tr("Choose a listed staff member"),
                                                QStringLiteral("staff"));
            !s)
            return Status(s.error());
    return m_registry.database().transaction([&]() -> Status {
        for (QDate d = from; d <= to; d = d.addDays(1))
            if (auto s = write(d, RotaRole::OnCall, staffId); !s)
                return s;
        return Status::success();
    });
}

Result<std::optional<RotaDuty>> RotaService::duty(QDate date, RotaRole role) const {
    auto rows = stored(date, date, role);
    if (!rows)
        return Result<std::optional<RotaDuty>>(rows.error());
    if (rows->isEmpty())
        return std::optional<RotaDuty>();
    return std::optional<RotaDuty>(rows->first());
}

Result<QList<RotaDuty>> RotaService::dutiesOf(const QUuid& staffId, QDate date) const {
    Repository repo(m_registry.database());
    return repo.list<RotaDuty>(QStringLiteral("duty_date = ? AND staff_id = ?"),
                               {toDbDate(date), idText(staffId)}, false, QStringLiteral("role"));
}

Result<QUuid> RotaService::onCallHolder(QDate date) const {
    auto d = days(date, date);
    if (!d)
        return Result<QUuid>(d.error());
    return d->first().onCallHolder();
}

Result<QList<RotaDay>> RotaService::days(QDate from, QDate to) const {
    using Days = QList<RotaDay>;
    if (!from.isValid() || !to.isValid() || to < from)
        return Days();
    Days out;
    for (QDate d = from; d <= to; d = d.addDays(1))
        out.append({d, {}, {}, {}, false});
    for (const RotaRole role : {RotaRole::WeekendDuty, RotaRole::WeekendBackup, RotaRole::OnCall}) {
        auto rows = stored(from, to, role);
        if (!rows)
            return Result<Days>(rows.error());
        for (const RotaDuty& duty : *rows) {
            RotaDay& day = out[from.daysTo(duty.date)];
            (role == RotaRole::WeekendDuty     ? day.weekendDuty
             : role == RotaRole::WeekendBackup ? day.weekendBackup
                                               : day.onCall) = duty.staffId;
        }
    }
    for (RotaDay& day : out)
        day.onCallFromDuty = day.onCall.isNull() && !day.weekendDuty.isNull();
    return out;
}

} // namespace bs

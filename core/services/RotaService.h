#pragma once
// The rota: weekend duty and backup in a rotation (one on duty and one on backup each weekend,
// e.g. four staff over four weeks), who holds the on-call phone each day, and changes to single
// days. Support runs 07–22 every day; on a weekend day without a named phone holder, the person on
// weekend duty holds the phone. Desk shifts (role Desk) belong to the rådgivning desk's service.
#include "domain/Rota.h"
#include "services/Registry.h"
#include <optional>

namespace bs {

// One day of the rota as the rota screen and the printed rota show it.
struct RotaDay {
    QDate date;
    QUuid weekendDuty;
    QUuid weekendBackup;
    QUuid onCall;        // the named holder, or null
    bool onCallFromDuty; // no holder named: the weekend duty holds the phone
    QUuid onCallHolder() const { return onCall.isNull() && onCallFromDuty ? weekendDuty : onCall; }
};

class RotaService {
    Q_DECLARE_TR_FUNCTIONS(RotaService)
public:
    explicit RotaService(Registry& registry) : m_registry(registry) {}

    // Weekend duty and backup for `weeks` weekends from the weekend of `firstSaturday` (a
    // Saturday): weekend k has staff[k mod n] on duty and staff[(k+1) mod n] as backup, on both
    // Saturday and Sunday. Replaces what those weekends had, in one transaction. Needs at least
    // two different staff members.
    Status generateWeekendRotation(QDate firstSaturday, int weeks, const QList<QUuid>& staff);
    // Names the holder of `role` on `date` (null staff removes it). Weekend roles only on a
    // Saturday or Sunday; the duty and the backup must be different people.
    Status assign(QDate date, RotaRole role, const QUuid& staffId);
    // The phone holder from `from` to `to` inclusive (e.g. a week), in one transaction.
    Status assignOnCall(QDate from, QDate to, const QUuid& staffId);

    Result<std::optional<RotaDuty>> duty(QDate date, RotaRole role) const;
    // Who holds the on-call phone on `date`: the named holder, else the weekend duty; null if none.
    Result<QUuid> onCallHolder(QDate date) const;
    // Every duty of one staff member on `date` (weekend roles, the phone, desk shifts).
    Result<QList<RotaDuty>> dutiesOf(const QUuid& staffId, QDate date) const;
    // Every day from `from` to `to` inclusive.
    Result<QList<RotaDay>> days(QDate from, QDate to) const;

private:
    Result<QList<RotaDuty>> stored(QDate from, QDate to, RotaRole role) const;
    Status write(QDate date, RotaRole role, const QUuid& staffId);

    Registry& m_registry;
};

} // namespace bs

#pragma once
// A visit to the rådgivning desk (støtte-café, walk-in counselling): a citizen, or an anonymous
// visitor, arrives at a site, waits in the queue, is helped by the worker on duty and leaves. The
// time from start to end is measured against the site's per-visit allowance.
#include "Enums.h"
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDateTime>
#include <span>

namespace bs {

// What the visitor came for (the seeds' list).
enum class DeskTopic { EBoks, MitId, NetBank, Authority, Structure, Other };
template <> std::span<const EnumEntry<DeskTopic>> enumEntries<DeskTopic>();

struct DeskVisit {
    Q_DECLARE_TR_FUNCTIONS(DeskVisit)
public:
    enum class State { Waiting, InProgress, Done };

    SyncMeta meta;
    QUuid siteId;
    QUuid citizenId;     // null: an anonymous visitor (counted, nothing else recorded)
    QUuid staffId;       // the worker who helped
    QUuid appointmentId; // the booked slot the visit came for, if any
    QDateTime arrivedUtc;
    QDateTime startedUtc; // null while waiting
    QDateTime endedUtc;   // null until checked out
    QList<DeskTopic> topics;
    QString note; // a short practical remark, not a journal note

    ValidationErrors validate() const;
    State state() const {
        return endedUtc.isValid()     ? State::Done
               : startedUtc.isValid() ? State::InProgress
                                      : State::Waiting;
    }
    bool isAnonymous() const { return citizenId.isNull(); }
    // Minutes waited before being helped (to now while waiting) and minutes of help.
    qint64 waitingSeconds(const QDateTime& nowUtc) const;
    qint64 visitSeconds(const QDateTime& nowUtc) const;
};

QString topicsToJson(const QList<DeskTopic>& topics);
QList<DeskTopic> topicsFromJson(const QString& json);

} // namespace bs

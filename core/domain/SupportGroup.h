#pragma once
#include "SyncMeta.h"
#include "Validation.h"
#include <QCoreApplication>
#include <QDate>

namespace bs {

// A gruppeforløb at a site, run by one or two facilitators, on a theme, with limited capacity.
struct SupportGroup {
    Q_DECLARE_TR_FUNCTIONS(SupportGroup)
public:
    SyncMeta meta;
    QUuid siteId;
    QString name;
    QString theme;
    QUuid facilitator1;
    QUuid facilitator2; // optional
    int capacity = 10;
    QDate start;
    QDate end; // optional

    ValidationErrors validate() const;
};

// A citizen's membership of a group over a period. A membership that comes from a group
// support-form allocation names it, and the register keeps the two in step; a membership without
// one is direct (e.g. § 82 a group support, which needs no grant).
struct GroupMember {
    Q_DECLARE_TR_FUNCTIONS(GroupMember)
public:
    SyncMeta meta;
    QUuid groupId;
    QUuid citizenId;
    QDate from;
    QDate to;
    QUuid allocationId; // optional

    ValidationErrors validate() const;
    bool isActiveOn(QDate date) const {
        return !meta.deleted && from <= date && (to.isNull() || date <= to);
    }
};

} // namespace bs

#pragma once
// Undo commands for the citizen register and the organisation. Each is pushed after the user's
// edit was saved, so its first redo does nothing. Undo of a create marks the record deleted and
// redo restores it; undo of an edit saves the earlier values back; undo of an end that also ended
// dependent records (allocations under a grant, delmål under a goal) restores them all in one
// transaction.
#include "StoredRecord.h"
#include "UndoContext.h"
#include <QHash>
#include <QUndoCommand>
#include <functional>
#include <memory>

namespace bs {

class RecordCommand : public QUndoCommand {
public:
    using Action = std::function<Status()>;
    // Tells the views what changed, after every do, undo and redo.
    using Notify = std::function<void()>;
    // A command on one citizen's records: notifies UndoContext::changed(citizenId).
    RecordCommand(UndoContext& context, const QUuid& citizenId, const QString& text, Action undo,
                  Action redo);
    RecordCommand(UndoContext& context, Notify notify, const QString& text, Action undo,
                  Action redo);
    void undo() override;
    void redo() override;

private:
    void run(const Action& action, bool undoing);

    UndoContext& m_context;
    Notify m_notify;
    Action m_undo;
    Action m_redo;
    bool m_alreadyDone = true;
};

// `value` with the bookkeeping (revision) stored now; a missing record is an error.
template <typename T> Result<T> withStoredMeta(const Registry& registry, T value) {
    const auto meta = storedMeta(registry, value);
    if (!meta)
        return Result<T>::failure(UndoContext::tr("The record no longer exists."));
    value.meta = *meta;
    return value;
}

// Saves `value`'s fields over the stored record.
template <typename T> Status restoreValues(Registry& registry, const T& value) {
    auto current = withStoredMeta(registry, value);
    return current ? saveRecord(registry, *current) : Status(current.error());
}

// Teams, staff, sites and groups belong to no citizen; their commands notify
// UndoContext::organisationChanged.
inline UndoContext::OrgRecord orgRecordOf(const Team&) {
    return UndoContext::OrgRecord::Team;
}
inline UndoContext::OrgRecord orgRecordOf(const Staff&) {
    return UndoContext::OrgRecord::Staff;
}
inline UndoContext::OrgRecord orgRecordOf(const Site&) {
    return UndoContext::OrgRecord::Site;
}
inline UndoContext::OrgRecord orgRecordOf(const SupportGroup&) {
    return UndoContext::OrgRecord::Group;
}
template <typename T>
concept OrganisationRecord = requires(const T& value) {
    orgRecordOf(value);
};

template <typename T>
QUndoCommand* createdCommand(UndoContext& context, RecordCommand::Notify notify,
                             const QString& text, const T& created) {
    Registry& registry = context.registry();
    auto last = std::make_shared<T>(created);
    auto setDeleted = [&registry, last](bool deleted) -> Status {
        T value = *last;
        // A record marked deleted is not listed: then the command's own copy is the latest.
        if (const auto meta = storedMeta(registry, value))
            value.meta = *meta;
        const Status s = registry.setDeleted(value, deleted);
        if (s)
            *last = value;
        return s;
    };
    return new RecordCommand(
        context, std::move(notify), text, [setDeleted] { return setDeleted(true); },
        [setDeleted] { return setDeleted(false); });
}

template <typename T>
QUndoCommand* editedCommand(UndoContext& context, RecordCommand::Notify notify, const QString& text,
                            const T& before, const T& after) {
    Registry& registry = context.registry();
    return new RecordCommand(
        context, std::move(notify), text,
        [&registry, before] { return restoreValues(registry, before); },
        [&registry, after] { return restoreValues(registry, after); });
}

inline RecordCommand::Notify citizenNotify(UndoContext& context, const QUuid& citizenId) {
    return [&context, citizenId] { context.notifyChanged(citizenId); };
}

template <OrganisationRecord T>
RecordCommand::Notify organisationNotify(UndoContext& context, const T& value) {
    return [&context, kind = orgRecordOf(value), id = value.meta.id] {
        context.notifyOrganisationChanged(kind, id);
    };
}

// A record of the citizen `citizenId` was created or edited.
template <typename T>
QUndoCommand* createdCommand(UndoContext& context, const QUuid& citizenId, const QString& text,
                             const T& created) {
    return createdCommand(context, citizenNotify(context, citizenId), text, created);
}

template <typename T>
QUndoCommand* editedCommand(UndoContext& context, const QUuid& citizenId, const QString& text,
                            const T& before, const T& after) {
    return editedCommand(context, citizenNotify(context, citizenId), text, before, after);
}

// A team, staff member, site or group was created or edited.
template <OrganisationRecord T>
QUndoCommand* createdCommand(UndoContext& context, const QString& text, const T& created) {
    return createdCommand(context, organisationNotify(context, created), text, created);
}

template <OrganisationRecord T>
QUndoCommand* editedCommand(UndoContext& context, const QString& text, const T& before,
                            const T& after) {
    return editedCommand(context, organisationNotify(context, after), text, before, after);
}

// Ends `before` with `end` (e.g. Registry::endGrant) and pushes its undo command. `children`
// reads the dependent records the end may change as well; those whose revision moved are the
// ones undo restores, after the record itself (so they lie within it again).
template <typename T, typename Child>
Status endAndRecord(UndoContext& context, const QUuid& citizenId, const QString& text,
                    const T& before, const std::function<Result<QList<Child>>()>& children,
                    const std::function<Status(Registry&, T&)>& end) {
    Registry& registry = context.registry();
    const auto childrenBefore = children();
    if (!childrenBefore)
        return Status(childrenBefore.error());
    T ended = before;
    if (Status s = end(registry, ended); !s)
        return s;
    // When the list cannot be read again, restoring all of them is the safe side.
    QHash<QUuid, int> revisionNow;
    if (const auto childrenAfter = children())
        for (const Child& now : *childrenAfter)
            revisionNow.insert(now.meta.id, now.meta.revision);
    QList<Child> changed;
    for (const Child& old : *childrenBefore)
        if (revisionNow.value(old.meta.id, -1) != old.meta.revision)
            changed << old;
    auto undo = [&registry, before, changed]() -> Status {
        return registry.database().transaction([&]() -> Status {
            if (auto s = restoreValues(registry, before); !s)
                return s;
            for (const Child& child : changed)
                if (auto s = restoreValues(registry, child); !s)
                    return s;
            return Status::success();
        });
    };
    auto redo = [&registry, before, end]() -> Status {
        auto current = withStoredMeta(registry, before);
        return current ? end(registry, *current) : Status(current.error());
    };
    context.push(new RecordCommand(context, citizenId, text, undo, redo));
    return Status::success();
}

} // namespace bs

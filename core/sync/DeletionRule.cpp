#include "DeletionRule.h"

namespace bs::sync {

namespace {

const QLatin1String kDeleted("deleted");

// Whether `edit` was made by someone who had seen `deletion`: a later change of the same site,
// or one whose base for `deleted` is the deletion's clock or newer (a restore).
bool knewOf(const Change& edit, const Change& deletion) {
    if (edit.origin == deletion.origin && edit.counter > deletion.counter)
        return true;
    const QString base = edit.base.value(kDeleted).toString();
    return !base.isEmpty() && base >= deletion.hlc;
}

} // namespace

DeletionOutcome resolveDeleted(const QList<Change>& changes) {
    DeletionOutcome out;
    const VersionVector none;
    QList<const Change*> carriers; // changes that carry `deleted` and are not overruled
    for (const Change& c : changes) {
        if (c.kind != ChangeKind::Row || !c.fields.contains(kDeleted))
            continue;
        if (!c.setsDeleted()) {
            carriers.append(&c);
            continue;
        }
        const VersionVector seen = vectorFromJson(c.seen);
        const Change* overruler = nullptr;
        for (const Change& e : changes) {
            if (e.kind != ChangeKind::Row || e.setsDeleted())
                continue;
            if (!covers(seen, e.origin, e.counter)) {
                // Prefer an overruler that did not know of the deletion (that one is a conflict).
                if (!overruler || (knewOf(*overruler, c) && !knewOf(e, c)))
                    overruler = &e;
            }
        }
        if (overruler)
            out.overruled.append({&c, overruler, knewOf(*overruler, c)});
        else
            carriers.append(&c);
    }
    const Change* latest = nullptr;
    for (const Change* c : std::as_const(carriers))
        if (!latest || latest->hlc < c->hlc)
            latest = c;
    out.deleted = latest && latest->setsDeleted();
    return out;
}

} // namespace bs::sync

#pragma once
// Whether a row is deleted, decided from all of its logged changes (docs/sync.md "Deletion"), so
// every site computes the same answer whatever order the changes arrived in. A deletion is
// overruled by any other change of the row that its deleting site had not seen (an edit made
// without knowing of the deletion); the row's `deleted` is then the latest-clock value among the
// changes that carry one and are not overruled.
#include "sync/Change.h"

#include <QList>

namespace bs::sync {

struct DeletionOutcome {
    bool deleted = false;
    // Deletions that concurrent edits overruled, and for each the first edit that did it.
    struct Overruled {
        const Change* deletion = nullptr;
        const Change* edit = nullptr;
        bool editKnewOfDeletion = false; // a restore made after seeing it: no conflict to show
    };
    QList<Overruled> overruled;
};

// `changes` of one row, in any order (Purge changes are ignored).
DeletionOutcome resolveDeleted(const QList<Change>& changes);

} // namespace bs::sync

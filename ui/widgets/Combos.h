#pragma once
// Combo boxes over the domain's closed vocabularies and over records chosen by id.
#include "domain/Enums.h"
#include <QComboBox>
#include <QUuid>

namespace bs {

// Every value of E, labelled with bs::label, `current` selected.
template <typename E> void fillEnumCombo(QComboBox* combo, E current) {
    combo->clear();
    for (const E value : allValues<E>())
        combo->addItem(label(value), int(value));
    combo->setCurrentIndex(combo->findData(int(current)));
}

template <typename E> E enumValue(const QComboBox* combo) {
    return static_cast<E>(combo->currentData().toInt());
}

// Record choices carry the record's id as item data (a null id for "none").
inline void selectId(QComboBox* combo, const QUuid& id) {
    const int index = combo->findData(id);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

inline QUuid idValue(const QComboBox* combo) {
    return combo->currentData().toUuid();
}

} // namespace bs

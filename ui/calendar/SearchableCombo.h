#pragma once
// A combo box of names the user can type into to find one (matching anywhere in the name, as
// "holm" finds "Mette Holm"). Typed text that names no item chooses nothing.
#include <QComboBox>
#include <QCompleter>
#include <QUuid>

namespace bs {

inline void makeSearchable(QComboBox* combo) {
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

// The chosen item's id; null when the typed text is not the chosen item's.
inline QUuid searchableId(const QComboBox* combo) {
    const int i = combo->currentIndex();
    if (i < 0 || (combo->isEditable() && combo->currentText() != combo->itemText(i)))
        return {};
    return combo->itemData(i).toUuid();
}

} // namespace bs

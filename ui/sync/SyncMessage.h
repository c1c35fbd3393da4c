#pragma once
// One look for the sync screen's in-place messages, so an error, a clock warning and a success
// read differently at a glance (colour plus a leading sign, never colour alone).
#include <QLabel>

namespace bs {

enum class SyncTone { Plain, Success, Warning, Error };

// Shows `text` in `label` in the given tone; an empty text hides the label.
void showSyncMessage(QLabel* label, const QString& text, SyncTone tone);
// A word-wrapped, selectable label for showSyncMessage, hidden until it has something to say.
QLabel* newSyncMessageLabel(const char* objectName);

} // namespace bs

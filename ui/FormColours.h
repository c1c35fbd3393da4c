#pragma once
// One colour per support form, the same on every screen (calendar blocks, My day, charts): four
// hues that stay apart for colour-blind users (Okabe–Ito), light enough for dark text.
#include "domain/Enums.h"
#include <QColor>

namespace bs {

inline QColor formColour(SupportForm form) {
    switch (form) {
    case SupportForm::Individual:
        return QColor(0x9e, 0xc9, 0xe9); // blue
    case SupportForm::Counselling:
        return QColor(0xf4, 0xc4, 0x7a); // orange
    case SupportForm::Group:
        return QColor(0x8f, 0xd6, 0xb9); // bluish green
    case SupportForm::Virtual:
        return QColor(0xe3, 0xb5, 0xd0); // reddish purple
    }
    return QColor(Qt::lightGray);
}

} // namespace bs

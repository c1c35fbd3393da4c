#pragma once
// The colours of the four support forms in the calendar, its legend and the day list. Taken from
// the Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies;
// the text on a block is black or white, whichever reads better on its colour.
#include "domain/Enums.h"
#include <QColor>

namespace bs {

QColor supportFormColor(SupportForm form);
// Black or white, for text on `background`.
QColor textColorOn(const QColor& background);

} // namespace bs

#include "CalendarStyle.h"

#include <cmath>

namespace bs {

QColor supportFormColor(SupportForm form) {
    switch (form) {
    case SupportForm::Individual:
        return QColor(0x00, 0x72, 0xb2); // blue
    case SupportForm::Counselling:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case SupportForm::Group:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case SupportForm::Virtual:
        return QColor(0xcc, 0x79, 0xa7); // reddish purple
    }
    return QColor(Qt::gray);
}

QColor textColorOn(const QColor& background) {
    // Relative luminance (WCAG); white above about 0.18 loses to black.
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double l = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) +
                     0.0722 * channel(background.blueF());
    return l > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace bs

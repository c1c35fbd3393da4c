#include "Validation.h"

namespace bs {

void checkPeriod(ValidationErrors& errors, QDate from, QDate to) {
    if (!from.isValid())
        errors.add(QStringLiteral("from"), QCoreApplication::translate("Period", "From"),
                   QCoreApplication::translate("Period", "must be a date"));
    else if (to.isValid() && to < from)
        errors.add(QStringLiteral("to"), QCoreApplication::translate("Period", "To"),
                   QCoreApplication::translate("Period", "must not be before the start date"));
}

} // namespace bs

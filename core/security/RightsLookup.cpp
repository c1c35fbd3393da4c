#include "RightsLookup.h"

namespace bs {

Result<QList<CitizenSummary>> RightsLookup::citizens() const {
    return m_registry.citizenSummaries(m_registry.clock().today());
}

Result<std::optional<CitizenSummary>> RightsLookup::findByCpr(const QString& text) const {
    using R = Result<std::optional<CitizenSummary>>;
    auto cpr = Cpr::parse(text);
    if (!cpr)
        return R::failure(cpr.message(), QStringLiteral("cpr"));
    if (cpr->isNull())
        return R::failure(tr("Type the citizen's CPR number."), QStringLiteral("cpr"));
    auto all = citizens();
    if (!all)
        return R(all.error());
    std::optional<CitizenSummary> found;
    for (const CitizenSummary& c : std::as_const(*all))
        if (c.cpr == cpr->digits())
            found = c;
    if (auto s = m_registry.database().accessLog().record(
            AccessAction::Search, found ? found->id : QUuid(), cpr->formatted());
        !s)
        return R(s.error());
    return found;
}

} // namespace bs

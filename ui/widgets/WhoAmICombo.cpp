#include "WhoAmICombo.h"

namespace bs {

WhoAmICombo::WhoAmICombo(CurrentStaff& me, QWidget* parent) : QComboBox(parent), m_me(me) {
    setObjectName(QStringLiteral("whoAmI"));
    setMinimumContentsLength(24);
    connect(this, &QComboBox::currentIndexChanged, this, &WhoAmICombo::chosen);
    connect(&m_me, &CurrentStaff::changed, this, [this](const QUuid& id) {
        const int index = findData(id);
        if (index >= 0 && index != currentIndex()) {
            m_filling = true;
            setCurrentIndex(index);
            m_filling = false;
        }
    });
    // The owner calls reload() when it shows (a problem then reaches its status line).
}

Status WhoAmICombo::reload() {
    auto staff = m_me.registry().staff();
    if (!staff)
        return Status(staff.error());
    m_filling = true;
    clear();
    addItem(tr("(choose who you are)"), QUuid());
    for (const Staff& s : *staff)
        addItem(QStringLiteral("%1 (%2)").arg(s.name, s.initials), s.meta.id);
    const int index = findData(m_me.id());
    setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
    // The login decides who this is.
    setEnabled(!m_me.isFixed());
    setToolTip(m_me.isFixed() ? tr("Follows your login") : QString());
    return Status::success();
}

void WhoAmICombo::chosen(int index) {
    if (m_filling || index < 0)
        return;
    const Status s = m_me.set(itemData(index).toUuid());
    if (!s)
        emit problem(s.message());
}

} // namespace bs

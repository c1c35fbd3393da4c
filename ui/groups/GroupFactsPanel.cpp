#include "GroupFactsPanel.h"

#include "Format.h"
#include "services/GroupSessions.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace bs {

GroupFactsPanel::GroupFactsPanel(Registry& registry, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_form(new QFormLayout),
      m_empty(new QLabel(tr("Select a group above to see its facts."))) {
    m_empty->setObjectName(QStringLiteral("factsEmpty"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addLayout(m_form);
    layout->addStretch();
    addFact(QStringLiteral("site"), tr("Site"));
    addFact(QStringLiteral("theme"), tr("Theme"));
    addFact(QStringLiteral("facilitators"), tr("Facilitators"));
    addFact(QStringLiteral("period"), tr("Period"));
    addFact(QStringLiteral("capacity"), tr("Capacity"));
    addFact(QStringLiteral("slot"), tr("Weekly slot"));
    (void)load(nullptr); // nothing to read yet
}

QLabel* GroupFactsPanel::addFact(const QString& key, const QString& caption) {
    auto* value = new QLabel;
    value->setObjectName(QStringLiteral("fact_") + key);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(caption, value);
    m_facts.insert(key, value);
    return value;
}

QString GroupFactsPanel::fact(const QString& key) const {
    const QLabel* l = m_facts.value(key);
    return l ? l->text() : QString();
}

Status GroupFactsPanel::load(const SupportGroup* group) {
    m_empty->setVisible(!group);
    for (int i = 0; i < m_form->rowCount(); ++i)
        m_form->setRowVisible(i, group != nullptr);
    if (!group)
        return Status::success();
    Status status;
    const auto staffText = [this](const QUuid& id) {
        auto s = m_registry.record<Staff>(id);
        return s ? QStringLiteral("%1 – %2").arg(s->initials, s->name) : QString();
    };
    QStringList facilitators;
    for (const QUuid& id : {group->facilitator1, group->facilitator2})
        if (!id.isNull())
            facilitators << staffText(id);
    auto site = m_registry.record<Site>(group->siteId);
    m_facts[QStringLiteral("site")]->setText(site ? site->name : QStringLiteral("–"));
    m_facts[QStringLiteral("theme")]->setText(group->theme.isEmpty() ? QStringLiteral("–")
                                                                     : group->theme);
    m_facts[QStringLiteral("facilitators")]->setText(facilitators.join(QStringLiteral(", ")));
    m_facts[QStringLiteral("period")]->setText(
        group->end.isValid() ? periodText(group->start, group->end)
                             : tr("from %1, no end date").arg(dateText(group->start)));
    int members = 0;
    if (auto list = m_registry.groupMembers(group->meta.id)) {
        for (const GroupMember& m : std::as_const(*list))
            members += m.isActiveOn(m_registry.clock().today()) ? 1 : 0;
    } else {
        status = Status(list.error());
    }
    m_facts[QStringLiteral("capacity")]->setText(
        tr("%1 places, %2 taken today").arg(group->capacity).arg(members));
    QString slotText = tr("No sessions planned yet");
    if (auto slot = GroupSessions(m_registry).weeklySlot(group->meta.id); !slot) {
        if (status)
            status = Status(slot.error());
    } else if (slot->has_value()) {
        const WeeklySlot& w = **slot;
        slotText =
            tr("%1 %2–%3 (%4 min), %5")
                .arg(QLocale().dayName(w.weekday), w.localStart.toString(QStringLiteral("HH:mm")),
                     w.localStart.addSecs(w.durationMinutes * 60).toString(QStringLiteral("HH:mm")))
                .arg(w.durationMinutes)
                .arg(staffText(w.staffId));
    }
    m_facts[QStringLiteral("slot")]->setText(slotText);
    return status;
}

} // namespace bs

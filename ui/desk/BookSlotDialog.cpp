#include "BookSlotDialog.h"

#include "Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace bs {

BookSlotDialog::BookSlotDialog(DeskService& desk, const Site& site, const QDateTime& startUtc,
                               const QUuid& staffId, QWidget* parent)
    : RecordDialog(parent), m_desk(desk), m_site(site), m_startUtc(startUtc), m_staffId(staffId),
      m_citizen(new QComboBox) {
    setWindowTitle(tr("Book a desk time"));
    setMinimumWidth(420);
    const QDateTime local = startUtc.toTimeZone(Clock::localZone());
    auto* when = new QLabel(tr("%1, %2 %3–%4")
                                .arg(site.name, dateText(local.date()),
                                     local.time().toString(QStringLiteral("HH:mm")),
                                     local.addSecs(qint64(site.slotMinutes) * 60)
                                         .time()
                                         .toString(QStringLiteral("HH:mm"))));
    when->setObjectName(QStringLiteral("slotTime"));
    m_citizen->setObjectName(QStringLiteral("citizen"));
    m_citizen->setEditable(true);
    m_citizen->setInsertPolicy(QComboBox::NoInsert);

    auto list = desk.registry().citizenSummaries(local.date());
    if (!list)
        showProblem(list.message());
    else
        for (const CitizenSummary& c : *list)
            if (c.activeForms.contains(SupportForm::Counselling))
                m_citizen->addItem(c.maskedCpr.isEmpty()
                                       ? c.name
                                       : QStringLiteral("%1 (%2)").arg(c.name, c.maskedCpr),
                                   c.id);
    if (list && m_citizen->count() == 0) {
        showProblem(tr("No citizen has an active rådgivning support form on this day. Give the "
                       "citizen a rådgivning support form under Citizens first."));
        buttons()->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    m_citizen->setCurrentIndex(m_citizen->count() > 0 ? 0 : -1);

    addField(QStringLiteral("start"), tr("Time"), when);
    addField(QStringLiteral("citizen"), tr("&Citizen"), m_citizen);
    if (auto* save = buttons()->button(QDialogButtonBox::Save))
        save->setText(tr("&Book"));
    m_citizen->setFocus();
}

Status BookSlotDialog::save() {
    const int index = m_citizen->findText(m_citizen->currentText());
    if (index < 0)
        return Status::failure(tr("Citizen: choose a citizen from the list"),
                               QStringLiteral("citizen"));
    auto booked =
        m_desk.bookSlot(m_site.meta.id, m_citizen->itemData(index).toUuid(), m_startUtc, m_staffId);
    if (!booked)
        return Status(booked.error());
    m_booked = *booked;
    return Status::success();
}

} // namespace bs

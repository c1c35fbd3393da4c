#include "DeskVisitPanel.h"

#include "DeskTimerLabel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bs {

DeskVisitPanel::DeskVisitPanel(QWidget* parent)
    : QGroupBox(tr("Visit in progress"), parent), m_visitor(new QLabel),
      m_timer(new DeskTimerLabel), m_note(new QLineEdit), m_checkOut(new QPushButton) {
    m_visitor->setObjectName(QStringLiteral("visitor"));
    m_visitor->setTextFormat(Qt::PlainText);
    m_visitor->setWordWrap(true);
    m_timer->setObjectName(QStringLiteral("visitTimer"));

    auto* topicsBox = new QWidget;
    auto* grid = new QGridLayout(topicsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (DeskTopic t : allValues<DeskTopic>()) {
        auto* box = new QCheckBox(label(t));
        box->setObjectName(QStringLiteral("topic_") + toCode(t));
        m_topics.insert(t, box);
        grid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    m_note->setObjectName(QStringLiteral("visitNote"));
    m_note->setPlaceholderText(tr("Short practical note (optional), e.g. \"comes back next week "
                                  "with the letter\""));
    m_note->setMaxLength(500);
    m_checkOut->setObjectName(QStringLiteral("checkOut"));
    m_checkOut->setText(tr("Check &out"));
    m_checkOut->setDefault(false);

    auto* topicsTitle = new QLabel(tr("What was the visit about?"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_visitor);
    layout->addWidget(m_timer);
    layout->addWidget(topicsTitle);
    layout->addWidget(topicsBox);
    layout->addWidget(m_note);
    layout->addWidget(m_checkOut, 0, Qt::AlignRight);
    layout->addStretch();

    connect(m_checkOut, &QPushButton::clicked, this, &DeskVisitPanel::checkOutRequested);
    connect(m_note, &QLineEdit::returnPressed, this, &DeskVisitPanel::checkOutRequested);
    clearVisit();
}

void DeskVisitPanel::showVisit(const DeskVisit& visit, const QString& visitorName,
                               const QString& staffName, qint64 allowanceSeconds) {
    if (visit.meta.id != m_visit.meta.id) {
        for (QCheckBox* box : std::as_const(m_topics))
            box->setChecked(false);
        m_note->clear();
    }
    m_visit = visit;
    m_allowance = allowanceSeconds;
    m_visitor->setText(staffName.isEmpty() ? visitorName
                                           : tr("%1 — helped by %2").arg(visitorName, staffName));
    updateEnabled();
}

void DeskVisitPanel::clearVisit() {
    m_visit = DeskVisit();
    m_allowance = 0;
    m_visitor->setText(tr("No visit in progress. Select a waiting visitor in the queue and press "
                          "Start."));
    for (QCheckBox* box : std::as_const(m_topics))
        box->setChecked(false);
    m_note->clear();
    m_timer->clearTimer();
    updateEnabled();
}

void DeskVisitPanel::tick(const QDateTime& nowUtc) {
    if (m_visit.meta.id.isNull())
        m_timer->clearTimer();
    else
        m_timer->showElapsed(m_visit.visitSeconds(nowUtc), m_allowance);
}

void DeskVisitPanel::setCheckOutAllowed(bool allowed, const QString& why) {
    m_allowed = allowed;
    m_checkOut->setToolTip(allowed ? QString() : why);
    updateEnabled();
}

QList<DeskTopic> DeskVisitPanel::topics() const {
    QList<DeskTopic> out;
    for (auto it = m_topics.cbegin(); it != m_topics.cend(); ++it)
        if (it.value()->isChecked())
            out << it.key();
    return out;
}

QString DeskVisitPanel::note() const {
    return m_note->text().trimmed();
}

void DeskVisitPanel::focusTopics() {
    if (!m_topics.isEmpty())
        m_topics.first()->setFocus();
}

void DeskVisitPanel::updateEnabled() {
    const bool has = !m_visit.meta.id.isNull();
    for (QCheckBox* box : std::as_const(m_topics))
        box->setEnabled(has);
    m_note->setEnabled(has);
    m_checkOut->setEnabled(has && m_allowed);
}

} // namespace bs

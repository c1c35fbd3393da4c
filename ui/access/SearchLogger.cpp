#include "SearchLogger.h"

#include <QLineEdit>
#include <QTimer>

namespace bs {

SearchLogger::SearchLogger(Registry& registry, QLineEdit* field, QString where, QObject* parent)
    : QObject(parent ? parent : field), m_registry(registry), m_field(field),
      m_where(std::move(where)), m_pause(new QTimer(this)) {
    m_pause->setSingleShot(true);
    m_pause->setInterval(kDefaultPauseMs);
    connect(m_pause, &QTimer::timeout, this, &SearchLogger::flush);
    connect(field, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(field, &QLineEdit::returnPressed, this, &SearchLogger::flush);
    connect(field, &QLineEdit::editingFinished, this, &SearchLogger::flush);
}

void SearchLogger::setPauseMs(int ms) {
    m_pause->setInterval(ms);
}

void SearchLogger::flush() {
    m_pause->stop();
    const QString criterion = m_field->text().simplified();
    if (criterion.isEmpty() || criterion == m_last)
        return;
    if (Status s = CitizenAccess(m_registry).logSearch(criterion, m_where); !s) {
        emit problem(s.message());
        return;
    }
    m_last = criterion;
}

} // namespace bs

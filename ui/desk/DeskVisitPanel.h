#pragma once
// The visit in progress at the desk: who, the big timer against the site's time per visit, what
// the visit was about (topic check boxes) and a short note, and Check out.
#include "domain/DeskVisit.h"
#include <QGroupBox>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bs {

class DeskTimerLabel;

class DeskVisitPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit DeskVisitPanel(QWidget* parent = nullptr);

    // Shows `visit` (in progress) helped by `staffName`; a different visit clears the topics.
    void showVisit(const DeskVisit& visit, const QString& visitorName, const QString& staffName,
                   qint64 allowanceSeconds);
    void clearVisit();
    // Moves the timer on to `nowUtc`.
    void tick(const QDateTime& nowUtc);
    // Whether Check out may be pressed (who am I is chosen).
    void setCheckOutAllowed(bool allowed, const QString& why);

    QUuid visitId() const { return m_visit.meta.id; }
    const DeskVisit& visit() const { return m_visit; }
    QList<DeskTopic> topics() const;
    QString note() const;
    DeskTimerLabel* timer() const { return m_timer; }
    QCheckBox* topicBox(DeskTopic topic) const { return m_topics.value(topic); }
    void focusTopics();

signals:
    void checkOutRequested();

private:
    void updateEnabled();

    DeskVisit m_visit;
    qint64 m_allowance = 0;
    bool m_allowed = true;
    QLabel* m_visitor;
    DeskTimerLabel* m_timer;
    QMap<DeskTopic, QCheckBox*> m_topics;
    QLineEdit* m_note;
    QPushButton* m_checkOut;
};

} // namespace bs

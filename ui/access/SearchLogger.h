#pragma once
// Logs a search box's criterion once (docs/access.md: one user action, one entry) instead of per
// keystroke: when the user stops typing for a pause (1.5 s; shorter in tests), presses Enter or
// leaves the field. Only non-empty criteria that differ from the one logged last are written.
#include "security/CitizenAccess.h"
#include <QObject>

class QLineEdit;
class QTimer;

namespace bs {

class SearchLogger : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultPauseMs = 1500;

    // `where` names the search in the log's detail, e.g. "citizen list".
    SearchLogger(Registry& registry, QLineEdit* field, QString where, QObject* parent = nullptr);

    void setPauseMs(int ms);
    // Logs the field's current text now, if it is new and not empty.
    void flush();
    // The criterion logged last (empty before any).
    QString lastLogged() const { return m_last; }

signals:
    void problem(const QString& message);

private:
    Registry& m_registry;
    QLineEdit* m_field;
    QString m_where;
    QTimer* m_pause;
    QString m_last;
};

} // namespace bs

#pragma once
// A filter button with a checkable menu: "All" or any number of choices (sites, teams, forms,
// legal bases). The menu stays open while the user ticks, by mouse or with Space.
#include <QToolButton>
#include <QVariant>

class QAction;
class QMenu;

namespace bs {

class MultiChoiceButton : public QToolButton {
    Q_OBJECT
public:
    // `name` heads the button's text: "Sites: All".
    explicit MultiChoiceButton(const QString& name, QWidget* parent = nullptr);

    // The choices as (label, value). Chosen values that are still offered stay chosen.
    void setChoices(const QList<QPair<QString, QVariant>>& choices);
    // The chosen values; empty means all.
    QVariantList chosen() const;
    void setChosen(const QVariantList& values);
    QMenu* choiceMenu() const { return m_menu; }
    // The action for a value (nullptr when not offered), and the "All" action.
    QAction* actionFor(const QVariant& value) const;
    QAction* allAction() const { return m_all; }

signals:
    void changed();

private:
    void onTriggered(QAction* action);
    void updateText();

    QString m_name;
    QMenu* m_menu;
    QAction* m_all;
    QList<QAction*> m_choices;
};

} // namespace bs

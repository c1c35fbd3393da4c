#include "MultiChoiceButton.h"
#include "PlainText.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace bs {

namespace {

// Ticking a choice keeps the menu open; Escape or a click outside closes it.
class StayOpenMenu : public QMenu {
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override {
        QAction* action = actionAt(event->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent* event) override {
        QAction* action = activeAction();
        if (action && action->isCheckable() && action->isEnabled() &&
            (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
             event->key() == Qt::Key_Enter)) {
            action->trigger();
            return;
        }
        QMenu::keyPressEvent(event);
    }
};

} // namespace

MultiChoiceButton::MultiChoiceButton(const QString& name, QWidget* parent)
    : QToolButton(parent), m_name(name), m_menu(new StayOpenMenu(this)) {
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    m_all = m_menu->addAction(tr("All"));
    m_all->setCheckable(true);
    m_all->setChecked(true);
    m_menu->addSeparator();
    connect(m_menu, &QMenu::triggered, this, &MultiChoiceButton::onTriggered);
    updateText();
}

void MultiChoiceButton::setChoices(const QList<QPair<QString, QVariant>>& choices) {
    const QVariantList before = chosen();
    for (QAction* a : m_choices)
        delete a;
    m_choices.clear();
    for (const auto& [caption, value] : choices) {
        QAction* a = m_menu->addAction(caption);
        a->setCheckable(true);
        a->setData(value);
        a->setChecked(before.contains(value));
        m_choices << a;
    }
    m_all->setChecked(chosen().isEmpty());
    updateText();
    if (chosen() != before)
        emit changed();
}

QVariantList MultiChoiceButton::chosen() const {
    QVariantList out;
    for (const QAction* a : m_choices)
        if (a->isChecked())
            out << a->data();
    return out;
}

void MultiChoiceButton::setChosen(const QVariantList& values) {
    const QVariantList before = chosen();
    for (QAction* a : m_choices)
        a->setChecked(values.contains(a->data()));
    m_all->setChecked(chosen().isEmpty());
    updateText();
    if (chosen() != before)
        emit changed();
}

QAction* MultiChoiceButton::actionFor(const QVariant& value) const {
    for (QAction* a : m_choices)
        if (a->data() == value)
            return a;
    return nullptr;
}

void MultiChoiceButton::onTriggered(QAction* action) {
    if (action == m_all) {
        for (QAction* a : m_choices)
            a->setChecked(false);
        m_all->setChecked(true);
    } else {
        m_all->setChecked(chosen().isEmpty());
    }
    updateText();
    emit changed();
}

void MultiChoiceButton::updateText() {
    const QVariantList values = chosen();
    QString what;
    if (values.isEmpty()) {
        what = tr("All");
    } else if (values.size() == 1) {
        what = actionFor(values.first())->text();
    } else {
        what = tr("%n chosen", nullptr, int(values.size()));
    }
    setText(tr("%1: %2").arg(m_name, what));
    QStringList tip;
    for (const QAction* a : m_choices)
        if (a->isChecked())
            tip << a->text();
    setToolTip(
        plainToolTip(tip.isEmpty() ? tr("%1: all").arg(m_name) : tip.join(QLatin1Char('\n'))));
}

} // namespace bs

#include "ConflictsPanel.h"

#include "ConflictTableModel.h"
#include "SyncMessage.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bs {

namespace {

QString explanation(const sync::Conflict& c) {
    const QString here =
        c.currentSiteName.isEmpty() ? ConflictsPanel::tr("one computer") : c.currentSiteName;
    const QString there =
        c.otherSiteName.isEmpty() ? ConflictsPanel::tr("another computer") : c.otherSiteName;
    switch (c.kind) {
    case sync::ConflictKind::Field:
        return ConflictsPanel::tr("%1 was changed at %2 and at %3 without either knowing of the "
                                  "other. The newest value is in use; choose which one is right.")
            .arg(ConflictTableModel::fieldText(c), here, there);
    case sync::ConflictKind::EditedAfterDelete:
        return ConflictsPanel::tr("This was deleted at %1 but edited at %2 meanwhile, so it was "
                                  "kept with the edit. Keep it, or delete it after all.")
            .arg(there, here);
    case sync::ConflictKind::NoteVersions:
        return ConflictsPanel::tr("The note was written differently at %1 and at %2. Both texts "
                                  "are kept in the note's history; choose the one the note "
                                  "should show from now on.")
            .arg(here, there);
    }
    return {};
}

QPlainTextEdit* newValueBox(const char* name) {
    auto* box = new QPlainTextEdit;
    box->setObjectName(QLatin1String(name));
    box->setReadOnly(true);
    box->setTabChangesFocus(true);
    box->setMinimumHeight(40);
    return box;
}

} // namespace

ConflictsPanel::ConflictsPanel(sync::SyncService& service, QWidget* parent)
    : QWidget(parent), m_service(service), m_model(new ConflictTableModel(this)),
      m_table(new QTableView), m_stack(new QStackedWidget),
      m_message(newSyncMessageLabel("conflictsMessage")), m_explanation(new QLabel),
      m_currentBox(new QGroupBox), m_otherBox(new QGroupBox),
      m_currentText(newValueBox("currentValueText")), m_otherText(newValueBox("otherValueText")),
      m_keepCurrent(new QPushButton(tr("&Keep this one"))),
      m_keepOther(new QPushButton(tr("Keep &this one"))) {
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The two values share the spare width; the labels and times take what they need.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConflictTableModel::Current, QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictTableModel::Other, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    auto* empty = new QLabel(tr("No conflicts: every change merged cleanly."));
    empty->setObjectName(QStringLiteral("noConflicts"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    QFont larger = empty->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    empty->setFont(larger);

    m_explanation->setObjectName(QStringLiteral("conflictExplanation"));
    m_explanation->setWordWrap(true);
    m_keepCurrent->setObjectName(QStringLiteral("keepCurrent"));
    m_keepOther->setObjectName(QStringLiteral("keepOther"));
    m_keepCurrent->setToolTip(tr("Keeps the value in use now."));
    m_keepOther->setToolTip(tr("Brings back the other value; it is sent to the other computers "
                               "with the next file."));
    connect(m_keepCurrent, &QPushButton::clicked, this, [this] { askToKeep(false); });
    connect(m_keepOther, &QPushButton::clicked, this, [this] { askToKeep(true); });

    auto* currentLayout = new QVBoxLayout(m_currentBox);
    currentLayout->addWidget(m_currentText, 1);
    currentLayout->addWidget(m_keepCurrent, 0, Qt::AlignLeft);
    currentLayout->addStretch(1); // a short field value keeps its button right below it
    auto* otherLayout = new QVBoxLayout(m_otherBox);
    otherLayout->addWidget(m_otherText, 1);
    otherLayout->addWidget(m_keepOther, 0, Qt::AlignLeft);
    otherLayout->addStretch(1);
    auto* sides = new QHBoxLayout;
    sides->addWidget(m_currentBox, 1);
    sides->addWidget(m_otherBox, 1);

    auto* list = new QWidget;
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 2);
    listLayout->addWidget(m_explanation);
    listLayout->addLayout(sides, 3);
    m_stack->addWidget(empty);
    m_stack->addWidget(list);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsPanel::showSelected);
    setTabOrder(m_table, m_currentText);
    setTabOrder(m_currentText, m_keepCurrent);
    setTabOrder(m_keepCurrent, m_otherText);
    setTabOrder(m_otherText, m_keepOther);
}

int ConflictsPanel::openCount() const {
    return m_model->rowCount();
}

void ConflictsPanel::reload() {
    const sync::Conflict* before = selected();
    const QUuid keep = before ? before->id : QUuid();
    auto conflicts = m_service.conflicts();
    if (!conflicts) {
        m_model->setConflicts({});
        showSyncMessage(m_message,
                        tr("The conflicts could not be read: %1").arg(conflicts.message()),
                        SyncTone::Error);
    } else {
        m_model->setConflicts(*conflicts);
        showSyncMessage(m_message, {}, SyncTone::Plain);
    }
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (m_model->rowCount() > 0) {
        const int row = qMax(0, m_model->rowOf(keep));
        m_table->selectRow(row);
    }
    showSelected();
    if (m_model->rowCount() != m_lastCount) {
        m_lastCount = m_model->rowCount();
        emit countChanged(m_lastCount);
    }
}

const sync::Conflict* ConflictsPanel::selected() const {
    return m_model->conflictAt(m_table->currentIndex().row());
}

void ConflictsPanel::showSelected() {
    const sync::Conflict* c = selected();
    m_keepCurrent->setEnabled(c);
    m_keepOther->setEnabled(c);
    if (!c) {
        m_explanation->clear();
        m_currentText->clear();
        m_otherText->clear();
        m_currentBox->setTitle(tr("In use now"));
        m_otherBox->setTitle(tr("The other value"));
        return;
    }
    m_explanation->setText(explanation(*c));
    const bool note = c->kind == sync::ConflictKind::NoteVersions;
    // A field's value is a line or two; a note's text gets the room it needs.
    const int height = note ? QWIDGETSIZE_MAX : fontMetrics().height() * 3 + 12;
    m_currentText->setMaximumHeight(height);
    m_otherText->setMaximumHeight(height);
    m_currentBox->setTitle(
        (note ? tr("Version shown now: %1") : tr("In use now: %1"))
            .arg(ConflictTableModel::fromText(c->currentSiteName, c->currentAtUtc)));
    m_otherBox->setTitle((note ? tr("Other version: %1") : tr("The other value: %1"))
                             .arg(ConflictTableModel::fromText(c->otherSiteName, c->otherAtUtc)));
    if (c->kind == sync::ConflictKind::EditedAfterDelete) {
        m_currentText->setPlainText(
            tr("Kept, with the edit: %1").arg(ConflictTableModel::valueText(c->currentValue)));
        m_otherText->setPlainText(tr("Deleted"));
    } else {
        m_currentText->setPlainText(ConflictTableModel::valueText(c->currentValue));
        m_otherText->setPlainText(ConflictTableModel::valueText(c->otherValue));
    }
}

void ConflictsPanel::askToKeep(bool keepOther) {
    const sync::Conflict* c = selected();
    if (!c)
        return;
    const QString value = keepOther ? ConflictTableModel::valueText(c->otherValue)
                                    : ConflictTableModel::valueText(c->currentValue);
    QString question;
    if (c->kind == sync::ConflictKind::NoteVersions)
        question = keepOther ? tr("Show the other version of the note from now on? Both texts "
                                  "stay in the note's history.")
                             : tr("Keep the version of the note shown now? Both texts stay in "
                                  "the note's history.");
    else if (c->kind == sync::ConflictKind::EditedAfterDelete && keepOther)
        question = tr("Delete %1 after all?").arg(c->recordLabel);
    else
        question = tr("Keep \"%1\" as %2 of %3?")
                       .arg(value.left(120), ConflictTableModel::fieldText(*c), c->recordLabel);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Resolve conflict"),
                                question + QStringLiteral("\n\n") +
                                    tr("The choice is sent to the other computers with the next "
                                       "file and cannot be undone with Undo."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resolveQuestion"));
    QPushButton* yes = box->addButton(tr("Keep this one"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmKeep"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    box->setDefaultButton(yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = c->id;
    connect(box, &QMessageBox::finished, this, [this, box, yes, id, keepOther] {
        if (box->clickedButton() == yes)
            keep(id, keepOther);
    });
    box->open();
}

void ConflictsPanel::keep(const QUuid& conflictId, bool keepOther) {
    const Status done = m_service.resolveConflict(conflictId, keepOther);
    if (!done) {
        showSyncMessage(m_message, tr("The conflict was not resolved: %1").arg(done.message()),
                        SyncTone::Error);
        return;
    }
    reload();
    showSyncMessage(m_message, tr("Resolved."), SyncTone::Success);
    emit resolved(keepOther);
}

} // namespace bs

#include "NoteHistoryDialog.h"
#include "PlainText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bs {

NoteHistoryDialog::NoteHistoryDialog(Registry& registry, const QUuid& noteId, QWidget* parent)
    : QDialog(parent), m_list(new QListWidget), m_text(new QPlainTextEdit) {
    setObjectName(QStringLiteral("noteHistory"));
    setWindowTitle(tr("Note history"));
    resize(720, 420);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_text->setObjectName(QStringLiteral("revisionText"));
    m_text->setReadOnly(true);
    auto* intro = new QLabel(tr("Every saved version of the note is kept. Choose one to read it."));
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* panes = new QHBoxLayout;
    panes->addWidget(m_list, 1);
    panes->addWidget(m_text, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto revisions = JournalService(registry).revisions(noteId);
    if (!revisions) {
        intro->setText(revisions.message());
        return;
    }
    m_revisions = *revisions;
    for (const JournalRevision& r : std::as_const(m_revisions)) {
        auto author = registry.record<Staff>(r.authorId);
        m_list->addItem(tr("Version %1 · %2 · %3")
                            .arg(r.number)
                            .arg(QLocale().toString(r.savedUtc.toTimeZone(Clock::localZone()),
                                                    QLocale::ShortFormat),
                                 author ? author->initials : tr("unknown")));
        m_list->item(m_list->count() - 1)
            ->setToolTip(plainToolTip(author ? author->name : QString()));
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_revisions.size()) {
            m_text->clear();
            return;
        }
        const JournalRevision& r = m_revisions.at(row);
        QString text = r.text.trimmed();
        if (!r.personalText.trimmed().isEmpty())
            text += QStringLiteral("\n\n") + r.personalText.trimmed();
        m_text->setPlainText(text);
    });
    if (!m_revisions.isEmpty())
        m_list->setCurrentRow(int(m_revisions.size()) - 1);
    m_list->setFocus();
}

} // namespace bs

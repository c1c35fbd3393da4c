#include "JournalPanel.h"

#include "services/GroupSessions.h"

#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bs {

namespace {
QString html(const QString& text) {
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}
} // namespace

JournalPanel::JournalPanel(Registry& registry, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_view(new QTextBrowser),
      m_empty(new QLabel(tr("No journal notes yet. Notes written after group sessions appear "
                            "here."))) {
    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setOpenLinks(false);
    m_empty->setObjectName(QStringLiteral("journalEmpty"));
    m_empty->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
}

Status JournalPanel::load(const QUuid& citizenId) {
    m_view->clear();
    m_count = 0;
    Status status;
    QString body;
    if (!citizenId.isNull()) {
        auto notes = GroupSessions(m_registry).journal(citizenId);
        if (notes) {
            m_count = int(notes->size());
            for (const JournalNote& n : std::as_const(*notes)) {
                QStringList head{QLocale().toString(n.writtenUtc.toTimeZone(Clock::localZone()),
                                                    QLocale::ShortFormat)};
                if (auto author = m_registry.record<Staff>(n.authorId))
                    head << QStringLiteral("%1 – %2").arg(author->initials, author->name);
                head << label(n.form);
                if (!n.appointmentId.isNull())
                    if (auto a = m_registry.record<Appointment>(n.appointmentId);
                        a && !a->topic.isEmpty())
                        head << tr("Topic: %1").arg(a->topic);
                body += QStringLiteral("<p style=\"margin-top:12px\"><b>%1</b></p>")
                            .arg(html(head.join(QStringLiteral(" · "))));
                if (!n.text.trimmed().isEmpty())
                    body += QStringLiteral("<p>%1</p>").arg(html(n.text.trimmed()));
                if (!n.personalText.trimmed().isEmpty())
                    body += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" "
                                           "style=\"background-color:#eef3f8\"><tr><td><i>%1</i>"
                                           "<br>%2</td></tr></table>")
                                .arg(html(n.form == SupportForm::Group ? tr("Personal addition")
                                                                       : tr("Addition")),
                                     html(n.personalText.trimmed()));
                body += QStringLiteral("<hr>");
            }
        } else {
            status = Status(notes.error());
        }
    }
    m_view->setHtml(body);
    m_view->setVisible(m_count > 0);
    m_empty->setVisible(m_count == 0);
    return status;
}

} // namespace bs

#include "JournalSearchPage.h"

#include "CurrentStaff.h"
#include "access/SearchLogger.h"
#include "calendar/SearchableCombo.h"
#include "widgets/Combos.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace bs {

namespace {

constexpr int kLimit = 200;

// Period choices: days back from today (0: today only; -1: any time).
const int kPeriodDays[] = {-1, 0, 7, 30, 91, 365};

QString localText(const QDateTime& utc) {
    return QLocale().toString(utc.toTimeZone(Clock::localZone()), QLocale::ShortFormat);
}

} // namespace

JournalSearchPage::JournalSearchPage(UndoContext& context, CurrentStaff& me, QWidget* parent)
    : QWidget(parent), m_context(context), m_me(me), m_journal(context.registry()),
      m_query(new QLineEdit), m_citizen(new QComboBox), m_subGoal(new QComboBox),
      m_author(new QComboBox), m_period(new QComboBox), m_form(new QComboBox), m_status(new QLabel),
      m_results(new QTextBrowser), m_typing(new QTimer(this)),
      m_searchLog(new SearchLogger(context.registry(), m_query, QStringLiteral("journal"), this)) {
    setObjectName(QStringLiteral("journalSearchPage"));
    auto* title = new QLabel(tr("Journal search"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_query->setObjectName(QStringLiteral("journalQuery"));
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(
        tr("Search all journal notes: words, names, places (æ, ø, å and “aa” work)"));
    m_citizen->setObjectName(QStringLiteral("filterCitizen"));
    makeSearchable(m_citizen);
    m_subGoal->setObjectName(QStringLiteral("filterSubGoal"));
    m_author->setObjectName(QStringLiteral("filterAuthor"));
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    m_form->setObjectName(QStringLiteral("filterForm"));
    m_period->addItems({tr("Any time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"),
                        tr("Last 3 months"), tr("Last 12 months")});
    m_form->addItem(tr("All support forms"), -1);
    for (const SupportForm f : allValues<SupportForm>())
        m_form->addItem(label(f), int(f));
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("journalResults"));
    m_results->setOpenLinks(false);

    auto* filters = new QGridLayout;
    const auto add = [&](int row, int col, const QString& text, QWidget* w) {
        auto* l = new QLabel(text);
        l->setBuddy(w);
        filters->addWidget(l, row, col * 2);
        filters->addWidget(w, row, col * 2 + 1);
    };
    add(0, 0, tr("&Citizen"), m_citizen);
    add(0, 1, tr("&Delmål"), m_subGoal);
    add(0, 2, tr("&Author"), m_author);
    add(1, 0, tr("&Period"), m_period);
    add(1, 1, tr("Support &form"), m_form);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 1);

    auto* searchLabel = new QLabel(tr("&Search"));
    searchLabel->setBuddy(m_query);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_query, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &JournalSearchPage::search);
    connect(m_query, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    // Results come as you type; the search is logged once, when the typing pauses.
    connect(m_searchLog, &SearchLogger::problem, this, &JournalSearchPage::problem);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        search();
        if (!m_hits.isEmpty())
            openHit(0);
    });
    connect(m_citizen, &QComboBox::currentIndexChanged, this, [this] {
        reloadSubGoals();
        search();
    });
    for (QComboBox* c : {m_subGoal, m_author, m_period, m_form})
        connect(c, &QComboBox::currentIndexChanged, this, &JournalSearchPage::search);
    connect(m_results, &QTextBrowser::anchorClicked, this,
            [this](const QUrl& url) { openHit(url.path().toInt()); });
    connect(&m_context, &UndoContext::changed, this, [this] { search(); });
    connect(&m_context, &UndoContext::organisationChanged, this, &JournalSearchPage::reloadChoices);
    reloadChoices();
    search();
}

void JournalSearchPage::reloadChoices() {
    Registry& registry = m_context.registry();
    const QUuid citizen = searchableId(m_citizen);
    const QUuid author = idValue(m_author);
    QSignalBlocker b1(m_citizen), b2(m_author);
    m_citizen->clear();
    m_citizen->addItem(tr("All citizens"), QUuid());
    if (auto list = CitizenAccess(registry).summaries(registry.clock().today()))
        for (const CitizenSummary& c : std::as_const(*list))
            m_citizen->addItem(c.name, c.id);
    else
        emit problem(list.message());
    selectId(m_citizen, citizen);
    m_author->clear();
    m_author->addItem(tr("All staff"), QUuid());
    if (auto staff = registry.staff())
        for (const Staff& s : std::as_const(*staff))
            m_author->addItem(s.meta.id == m_me.id()
                                  ? tr("%1 (%2, me)").arg(s.name, s.initials)
                                  : QStringLiteral("%1 (%2)").arg(s.name, s.initials),
                              s.meta.id);
    selectId(m_author, author);
    reloadSubGoals();
}

void JournalSearchPage::reloadSubGoals() {
    QSignalBlocker block(m_subGoal);
    const QUuid chosen = idValue(m_subGoal);
    m_subGoal->clear();
    const QUuid citizen = searchableId(m_citizen);
    m_subGoal->addItem(citizen.isNull() ? tr("Choose a citizen first") : tr("All delmål"), QUuid());
    m_subGoal->setEnabled(!citizen.isNull());
    if (citizen.isNull())
        return;
    Registry& registry = m_context.registry();
    if (auto goals = registry.goals(citizen))
        for (const Goal& g : std::as_const(*goals))
            if (auto subs = registry.subGoals(g.meta.id))
                for (const SubGoal& s : std::as_const(*subs))
                    m_subGoal->addItem(s.status == GoalStatus::Active
                                           ? s.criterion
                                           : tr("%1 (ended)").arg(s.criterion),
                                       s.meta.id);
    selectId(m_subGoal, chosen);
}

SearchFilter JournalSearchPage::filter() const {
    SearchFilter f;
    f.citizenId = searchableId(m_citizen);
    f.subGoalId = f.citizenId.isNull() ? QUuid() : idValue(m_subGoal);
    f.authorId = idValue(m_author);
    const int days = kPeriodDays[std::clamp(m_period->currentIndex(), 0, 5)];
    if (days >= 0) {
        const QDate today = m_context.registry().clock().today();
        f.from = today.addDays(-days);
        f.to = today;
    }
    if (const int form = m_form->currentData().toInt(); form >= 0)
        f.form = static_cast<SupportForm>(form);
    return f;
}

void JournalSearchPage::search() {
    m_typing->stop();
    const QString query = m_query->text();
    auto hits = m_journal.search(query, filter(), kLimit);
    m_hits.clear();
    m_html.clear();
    if (!hits) {
        m_status->setText(hits.message());
        m_results->clear();
        emit problem(hits.message());
        return;
    }
    m_hits = *hits;
    const bool empty = query.trimmed().isEmpty();
    const SearchFilter f = filter();
    const bool anyFilter =
        !f.citizenId.isNull() || !f.authorId.isNull() || f.from.isValid() || f.form.has_value();
    if (m_hits.isEmpty()) {
        if (empty && !anyFilter)
            m_status->setText(tr("Type to search all journal notes, or choose a filter to list "
                                 "notes."));
        else if (empty)
            m_status->setText(tr("No notes match the filters."));
        else
            m_status->setText(tr("No notes match “%1”. Try fewer or shorter words, or other "
                                 "filters.")
                                  .arg(query.trimmed()));
    } else {
        m_status->setText(m_hits.size() >= kLimit
                              ? tr("The newest %1 notes are shown; narrow the search to see "
                                   "older ones.")
                                    .arg(kLimit)
                              : tr("%n note(s) found, newest first. Enter opens the first "
                                   "citizen.",
                                   nullptr, int(m_hits.size())));
    }
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit& h = m_hits.at(i);
        QStringList meta{localText(h.writtenUtc), h.authorInitials, label(h.form)};
        if (h.kind != NoteKind::Note)
            meta << label(h.kind);
        m_html += QStringLiteral("<p style=\"margin-bottom:10px\"><a href=\"hit:%1\"><b>%2</b>"
                                 "</a> <span style=\"color:#555\">· %3</span><br>%4</p>")
                      .arg(i)
                      .arg(h.citizenName.toHtmlEscaped(),
                           meta.join(QStringLiteral(" · ")).toHtmlEscaped(), h.snippetHtml);
    }
    m_results->setHtml(m_html);
}

void JournalSearchPage::focusSearch() {
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

QString JournalSearchPage::statusText() const {
    return m_status->text();
}

void JournalSearchPage::openHit(int index) {
    if (index < 0 || index >= m_hits.size())
        return;
    const SearchHit h = m_hits.at(index);
    emit openCitizen(h.citizenId);
    emit openNote(h.citizenId, h.noteId);
}

} // namespace bs

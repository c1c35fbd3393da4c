#include "AccessLogPanel.h"

#include "calendar/SearchableCombo.h"
#include "domain/Appointment.h"
#include "domain/Cpr.h"
#include "security/CitizenAccess.h"
#include "services/CsvReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bs {

namespace {

constexpr int kSummaryDays = 30;

QString tableLabel(const QString& code) {
    static const QHash<QString, const char*> labels{
        {QStringLiteral("citizen"), QT_TRANSLATE_NOOP("AccessLogPanel", "Citizen details")},
        {QStringLiteral("support_grant"), QT_TRANSLATE_NOOP("AccessLogPanel", "Grants")},
        {QStringLiteral("allocation"), QT_TRANSLATE_NOOP("AccessLogPanel", "Support forms")},
        {QStringLiteral("goal"), QT_TRANSLATE_NOOP("AccessLogPanel", "Goals")},
        {QStringLiteral("subgoal"), QT_TRANSLATE_NOOP("AccessLogPanel", "Delmål")},
        {QStringLiteral("appointment"), QT_TRANSLATE_NOOP("AccessLogPanel", "Appointments")},
        {QStringLiteral("appointment_series"),
         QT_TRANSLATE_NOOP("AccessLogPanel", "Appointment series")},
        {QStringLiteral("desk_visit"), QT_TRANSLATE_NOOP("AccessLogPanel", "Desk visits")},
        {QStringLiteral("attendance"), QT_TRANSLATE_NOOP("AccessLogPanel", "Attendance")},
        {QStringLiteral("group_member"), QT_TRANSLATE_NOOP("AccessLogPanel", "Group membership")},
        {QStringLiteral("group_note"), QT_TRANSLATE_NOOP("AccessLogPanel", "Group notes")},
        {QStringLiteral("journal_note"), QT_TRANSLATE_NOOP("AccessLogPanel", "Journal notes")},
        {QStringLiteral("journal_revision"),
         QT_TRANSLATE_NOOP("AccessLogPanel", "Journal revisions")},
        {QStringLiteral("goal_assessment"), QT_TRANSLATE_NOOP("AccessLogPanel", "Assessments")},
        {QStringLiteral("followup_task"), QT_TRANSLATE_NOOP("AccessLogPanel", "Follow-up tasks")},
        {QStringLiteral("goal_review"), QT_TRANSLATE_NOOP("AccessLogPanel", "Goal reviews")},
        {QStringLiteral("support_group"), QT_TRANSLATE_NOOP("AccessLogPanel", "Groups")},
        {QStringLiteral("staff"), QT_TRANSLATE_NOOP("AccessLogPanel", "Staff")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("AccessLogPanel", "Teams")},
        {QStringLiteral("site"), QT_TRANSLATE_NOOP("AccessLogPanel", "Sites")},
        {QStringLiteral("rota_duty"), QT_TRANSLATE_NOOP("AccessLogPanel", "Duty rota")},
        {QStringLiteral("access_log"), QT_TRANSLATE_NOOP("AccessLogPanel", "Access log")},
        {QStringLiteral("sync bundle"), QT_TRANSLATE_NOOP("AccessLogPanel", "Sync bundle")},
        {QStringLiteral("citizen plan"), QT_TRANSLATE_NOOP("AccessLogPanel", "Handleplan")},
        {QStringLiteral("day list"), QT_TRANSLATE_NOOP("AccessLogPanel", "Day list")},
        {QStringLiteral("citizen list"), QT_TRANSLATE_NOOP("AccessLogPanel", "Citizen list")},
        {QStringLiteral("journal"), QT_TRANSLATE_NOOP("AccessLogPanel", "Journal search")},
        {QStringLiteral("access log"), QT_TRANSLATE_NOOP("AccessLogPanel", "Access log")},
        {QStringLiteral("report"), QT_TRANSLATE_NOOP("AccessLogPanel", "Report")},
        {QStringLiteral("status note"), QT_TRANSLATE_NOOP("AccessLogPanel", "Status note")},
        {QStringLiteral("ledelse chart"), QT_TRANSLATE_NOOP("AccessLogPanel", "Management chart")},
        {QStringLiteral("ledelse workbook"),
         QT_TRANSLATE_NOOP("AccessLogPanel", "Management workbook")},
        {QStringLiteral("ics"), QT_TRANSLATE_NOOP("AccessLogPanel", "Calendar file (iCalendar)")},
    };
    const auto it = labels.constFind(code.trimmed());
    if (it == labels.constEnd())
        return code;
    return QCoreApplication::translate("AccessLogPanel", it.value());
}

QString timeText(const QDateTime& utc) {
    return utc.toTimeZone(Clock::localZone()).toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
}

} // namespace

AccessLogPanel::AccessLogPanel(Registry& registry, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_citizen(new QComboBox), m_user(new QLineEdit),
      m_from(new QDateEdit), m_to(new QDateEdit), m_action(new QComboBox),
      m_breakGlassOnly(new QCheckBox(tr("&Only look-ups outside own cases"))),
      m_summary(new QLabel), m_table(new QTableWidget(0, ColumnCount)),
      m_empty(new QLabel(tr("No log entries match the filters."))),
      m_more(new QPushButton(tr("Show &more"))), m_export(new QPushButton(tr("&Export CSV…"))) {
    setObjectName(QStringLiteral("accessLogPanel"));
    auto* title = new QLabel(tr("Access log"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    m_summary->setObjectName(QStringLiteral("breakGlassSummary"));
    m_summary->setWordWrap(true);

    m_citizen->setObjectName(QStringLiteral("logCitizen"));
    makeSearchable(m_citizen);
    m_citizen->setMinimumWidth(260);
    m_user->setObjectName(QStringLiteral("logUser"));
    m_user->setPlaceholderText(tr("User name, e.g. MH"));
    m_user->setClearButtonEnabled(true);
    const QDate today = m_registry.clock().today();
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    m_from->setObjectName(QStringLiteral("logFrom"));
    m_to->setObjectName(QStringLiteral("logTo"));
    m_from->setDate(today.addDays(-kSummaryDays));
    m_to->setDate(today);
    m_action->setObjectName(QStringLiteral("logAction"));
    m_action->addItem(tr("All actions"), -1);
    for (const AccessAction a : allValues<AccessAction>())
        m_action->addItem(label(a), int(a));
    m_breakGlassOnly->setObjectName(QStringLiteral("logBreakGlassOnly"));

    auto* filters = new QFormLayout;
    auto* who = new QHBoxLayout;
    who->addWidget(m_citizen, 2);
    auto* userLabel = new QLabel(tr("&User"));
    userLabel->setBuddy(m_user);
    who->addWidget(userLabel);
    who->addWidget(m_user, 1);
    auto* when = new QHBoxLayout;
    when->addWidget(m_from);
    when->addWidget(new QLabel(tr("to")));
    when->addWidget(m_to);
    when->addSpacing(16);
    when->addWidget(m_action);
    when->addWidget(m_breakGlassOnly);
    when->addStretch();
    filters->addRow(tr("&Citizen"), who);
    filters->addRow(tr("&Period"), when);
    static_cast<QLabel*>(filters->labelForField(who))->setBuddy(m_citizen);
    static_cast<QLabel*>(filters->labelForField(when))->setBuddy(m_from);

    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Citizen"),
                                        tr("Criterion"), tr("Reason"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("logEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_more->setObjectName(QStringLiteral("logShowMore"));
    m_export->setObjectName(QStringLiteral("logExport"));
    m_export->setToolTip(tr("Save every entry matching the filters as a CSV file for Excel. The "
                            "export is itself logged."));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_empty, 1);
    bottom->addWidget(m_more);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    const auto refilter = [this] {
        m_limit = kPageSize;
        if (Status s = reloadEntries(); !s)
            emit problem(s.message());
    };
    connect(m_citizen, &QComboBox::currentIndexChanged, this, [this, refilter] {
        citizenChosen();
        refilter();
    });
    connect(m_user, &QLineEdit::editingFinished, this, refilter);
    connect(m_from, &QDateEdit::dateChanged, this, refilter);
    connect(m_to, &QDateEdit::dateChanged, this, refilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_breakGlassOnly, &QCheckBox::toggled, this, [this, refilter](bool on) {
        m_action->setEnabled(!on);
        refilter();
    });
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_limit += kPageSize;
        if (Status s = reloadEntries(); !s)
            emit problem(s.message());
    });
    connect(m_export, &QPushButton::clicked, this, &AccessLogPanel::exportCsv);
    if (Status s = reload(); !s)
        m_summary->setText(s.message());
}

Status AccessLogPanel::reload() {
    if (Status s = reloadCitizens(); !s)
        return s;
    if (Status s = updateSummary(); !s)
        return s;
    return reloadEntries();
}

Status AccessLogPanel::reloadCitizens() {
    auto all = m_registry.citizens();
    if (!all)
        return Status(all.error());
    const QSignalBlocker block(m_citizen);
    const QUuid chosen = searchableId(m_citizen);
    m_citizen->clear();
    m_citizen->addItem(tr("All citizens"), QUuid());
    m_names.clear();
    for (const Citizen& c : std::as_const(*all)) {
        m_names.insert(c.meta.id, c.name);
        if (c.meta.deleted)
            continue;
        const auto cpr = Cpr::parse(c.cpr);
        m_citizen->addItem(QStringLiteral("%1 – %2").arg(c.name, cpr ? cpr->formatted() : c.cpr),
                           c.meta.id);
    }
    m_citizen->setCurrentIndex(std::max(0, m_citizen->findData(chosen)));
    return Status::success();
}

void AccessLogPanel::citizenChosen() {
    // Looking a citizen up in the log is a use of their data like any other search.
    const QUuid id = searchableId(m_citizen);
    if (id.isNull() || id == m_loggedCitizen)
        return;
    if (Status s = m_registry.database().accessLog().record(AccessAction::Search, id, {},
                                                            QStringLiteral("access log"));
        !s) {
        emit problem(s.message());
        return;
    }
    m_loggedCitizen = id;
}

AccessLogFilter AccessLogPanel::filter() const {
    AccessLogFilter f;
    f.citizenId = searchableId(m_citizen);
    f.userName = m_user->text().trimmed();
    f.fromUtc = localToUtc(m_from->date(), QTime(0, 0));
    f.toUtc = localToUtc(m_to->date().addDays(1), QTime(0, 0)); // "to" is inclusive
    if (m_breakGlassOnly->isChecked())
        f.action = AccessAction::BreakGlass;
    else if (const int a = m_action->currentData().toInt(); a >= 0)
        f.action = static_cast<AccessAction>(a);
    f.limit = m_limit;
    return f;
}

QString AccessLogPanel::citizenName(const QUuid& id) {
    if (id.isNull())
        return {};
    if (auto it = m_names.constFind(id); it != m_names.constEnd())
        return it.value();
    // Not in the list: erased (purged), or created since the list was read.
    auto c = m_registry.record<Citizen>(id);
    const QString name = c ? c->name : tr("(erased citizen)");
    m_names.insert(id, name);
    return name;
}

QString AccessLogPanel::readableDetail(const QString& detail) {
    QStringList parts;
    for (const QString& code : detail.split(QLatin1Char(','), Qt::SkipEmptyParts))
        parts << tableLabel(code);
    return parts.join(QStringLiteral(", "));
}

Status AccessLogPanel::reloadEntries() {
    AccessLogFilter f = filter();
    if (f.fromUtc.isValid() && f.toUtc.isValid() && f.fromUtc >= f.toUtc) {
        m_table->setRowCount(0);
        m_empty->setText(tr("The period's first day is after its last day."));
        m_empty->show();
        m_more->hide();
        return Status::success();
    }
    f.limit = m_limit + 1; // one more tells whether there are more
    auto entries = m_registry.database().accessLog().search(f);
    if (!entries)
        return Status(entries.error());
    const bool more = entries->size() > m_limit;
    if (more)
        entries->removeLast();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(entries->size()));
    for (int r = 0; r < entries->size(); ++r) {
        const AccessEntry& e = entries->at(r);
        const QStringList cells{timeText(e.atUtc),        e.userName,  label(e.action),
                                citizenName(e.citizenId), e.criterion, e.reason,
                                readableDetail(e.detail)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (e.action == AccessAction::BreakGlass) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    m_empty->setText(entries->isEmpty()
                         ? tr("No log entries match the filters.")
                         : tr("%n entry(ies), newest first.", nullptr, int(entries->size())));
    m_empty->show();
    m_more->setVisible(more);
    m_export->setEnabled(!entries->isEmpty());
    return Status::success();
}

Status AccessLogPanel::updateSummary() {
    AccessLogFilter f;
    f.action = AccessAction::BreakGlass;
    f.fromUtc = m_registry.clock().nowUtc().addDays(-kSummaryDays);
    auto entries = m_registry.database().accessLog().search(f);
    if (!entries)
        return Status(entries.error());
    const int n = int(entries->size());
    m_summary->setText(
        n == 0 ? tr("No look-ups outside own cases in the last %1 days.").arg(kSummaryDays)
               : tr("%n look-up(s) outside own cases in the last %1 days: check the reasons "
                    "with \"Only look-ups outside own cases\".",
                    nullptr, n)
                     .arg(kSummaryDays));
    m_summary->setStyleSheet(n == 0 ? QString()
                                    : QStringLiteral("color: #9a3412; font-weight: bold;"));
    return Status::success();
}

QString AccessLogPanel::describeFilter() const {
    const AccessLogFilter f = filter();
    QStringList parts{QStringLiteral("%1..%2").arg(m_from->date().toString(Qt::ISODate),
                                                   m_to->date().toString(Qt::ISODate))};
    if (!f.citizenId.isNull())
        parts << QStringLiteral("citizen=%1").arg(f.citizenId.toString(QUuid::WithoutBraces));
    if (!f.userName.isEmpty())
        parts << QStringLiteral("user=%1").arg(f.userName);
    if (f.action)
        parts << QStringLiteral("action=%1").arg(toCode(*f.action));
    return parts.join(QLatin1Char(' '));
}

Status AccessLogPanel::exportCsvTo(const QString& path) {
    AccessLogFilter f = filter();
    f.limit = 0; // every matching entry, not only the rows shown
    auto entries = m_registry.database().accessLog().search(f);
    if (!entries)
        return Status(entries.error());
    const QChar sep = QLatin1Char(';');
    QString text = QChar(0xFEFF) +
                   QStringList{tr("Time"),      tr("User"),   tr("Action"), tr("Citizen"),
                               tr("Criterion"), tr("Reason"), tr("Detail")}
                       .join(sep) +
                   QStringLiteral("\r\n");
    for (const AccessEntry& e : std::as_const(*entries)) {
        QStringList row;
        for (const QString& cell :
             {timeText(e.atUtc), e.userName, label(e.action), citizenName(e.citizenId), e.criterion,
              e.reason, readableDetail(e.detail)})
            row << CsvReader::quote(cell, sep);
        text += row.join(sep) + QStringLiteral("\r\n");
    }
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    return CitizenAccess(m_registry).logExport({}, QStringLiteral("access log"), describeFilter());
}

void AccessLogPanel::exportCsv() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the access log"),
        QDir(folder).filePath(
            tr("access-log %1.csv").arg(m_registry.clock().today().toString(Qt::ISODate))),
        tr("CSV files for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    const Status s = exportCsvTo(path);
    emit problem(s ? tr("The access log is saved in %1.").arg(QDir::toNativeSeparators(path))
                   : s.message());
    if (s)
        if (const Status r = reloadEntries(); !r)
            emit problem(r.message());
}

} // namespace bs

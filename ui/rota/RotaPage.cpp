#include "RotaPage.h"

#include "RotaCommands.h"
#include "RotaDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace bs {

namespace {

RotaRole roleOf(RotaPage::Column column) {
    return column == RotaPage::DutyColumn     ? RotaRole::WeekendDuty
           : column == RotaPage::BackupColumn ? RotaRole::WeekendBackup
                                              : RotaRole::OnCall;
}

// Enter on a cell edits it, as a double-click does.
class RotaTable : public QTableWidget {
public:
    using QTableWidget::QTableWidget;
    std::function<void(int, int)> onActivate;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onActivate &&
            currentIndex().isValid()) {
            onActivate(currentRow(), currentColumn());
            return;
        }
        QTableWidget::keyPressEvent(event);
    }
};

} // namespace

RotaPage::RotaPage(UndoContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_rota(context.registry()), m_title(new QLabel) {
    auto* table = new RotaTable(0, ColumnCount);
    m_table = table;
    m_table->setObjectName(QStringLiteral("rotaTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Day"), tr("Weekend duty"), tr("Weekend backup"), tr("On-call phone")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setToolTip(tr("Double-click or press Enter on a cell to change who it is"));
    table->onActivate = [this](int row, int column) { editCell(row, column); };
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RotaPage::editCell);

    m_title->setObjectName(QStringLiteral("rotaMonth"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    auto* previous = new QPushButton(tr("◀ Previous month"));
    auto* next = new QPushButton(tr("Next month ▶"));
    auto* rotation = new QPushButton(tr("Weekend rotation…"));
    rotation->setObjectName(QStringLiteral("rotationButton"));
    auto* phone = new QPushButton(tr("Phone for a period…"));
    phone->setObjectName(QStringLiteral("phoneButton"));
    auto* printButton = new QPushButton(tr("Print…"));
    auto* pdf = new QPushButton(tr("Save as PDF…"));
    connect(previous, &QPushButton::clicked, this,
            [this] { emit problem(showMonth(m_month.addMonths(-1)).message()); });
    connect(next, &QPushButton::clicked, this,
            [this] { emit problem(showMonth(m_month.addMonths(1)).message()); });
    connect(rotation, &QPushButton::clicked, this, &RotaPage::openRotationDialog);
    connect(phone, &QPushButton::clicked, this, &RotaPage::openPhoneDialog);
    connect(printButton, &QPushButton::clicked, this, &RotaPage::print);
    connect(pdf, &QPushButton::clicked, this, &RotaPage::saveAsPdf);

    auto* bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(m_title, 1, Qt::AlignCenter);
    bar->addWidget(next);
    auto* actions = new QHBoxLayout;
    actions->addWidget(rotation);
    actions->addWidget(phone);
    actions->addStretch();
    actions->addWidget(printButton);
    actions->addWidget(pdf);
    auto* hint = new QLabel(
        tr("Support runs every day. On a weekend day without a named phone holder, the person on "
           "weekend duty holds the on-call phone."));
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    m_month = context.registry().clock().today();
}

void RotaPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    emit problem(reload().message());
}

Status RotaPage::showMonth(QDate date) {
    m_month = QDate(date.year(), date.month(), 1);
    return reload();
}

Status RotaPage::reload() {
    m_month = QDate(m_month.year(), m_month.month(), 1);
    const QDate last = m_month.addMonths(1).addDays(-1);
    auto staff = m_context.registry().staff();
    if (!staff)
        return Status(staff.error());
    m_staff = *staff;
    auto days = m_rota.days(m_month, last);
    if (!days)
        return Status(days.error());
    m_days = *days;
    const QLocale locale;
    m_title->setText(locale.toString(m_month, QStringLiteral("MMMM yyyy")));
    const QDate today = m_context.registry().clock().today();
    const int keepRow = m_table->currentRow(), keepColumn = m_table->currentColumn();
    m_table->setRowCount(int(m_days.size()));
    for (int row = 0; row < m_days.size(); ++row) {
        const RotaDay& d = m_days[row];
        const bool weekend = d.date.dayOfWeek() >= 6;
        const QString phone = d.onCall.isNull() && d.onCallFromDuty
                                  ? tr("%1 (weekend duty)").arg(staffName(d.weekendDuty))
                                  : staffName(d.onCall);
        const QString texts[ColumnCount] = {locale.toString(d.date, QStringLiteral("ddd d. MMM")),
                                            weekend ? staffName(d.weekendDuty) : QString(),
                                            weekend ? staffName(d.weekendBackup) : QString(),
                                            phone};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(texts[c]);
            if (weekend)
                item->setBackground(palette().alternateBase());
            if (!weekend && (c == DutyColumn || c == BackupColumn))
                item->setFlags(Qt::ItemIsEnabled); // no weekend roles on weekdays
            if (d.date == today) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(row, c, item);
        }
    }
    if (keepRow >= 0 && keepRow < m_table->rowCount())
        m_table->setCurrentCell(keepRow, keepColumn);
    return Status::success();
}

QString RotaPage::staffName(const QUuid& id) const {
    if (id.isNull())
        return {};
    for (const Staff& s : m_staff)
        if (s.meta.id == id)
            return QStringLiteral("%1 (%2)").arg(s.name, s.initials);
    return tr("(no longer listed)");
}

Status RotaPage::recorded(const QString& text, QDate from, QDate to,
                          const std::function<Status()>& change) {
    auto before = m_rota.days(from, to);
    if (!before)
        return Status(before.error());
    if (auto s = change(); !s)
        return s;
    auto after = m_rota.days(from, to);
    if (!after)
        return Status(after.error());
    m_context.push(new RotaChangeCommand(m_context, text, *before, *after,
                                         [this] { emit problem(reload().message()); }));
    return reload();
}

Status RotaPage::assign(QDate date, Column column, const QUuid& staffId) {
    if (column == DayColumn)
        return Status::success();
    const RotaRole role = roleOf(column);
    return recorded(
        tr("Change %1 on %2").arg(label(role), QLocale().toString(date, QLocale::ShortFormat)),
        date, date, [&] { return m_rota.assign(date, role, staffId); });
}

Status RotaPage::generateRotation(QDate firstSaturday, int weeks, const QList<QUuid>& staff) {
    return recorded(tr("Weekend rotation"), firstSaturday,
                    firstSaturday.addDays(7 * qMax(weeks, 1) - 1),
                    [&] { return m_rota.generateWeekendRotation(firstSaturday, weeks, staff); });
}

Status RotaPage::assignPhone(QDate from, QDate to, const QUuid& staffId) {
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 366)
        return m_rota.assignOnCall(from, to, staffId); // its message says what is wrong
    return recorded(tr("On-call phone"), from, to,
                    [&] { return m_rota.assignOnCall(from, to, staffId); });
}

void RotaPage::editCell(int row, int column) {
    if (row < 0 || row >= m_days.size() || column == DayColumn)
        return;
    const RotaDay& d = m_days[row];
    if (d.date.dayOfWeek() < 6 && column != PhoneColumn)
        return;
    QStringList names{tr("(nobody)")};
    QList<QUuid> ids{QUuid()};
    for (const Staff& s : m_staff) {
        names << QStringLiteral("%1 (%2)").arg(s.name, s.initials);
        ids << s.meta.id;
    }
    const QUuid current = column == DutyColumn     ? d.weekendDuty
                          : column == BackupColumn ? d.weekendBackup
                                                   : d.onCall;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, label(roleOf(static_cast<Column>(column))),
                              tr("Who on %1?").arg(QLocale().toString(d.date, QLocale::LongFormat)),
                              names, qMax(0, int(ids.indexOf(current))), false, &ok);
    if (!ok)
        return;
    const Status s = assign(d.date, static_cast<Column>(column), ids[names.indexOf(chosen)]);
    if (!s)
        QMessageBox::warning(this, tr("Rota"), s.message());
}

void RotaPage::openRotationDialog() {
    RotationDialog dialog(m_staff, m_context.registry().clock().today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = generateRotation(dialog.firstSaturday(), dialog.weeks(), dialog.staff());
        if (s) {
            emit problem(showMonth(dialog.firstSaturday()).message());
            return;
        }
        QMessageBox::warning(this, tr("Weekend rotation"), s.message());
    }
}

void RotaPage::openPhoneDialog() {
    PhoneDialog dialog(m_staff, m_context.registry().clock().today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = assignPhone(dialog.from(), dialog.to(), dialog.staffId());
        if (s)
            return;
        QMessageBox::warning(this, tr("On-call phone"), s.message());
    }
}

QString RotaPage::monthHtml() const {
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1 – %2</h2>")
                       .arg(tr("Rota").toHtmlEscaped(),
                            locale.toString(m_month, QStringLiteral("MMMM yyyy")).toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>");
    for (const QString& h :
         {tr("Day"), tr("Weekend duty"), tr("Weekend backup"), tr("On-call phone")})
        html += QStringLiteral("<th align='left'>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool weekend = m_days[row].date.dayOfWeek() >= 6;
        html += weekend ? QStringLiteral("<tr bgcolor='#eeeeee'>") : QStringLiteral("<tr>");
        for (int c = 0; c < ColumnCount; ++c)
            html +=
                QStringLiteral("<td>%1</td>").arg(m_table->item(row, c)->text().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("Printed %1")
                         .arg(locale.toString(
                             m_context.registry().clock().nowUtc().toTimeZone(Clock::localZone()),
                             QLocale::ShortFormat))
                         .toHtmlEscaped());
    return html;
}

Status RotaPage::savePdf(const QString& path) const {
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)))
        return Status::failure(tr("The page size could not be set"));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("Rota"));
    QTextDocument doc;
    doc.setHtml(monthHtml());
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    doc.print(&writer);
    if (!QFileInfo::exists(path))
        return Status::failure(tr("The PDF could not be written to %1").arg(path));
    return Status::success();
}

void RotaPage::print() {
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(monthHtml());
    doc.print(&printer);
}

void RotaPage::saveAsPdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save rota as PDF"),
        tr("rota-%1.pdf").arg(m_month.toString(QStringLiteral("yyyy-MM"))), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = savePdf(path);
    if (!s)
        QMessageBox::warning(this, tr("Rota"), s.message());
    else
        emit problem(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace bs

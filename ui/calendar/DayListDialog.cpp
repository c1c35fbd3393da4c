#include "DayListDialog.h"

#include "DayListDocument.h"
#include "calendar/SearchableCombo.h"
#include "security/CitizenAccess.h"
#include "widgets/Combos.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bs {

DayListDialog::DayListDialog(Registry& registry, const QUuid& staffId, QDate date, QWidget* parent)
    : QDialog(parent), m_registry(registry), m_staff(new QComboBox), m_date(makeDateEdit(date)),
      m_preview(new QTextBrowser), m_message(new QLabel) {
    setWindowTitle(tr("Print day list"));
    setObjectName(QStringLiteral("dayListDialog"));
    resize(720, 640);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_staff->addItem(tr("(choose)"), QUuid());
    if (auto staff = registry.staff()) {
        for (const Staff& s : *staff)
            m_staff->addItem(QStringLiteral("%1 – %2").arg(s.initials, s.name), s.meta.id);
    }
    makeSearchable(m_staff);
    selectId(m_staff, staffId);
    m_date->setObjectName(QStringLiteral("date"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Staff member"), m_staff);
    form->addRow(tr("&Day"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* save = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePdf"));
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("print"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &DayListDialog::saveAs);
    connect(print, &QPushButton::clicked, this, &DayListDialog::print);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &DayListDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &DayListDialog::refresh);
    refresh();
}

Result<DayList> DayListDialog::dayList() const {
    return DayList::collect(m_registry, searchableId(m_staff), m_date->date());
}

void DayListDialog::refresh() {
    const auto list = dayList();
    m_message->setText(list ? QString() : list.message());
    m_message->setVisible(!list.ok());
    m_preview->setHtml(list ? DayListDocument::html(*list) : QString());
}

namespace {
// Whose day, for the access log: "MH 2025-11-25".
QString criterionOf(const DayList& list) {
    return QStringLiteral("%1 %2").arg(list.staff.initials, list.date.toString(Qt::ISODate));
}
} // namespace

Status DayListDialog::savePdf(const QString& path) {
    const auto list = dayList();
    if (!list)
        return Status(list.error());
    if (Status s = DayListDocument::writePdf(*list, path); !s)
        return s;
    return CitizenAccess(m_registry).logExport({}, QStringLiteral("day list"), criterionOf(*list));
}

void DayListDialog::saveAs() {
    const auto list = dayList();
    if (!list) {
        refresh();
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("Day list %1 %2.pdf")
                          .arg(list->staff.initials, list->date.toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save day list"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status s = savePdf(path);
    m_message->setText(s ? QString() : s.message());
    m_message->setVisible(!s.ok());
}

void DayListDialog::print() {
    const auto list = dayList();
    if (!list) {
        refresh();
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print day list"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    DayListDocument::render(*list, &printer);
    // The visits' names and addresses on paper: one `print` entry.
    const Status s =
        CitizenAccess(m_registry).logPrint({}, QStringLiteral("day list"), criterionOf(*list));
    m_message->setText(s ? QString() : s.message());
    m_message->setVisible(!s.ok());
}

} // namespace bs

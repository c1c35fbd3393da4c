#include "CitizenListPanel.h"

#include "access/BreakGlassDialog.h"
#include "access/SearchLogger.h"
#include "models/CitizenFilterModel.h"
#include "models/CitizenListModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bs {

namespace {
QWidget* makeEmptyState(CitizenListPanel* panel) {
    auto* page = new QWidget;
    auto* title = new QLabel(CitizenListPanel::tr("No citizens yet"));
    title->setObjectName(QStringLiteral("emptyTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto* text = new QLabel(CitizenListPanel::tr(
        "Create the first citizen to start recording grants, support forms and goals."));
    text->setObjectName(QStringLiteral("emptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto* button = new QPushButton(CitizenListPanel::tr("&New citizen…"));
    button->setObjectName(QStringLiteral("emptyNewCitizen"));
    QObject::connect(button, &QPushButton::clicked, panel, &CitizenListPanel::newCitizenRequested);
    auto* lookUp = new QPushButton(CitizenListPanel::tr("&Look up outside own cases…"));
    lookUp->setObjectName(QStringLiteral("emptyBreakGlass"));
    QObject::connect(lookUp, &QPushButton::clicked, panel,
                     &CitizenListPanel::lookUpOutsideOwnCases);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(button);
    buttons->addWidget(lookUp);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}
} // namespace

CitizenListPanel::CitizenListPanel(Registry& registry, QWidget* parent)
    : QWidget(parent), m_registry(registry), m_model(new CitizenListModel(this)),
      m_proxy(new CitizenFilterModel(this)), m_filter(new QLineEdit), m_status(new QComboBox),
      m_count(new QLabel), m_table(new QTableView),
      m_breakGlass(new QPushButton(tr("&Look up outside own cases…"))),
      m_searchLog(new SearchLogger(registry, m_filter, QStringLiteral("citizen list"), this)),
      m_pages(new QStackedWidget) {
    m_filter->setObjectName(QStringLiteral("citizenFilter"));
    m_filter->setPlaceholderText(tr("Find: name, CPR, site, contact person, support form…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All"), -1);
    for (const CitizenStatus s : allValues<CitizenStatus>())
        m_status->addItem(label(s), int(s));
    m_count->setObjectName(QStringLiteral("citizenCount"));

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("citizenTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CitizenListModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    // The support forms get the spare width: "Individuel bostøtte, Bostøtterådgivning" is long.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto* newCitizen = new QPushButton(tr("&New citizen…"));
    newCitizen->setObjectName(QStringLiteral("newCitizen"));
    newCitizen->setToolTip(tr("Create a citizen (Ctrl+N)"));
    connect(newCitizen, &QPushButton::clicked, this, &CitizenListPanel::newCitizenRequested);
    m_breakGlass->setObjectName(QStringLiteral("breakGlass"));
    m_breakGlass->setToolTip(tr("Open the record of a citizen who is not one of your or your "
                                "team's cases, by CPR number and with a reason. The look-up is "
                                "logged and shown to the administrator."));
    connect(m_breakGlass, &QPushButton::clicked, this, &CitizenListPanel::lookUpOutsideOwnCases);
    connect(m_searchLog, &SearchLogger::problem, this, &CitizenListPanel::problem);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_status);
    filterRow->addSpacing(12);
    filterRow->addWidget(newCitizen);
    filterRow->addWidget(m_breakGlass);
    auto* listPage = new QWidget;
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);
    m_pages->addWidget(listPage);
    m_pages->addWidget(makeEmptyState(this));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Enter in the filter opens the first match: type a name, press Enter.
        if (m_proxy->rowCount() > 0)
            openIndex(m_proxy->index(0, 0));
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_status->currentData().toInt();
        m_proxy->setStatusFilter(s < 0 ? std::nullopt
                                       : std::optional(static_cast<CitizenStatus>(s)));
        updateCount();
    });
    // Enter or a double-click opens; moving through the list does not open (and so read) every
    // citizen on the way.
    connect(m_table, &QTableView::activated, this, &CitizenListPanel::openIndex);
}

Status CitizenListPanel::reload(const QUuid& selectId) {
    const Status s = m_model->reload(m_registry, m_registry.clock().today());
    m_pages->setCurrentIndex(isEmpty() ? 1 : 0);
    updateEmptyState();
    if (!isEmpty() && !m_columnsSized) {
        // Once: later reloads keep the widths the user may have set.
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 240));
        m_table->horizontalHeader()->setSectionResizeMode(CitizenListModel::FormsColumn,
                                                          QHeaderView::Stretch);
        m_columnsSized = true;
    }
    updateCount();
    if (!selectId.isNull())
        select(selectId);
    return s;
}

bool CitizenListPanel::isEmpty() const {
    return m_model->rowCount() == 0;
}

void CitizenListPanel::updateEmptyState() {
    // A user with an account sees their own and their team's cases: "no citizens" means none of
    // those, and the way to others is the reasoned look-up.
    const bool account = m_registry.database().actor().isAccount();
    m_breakGlass->setVisible(account);
    if (auto* b = findChild<QPushButton*>(QStringLiteral("emptyBreakGlass")))
        b->setVisible(account);
    if (auto* title = findChild<QLabel*>(QStringLiteral("emptyTitle")))
        title->setText(account ? tr("No citizens in your or your team's cases")
                               : tr("No citizens yet"));
    if (auto* text = findChild<QLabel*>(QStringLiteral("emptyText")))
        text->setText(account ? tr("Create a citizen, or look up a citizen outside your own "
                                   "cases by CPR number and with a reason.")
                              : tr("Create the first citizen to start recording grants, support "
                                   "forms and goals."));
}

void CitizenListPanel::lookUpOutsideOwnCases() {
    auto* dialog = new BreakGlassDialog(m_registry, this);
    openDialog(dialog, [this](BreakGlassDialog& d) {
        const QUuid id = d.citizen().meta.id;
        if (Status s = reload(id); !s)
            emit problem(s.message());
        emit glassBroken(id);
    });
}

void CitizenListPanel::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void CitizenListPanel::updateCount() {
    const int total = m_model->rowCount();
    m_count->setText(tr("%1 of %n citizen(s)", nullptr, total).arg(m_proxy->rowCount()));
}

void CitizenListPanel::openIndex(const QModelIndex& proxyIndex) {
    if (!proxyIndex.isValid())
        return;
    m_table->selectRow(proxyIndex.row());
    emit openRequested(proxyIndex.data(CitizenListModel::IdRole).toUuid());
}

void CitizenListPanel::select(const QUuid& id) {
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

bool CitizenListPanel::eventFilter(QObject* watched, QEvent* event) {
    // Down from the filter goes into the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bs

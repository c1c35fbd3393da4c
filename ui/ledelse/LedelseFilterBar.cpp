#include "LedelseFilterBar.h"

#include "MultiChoiceButton.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace bs {

namespace {

template <typename E> QList<QPair<QString, QVariant>> enumChoices() {
    QList<QPair<QString, QVariant>> out;
    for (const E value : allValues<E>())
        out.append({label(value), int(value)});
    return out;
}

QDate firstOfMonth(QDate d) {
    return QDate(d.year(), d.month(), 1);
}

} // namespace

LedelseFilterBar::LedelseFilterBar(QDate today, QWidget* parent)
    : QWidget(parent), m_today(today), m_preset(new QComboBox), m_from(new QDateEdit),
      m_to(new QDateEdit), m_sites(new MultiChoiceButton(tr("Sites"))),
      m_teams(new MultiChoiceButton(tr("Teams"))),
      m_forms(new MultiChoiceButton(tr("Support forms"))),
      m_bases(new MultiChoiceButton(tr("Legal basis"))) {
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_sites->setObjectName(QStringLiteral("siteFilter"));
    m_teams->setObjectName(QStringLiteral("teamFilter"));
    m_forms->setObjectName(QStringLiteral("formFilter"));
    m_bases->setObjectName(QStringLiteral("basisFilter"));

    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), int(Preset::LastMonth));
    m_preset->addItem(tr("This quarter"), int(Preset::ThisQuarter));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last year"), int(Preset::LastYear));
    m_preset->addItem(tr("Last 12 months"), int(Preset::Last12Months));
    m_preset->addItem(tr("Custom period"), int(Preset::Custom));
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::ThisYear)));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
    }
    m_forms->setChoices(enumChoices<SupportForm>());
    m_bases->setChoices(enumChoices<LegalBasis>());
    applyPreset();

    auto* periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_preset);
    auto* fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(m_to);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(periodLabel);
    layout->addWidget(m_preset);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    for (MultiChoiceButton* b : {m_sites, m_teams, m_forms, m_bases})
        layout->addWidget(b);
    layout->addStretch(1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        emit changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &LedelseFilterBar::onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &LedelseFilterBar::onDateEdited);
    for (MultiChoiceButton* b : {m_sites, m_teams, m_forms, m_bases})
        connect(b, &MultiChoiceButton::changed, this, &LedelseFilterBar::changed);
}

std::pair<QDate, QDate> LedelseFilterBar::presetPeriod(Preset preset, QDate today) {
    const QDate month = firstOfMonth(today);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const QDate year(today.year(), 1, 1);
    switch (preset) {
    case Preset::ThisMonth:
        return {month, month.addMonths(1).addDays(-1)};
    case Preset::LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case Preset::ThisQuarter:
        return {quarter, quarter.addMonths(3).addDays(-1)};
    case Preset::ThisYear:
        return {year, year.addYears(1).addDays(-1)};
    case Preset::LastYear:
        return {year.addYears(-1), year.addDays(-1)};
    case Preset::Last12Months:
        return {month.addMonths(-11), today};
    case Preset::Custom:
        break;
    }
    return {};
}

void LedelseFilterBar::setToday(QDate today) {
    if (today == m_today)
        return;
    m_today = today;
    if (preset() != Preset::Custom) {
        applyPreset();
        emit changed();
    }
}

LedelseFilterBar::Preset LedelseFilterBar::preset() const {
    return static_cast<Preset>(m_preset->currentData().toInt());
}

void LedelseFilterBar::setPreset(Preset preset) {
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void LedelseFilterBar::setPeriod(QDate from, QDate to) {
    {
        const QSignalBlocker a(m_preset), b(m_from), c(m_to);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        m_from->setDate(from);
        m_to->setDate(to);
    }
    emit changed();
}

void LedelseFilterBar::setOrganisation(const QList<Site>& sites, const QList<Team>& teams) {
    QList<QPair<QString, QVariant>> siteChoices;
    for (const Site& s : sites)
        siteChoices.append({s.name, s.meta.id});
    QList<QPair<QString, QVariant>> teamChoices;
    for (const Team& t : teams)
        teamChoices.append({t.name, t.meta.id});
    m_sites->setChoices(siteChoices);
    m_teams->setChoices(teamChoices);
}

ReportFilter LedelseFilterBar::filter() const {
    ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    for (const QVariant& v : m_sites->chosen())
        f.siteIds << v.toUuid();
    for (const QVariant& v : m_teams->chosen())
        f.teamIds << v.toUuid();
    for (const QVariant& v : m_forms->chosen())
        f.forms << static_cast<SupportForm>(v.toInt());
    for (const QVariant& v : m_bases->chosen())
        f.bases << static_cast<LegalBasis>(v.toInt());
    return f;
}

void LedelseFilterBar::applyPreset() {
    const auto [from, to] = presetPeriod(preset(), m_today);
    if (!from.isValid())
        return; // Custom keeps the dates shown
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
}

void LedelseFilterBar::onDateEdited() {
    if (preset() != Preset::Custom) {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    }
    emit changed();
}

} // namespace bs

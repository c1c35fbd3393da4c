#include "GoalFollowUpDialog.h"
#include "PlainText.h"

#include "ClosingProposalDialog.h"
#include "CurrentStaff.h"
#include "FollowUpCommands.h"
#include "Format.h"
#include "ReviewDialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace bs {

namespace {

QString firstLine(const QString& text) {
    return text.section(QLatin1Char('\n'), 0, 0);
}

QString progressText(Progress progress, FunctionLevel level) {
    if (level == FunctionLevel::NotAssessed)
        return label(progress);
    return QStringLiteral("%1 (%2)").arg(label(progress), label(level));
}

QString eventText(const TimelineEntry& e) {
    switch (e.kind) {
    case TimelineEntry::Kind::Start:
        return GoalFollowUpDialog::tr("Goal started");
    case TimelineEntry::Kind::Note:
        return GoalFollowUpDialog::tr("Journal note");
    case TimelineEntry::Kind::Assessment:
        return GoalFollowUpDialog::tr("Assessment");
    case TimelineEntry::Kind::Review:
        return GoalFollowUpDialog::tr("Review: %1").arg(label(e.reviewStatus));
    case TimelineEntry::Kind::End:
        return GoalFollowUpDialog::tr("Goal ended");
    }
    return {};
}

QString detailText(const TimelineEntry& e) {
    switch (e.kind) {
    case TimelineEntry::Kind::Assessment:
        return progressText(e.progress, e.level);
    case TimelineEntry::Kind::End:
        return label(e.goalStatus);
    default:
        return e.text;
    }
}

qint64 chartTime(QDate date) {
    return QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch();
}

QLabel* emptyChartLabel(const QString& text) {
    auto* l = new QLabel(text);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: palette(mid)"));
    return l;
}

QChartView* makeChartView(const QString& objectName) {
    auto* view = new QChartView;
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

GoalFollowUpDialog::GoalFollowUpDialog(UndoContext& context, const CurrentStaff* staff,
                                       const QUuid& goalId, QWidget* parent)
    : QDialog(parent), m_context(context), m_staff(staff), m_followUp(context.registry()),
      m_goalId(goalId), m_title(new QLabel), m_facts(new QLabel), m_stale(new QLabel),
      m_timeline(new QTreeWidget), m_levelStack(new QStackedWidget),
      m_levelChart(makeChartView(QStringLiteral("levelChart"))),
      m_progressStack(new QStackedWidget),
      m_progressChart(makeChartView(QStringLiteral("progressChart"))), m_hint(new QLabel),
      m_review(new QPushButton(tr("&Review…"))) {
    setWindowTitle(tr("Follow-up of indsatsmål"));
    resize(900, 680);
    m_title->setObjectName(QStringLiteral("goalTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_facts->setTextFormat(Qt::PlainText);
    m_stale->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(QStringLiteral("goalFacts"));
    m_facts->setWordWrap(true);
    m_stale->setObjectName(QStringLiteral("staleSubGoals"));
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("color: #9a5b00"));

    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setHeaderLabels({tr("Date"), tr("Event"), tr("Delmål"), tr("Details"), tr("By")});
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_timeline->setColumnWidth(0, 90);
    m_timeline->setColumnWidth(1, 150);
    m_timeline->setColumnWidth(2, 190);
    m_timeline->setColumnWidth(4, 130);

    m_levelStack->addWidget(emptyChartLabel(
        tr("No assessment has given a function level yet. The chart shows the levels set in "
           "journal notes.")));
    m_levelStack->addWidget(m_levelChart);
    m_progressStack->addWidget(emptyChartLabel(
        tr("No progress assessed yet. Assess a delmål in a journal note to see it here.")));
    m_progressStack->addWidget(m_progressChart);
    auto* charts = new QTabWidget;
    charts->setObjectName(QStringLiteral("charts"));
    charts->addTab(m_levelStack, tr("Function &level"));
    charts->addTab(m_progressStack, tr("&Progress per month"));

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_timeline);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_review->setObjectName(QStringLiteral("reviewGoal"));
    m_hint->setObjectName(QStringLiteral("reviewHint"));
    m_hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_stale);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &GoalFollowUpDialog::review);
    connect(&m_context, &UndoContext::changed, this, [this](const QUuid& citizenId) {
        if (citizenId == m_goal.citizenId)
            reload();
    });
    if (m_staff)
        connect(m_staff, &CurrentStaff::changed, this, &GoalFollowUpDialog::updateReviewButton);
    reload();
}

void GoalFollowUpDialog::reload() {
    Registry& registry = m_context.registry();
    auto goal = registry.existing<Goal>(m_goalId, tr("The indsatsmål no longer exists."),
                                        QStringLiteral("goal"));
    if (!goal) {
        m_title->setText(goal.message());
        m_review->setEnabled(false);
        return;
    }
    m_goal = *goal;
    m_title->setText(firstLine(m_goal.description));
    m_title->setToolTip(plainToolTip(m_goal.description));
    const FfbCondition* condition = findCondition(m_goal.condition);
    QStringList facts{condition
                          ? QStringLiteral("%1: %2").arg(label(m_goal.theme), condition->label())
                          : label(m_goal.theme),
                      label(m_goal.type), label(m_goal.status)};
    if (m_goal.isOpen() && m_goal.reviewDate.isValid())
        facts << tr("review %1").arg(dateText(m_goal.reviewDate));
    if (levelApplies(m_goal.theme) && m_goal.targetLevel != FunctionLevel::NotAssessed)
        facts << tr("target: %1").arg(label(m_goal.targetLevel));
    if (auto entries = m_followUp.timeline(m_goalId))
        fillTimeline(*entries);
    else
        facts << entries.message();
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    QStringList stale;
    if (auto flagged = m_followUp.staleSubGoals(m_goal.citizenId)) {
        for (const StaleSubGoal& s : *flagged)
            if (s.goal.meta.id == m_goalId)
                stale << tr("“%1”: no note for %n week(s)", nullptr, s.weeks)
                             .arg(firstLine(s.subGoal.criterion));
    }
    m_stale->setText(
        stale.isEmpty() ? QString()
                        : tr("Not written about lately: %1").arg(stale.join(QStringLiteral("; "))));
    m_stale->setVisible(!stale.isEmpty());
    fillCharts();
    updateReviewButton();
}

void GoalFollowUpDialog::fillTimeline(const QList<TimelineEntry>& entries) {
    m_timeline->clear();
    for (const TimelineEntry& e : entries) {
        const QString details = detailText(e);
        auto* item = new QTreeWidgetItem(
            m_timeline, {dateText(e.date), eventText(e), firstLine(e.subGoal), firstLine(details),
                         e.authorName.section(QStringLiteral(" – "), 0, 0)});
        item->setData(0, Qt::UserRole, int(e.kind));
        item->setToolTip(2, plainToolTip(e.subGoal));
        item->setToolTip(3, plainToolTip(details));
        item->setToolTip(4, plainToolTip(e.authorName));
        if (e.kind == TimelineEntry::Kind::Review || e.kind == TimelineEntry::Kind::Start ||
            e.kind == TimelineEntry::Kind::End) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
    }
    if (QTreeWidgetItem* last = m_timeline->topLevelItem(m_timeline->topLevelItemCount() - 1))
        m_timeline->scrollToItem(last);
}

void GoalFollowUpDialog::fillCharts() {
    // The level over time; lower on the scale is better, so the axis is reversed (up = better).
    auto levels = m_followUp.levelSeries(m_goalId);
    if (levels && !levels->isEmpty()) {
        auto* chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto* series = new QLineSeries;
        series->setName(tr("Function level"));
        series->setPointsVisible(true);
        for (const LevelPoint& p : *levels)
            series->append(qreal(chartTime(p.date)), p.value);
        chart->addSeries(series);
        auto* x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("dd.MM.yy"));
        QDate first = qMin(levels->first().date, m_goal.start);
        QDate last = qMax(levels->last().date, m_context.registry().clock().today());
        if (first == last)
            first = first.addDays(-14);
        x->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 0)));
        x->setTickCount(5);
        auto* y = new QCategoryAxis;
        y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const QList<FunctionLevel> scale{FunctionLevel::None, FunctionLevel::Mild,
                                         FunctionLevel::Moderate, FunctionLevel::Severe,
                                         FunctionLevel::Complete};
        for (int i = 0; i < scale.size(); ++i)
            y->append(label(scale[i]), i);
        y->setRange(-0.3, 4.3);
        y->setReverse(true);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        if (levelApplies(m_goal.theme) && m_goal.targetLevel != FunctionLevel::NotAssessed) {
            auto* target = new QLineSeries;
            target->setName(tr("Target level"));
            QPen pen(Qt::darkGreen);
            pen.setStyle(Qt::DashLine);
            target->setPen(pen);
            const int value = int(scale.indexOf(m_goal.targetLevel));
            target->append(qreal(chartTime(first)), value);
            target->append(qreal(chartTime(last)), value);
            chart->addSeries(target);
            target->attachAxis(x);
            target->attachAxis(y);
        }
        QChart* previous = m_levelChart->chart(); // the view does not delete it
        m_levelChart->setChart(chart);
        delete previous;
        m_levelStack->setCurrentIndex(1);
    } else {
        m_levelStack->setCurrentIndex(0);
    }

    auto months = m_followUp.progressCounts(m_goalId);
    if (months && !months->isEmpty()) {
        auto* chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto* improved = new QBarSet(label(Progress::Improved));
        auto* unchanged = new QBarSet(label(Progress::Unchanged));
        auto* worsened = new QBarSet(label(Progress::Worsened));
        improved->setColor(QColor(0x3b, 0x8e, 0x4f));
        unchanged->setColor(QColor(0x9e, 0x9e, 0x9e));
        worsened->setColor(QColor(0xc6, 0x4b, 0x3c));
        QStringList categories;
        int most = 1;
        const QLocale locale;
        for (const MonthProgress& m : *months) {
            *improved << m.improved;
            *unchanged << m.unchanged;
            *worsened << m.worsened;
            categories << locale.toString(m.month, QStringLiteral("MMM yy"));
            most = qMax(most, m.improved + m.unchanged + m.worsened);
        }
        auto* series = new QStackedBarSeries;
        series->append({improved, unchanged, worsened});
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(categories);
        auto* y = new QValueAxis;
        y->setRange(0, most);
        y->setTickCount(qMin(most, 5) + 1);
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        QChart* previous = m_progressChart->chart(); // the view does not delete it
        m_progressChart->setChart(chart);
        delete previous;
        m_progressStack->setCurrentIndex(1);
    } else {
        m_progressStack->setCurrentIndex(0);
    }
}

void GoalFollowUpDialog::updateReviewButton() {
    const bool chosen = m_staff && !m_staff->id().isNull();
    m_review->setEnabled(chosen && m_goal.isOpen());
    if (!m_goal.isOpen() && !m_goal.meta.id.isNull())
        m_hint->setText(
            tr("The goal has ended (%1); it is not reviewed again.").arg(label(m_goal.status)));
    else if (!chosen)
        m_hint->setText(tr("Choose who you are under Settings before recording a review."));
    else
        m_hint->clear();
}

void GoalFollowUpDialog::review() {
    if (!m_staff || m_staff->id().isNull() || !m_goal.isOpen())
        return;
    Registry& registry = m_context.registry();
    const auto before = RecordSnapshot::take(registry, m_goal.citizenId);
    auto* dialog =
        new ReviewDialog(m_followUp, m_goal, m_staff->id(), registry.clock().today(), this);
    openDialog(dialog, [this, before](ReviewDialog& d) {
        const ReviewResult result = d.result();
        Registry& reg = m_context.registry();
        const auto after = RecordSnapshot::take(reg, m_goal.citizenId);
        if (before && after)
            m_context.push(
                reviewCommand(m_context, m_goal.citizenId, result.review, *before, *after));
        else
            m_context.notifyChanged(m_goal.citizenId);
        reload();
        if (!result.proposal.isEmpty())
            showProposal(result.proposal);
    });
}

void GoalFollowUpDialog::showProposal(const ClosingProposal& proposal) {
    Registry& registry = m_context.registry();
    const auto before = RecordSnapshot::take(registry, proposal.citizenId);
    auto* dialog = new ClosingProposalDialog(m_followUp, proposal, this);
    const QUuid citizenId = proposal.citizenId;
    QObject::connect(dialog, &QDialog::accepted, this, [this, before, citizenId] {
        const auto after = RecordSnapshot::take(m_context.registry(), citizenId);
        if (before && after)
            m_context.push(proposalCommand(m_context, citizenId, *before, *after));
        else
            m_context.notifyChanged(citizenId);
    });
    openDialog(static_cast<QDialog*>(dialog));
    emit proposalShown(dialog);
}

} // namespace bs

#pragma once
// The Ledelse section's filters, which apply to every chart: a period (a preset such as "This
// year" or custom dates) and sites, teams, support forms and legal bases (none ticked: all).
#include "domain/Organisation.h"
#include "reports/ReportFilter.h"
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace bs {

class MultiChoiceButton;

class LedelseFilterBar : public QWidget {
    Q_OBJECT
public:
    enum class Preset {
        ThisMonth,
        LastMonth,
        ThisQuarter,
        ThisYear,
        LastYear,
        Last12Months,
        Custom
    };
    Q_ENUM(Preset)

    // `today` is the local date the presets count from. Starts on "This year".
    explicit LedelseFilterBar(QDate today, QWidget* parent = nullptr);

    // The period a preset stands for on `today` (Custom: an invalid pair).
    static std::pair<QDate, QDate> presetPeriod(Preset preset, QDate today);

    void setToday(QDate today); // re-applies the preset
    Preset preset() const;
    void setPreset(Preset preset);
    // Custom dates; the preset becomes Custom.
    void setPeriod(QDate from, QDate to);
    // Offers these sites and teams, keeping the ticked ones that remain.
    void setOrganisation(const QList<Site>& sites, const QList<Team>& teams);

    ReportFilter filter() const;

    QComboBox* presetCombo() const { return m_preset; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    MultiChoiceButton* sites() const { return m_sites; }
    MultiChoiceButton* teams() const { return m_teams; }
    MultiChoiceButton* forms() const { return m_forms; }
    MultiChoiceButton* bases() const { return m_bases; }

signals:
    // Any filter changed (several times while a date is typed; the page waits a moment).
    void changed();

private:
    void applyPreset();
    void onDateEdited();

    QDate m_today;
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    MultiChoiceButton* m_sites;
    MultiChoiceButton* m_teams;
    MultiChoiceButton* m_forms;
    MultiChoiceButton* m_bases;
};

} // namespace bs

// The embedded translations: Danish is the product's language and must be complete for the words
// a bostøtte worker reads every day; English falls back to the source text, with real plurals.
#include "domain/Citizen.h"
#include "domain/Cpr.h"
#include "domain/Enums.h"
#include "domain/Ffb.h"
#include "services/Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace bs;

namespace {

// Installs the translations for one language and removes them again (and restores the default
// locale) when it goes out of scope, so that other tests keep seeing the English source texts.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& language) : m_locale(QLocale()) {
        QCoreApplication* app = QCoreApplication::instance();
        const QList<QTranslator*> before = app->findChildren<QTranslator*>();
        m_used = installTranslations(*app, language);
        for (QTranslator* t : app->findChildren<QTranslator*>())
            if (!before.contains(t))
                m_installed.append(t);
    }
    ~ScopedLanguage() {
        for (QTranslator* t : m_installed) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(m_locale);
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

    QString used() const { return m_used; }

private:
    QLocale m_locale;
    QString m_used;
    QList<QTranslator*> m_installed;
};

QString trCli(const char* source, int n) {
    return QCoreApplication::translate("Cli", source, nullptr, n);
}

} // namespace

TEST_CASE("Danish translations are installed and speak the domain's words", "[i18n]") {
    const QString englishCounselling = label(SupportForm::Counselling);
    {
        ScopedLanguage da(QStringLiteral("da"));
        REQUIRE(da.used() == QStringLiteral("da"));
        CHECK(QLocale().language() == QLocale::Danish);

        // Support forms, goal outcomes, scales
        CHECK(label(SupportForm::Individual) == QStringLiteral("Individuel bostøtte"));
        CHECK(label(SupportForm::Counselling) == QStringLiteral("Bostøtterådgivning"));
        CHECK(label(SupportForm::Group) == QStringLiteral("Gruppebostøtte"));
        CHECK(label(SupportForm::Virtual) == QStringLiteral("Virtuel bostøtte"));
        CHECK(label(GoalStatus::PartlyAchieved) == QStringLiteral("Delvist opnået"));
        CHECK(label(GoalStatus::Discontinued) == QStringLiteral("Ophørt"));
        CHECK(label(GoalType::LimitLoss) == QStringLiteral("Begrænse tab af funktionsevne"));
        CHECK(label(FunctionLevel::Severe) == QStringLiteral("Svært nedsat"));
        CHECK(label(SupportNeed::High) == QStringLiteral("Højt"));
        CHECK(label(SupportNeed::NotAssessed) == QStringLiteral("Ikke vurderet"));
        CHECK(label(CitizenStatus::WaitingList) == QStringLiteral("Venteliste"));
        CHECK(label(TargetGroup::IntellectualDisability) == QStringLiteral("Udviklingshæmning"));
        CHECK(label(LegalBasis::P82b) == QStringLiteral("§ 82 b"));

        // The 11 FFB themes, as KL names them
        const QStringList themes{
            QStringLiteral("Mentale funktioner"), QStringLiteral("Sundhedsforhold"),
            QStringLiteral("Fysiske funktioner"), QStringLiteral("Sociale forhold"),
            QStringLiteral("Egenomsorg"),         QStringLiteral("Praktiske opgaver"),
            QStringLiteral("Samfundsliv"),        QStringLiteral("Relationer"),
            QStringLiteral("Kommunikation"),      QStringLiteral("Mobilitet"),
            QStringLiteral("Omgivelser")};
        QStringList got;
        for (const FfbTheme t : allValues<FfbTheme>())
            got << label(t);
        CHECK(got == themes);
        const FfbCondition* finances = findCondition(QStringLiteral("community.finances"));
        REQUIRE(finances);
        CHECK(finances->label() == QStringLiteral("Varetage økonomi"));

        // Validation messages are "<label>: <problem>", both parts in Danish
        const QString citizenErrors = Citizen{}.validate().text();
        CHECK(citizenErrors.startsWith(QStringLiteral("Navn: skal udfyldes")));
        Citizen c;
        c.name = QStringLiteral("Test Testesen");
        c.cpr = QStringLiteral("12345");
        const QString cprError = c.validate().text();
        CHECK(cprError.startsWith(QStringLiteral("CPR-nummer: ")));
        CHECK(cprError.contains(QStringLiteral("DDMMÅÅ-SSSS")));

        // Plurals (two Danish forms)
        CHECK(trCli("%n citizen(s)", 1) == QStringLiteral("1 borger"));
        CHECK(trCli("%n citizen(s)", 3) == QStringLiteral("3 borgere"));
        CHECK(trCli("The database has %n problem(s).", 2) ==
              QStringLiteral("Databasen har 2 problemer."));
    }
    // Removed again: back to the English source texts.
    CHECK(label(SupportForm::Counselling) == englishCounselling);
    CHECK(label(SupportForm::Counselling) == QStringLiteral("Counselling"));
    CHECK(QCoreApplication::translate("Enum", "Partly achieved") ==
          QStringLiteral("Partly achieved"));
}

TEST_CASE("Every FFB condition and enum label has a Danish translation", "[i18n]") {
    QStringList english;
    for (const FfbCondition& c : ffbConditions())
        english << c.label();
    for (const FfbTheme t : allValues<FfbTheme>())
        english << label(t);
    for (const GoalStatus s : allValues<GoalStatus>())
        english << label(s);
    for (const FunctionLevel l : allValues<FunctionLevel>())
        english << label(l);

    ScopedLanguage da(QStringLiteral("da"));
    QStringList danish;
    for (const FfbCondition& c : ffbConditions())
        danish << c.label();
    for (const FfbTheme t : allValues<FfbTheme>())
        danish << label(t);
    for (const GoalStatus s : allValues<GoalStatus>())
        danish << label(s);
    for (const FunctionLevel l : allValues<FunctionLevel>())
        danish << label(l);
    REQUIRE(danish.size() == english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        INFO(english.at(i).toStdString());
        CHECK(danish.at(i) != english.at(i));
    }
}

TEST_CASE("English keeps the source text and has real plurals", "[i18n]") {
    ScopedLanguage en(QStringLiteral("en"));
    REQUIRE(en.used() == QStringLiteral("en"));
    CHECK(QLocale().language() == QLocale::English);
    CHECK(label(SupportForm::Counselling) == QStringLiteral("Counselling"));
    CHECK(label(GoalStatus::PartlyAchieved) == QStringLiteral("Partly achieved"));
    CHECK(Citizen{}.validate().text().startsWith(QStringLiteral("Name: must be filled in")));
    CHECK(trCli("%n citizen(s)", 1) == QStringLiteral("1 citizen"));
    CHECK(trCli("%n citizen(s)", 3) == QStringLiteral("3 citizens"));
}

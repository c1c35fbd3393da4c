#pragma once
// Danish phrase fragments for the scale generator: sites, streets, group themes and journal-note
// sentences. Notes are assembled from one sentence of each kind, so the millions of notes differ
// enough for the full-text search to mean something (place names, authorities, everyday tasks).
#include <array>

namespace bs::scaletexts {

struct SiteText {
    const char* name;
    const char* address;
    const char* postalCode;
    const char* city;
    bool counselling; // a rådgivning (walk-in) site
};

inline constexpr SiteText kSites[] = {
    {"AUC Grenaa", "Kystvej 34", "8500", "Grenaa", true},
    {"Alunden Grenaa", "Alunden 6", "8500", "Grenaa", false},
    {"Allingåbro Bostøtte", "Stationsvej 12", "8961", "Allingåbro", false},
    {"Ørsted Bostøtte", "Hovedgaden 40", "8950", "Ørsted", false},
    {"Auning Bostøtte", "Østergade 9", "8963", "Auning", true},
    {"Socialpsykiatrien Grenaa", "Søndergade 21", "8500", "Grenaa", false},
    {"Glesborg Bostøtte", "Bygaden 3", "8585", "Glesborg", false},
    {"Trustrup Bostøtte", "Skolevej 2", "8570", "Trustrup", true},
    {"Vivild Bostøtte", "Kirkevej 5", "8961", "Vivild", false},
    {"Ryomgård Bostøtte", "Ågade 11", "8550", "Ryomgård", false},
};

inline constexpr std::array kStreets = {
    "Storegade",   "Lillegade",  "Nørregade", "Østergade",  "Søndergade", "Vestergade",
    "Kattegatvej", "Ydervangen", "Rougsøvej", "Randersvej", "Havnevej",   "Fjordvej",
    "Skovvangen",  "Birkevej",   "Æblehaven", "Ågade",      "Bygaden",    "Kirkevej",
    "Stationsvej", "Tjørnevej",  "Ålevej",    "Toftevej",   "Ahornvej",   "Rugvænget",
    "Bavnevej",    "Lindevej",   "Egevej",    "Åbrinken",   "Engvej",     "Markvej"};

inline constexpr std::array kTeamAreas = {"Nord",    "Syd",  "Øst",  "Vest",
                                          "Centrum", "Kyst", "Land", "By"};

inline constexpr std::array kGroupThemes = {
    "Sociale færdigheder",   "Psykoedukation og mindfulness",
    "Netværk og fællesskab", "Administration og økonomi",
    "Kontakt og samvær",     "Mad og motion"};

inline constexpr std::array kGroupTopics = {"At sige fra på en god måde",
                                            "Budget for måneden",
                                            "Søvn og døgnrytme",
                                            "Digital post og MitID",
                                            "Angst og uro i kroppen",
                                            "Fællesspisning",
                                            "Tur i skoven",
                                            "Kontakt med kommunen",
                                            "Gode og svære dage"};

inline constexpr std::array kOpening = {"Vi tog udgangspunkt i ugens aftaler.",
                                        "Borgeren havde forberedt sig og tog selv ordet.",
                                        "Besøget startede med en snak om, hvordan ugen var gået.",
                                        "Vi fulgte op på det, vi aftalte sidst.",
                                        "Borgeren åbnede døren og var klar til besøget.",
                                        "Vi drak en kop kaffe og talte om weekenden.",
                                        "Skærmbesøget startede til tiden, og forbindelsen var god.",
                                        "Borgeren ringede i morges og bad om at tale om et brev.",
                                        "Vi mødtes ved Brugsen efter aftale.",
                                        "Borgeren var lidt urolig i starten men faldt til ro."};

inline constexpr std::array kWork = {
    "Vi gennemgik posten i e-Boks sammen, og borgeren betalte selv to regninger.",
    "Vi lavede en madplan for ugen og en indkøbsliste.",
    "Vi øvede at ringe til kommunen; borgeren førte selv samtalen.",
    "Vi ryddede op i køkkenet og lavede en fast rutine for opvasken.",
    "Vi talte om søvn og døgnrytme og lavede en plan for aftenen.",
    "Vi gik en tur til Netto, og borgeren handlede selv ind efter listen.",
    "Vi brugte kalenderen på telefonen til at sætte påmindelser op.",
    "Vi loggede på MitID sammen og skiftede borgerens adgangskode.",
    "Vi forberedte mødet på jobcentret og skrev spørgsmål ned.",
    "Vi talte med sagsbehandleren om boligstøtte og fandt papirerne frem.",
    "Vi lavede et budget i netbank og satte husleje på Betalingsservice.",
    "Borgeren fortalte om kontakten til sin datter, og vi planlagde et besøg.",
    "Vi øvede vejrtrækningsøvelsen og talte om, hvornår angsten kommer.",
    "Vi gik tur i skoven ved fjorden i tyve minutter.",
    "Vi bestilte tid hos tandlægen og skrev den i kalenderen.",
    "Vi gennemgik medicinæsken og bestilte ny medicin på apoteket.",
    "Vi vaskede tøj i vaskekælderen efter vaskeplanen.",
    "Vi tog bussen til Grenaa sammen, og borgeren købte selv billet.",
    "Vi talte om rusmidler og om aftalen med rusmiddelcentret.",
    "Vi lavede varm mad efter billedopskriften.",
    "Vi skrev en ansøgning om hjælpemidler til kommunen.",
    "Vi forberedte lægebesøget og skrev stikord til samtalen.",
    "Vi talte om gælden og ringede til Gældsrådgivningen.",
    "Vi fandt et motionshold i nærområdet, og borgeren meldte sig til.",
    "Vi ordnede papirer til psykiatrien og læste indkaldelsen igennem.",
    "Vi talte om naboen og om, hvordan borgeren kan sige fra.",
    "Vi satte notifikationer fra e-Boks op på telefonen.",
    "Vi gennemgik lejekontrakten og brevet fra boligforeningen.",
    "Vi planlagde ugen med tre faste gøremål.",
    "Vi talte om arbejdet i værkstedet og om at møde til tiden."};

inline constexpr std::array kObservation = {
    "Borgeren virkede rolig og motiveret.",
    "Borgeren var træt i dag; vi holdt besøget kort.",
    "Borgeren gav udtryk for at have sovet dårligt.",
    "Borgeren var glad for at have klaret det selv.",
    "Lejligheden var ryddelig, og der var mad i køleskabet.",
    "Borgeren var stresset over et brev fra SKAT.",
    "Borgeren fortalte, at ugen havde været god.",
    "Borgeren havde glemt aftalen med lægen i sidste uge.",
    "Borgeren talte meget om sin mor.",
    "Der var flere ubetalte regninger på bordet."};

inline constexpr std::array kClosing = {
    "Aftale til næste gang: borgeren prøver selv og fortæller, hvordan det gik.",
    "Næste gang følger vi op på budgettet.",
    "Vi aftalte at mødes igen i næste uge til samme tid.",
    "Borgeren ringer, hvis brevet fra kommunen kommer før.",
    "Kontaktpersonen orienteres om aftalen med jobcentret.",
    "Næste besøg bliver et skærmbesøg.",
    "Vi følger op på delmålet ved næste besøg."};

inline constexpr std::array kNoShow = {
    "Borgeren var ikke hjemme; der blev ringet uden svar.",
    "Borgeren åbnede ikke døren. Der er lagt en seddel.",
    "Borgeren mødte ikke op til skærmbesøget og svarede ikke på sms."};

inline constexpr std::array kPersonal = {"Deltog aktivt og fortalte om sin uge.",
                                         "Var stille men blev hele tiden.",
                                         "Hjalp en anden deltager med MitID.",
                                         "Gik tidligt på grund af hovedpine.",
                                         "Tog selv ordet i runden.",
                                         "Vil gerne øve mere hjemme."};

} // namespace bs::scaletexts

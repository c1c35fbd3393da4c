#include "CsvImport.h"

#include "services/CsvReader.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QMap>
#include <array>

namespace bs {

namespace {

enum class Column {
    Name,
    Cpr,
    Address,
    PostalCode,
    City,
    Phone,
    Email,
    Site,
    TargetGroup,
    Contact,
    Status,
    ContactForm
};

struct ColumnSpec {
    Column column;
    const char* validationField;      // Citizen::validate()'s field key, if any
    std::array<const char*, 6> names; // UTF-8; the first is the documented Danish name
};

// Header names are compared after normalize(): lower case without spaces, '-', '_' and '.'.
constexpr ColumnSpec kColumns[] = {
    {Column::Name, "name", {"navn", "name", "fuldtnavn", "fullname"}},
    {Column::Cpr, "cpr", {"cpr", "cprnr", "cprnummer", "personnummer", "cprnumber"}},
    {Column::Address, "address", {"adresse", "address"}},
    {Column::PostalCode, "postalCode", {"postnr", "postnummer", "postalcode", "zip", "zipcode"}},
    {Column::City, "city", {"by", "city", "postdistrikt"}},
    {Column::Phone, "phone", {"telefon", "tlf", "telefonnr", "telefonnummer", "phone"}},
    {Column::Email, "email", {"email", "mail", "emailadresse"}},
    {Column::Site, nullptr, {"sted", "site"}},
    {Column::TargetGroup, nullptr, {"målgruppe", "maalgruppe", "targetgroup"}},
    {Column::Contact, nullptr, {"kontaktperson", "kontakt", "contactperson", "contact"}},
    {Column::Status, nullptr, {"status"}},
    {Column::ContactForm,
     nullptr,
     {"kontaktform", "virtuelkontakt", "contactform", "virtualcontact", "contactpreference"}},
};

// A caseload of 10 000 citizens is about 2 MB; anything far larger is the wrong file (or an
// attack), refused before it is read into memory.
constexpr qint64 kMaxFileBytes = 20 * 1024 * 1024;

Status checkSize(qint64 bytes) {
    if (bytes <= kMaxFileBytes)
        return Status::success();
    return Status::failure(
        CsvImport::tr("The file is %1 MB; a file to import may be at most %2 MB. Is it the right "
                      "file? Split a larger caseload into several files.")
            .arg(QLocale().toString(double(bytes) / (1024 * 1024), 'f', 1))
            .arg(kMaxFileBytes / (1024 * 1024)));
}

// A cell's value as a message repeats it: at most 60 characters, so a huge cell cannot flood
// the list of problems.
QString shown(const QString& value) {
    constexpr qsizetype kMax = 60;
    return value.size() <= kMax ? value : value.left(kMax) + QStringLiteral("…");
}

QString normalize(const QString& text) {
    QString s = text.trimmed().toLower();
    s.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    s.remove(QLatin1Char('.'));
    return s;
}

const ColumnSpec* specForHeader(const QString& header) {
    const QString key = normalize(header);
    for (const ColumnSpec& spec : kColumns)
        for (const char* name : spec.names)
            if (name && key == QString::fromUtf8(name))
                return &spec;
    return nullptr;
}

// Danish words a caseload spreadsheet uses, on top of parseEnum's codes and labels (which
// depend on the installed translation).
template <typename E> struct DanishWord {
    const char* word; // UTF-8, lower case
    E value;
};

constexpr DanishWord<TargetGroup> kTargetGroupWords[] = {
    {"socialpsykiatri", TargetGroup::SocialPsychiatry},
    {"psykiatri", TargetGroup::SocialPsychiatry},
    {"udviklingshæmning", TargetGroup::IntellectualDisability},
    {"psykisk udviklingshæmning", TargetGroup::IntellectualDisability},
    {"udviklingshandicap", TargetGroup::IntellectualDisability},
    {"fysisk handicap", TargetGroup::PhysicalDisability},
    {"fysisk funktionsnedsættelse", TargetGroup::PhysicalDisability},
    {"andet", TargetGroup::Other},
    {"anden", TargetGroup::Other},
};
constexpr DanishWord<CitizenStatus> kStatusWords[] = {
    {"aktiv", CitizenStatus::Active},
    {"venteliste", CitizenStatus::WaitingList},
    {"på venteliste", CitizenStatus::WaitingList},
    {"afsluttet", CitizenStatus::Closed},
    {"lukket", CitizenStatus::Closed},
};
constexpr DanishWord<ContactPreference> kContactWords[] = {
    {"video", ContactPreference::Video},      {"skærm", ContactPreference::Video},
    {"skærmbesøg", ContactPreference::Video}, {"telefon", ContactPreference::Phone},
    {"tlf", ContactPreference::Phone},
};

template <typename E, std::size_t N>
std::optional<E> parseValue(const QString& text, const DanishWord<E> (&words)[N]) {
    const QString t = text.simplified().toLower();
    for (const auto& w : words)
        if (t == QString::fromUtf8(w.word))
            return w.value;
    return parseEnum<E>(t);
}

// Where each known column sits in the file.
struct Header {
    int line = 1;
    QStringList names;              // as written, trimmed
    QList<const ColumnSpec*> specs; // per position; null: a column without a name
    QMap<Column, qsizetype> position;

    bool has(Column c) const { return position.contains(c); }
    QString name(Column c) const { return names.at(position.value(c)); }
    QString value(const CsvRecord& r, Column c) const {
        const qsizetype i = position.value(c, -1);
        return i >= 0 && i < r.fields.size() ? r.fields.at(i).trimmed() : QString();
    }
};

using Problems = QList<ImportProblem>;

std::optional<Header> readHeader(const CsvRecord& record, Problems& problems) {
    Header h;
    h.line = record.line;
    const qsizetype before = problems.size();
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed();
        const ColumnSpec* spec = name.isEmpty() ? nullptr : specForHeader(name);
        if (!name.isEmpty() && !spec)
            problems.append({h.line, name,
                             CsvImport::tr("unknown column; known columns are %1")
                                 .arg(CsvImport::columnNames().join(QStringLiteral(", ")))});
        else if (spec && h.has(spec->column))
            problems.append({h.line, name,
                             CsvImport::tr("the column appears twice (also as \"%1\")")
                                 .arg(h.name(spec->column))});
        else if (spec)
            h.position.insert(spec->column, i);
        h.names << name;
        h.specs << spec;
    }
    if (!h.has(Column::Name))
        problems.append(
            {h.line, {}, CsvImport::tr("the column \"navn\" (the citizen's name) is missing")});
    if (problems.size() > before)
        return std::nullopt;
    return h;
}

// What the lines are matched against, read once.
struct Lookups {
    QList<Site> sites;
    QList<Staff> staff;
    QHash<QString, QString> existingCpr; // digits -> name of the citizen in the database
    QCollator danish{QLocale(QLocale::Danish, QLocale::Denmark)};
};

Result<Lookups> loadLookups(const Registry& registry) {
    auto sites = registry.sites();
    auto staff = registry.staff();
    auto existing = registry.citizens();
    for (const QString& message : {sites.message(), staff.message(), existing.message()})
        if (!message.isEmpty())
            return Result<Lookups>::failure(message);
    Lookups l;
    l.sites = *sites;
    l.staff = *staff;
    for (const Citizen& c : *existing)
        if (auto cpr = Cpr::parse(c.cpr))
            l.existingCpr.insert(cpr->digits(), c.name);
    l.danish.setCaseSensitivity(Qt::CaseInsensitive);
    return l;
}

// Checks one line; every problem found is appended. The row is only complete without problems.
class LineChecker {
public:
    LineChecker(const Header& header, const Lookups& lookups, Problems& problems)
        : m_h(header), m_l(lookups), m_problems(problems) {}

    std::optional<ImportRow> check(const CsvRecord& record) {
        const qsizetype before = m_problems.size();
        m_line = record.line;
        ImportRow row;
        row.line = record.line;
        for (qsizetype i = 0; i < record.fields.size(); ++i)
            if ((i >= m_h.specs.size() || !m_h.specs.at(i)) &&
                !record.fields.at(i).trimmed().isEmpty())
                add(CsvImport::tr("no. %1").arg(i + 1),
                    CsvImport::tr("a value in a column without a name in the header"));
        Citizen& c = row.citizen;
        c.name = m_h.value(record, Column::Name);
        c.cpr = m_h.value(record, Column::Cpr);
        c.address = m_h.value(record, Column::Address);
        c.postalCode = m_h.value(record, Column::PostalCode);
        c.city = m_h.value(record, Column::City);
        c.phone = m_h.value(record, Column::Phone);
        c.email = m_h.value(record, Column::Email);
        checkRules(c);
        checkCpr(c.cpr);
        matchSite(m_h.value(record, Column::Site), row);
        matchContact(m_h.value(record, Column::Contact), row);
        parseWord(record, Column::TargetGroup, kTargetGroupWords, c.targetGroup,
                  CsvImport::tr("unknown target group \"%1\"; use socialpsykiatri, "
                                "udviklingshæmning, fysisk handicap or andet"));
        parseWord(record, Column::Status, kStatusWords, c.status,
                  CsvImport::tr("unknown status \"%1\"; use aktiv, venteliste or afsluttet"));
        parseWord(record, Column::ContactForm, kContactWords, c.virtualContact,
                  CsvImport::tr("unknown contact form \"%1\"; use video or telefon"));
        if (m_problems.size() > before)
            return std::nullopt;
        return row;
    }

private:
    void add(const QString& column, const QString& message) {
        m_problems.append({m_line, column, message});
    }

    // The domain's own rules; each message is placed in the column it is about.
    void checkRules(const Citizen& c) {
        const ValidationErrors invalid = c.validate();
        for (const FieldError& e : invalid.items()) {
            QString column = e.field;
            for (const ColumnSpec& spec : kColumns)
                if (spec.validationField && e.field == QLatin1String(spec.validationField) &&
                    m_h.has(spec.column))
                    column = m_h.name(spec.column);
            add(column, e.message);
        }
    }

    // Not a key, but the same number twice is almost certainly a mistake.
    void checkCpr(const QString& text) {
        const auto cpr = Cpr::parse(text);
        if (text.isEmpty() || !cpr)
            return; // an invalid number is reported by checkRules
        const QString digits = cpr->digits();
        if (m_cprLines.contains(digits))
            add(m_h.name(Column::Cpr), CsvImport::tr("CPR number %1 is also on line %2")
                                           .arg(cpr->masked())
                                           .arg(m_cprLines.value(digits)));
        else
            m_cprLines.insert(digits, m_line);
        if (m_l.existingCpr.contains(digits))
            add(m_h.name(Column::Cpr),
                CsvImport::tr("CPR number %1 already belongs to %2 in the database")
                    .arg(cpr->masked(), m_l.existingCpr.value(digits)));
    }

    void matchSite(const QString& name, ImportRow& row) {
        if (name.isEmpty())
            return;
        QList<const Site*> matches;
        QStringList known;
        for (const Site& s : m_l.sites) {
            known << s.name;
            if (m_l.danish.compare(s.name.simplified(), name.simplified()) == 0)
                matches << &s;
        }
        if (matches.size() == 1) {
            row.citizen.siteId = matches.first()->meta.id;
            row.siteName = matches.first()->name;
        } else if (matches.isEmpty()) {
            add(m_h.name(Column::Site),
                CsvImport::tr("no site is called \"%1\"; known sites: %2")
                    .arg(shown(name), known.isEmpty() ? CsvImport::tr("(none)")
                                                      : known.join(QStringLiteral(", "))));
        } else {
            add(m_h.name(Column::Site),
                CsvImport::tr("\"%1\" matches more than one site").arg(shown(name)));
        }
    }

    void matchContact(const QString& initials, ImportRow& row) {
        if (initials.isEmpty())
            return;
        for (const Staff& s : m_l.staff) {
            if (s.initials.compare(initials, Qt::CaseInsensitive) == 0) {
                row.citizen.contactStaffId = s.meta.id;
                row.contactInitials = s.initials;
                return;
            }
        }
        add(m_h.name(Column::Contact),
            CsvImport::tr("no staff member has the initials \"%1\"").arg(shown(initials)));
    }

    template <typename E, std::size_t N>
    void parseWord(const CsvRecord& record, Column column, const DanishWord<E> (&words)[N],
                   E& target, const QString& unknownMessage) {
        const QString text = m_h.value(record, column);
        if (text.isEmpty())
            return; // the default stays
        if (const auto value = parseValue(text, words))
            target = *value;
        else
            add(m_h.name(column), unknownMessage.arg(shown(text)));
    }

    const Header& m_h;
    const Lookups& m_l;
    Problems& m_problems;
    int m_line = 0;
    QHash<QString, int> m_cprLines; // digits -> first line in this file
};

} // namespace

QString ImportProblem::text() const {
    if (column.isEmpty())
        return CsvImport::tr("Line %1: %2").arg(line).arg(message);
    return CsvImport::tr("Line %1, column %2: %3").arg(line).arg(column, message);
}

QStringList CsvImport::columnNames() {
    QStringList names;
    for (const ColumnSpec& spec : kColumns)
        names << QString::fromUtf8(spec.names[0]);
    return names;
}

Result<ImportResult> CsvImport::importFile(const QString& path, bool dryRun) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ImportResult>::failure(
            tr("Could not read %1: %2").arg(path, file.errorString()));
    if (Status size = checkSize(file.size()); !size)
        return Result<ImportResult>(size.error());
    return importBytes(file.readAll(), dryRun);
}

Result<ImportResult> CsvImport::importBytes(const QByteArray& bytes, bool dryRun) {
    if (Status size = checkSize(bytes.size()); !size)
        return Result<ImportResult>(size.error());
    ImportResult result;
    result.dryRun = dryRun;
    const DecodedText decoded = decodeText(bytes);
    result.encoding = decoded.encoding;
    result.separator = CsvReader::detectSeparator(decoded.text);

    CsvReader::Parsed parsed = CsvReader::parse(decoded.text, result.separator);
    if (parsed.unclosedQuoteLine > 0) {
        result.problems.append(
            {parsed.unclosedQuoteLine, {}, tr("a quoted field is never closed (a \" is missing)")});
        return result;
    }
    QList<CsvRecord>& records = parsed.records;
    if (records.isEmpty() || records.first().isBlank()) {
        result.problems.append(
            {1, {}, tr("the first line must name the columns (at least \"navn\")")});
        return result;
    }
    const auto header = readHeader(records.takeFirst(), result.problems);
    if (!header)
        return result; // without a sound header the lines cannot be read
    auto lookups = loadLookups(m_registry);
    if (!lookups)
        return Result<ImportResult>(lookups.error());

    LineChecker checker(*header, *lookups, result.problems);
    for (const CsvRecord& record : records) {
        if (record.isBlank())
            continue;
        ++result.rowCount;
        if (auto row = checker.check(record))
            result.rows << *row;
    }
    if (!result.ok() || dryRun)
        return result;

    // All or nothing: Registry validates each citizen again inside the one transaction.
    int written = 0;
    const Status s = m_registry.database().transaction([&]() -> Status {
        for (ImportRow& row : result.rows) {
            if (auto r = m_registry.saveCitizen(row.citizen); !r)
                return Status::failure(ImportProblem{row.line, {}, r.message()}.text());
            ++written;
        }
        return Status::success();
    });
    if (!s)
        return Result<ImportResult>::failure(tr("Nothing was imported: %1").arg(s.message()));
    result.written = written;
    return result;
}

} // namespace bs

#pragma once
// What a citizen's extract shows of each table: the columns, their readable labels (English
// source, translated in context "CitizenExtract") and how each value is written. Staff references
// (authors, contact person, who registered an outcome) are left out, as in the log extract.
#include <QList>
#include <QString>

namespace bs {

enum class ExtractKind {
    Id,       // a reference to another record of the extract: JSON only
    Text,     // free text
    Date,     // "2025-11-25"
    Time,     // a UTC timestamp, shown in Danish time
    Number,   // an integer or decimal
    Bool,     // 0/1
    Enum,     // a code with a label
    EnumList, // a JSON array of codes
};

using CodeLabel = QString (*)(const QString& code);

struct ExtractColumn {
    const char* column;
    const char* label; // English source text
    ExtractKind kind = ExtractKind::Text;
    CodeLabel labelOf = nullptr; // Enum / EnumList
};

struct ExtractSection {
    const char* table;
    const char* key;   // the JSON array's name
    const char* title; // English source text
    QList<ExtractColumn> columns;
};

// In the extract's reading order; the first is the citizen.
const QList<ExtractSection>& extractSections();
// The readable title of a table ("Journal notes"), for the log extract's purposes.
QString extractTableTitle(const QString& table);
QString extractTr(const char* source);

} // namespace bs

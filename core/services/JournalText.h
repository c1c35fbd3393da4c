#pragma once
// Danish-aware text for the journal search: the same folding for the index and the query (lower
// case, "aa" read as "å", æ/ø/å kept as letters), the user's words turned into a safe FTS5
// expression (every word quoted, so quotes and operators are just text; the last word matches
// as a prefix while the user types), and a snippet of the original text with the matching words
// in <b>…</b> (everything else HTML-escaped).
#include <QString>
#include <QStringList>

namespace bs::journaltext {

// Lower case with "aa" as "å": "Aase" and "Åse" both fold to "åse".
QString fold(const QString& text);
// The words of `text` as the index tokenizer (unicode61) sees them: runs of letters and digits.
QStringList words(const QString& text);

// The user's query as folded words; the last one is a prefix.
struct Query {
    QStringList words;
    bool isEmpty() const { return words.isEmpty(); }
    // The FTS5 MATCH expression; empty when there are no words.
    QString ftsExpression() const;
    // The same as a PostgreSQL tsquery (to_tsquery with the 'simple' configuration).
    QString tsQuery() const;
    // Whether a word of the original text (any case/spelling) matches one of the query's words.
    bool matches(const QString& originalWord) const;
};
Query parseQuery(const QString& userText);

// About `maxWords` words of `text` around the first match, HTML-escaped, matches in <b>…</b>,
// "…" where cut. With no match: the beginning of the text.
QString snippetHtml(const QString& text, const Query& query, int maxWords = 24);

} // namespace bs::journaltext

#include "JournalText.h"

#include <QList>

namespace bs::journaltext {

namespace {

const QChar kAring(0x00E5); // å

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

struct Span {
    qsizetype start;
    qsizetype length;
};

QList<Span> wordSpans(const QString& text) {
    QList<Span> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > start)
            out.append({start, i - start});
    }
    return out;
}

QString quoted(const QString& word) {
    QString w = word;
    w.replace(QLatin1Char('"'), QStringLiteral("\"\"")); // words hold no quotes; kept safe anyway
    return QLatin1Char('"') + w + QLatin1Char('"');
}

} // namespace

QString fold(const QString& text) {
    QString out = text.toLower();
    out.replace(QStringLiteral("aa"), QString(kAring));
    return out;
}

QStringList words(const QString& text) {
    QStringList out;
    for (const Span& s : wordSpans(text))
        out.append(text.mid(s.start, s.length));
    return out;
}

Query parseQuery(const QString& userText) {
    Query q;
    q.words = words(fold(userText));
    return q;
}

QString Query::ftsExpression() const {
    QStringList parts;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (i + 1 < words.size()) {
            parts.append(quoted(w));
            continue;
        }
        // The word being typed: a prefix. "Aa" is "å", so a trailing single "a" may be the
        // start of an "aa" still to come: "Ka" also looks for "kå…".
        QString last = quoted(w) + QLatin1Char('*');
        if (w.endsWith(QLatin1Char('a'))) {
            const QString alt = w.left(w.size() - 1) + kAring;
            last = QStringLiteral("(%1 OR %2*)").arg(last, quoted(alt));
        }
        parts.append(last);
    }
    return parts.join(QLatin1Char(' '));
}

QString Query::tsQuery() const {
    const auto lexeme = [](const QString& w) {
        QString q = w;
        q.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + q + QLatin1Char('\'');
    };
    QStringList parts;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (i + 1 < words.size()) {
            parts.append(lexeme(w));
            continue;
        }
        QString last = lexeme(w) + QStringLiteral(":*");
        if (w.endsWith(QLatin1Char('a')))
            last = QStringLiteral("(%1 | %2:*)").arg(last, lexeme(w.left(w.size() - 1) + kAring));
        parts.append(last);
    }
    return parts.join(QStringLiteral(" & "));
}

bool Query::matches(const QString& originalWord) const {
    const QString w = fold(originalWord);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& q = words.at(i);
        if (i + 1 < words.size()) {
            if (w == q)
                return true;
            continue;
        }
        if (w.startsWith(q))
            return true;
        if (q.endsWith(QLatin1Char('a')) && w.startsWith(q.left(q.size() - 1) + kAring))
            return true;
    }
    return false;
}

QString snippetHtml(const QString& text, const Query& query, int maxWords) {
    const QList<Span> spans = wordSpans(text);
    if (spans.isEmpty())
        return text.toHtmlEscaped();
    qsizetype first = -1;
    QList<bool> hit(spans.size(), false);
    for (qsizetype i = 0; i < spans.size(); ++i) {
        hit[i] = query.matches(text.mid(spans[i].start, spans[i].length));
        if (hit[i] && first < 0)
            first = i;
    }
    const qsizetype lead = maxWords / 3;
    qsizetype from = first < 0 ? 0 : std::max<qsizetype>(0, first - lead);
    const qsizetype to = std::min<qsizetype>(spans.size(), from + maxWords); // exclusive
    from = std::max<qsizetype>(0, std::min(from, to - maxWords));
    QString out;
    if (from > 0)
        out += QStringLiteral("… ");
    qsizetype pos = from == 0 ? 0 : spans[from].start;
    for (qsizetype i = from; i < to; ++i) {
        out += text.mid(pos, spans[i].start - pos).toHtmlEscaped();
        const QString word = text.mid(spans[i].start, spans[i].length).toHtmlEscaped();
        out += hit[i] ? QStringLiteral("<b>%1</b>").arg(word) : word;
        pos = spans[i].start + spans[i].length;
    }
    if (to < spans.size())
        out += QStringLiteral(" …");
    else
        out += text.mid(pos).toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out.simplified();
}

} // namespace bs::journaltext

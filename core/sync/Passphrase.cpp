// Passphrase generation and the one normalisation both the bundle writer and reader apply.
#include "sync/Passphrase.h"
#include "sync/PassphraseWords.h"

#include <QRegularExpression>

#include <sodium.h>

namespace bs::sync {

const QStringList& passphraseWords() {
    static const QStringList words = [] {
        QStringList list;
        list.reserve(qsizetype(passphraseWordListSize));
        for (const char* w : passphraseWordList())
            list.append(QString::fromLatin1(w));
        return list;
    }();
    return words;
}

int passphraseWordCount() {
    return int(passphraseWordListSize);
}

QString generatePassphrase(int words) {
    static const bool ready = sodium_init() >= 0;
    if (!ready || words <= 0)
        return {};
    const QStringList& list = passphraseWords();
    QStringList chosen;
    for (int i = 0; i < words; ++i)
        chosen.append(list.at(qsizetype(randombytes_uniform(quint32(list.size())))));
    return chosen.join(QLatin1Char('-'));
}

QString normalisePassphrase(const QString& typed) {
    static const QRegularExpression separators(QStringLiteral("[\\s,.;\\-]+"));
    QString s = typed.normalized(QString::NormalizationForm_C).toLower();
    s.replace(separators, QStringLiteral("-"));
    // Separators at either end are not part of the words.
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

} // namespace bs::sync

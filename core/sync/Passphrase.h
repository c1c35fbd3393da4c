#pragma once
// Passphrases for sync bundles: words a person can read aloud over the phone or copy from a note.
// generatePassphrase() draws each word uniformly (libsodium's randombytes_uniform) from a list of
// passphraseWordCount() distinct, common, lower-case Danish words, all plain ASCII so they type
// the same on any keyboard. With the 2155-word list, six words carry 6 × log2(2155) ≈ 66.4 bits;
// with the Argon2id cost of every guess that is far beyond brute-forcing a lost USB stick.
#include <QString>
#include <QStringList>

namespace bs::sync {

// `words` words from the list, joined with "-", e.g. "hest-bord-sol-kage-tog-mark".
QString generatePassphrase(int words = 6);

// What the writer and the reader both feed to the key derivation: trimmed, lower case, Unicode
// NFC, and every run of spaces, dashes, commas, dots or semicolons made into one "-", so that
// "Hest Bord  Sol" and "hest-bord-sol" are the same passphrase.
QString normalisePassphrase(const QString& typed);

// The word list (for tests and for a UI that completes words as they are typed).
const QStringList& passphraseWords();
int passphraseWordCount();

} // namespace bs::sync

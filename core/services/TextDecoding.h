#pragma once
// Decoding of text files from the outside world (CSV exports): UTF-8 with or without a byte-order
// mark, or Windows-1252 as Danish Excel writes "CSV (semikolonsepareret)".
#include <QByteArray>
#include <QString>

namespace bs {

enum class TextEncoding { Utf8Bom, Utf8, Windows1252 };

struct DecodedText {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

// BOM → UTF-8; valid UTF-8 → UTF-8; anything else → Windows-1252 (every byte decodes).
DecodedText decodeText(const QByteArray& bytes);

// Windows-1252 to text. Built in (Latin-1 plus the 0x80–0x9F table) rather than through
// QStringDecoder, because that codec exists only in Qt builds with ICU.
QString fromWindows1252(const QByteArray& bytes);

bool isValidUtf8(const QByteArray& bytes);

// "UTF-8 (BOM)", "UTF-8", "Windows-1252": for messages.
QString encodingName(TextEncoding encoding);

} // namespace bs

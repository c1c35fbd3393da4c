#pragma once
// User text shown exactly as written. Qt guesses whether a label's or a tooltip's text is HTML
// (Qt::mightBeRichText), so a citizen named "<b>Bo</b>" would show in bold and an
// "<img src=...>" would be loaded. Labels that show user text use Qt::PlainText; tooltips have
// no text format, so user text goes through plainToolTip().
#include <QString>
#include <QTextDocument>

namespace bs {

// `text` as a tooltip that shows it verbatim (escaped inside a paragraph that keeps its line
// breaks when Qt would otherwise read it as HTML).
inline QString plainToolTip(const QString& text) {
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

} // namespace bs

#include "SyncMessage.h"

namespace bs {

void showSyncMessage(QLabel* label, const QString& text, SyncTone tone) {
    label->setVisible(!text.isEmpty());
    QString style;
    QString sign;
    switch (tone) {
    case SyncTone::Plain:
        break;
    case SyncTone::Success:
        style = QStringLiteral("background:#e7f4e8; color:#1e5b25; border:1px solid #9ccca0;");
        sign = QStringLiteral("✔ ");
        break;
    case SyncTone::Warning:
        style = QStringLiteral("background:#fff4ce; color:#5c4400; border:1px solid #e0b400;");
        sign = QStringLiteral("⚠ ");
        break;
    case SyncTone::Error:
        style = QStringLiteral("background:#fdecea; color:#8a1c1c; border:1px solid #e08080;");
        sign = QStringLiteral("✖ ");
        break;
    }
    if (!style.isEmpty())
        style = QStringLiteral("QLabel { %1 padding:6px; border-radius:3px; }").arg(style);
    label->setStyleSheet(style);
    label->setText(text.isEmpty() ? QString() : sign + text);
    label->setProperty("tone", int(tone));
}

QLabel* newSyncMessageLabel(const char* objectName) {
    auto* label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

} // namespace bs

#include "PlaceholderPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bs {

PlaceholderPage::PlaceholderPage(const QString& section, const QString& whatWillCome,
                                 QWidget* parent)
    : QWidget(parent) {
    auto* title = new QLabel(tr("%1 is not available yet in this version.").arg(section));
    title->setObjectName(QStringLiteral("placeholderTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto* text = new QLabel(whatWillCome);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setFixedWidth(520);
    // Centred by stretches, not by an alignment flag: an aligned word-wrapped label gets too
    // little height and is cut off.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text);
    textRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addLayout(textRow);
    layout->addStretch(2);
}

} // namespace bs

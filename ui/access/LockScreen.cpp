#include "LockScreen.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bs {

LockScreen::LockScreen(const QString& who, QWidget* parent)
    : QWidget(parent), m_password(new QLineEdit), m_error(new QLabel) {
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true); // opaque: nothing behind shows through

    auto* title = new QLabel(tr("Locked — type your password"));
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignHCenter);

    auto* whoLabel = new QLabel(tr("Logged in as %1. The screen locked after a while without "
                                   "use, to protect the citizens' data.")
                                    .arg(who));
    whoLabel->setObjectName(QStringLiteral("lockWho"));
    whoLabel->setWordWrap(true);
    whoLabel->setAlignment(Qt::AlignHCenter);
    whoLabel->setTextFormat(Qt::PlainText);

    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlockRequested);

    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAlignment(Qt::AlignHCenter);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_error->hide();

    auto* unlock = new QPushButton(tr("&Unlock"));
    unlock->setObjectName(QStringLiteral("unlockButton"));
    auto* other = new QPushButton(tr("Log in as &someone else"));
    other->setObjectName(QStringLiteral("switchUserButton"));
    connect(unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    connect(other, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    auto* row = new QHBoxLayout;
    row->addWidget(unlock);
    row->addWidget(other);

    auto* box = new QWidget;
    box->setFixedWidth(460); // a fixed width, so the wrapped text gets the height it needs
    auto* inner = new QVBoxLayout(box);
    inner->addWidget(title);
    inner->addWidget(whoLabel);
    inner->addSpacing(8);
    inner->addWidget(m_password);
    inner->addWidget(m_error);
    inner->addLayout(row);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);
}

QString LockScreen::password() const {
    return m_password->text();
}

void LockScreen::clearPassword() {
    m_password->clear();
}

void LockScreen::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString LockScreen::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void LockScreen::focusPassword() {
    m_password->setFocus();
}

} // namespace bs

#pragma once
// A section that this version does not have yet. It says so plainly and tells what will come,
// rather than showing empty screens that look broken.
#include <QWidget>

namespace bs {

class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString& section, const QString& whatWillCome, QWidget* parent = nullptr);
};

} // namespace bs

#pragma once
// "Print day list…": choose a staff member and a day, see the list, save it as a PDF or print it.
#include "services/DayList.h"
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTextBrowser;

namespace bs {

class DayListDialog : public QDialog {
    Q_OBJECT
public:
    DayListDialog(Registry& registry, const QUuid& staffId, QDate date, QWidget* parent = nullptr);

    // The list for the chosen staff member and day, read now.
    Result<DayList> dayList() const;
    Status savePdf(const QString& path);

private:
    void refresh();
    void saveAs();
    void print();

    Registry& m_registry;
    QComboBox* m_staff;
    QDateEdit* m_date;
    QTextBrowser* m_preview;
    QLabel* m_message;
};

} // namespace bs

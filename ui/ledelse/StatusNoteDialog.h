#pragma once
// "Make status note": the leader picks the note's date and the date to compare with (prefilled
// with the last note's date, else three months before), a file and a format, and gets the note as
// PDF, ODT or both. The figures are computed off the UI thread on the worker's own connection;
// the charts are drawn and the files written on the GUI thread when the figures arrive. Saving
// remembers the date for the next note.
#include "ledelse/StatusNoteDocument.h"
#include "reports/StatusNote.h"

#include <QDialog>
#include <QFutureWatcher>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace bs {

class Registry;

class StatusNoteDialog : public QDialog {
    Q_OBJECT
public:
    enum class Output { Pdf, Odt, Both };

    // `renderer` draws the chart images (renderChartImage); `municipality` heads the note when
    // given. `charts` computes the period's charts (default computeChart; tests give tables).
    StatusNoteDialog(Registry& registry, ChartImageRenderer renderer,
                     const QString& municipality = {}, QWidget* parent = nullptr,
                     ChartSource charts = {});
    ~StatusNoteDialog() override;

    // For tests and callers that preset the choice.
    void setDates(QDate at, QDate previous);
    void setOutput(const QString& path, Output output);
    QDate noteDate() const;
    QDate previousDate() const;
    bool isWorking() const;

public slots:
    void makeNote(); // the "Make note" button

signals:
    void noteWritten(const QStringList& files);
    void failed(const QString& message);

private:
    void noteDateChanged();
    void browse();
    void figuresArrived();
    void finish(const QString& message, bool ok);
    QStringList outputFiles() const;

    Registry& m_registry;
    ChartImageRenderer m_renderer;
    QLineEdit* m_heading;
    ChartSource m_charts;
    bool m_previousTouched = false;

    QDateEdit* m_at = nullptr;
    QDateEdit* m_previous = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_make = nullptr;
    // What the worker hands back (a default-constructible carrier for QFuture).
    struct Computed {
        std::optional<StatusNote> note;
        QString error;
    };
    QFutureWatcher<Computed> m_watcher;
};

} // namespace bs

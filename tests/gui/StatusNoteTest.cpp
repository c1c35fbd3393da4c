// The status note as PDF and ODT: the text read back (pdftotext, the ODT's content.xml) holds the
// figures and the Danish letters, the charts are embedded, and the dialog computes off the GUI
// thread, writes the files and remembers the date for the next note.
#include "cli/StatusFixture.h"
#include "ledelse/StatusNoteDialog.h"
#include "ledelse/StatusNoteDocument.h"
#include "support/FakeChartTables.h"
#include "support/ZipReader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextDocument>

using namespace bs;
using namespace bs::clitest;
using namespace bs::test;

namespace {

QString s(const char* text) {
    return QString::fromUtf8(text);
}

// A stand-in for the Ledelse page's chart renderer: a framed rectangle, QImage painting only.
struct RectRenderer {
    std::shared_ptr<int> calls = std::make_shared<int>(0);
    ChartImageRenderer function() const {
        auto counter = calls;
        return [counter](const ReportTable&, QSize size) {
            ++*counter;
            QImage image(size, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            p.fillRect(QRect(QPoint(40, 40), size - QSize(80, 80)), QColor(0x2e, 0x6d, 0xa4));
            return image;
        };
    }
};

QString pdfText(const QString& path) {
    QProcess pdftotext;
    pdftotext.start(s("pdftotext"), {s("-enc"), s("UTF-8"), s("-layout"), path, s("-")});
    REQUIRE(pdftotext.waitForFinished(20000));
    // Words only: a long heading or table cell wraps onto the next line.
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

StatusNote fixtureNote(TestDb& t) {
    FakeCharts charts;
    auto note = StatusNote::compute(*t.db, QDate(2025, 11, 25), QDate(2025, 3, 1), charts.source());
    INFO(note.message().toStdString());
    REQUIRE(note.ok());
    return *note;
}

} // namespace

TEST_CASE("Status note document: the PDF's and the ODT's text hold the figures", "[statusnote]") {
    TestDb t;
    buildStatusFixture(t);
    const StatusNote note = fixtureNote(t);
    RectRenderer renderer;
    StatusNoteDocument::Options options;
    options.municipality = s("Norddjurs Kommune");
    options.renderer = renderer.function();
    options.chartSize = QSize(800, 450);
    const auto doc = StatusNoteDocument::build(note, options);
    CHECK(*renderer.calls == 4); // citizens per form, no-shows, goals, savings

    SECTION("PDF") {
        const QString path = t.file("note.pdf");
        const Status written = StatusNoteDocument::writePdf(*doc, path);
        INFO(written.message().toStdString());
        REQUIRE(written.ok());
        CHECK(readFile(path).startsWith("%PDF"));
        const QString text = pdfText(path);
        INFO(text.toStdString());
        CHECK(text.contains(s("Norddjurs Kommune")));
        CHECK(text.contains(s("Status note on socio-pedagogical support")));
        CHECK(text.contains(s("Allingåbro")));
        CHECK(text.contains(s("Ørsted")));
        CHECK(text.contains(s("Ældre 35+ (Allingåbro)")));
        CHECK(text.contains(s("Mindfulness (AUC Grenaa)")));
        CHECK(text.contains(s("§ 82 b")));
        CHECK(text.contains(s("No-shows: 4")));
        CHECK(text.contains(s("Cancellations: 4")));
        CHECK(text.contains(s("reached: 4")));
        CHECK(text.contains(s("+1")));
        CHECK(text.contains(s("−1")));
        CHECK(text.contains(s("Individuel bostøtte"))); // a category of the no-shows table
        // Two or more A4 pages, numbered by print().
        QProcess info;
        info.start(s("pdfinfo"), {path});
        REQUIRE(info.waitForFinished(20000));
        const QString meta = QString::fromUtf8(info.readAllStandardOutput());
        CHECK(meta.contains(s("A4")));
    }

    SECTION("ODT") {
        const QString path = t.file("note.odt");
        const Status written = StatusNoteDocument::writeOdt(*doc, path);
        INFO(written.message().toStdString());
        REQUIRE(written.ok());
        const QString content = QString::fromUtf8(test::zipMember(path, "content.xml"));
        INFO(content.left(2000).toStdString());
        CHECK(content.contains(s("Allingåbro")));
        CHECK(content.contains(s("Ørsted")));
        CHECK(content.contains(s("Ældre 35+ (Allingåbro)")));
        CHECK(content.contains(s("No-shows: 4")));
        CHECK(content.contains(s("Norddjurs Kommune")));
        const QStringList members = test::zipNames(path);
        CHECK(members.filter(s("Pictures/")).size() >= 4);
        CHECK(test::zipMember(path, "mimetype") == "application/vnd.oasis.opendocument.text");
    }

    SECTION("a file that cannot be written gives a message naming it") {
        const QString bad = t.file("missing-folder/note.pdf");
        const Status pdf = StatusNoteDocument::writePdf(*doc, bad);
        CHECK_FALSE(pdf.ok());
        CHECK(pdf.message().contains(bad));
        CHECK_FALSE(StatusNoteDocument::writeOdt(*doc, t.file("missing-folder/note.odt")).ok());
    }
}

TEST_CASE("Status note dialog writes PDF and ODT off the GUI thread and remembers the date",
          "[statusnote]") {
    TestDb t;
    buildStatusFixture(t);
    FakeCharts charts;
    RectRenderer renderer;
    StatusNoteDialog dialog(t.reg(), renderer.function(), s("Norddjurs Kommune"), nullptr,
                            charts.source());
    // Today is 25 November 2025 and no note was made: compare with three months before.
    CHECK(dialog.noteDate() == QDate(2025, 11, 25));
    CHECK(dialog.previousDate() == QDate(2025, 8, 25));

    dialog.setDates(QDate(2025, 11, 25), QDate(2025, 3, 1));
    dialog.setOutput(t.file("Statusnotat.pdf"), StatusNoteDialog::Output::Both);
    auto* heading = dialog.findChild<QLineEdit*>(s("noteHeading"));
    REQUIRE(heading);
    CHECK(heading->text() == s("Norddjurs Kommune")); // nothing saved yet: the caller's name
    heading->setText(s("Norddjurs Kommune, Socialpsykiatrien"));
    dialog.show();
    QSignalSpy written(&dialog, &StatusNoteDialog::noteWritten);
    QSignalSpy failed(&dialog, &StatusNoteDialog::failed);
    auto* make = dialog.findChild<QPushButton*>();
    for (auto* b : dialog.findChildren<QPushButton*>())
        if (b->text().contains(s("Make")))
            make = b;
    REQUIRE(make);
    make->click();
    CHECK(dialog.isWorking());
    REQUIRE(written.wait(30000));
    CHECK(failed.isEmpty());
    const QStringList files = written.first().first().toStringList();
    CHECK(files == QStringList{t.file("Statusnotat.pdf"), t.file("Statusnotat.odt")});
    CHECK(pdfText(files.first()).contains(s("Ørsted")));
    CHECK(pdfText(files.first()).contains(s("Norddjurs Kommune, Socialpsykiatrien")));
    CHECK(QFile::exists(files.last()));
    CHECK(*renderer.calls == 4);
    dialog.grab().save(s("/tmp/status-note-dialog.png"));

    // The next note compares with this one's date.
    CHECK(StatusNote::defaultPrevious(*t.db, QDate(2026, 2, 1)) == QDate(2025, 11, 25));
    StatusNoteDialog next(t.reg(), renderer.function(), {}, nullptr, charts.source());
    next.findChild<QDateEdit*>()->setDate(QDate(2026, 2, 1));
    CHECK(next.previousDate() == QDate(2025, 11, 25));
    // ... and is headed as the last one was.
    CHECK(next.findChild<QLineEdit*>(s("noteHeading"))->text() ==
          s("Norddjurs Kommune, Socialpsykiatrien"));
}

TEST_CASE("Status note dialog: a failing chart is a clear message and nothing is written",
          "[statusnote]") {
    TestDb t;
    buildStatusFixture(t);
    FakeCharts charts;
    charts.failing = ChartId::SavingsPerYear;
    StatusNoteDialog dialog(t.reg(), RectRenderer().function(), {}, nullptr, charts.source());
    dialog.setDates(QDate(2025, 11, 25), QDate(2025, 3, 1));
    dialog.setOutput(t.file("note.pdf"), StatusNoteDialog::Output::Pdf);
    QSignalSpy failed(&dialog, &StatusNoteDialog::failed);
    dialog.makeNote();
    REQUIRE(failed.wait(30000));
    CHECK(failed.first().first().toString().contains(chartTitle(ChartId::SavingsPerYear)));
    CHECK_FALSE(QFile::exists(t.file("note.pdf")));
    CHECK(StatusNote::defaultPrevious(*t.db, QDate(2026, 2, 1)) == QDate(2025, 11, 1));

    // The comparison date must lie before the note's date; refused before any work.
    QSignalSpy again(&dialog, &StatusNoteDialog::failed);
    dialog.setDates(QDate(2025, 11, 25), QDate(2025, 11, 25));
    dialog.makeNote();
    CHECK(again.size() == 1);
    CHECK_FALSE(dialog.isWorking());
}

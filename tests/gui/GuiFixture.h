#pragma once
// A main window over a fresh database in a temporary folder, with a fixed clock, and helpers to
// find the dialog the window has open and to save it the way a user would.
#include "MainWindow.h"
#include "undo/UndoContext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>
#include <memory>

namespace gui {

inline const QDate kToday(2025, 12, 3);

struct Fixture {
    QTemporaryDir dir;
    bs::FixedClock clock{QDateTime(kToday, QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<bs::Database> db;
    std::unique_ptr<bs::Registry> registry;
    std::unique_ptr<bs::MainWindow> window;

    Fixture() {
        REQUIRE(dir.isValid());
        auto opened = bs::Database::open(dir.filePath(QStringLiteral("gui.sqlite")), clock);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        registry = std::make_unique<bs::Registry>(*db);
    }

    // Builds the window (after the test has stored what it needs) and shows it.
    bs::MainWindow& show() {
        window = std::make_unique<bs::MainWindow>(*registry, bs::MainWindowOptions{});
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        return *window;
    }

    bs::Citizen addCitizen(const QString& name, const QString& cpr = {},
                           bs::CitizenStatus status = bs::CitizenStatus::Active) {
        bs::Citizen c;
        c.name = name;
        c.cpr = cpr;
        c.status = status;
        const bs::Status s = registry->saveCitizen(c);
        REQUIRE(s.ok());
        return c;
    }

    bs::Citizen storedCitizen(const QUuid& id) const {
        auto c = registry->citizen(id);
        REQUIRE(c.ok());
        return *c;
    }

    QAction* action(const char* name) const {
        auto* a = window->findChild<QAction*>(QLatin1String(name));
        REQUIRE(a);
        return a;
    }

    template <typename T> T* child(const char* name) const {
        auto* w = window->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
};

// The dialog of type D that is open now (closed ones wait for deletion, so skip those).
template <typename D> D* openDialog(QWidget* root) {
    for (D* d : root->findChildren<D*>())
        if (d->isVisible())
            return d;
    FAIL("no open dialog of the expected type");
    return nullptr;
}

template <typename T> T* field(QWidget* dialog, const char* name) {
    auto* w = dialog->findChild<T*>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

// Clicks Save (or the dialog's accepting button) and lets closed dialogs be deleted.
inline void clickSave(QWidget* dialog) {
    auto* box = dialog->findChild<QDialogButtonBox*>();
    REQUIRE(box);
    QPushButton* save = box->button(QDialogButtonBox::Save);
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace gui

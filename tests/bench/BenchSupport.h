#pragma once
// What every benchmark does: time a piece of work many times and print median and 95th
// percentile against its budget.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace bench {

// The size of the generated municipality and how often each figure is measured.
struct Options {
    int citizens;
    int staff;
    int runs;
    QString database; // --database FILE: keep the generated file there, or reuse it if it exists
};

// --citizens N --staff N --runs N, with the benchmark's own defaults.
inline Options parseOptions(const QCoreApplication& app, Options defaults) {
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("citizens"), QStringLiteral("Citizens to generate."),
                      QStringLiteral("N"), QString::number(defaults.citizens)});
    parser.addOption({QStringLiteral("staff"), QStringLiteral("Staff to generate."),
                      QStringLiteral("N"), QString::number(defaults.staff)});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions per figure."),
                      QStringLiteral("N"), QString::number(defaults.runs)});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("Keep the generated database in FILE, or reuse FILE if it "
                                     "exists (benchmarks that support it)."),
                      QStringLiteral("FILE")});
    parser.process(app);
    return {parser.value(QStringLiteral("citizens")).toInt(),
            parser.value(QStringLiteral("staff")).toInt(),
            std::max(3, parser.value(QStringLiteral("runs")).toInt()),
            parser.value(QStringLiteral("database"))};
}

struct Figures {
    double median;
    double p95;
};

inline Figures measure(int runs, const std::function<void()>& work) {
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, q * ms.size()));
    };
    return {at(0.5), at(0.95)};
}

// Prints why the benchmark cannot go on; returns the exit code.
inline int fail(const QString& message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

inline void report(const char* what, const Figures& f, double budgetMs) {
    std::printf("%-44s median %8.2f ms   p95 %8.2f ms   budget %6.0f ms  %s\n", what, f.median,
                f.p95, budgetMs, f.p95 <= budgetMs ? "ok" : "OVER");
}

} // namespace bench

#pragma once
// What every benchmark does: time a piece of work many times and print median and 95th
// percentile against its budget.
#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace bench {

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

inline void report(const char* what, const Figures& f, double budgetMs) {
    std::printf("%-44s median %8.2f ms   p95 %8.2f ms   budget %6.0f ms  %s\n", what, f.median,
                f.p95, budgetMs, f.p95 <= budgetMs ? "ok" : "OVER");
}

} // namespace bench

#pragma once
// What the fuzzer and its corpus writer share: the passphrase, and reader caps small enough that
// a run never spends its time in a heavy key derivation (the caps' logic is still exercised).
#include "sync/BundleFile.h"

namespace bs::sync::fuzz {

inline QString passphrase() {
    return QStringLiteral("fuzz-test-hest-bord");
}

inline BundleLimits limits() {
    BundleLimits l;
    l.maxOpsLimit = 2;
    l.maxMemLimitKiB = 16 * 1024;
    l.maxChunkSize = 64 * 1024;
    l.maxPayload = 16 * 1024 * 1024;
    return l;
}

} // namespace bs::sync::fuzz

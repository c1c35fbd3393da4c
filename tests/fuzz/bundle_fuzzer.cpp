// libFuzzer target: any bytes given to readBundle() must be refused with a reason or, for an
// intact file, yield its payload; never crash, hang or exhaust memory. See CMakeLists.txt.
#include "FuzzBundle.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    const auto result =
        bs::sync::readBundle(in, bs::sync::fuzz::passphrase(), {}, bs::sync::fuzz::limits());
    if (const auto* error = std::get_if<bs::sync::BundleError>(&result)) {
        // Every refusal names its problem and says why.
        if (error->problem == bs::sync::BundleProblem::None || error->message.isEmpty())
            std::abort();
    }
    return 0;
}

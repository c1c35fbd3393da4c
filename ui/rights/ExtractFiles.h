#pragma once
// Writes a citizen's extract as the files handed over: a PDF (A4, from the extract's HTML) and
// the JSON, readable by the owner only. The PDF needs QtGui, so it lives in ui.
#include "security/CitizenExtract.h"

namespace bs {

// Writes <baseName>.pdf and <baseName>.json into `folder`; returns their paths.
Result<QStringList> writeExtractFiles(const CitizenExtractData& data, const QString& folder);

} // namespace bs

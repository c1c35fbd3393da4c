#pragma once
// Schema 9 starts the change log. Rows that existed before it get one "baseline" change each, so
// a site that never had them (a fresh installation) receives them with the first bundle.
#include "domain/Result.h"

namespace bs {
class Database;
Status recordSyncBaseline(Database& db);
} // namespace bs

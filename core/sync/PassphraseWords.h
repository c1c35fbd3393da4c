#pragma once
// The word list generatePassphrase() draws from (PassphraseWords.cpp), kept apart so the list can
// grow without touching the logic.
#include <array>
#include <cstddef>

namespace bs::sync {

inline constexpr std::size_t passphraseWordListSize = 2155;
const std::array<const char*, passphraseWordListSize>& passphraseWordList();

} // namespace bs::sync

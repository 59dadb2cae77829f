// Tab completion at the prompt, after CPython's rlcompleter: keywords, the session's names and
// the builtins, or the attributes of a dotted name (module members included).
#pragma once

#include <string>
#include <vector>

namespace krait {
class VM;
struct DictObject;
}  // namespace krait

// Candidates replacing `word` (e.g. "asyncio.gat" -> {"asyncio.gather("}), sorted: callables
// get "(", most keywords a space, as rlcompleter gives them. Evaluates only names and
// attributes (never calls), and leaves no exception pending.
std::vector<std::string> complete_word(krait::VM& vm, krait::DictObject* globals,
                                       const std::string& word);

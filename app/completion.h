// Tab completion at the prompt, after CPython's rlcompleter: keywords, the session's names and
// the builtins, or the attributes of a dotted name (module members included).
#pragma once

#include <string>
#include <vector>

namespace krait {
class VM;
struct DictObject;
}  // namespace krait

// Candidates replacing `word`, the end of `before` (the line up to the cursor): after `import`
// or `from`, module names; else, as rlcompleter gives them, keywords (most with a space),
// names and attributes (callables with "("), e.g. "asyncio.gat" -> {"asyncio.gather("}.
// Sorted. Evaluates only names and attributes (never calls); leaves no exception pending.
std::vector<std::string> complete_word(krait::VM& vm, krait::DictObject* globals,
                                       const std::string& before, const std::string& word);

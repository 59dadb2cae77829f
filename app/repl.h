// The interactive prompt: `krait` on a terminal, `krait -i script.py`, and stdin read line by
// line when -i is given without a terminal.
#pragma once

namespace krait {
class VM;
struct DictObject;
}  // namespace krait

struct ReplOptions {
  bool terminal = true;  // libedit on a terminal; else plain lines from stdin
  bool banner = true;
};

// Runs the prompt in `globals` (the __main__ module's) until Ctrl-D, exit() or SystemExit.
// Returns the exit status.
int run_repl(krait::VM& vm, krait::DictObject* globals, const ReplOptions& options);

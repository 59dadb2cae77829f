// Ctrl-C for the krait command: SIGINT asks the VM to interrupt the running Python code (it
// raises KeyboardInterrupt at its next safepoint) and leaves a flag the REPL reads while it
// waits for keys or drives the event loop.
#pragma once

namespace krait {
class VM;
}

// Installs the handler (without SA_RESTART, so a blocking wait returns EINTR). `vm` may be
// null: then only the flag is set.
void install_sigint_handler(krait::VM* vm);
// Blocks SIGINT and SIGWINCH in the calling thread (the process's main thread, which only
// waits for the interpreter's thread, so that they reach the interpreter and cut its waits).
void block_signals_in_this_thread();
void unblock_signals_in_this_thread();
bool sigint_pending();
void clear_sigint();

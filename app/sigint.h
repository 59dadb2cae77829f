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
// Blocks SIGINT in the calling thread (the process's main thread, which only waits for the
// interpreter's thread, so that the signal reaches the interpreter).
void block_sigint_in_this_thread();
void unblock_sigint_in_this_thread();
bool sigint_pending();
void clear_sigint();

// Reading the REPL's input: from a terminal with libedit (line editing, history, completion,
// auto-indent), or line by line from a pipe. While waiting for a key the reader lets the event
// loop run, so background tasks go on between prompts.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

struct ReaderHooks {
  // How long the reader may wait for input before `run_pending` has work: 0 = now, negative =
  // nothing scheduled.
  std::function<double()> wait_time;
  // Runs what is due (one event-loop step). Output it writes goes through before_output().
  std::function<void()> run_pending;
  // True when the session must end (a background task called sys.exit()): reading stops.
  std::function<bool()> stop_requested;
  // Completion candidates for the word before the cursor (the end of `before`, the line up to
  // the cursor): whole replacements for it.
  std::function<std::vector<std::string>(const std::string& before, const std::string& word)>
      complete;
};

enum class ReadResult { Line, Eof, Interrupted };

class LineReader {
 public:
  virtual ~LineReader() = default;
  // Reads a line (without its newline) after showing `prompt`, with `indent` already typed.
  virtual ReadResult read_line(const std::string& prompt, const std::string& indent,
                               std::string& line) = 0;
  virtual void add_history(const std::string& line) { (void)line; }
  // Input that has arrived and not been read: text being pasted (no auto-indent for it).
  virtual bool input_pending() = 0;
  // Whether the next line, already arrived, starts indented: a pasted block goes on after a
  // blank line inside it. Only a terminal looks ahead; a pipe keeps CPython's rule that a blank
  // line ends the block.
  virtual bool next_line_indented() { return false; }
  // Called before anything is written to the terminal while a line may be on screen being
  // edited (output of background tasks): the line is cleared and redrawn after.
  virtual void before_output(std::string_view text) { (void)text; }
};

// libedit on the terminal; history in `history_path` (empty: none). Null if libedit cannot
// start (no terminal).
std::unique_ptr<LineReader> make_terminal_reader(ReaderHooks hooks, std::string history_path);
// Lines from stdin with the prompt on stderr, as CPython does when stdin is not a terminal.
std::unique_ptr<LineReader> make_plain_reader(ReaderHooks hooks);

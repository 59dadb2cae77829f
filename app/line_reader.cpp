#include "app/line_reader.h"

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "app/sigint.h"

namespace {

enum class WaitResult { Ready, Interrupted, Resized, Stopped, Error };

// The terminal changed size (SIGWINCH): libedit must learn its new width.
volatile sig_atomic_t g_resized = 0;
void on_sigwinch(int) {
  g_resized = 1;
}

// Waits until stdin has input, running the event loop's due work meanwhile.
WaitResult wait_for_input(ReaderHooks& hooks, const std::function<void()>& run_idle) {
  for (;;) {
    if (sigint_pending()) return WaitResult::Interrupted;
    double wait = hooks.wait_time ? hooks.wait_time() : -1;
    int ms = wait < 0 ? -1 : static_cast<int>(std::ceil(std::min(wait, 3600.0) * 1000));
    pollfd p{0, POLLIN, 0};
    int r = poll(&p, 1, ms);
    if (r < 0) {
      if (errno != EINTR) return WaitResult::Error;
      if (g_resized) return WaitResult::Resized;
      continue;
    }
    if (r > 0) return WaitResult::Ready;
    run_idle();
    if (hooks.stop_requested && hooks.stop_requested()) return WaitResult::Stopped;
  }
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool all_spaces(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' '; });
}

// ---- the terminal: libedit ---------------------------------------------------------------

class EditReader : public LineReader {
 public:
  EditReader(ReaderHooks hooks, std::string history_path)
      : m_hooks(std::move(hooks)), m_history_path(std::move(history_path)) {}
  ~EditReader() override {
    if (m_el) el_end(m_el);
    if (m_hist) history_end(m_hist);
  }

  bool init() {
    // libedit converts between its wide characters and the UTF-8 it returns through the
    // C library's LC_CTYPE: that must be UTF-8, whatever the environment says (Python source is
    // UTF-8). Only LC_CTYPE: number formatting stays in the "C" locale.
    const char* ctype = setlocale(LC_CTYPE, "");
    if (!ctype || std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
      if (!setlocale(LC_CTYPE, "C.UTF-8")) setlocale(LC_CTYPE, "en_US.UTF-8");
    }
    m_el = el_init("krait", stdin, stdout, stderr);
    if (!m_el) return false;
    m_hist = history_init();
    if (m_hist) {
      history(m_hist, &m_ev, H_SETSIZE, 1000);
      history(m_hist, &m_ev, H_SETUNIQUE, 1);
      if (!m_history_path.empty()) history(m_hist, &m_ev, H_LOAD, m_history_path.c_str());
      el_set(m_el, EL_HIST, history, m_hist);
    }
    el_set(m_el, EL_CLIENTDATA, this);
    el_set(m_el, EL_EDITOR, "emacs");
    el_set(m_el, EL_PROMPT, &EditReader::prompt_fn);
    el_set(m_el, EL_GETCFN, &EditReader::getc_fn);
    el_set(m_el, EL_ADDFN, "krait-complete", "Complete the name before the cursor",
           &EditReader::complete_fn);
    el_set(m_el, EL_BIND, "^I", "krait-complete", nullptr);
    el_set(m_el, EL_ADDFN, "krait-backspace", "Delete a character, or an indentation level",
           &EditReader::backspace_fn);
    el_set(m_el, EL_BIND, "^?", "krait-backspace", nullptr);
    el_set(m_el, EL_BIND, "^H", "krait-backspace", nullptr);
    el_set(m_el, EL_ADDFN, "krait-eof", "End of input on an empty line, else delete",
           &EditReader::eof_or_delete_fn);
    el_set(m_el, EL_BIND, "^D", "krait-eof", nullptr);
    el_source(m_el, nullptr);  // the user's ~/.editrc, as other libedit programs read it
    struct sigaction sa = {};
    sa.sa_handler = on_sigwinch;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGWINCH, &sa, nullptr);
    return true;
  }

  ReadResult read_line(const std::string& prompt, const std::string& indent,
                       std::string& line) override {
    m_prompt = prompt;
    m_interrupted = false;
    m_last_tab.clear();
    if (!indent.empty()) el_push(m_el, indent.c_str());
    m_reading = true;
    int count = 0;
    const char* text = el_gets(m_el, &count);
    m_reading = false;
    if (m_interrupted || sigint_pending()) {
      clear_sigint();
      std::fputs("\n", stdout);
      std::fflush(stdout);
      return ReadResult::Interrupted;
    }
    if (m_stopped) {
      m_stopped = false;
      std::fputs("\n", stdout);
      return ReadResult::Eof;
    }
    if (!text || count <= 0) return ReadResult::Eof;
    line.assign(text, static_cast<size_t>(count));
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    return ReadResult::Line;
  }

  bool input_pending() override {
    read_available();
    return m_pending_pos < m_pending.size();
  }

  bool next_line_indented() override {
    read_available();
    return m_pending_pos < m_pending.size() &&
           (m_pending[m_pending_pos] == ' ' || m_pending[m_pending_pos] == '\t');
  }

  void add_history(const std::string& line) override {
    if (!m_hist || all_spaces(line)) return;
    history(m_hist, &m_ev, H_ENTER, line.c_str());
    // Saved at once: a session that ends by a signal keeps its history too.
    if (!m_history_path.empty()) history(m_hist, &m_ev, H_SAVE, m_history_path.c_str());
  }

  void before_output(std::string_view text) override {
    if (m_reading && !m_line_hidden) {
      hide_line();
      m_line_hidden = true;
    }
    if (!text.empty()) m_output_ended_line = text.back() == '\n';
  }

 private:
  static EditReader* self(EditLine* el) {
    void* p = nullptr;
    el_get(el, EL_CLIENTDATA, &p);
    return static_cast<EditReader*>(p);
  }
  static char* prompt_fn(EditLine* el) { return self(el)->m_prompt.data(); }

  // libedit's input: one character, decoded from UTF-8, with the event loop run while none
  // comes. -1 ends el_gets (Ctrl-C).
  static int getc_fn(EditLine* el, wchar_t* out) {
    EditReader* r = self(el);
    unsigned char bytes[4];
    size_t have = 0, need = 1;
    for (;;) {
      if (r->m_pending_pos == r->m_pending.size()) {
        if (r->m_input_ended) return have ? -1 : 0;
        WaitResult w = wait_for_input(r->m_hooks, [r] { r->run_idle(); });
        if (w == WaitResult::Interrupted) {
          r->m_interrupted = true;
          errno = EINTR;
          return -1;
        }
        if (w == WaitResult::Resized) {
          g_resized = 0;
          el_resize(el);
          continue;
        }
        if (w == WaitResult::Stopped) {
          r->m_stopped = true;
          return -1;
        }
        if (w == WaitResult::Error) return -1;
        r->read_available();
        continue;
      }
      auto c = static_cast<unsigned char>(r->m_pending[r->m_pending_pos++]);
      if (have == 0) {
        if (c == 3) {  // ^C typed while the terminal does not turn it into SIGINT
          r->m_interrupted = true;
          return -1;
        }
        need = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      }
      bytes[have++] = c;
      if (have < need) continue;
      wchar_t cp = need == 1   ? bytes[0]
                   : need == 2 ? ((bytes[0] & 0x1F) << 6) | (bytes[1] & 0x3F)
                   : need == 3
                       ? ((bytes[0] & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F)
                       : ((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3F) << 12) |
                             ((bytes[2] & 0x3F) << 6) | (bytes[3] & 0x3F);
      *out = cp;
      return 1;
    }
  }

  // Takes what the terminal has sent already, without waiting.
  void read_available() {
    if (m_pending_pos == m_pending.size()) {
      m_pending.clear();
      m_pending_pos = 0;
    }
    for (;;) {
      pollfd p{0, POLLIN, 0};
      if (poll(&p, 1, 0) <= 0) return;
      char buf[4096];
      ssize_t n = read(0, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        m_input_ended = true;
        return;
      }
      m_pending.append(buf, static_cast<size_t>(n));
      if (static_cast<size_t>(n) < sizeof buf) return;
    }
  }

  // The event loop's turn while the user types: its output appears above the prompt, which is
  // then drawn again with what was typed.
  void run_idle() {
    m_line_hidden = false;
    if (m_hooks.run_pending) m_hooks.run_pending();
    if (m_line_hidden) {
      if (!m_output_ended_line) std::fputs("\n", stdout);
      m_output_ended_line = true;
      std::fflush(stdout);
      el_set(m_el, EL_REFRESH);
      m_line_hidden = false;
    }
  }

  // Moves to the start of the prompt and clears from there down.
  void hide_line() {
    const LineInfo* li = el_line(m_el);
    size_t before = utf8_length(m_prompt);
    if (li) before += utf8_length(std::string_view(li->buffer, li->cursor - li->buffer));
    int cols = 0;
    el_get(m_el, EL_GETTC, "co", &cols, nullptr);
    size_t row = cols > 0 ? before / static_cast<size_t>(cols) : 0;
    std::string s = "\r";
    if (row > 0) s += "\x1b[" + std::to_string(row) + "A";
    s += "\x1b[J";
    std::fputs(s.c_str(), stdout);
    std::fflush(stdout);
  }

  // Tab: completes the name before the cursor as far as it is unambiguous; a second Tab that
  // cannot add anything lists the candidates. At the start of a line it indents.
  static unsigned char complete_fn(EditLine* el, int) {
    EditReader* r = self(el);
    const LineInfo* li = el_line(el);
    std::string before(li->buffer, static_cast<size_t>(li->cursor - li->buffer));
    if (all_spaces(before)) {
      el_insertstr(el, "    ");
      return CC_REFRESH;
    }
    size_t start = before.size();
    while (start > 0) {
      unsigned char c = static_cast<unsigned char>(before[start - 1]);
      if (!(std::isalnum(c) || c == '_' || c == '.' || c >= 0x80)) break;
      --start;
    }
    std::string word = before.substr(start);
    std::vector<std::string> found;
    if (r->m_hooks.complete) found = r->m_hooks.complete(before, word);
    if (found.empty()) return CC_REFRESH_BEEP;
    std::string common = found[0];
    for (const std::string& f : found) {
      size_t i = 0;
      while (i < common.size() && i < f.size() && common[i] == f[i]) ++i;
      common.resize(i);
    }
    if (common.size() > word.size() && common.compare(0, word.size(), word) == 0) {
      el_insertstr(el, common.substr(word.size()).c_str());
      r->m_last_tab.clear();
      return CC_REFRESH;
    }
    if (found.size() == 1) return CC_REFRESH;
    if (r->m_last_tab != before) {
      r->m_last_tab = before;
      return CC_REFRESH_BEEP;
    }
    r->list_candidates(found);
    return CC_REDISPLAY;
  }

  void list_candidates(const std::vector<std::string>& found) {
    std::vector<std::string> names;
    size_t width = 0;
    for (const std::string& f : found) {
      size_t dot = f.rfind('.');
      std::string n = dot == std::string::npos ? f : f.substr(dot + 1);
      while (!n.empty() && (n.back() == '(' || n.back() == ' ' || n.back() == ':')) n.pop_back();
      width = std::max(width, utf8_length(n));
      names.push_back(std::move(n));
    }
    int cols = 80;
    el_get(m_el, EL_GETTC, "co", &cols, nullptr);
    size_t per_row = std::max<size_t>(1, static_cast<size_t>(std::max(cols, 1)) / (width + 2));
    size_t rows = (names.size() + per_row - 1) / per_row;
    std::string out = "\n";
    for (size_t row = 0; row < rows; ++row) {
      for (size_t col = 0; col < per_row; ++col) {
        size_t i = col * rows + row;  // down the columns, as readline lists
        if (i >= names.size()) break;
        out += names[i];
        if (col + 1 < per_row && (col + 1) * rows + row < names.size())
          out.append(width + 2 - utf8_length(names[i]), ' ');
      }
      out += '\n';
    }
    std::fputs(out.c_str(), stdout);
    std::fflush(stdout);
  }

  // Backspace in the indentation removes a level (to the previous multiple of four).
  static unsigned char backspace_fn(EditLine* el, int) {
    const LineInfo* li = el_line(el);
    std::string_view before(li->buffer, static_cast<size_t>(li->cursor - li->buffer));
    if (before.empty()) return CC_ERROR;
    if (all_spaces(before)) {
      size_t n = before.size() % 4 == 0 ? 4 : before.size() % 4;
      el_deletestr(el, static_cast<int>(n));
    } else {
      el_deletestr(el, 1);
    }
    return CC_REFRESH;
  }

  // Ctrl-D: leaves on an empty line (without libedit's "^D" echo), else deletes the character
  // under the cursor.
  static unsigned char eof_or_delete_fn(EditLine* el, int) {
    const LineInfo* li = el_line(el);
    if (li->buffer == li->lastchar) return CC_EOF;
    if (li->cursor == li->lastchar) return CC_ERROR;
    el_cursor(el, 1);
    el_deletestr(el, 1);
    return CC_REFRESH;
  }

  ReaderHooks m_hooks;
  std::string m_history_path;
  EditLine* m_el = nullptr;
  History* m_hist = nullptr;
  HistEvent m_ev{};
  std::string m_prompt;
  std::string m_last_tab;  // the text before the cursor at the last Tab that added nothing
  bool m_reading = false;  // inside el_gets: the prompt and the typed line are on screen
  bool m_line_hidden = false;
  bool m_interrupted = false;
  bool m_stopped = false;  // the session is ending (sys.exit() in a background task)
  bool m_output_ended_line = true;
  // Bytes from the terminal not yet handed to libedit: a paste arrives all at once, and the
  // prompt looks ahead into it (next_line_indented).
  std::string m_pending;
  size_t m_pending_pos = 0;
  bool m_input_ended = false;
};

// ---- a pipe ------------------------------------------------------------------------------

class PlainReader : public LineReader {
 public:
  explicit PlainReader(ReaderHooks hooks) : m_hooks(std::move(hooks)) {}

  bool input_pending() override {
    if (m_buffer.find('\n') != std::string::npos) return true;
    pollfd p{0, POLLIN, 0};
    return poll(&p, 1, 0) > 0;
  }

  ReadResult read_line(const std::string& prompt, const std::string&, std::string& line) override {
    std::fflush(stdout);
    std::fputs(prompt.c_str(), stderr);
    std::fflush(stderr);
    for (;;) {
      size_t nl = m_buffer.find('\n');
      if (nl != std::string::npos) {
        line = m_buffer.substr(0, nl);
        m_buffer.erase(0, nl + 1);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return ReadResult::Line;
      }
      if (m_eof) {
        if (m_buffer.empty()) return ReadResult::Eof;
        line.swap(m_buffer);
        m_buffer.clear();
        return ReadResult::Line;
      }
      WaitResult w = wait_for_input(m_hooks, [this] {
        if (m_hooks.run_pending) m_hooks.run_pending();
      });
      if (w == WaitResult::Resized) {
        g_resized = 0;
        continue;
      }
      if (w == WaitResult::Interrupted) {
        clear_sigint();
        std::fputs("\n", stderr);
        return ReadResult::Interrupted;
      }
      char buf[4096];
      if (w == WaitResult::Stopped) return ReadResult::Eof;
      ssize_t n = w == WaitResult::Error ? -1 : read(0, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        m_eof = true;
        continue;
      }
      m_buffer.append(buf, static_cast<size_t>(n));
    }
  }

 private:
  ReaderHooks m_hooks;
  std::string m_buffer;
  bool m_eof = false;
};

}  // namespace

std::unique_ptr<LineReader> make_terminal_reader(ReaderHooks hooks, std::string history_path) {
  auto r = std::make_unique<EditReader>(std::move(hooks), std::move(history_path));
  if (!r->init()) return nullptr;
  return r;
}

std::unique_ptr<LineReader> make_plain_reader(ReaderHooks hooks) {
  return std::make_unique<PlainReader>(std::move(hooks));
}

// libFuzzer target: the front end (lexer, parser, symbol table, code generator, assembler) on
// arbitrary bytes, in the three compile modes, plus the traceback's caret-anchor parser. Any
// input must give a code object or a SyntaxErrorInfo; never a crash or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "interpreter/compiler.h"
#include "interpreter/parser.h"
#include "tests/fuzz/big_stack.h"

namespace {

void check(const krait::CompileResult& r) {
  if (!r.code && !r.error) {
    std::fprintf(stderr, "fuzz_compile: neither code nor error\n");
    std::abort();
  }
  if (r.error && r.error->type.empty()) {
    std::fprintf(stderr, "fuzz_compile: error without a type\n");
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return -1;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  krait_fuzz::run_on_big_stack([&] {
    using krait::CompileMode;
    check(krait::compile_source(source, "<fuzz>", CompileMode::Exec));
    check(krait::compile_source(source, "<fuzz>", CompileMode::Eval));
    krait::CompileOptions top_level_await;
    top_level_await.allow_top_level_await = true;
    check(krait::compile_source(source, "<fuzz>", CompileMode::Single, top_level_await));
    if (size < 512 && source.find('\n') == std::string_view::npos) {
      (void)krait::caret_anchors(source);
    }
  });
  return 0;
}

# argparse: help layout, actions, nargs, types, choices, errors (exit 2 with usage), subcommands, mutually exclusive groups.
import argparse, sys
p = argparse.ArgumentParser(prog="demo", description="Process some integers and options for a demonstration of the help layout.", epilog="That's all.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max, help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-o", "--output", default="out.txt", help="where to write (default: %(default)s)")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--flag", action="store_true")
p.add_argument("--tag", action="append")
p.print_help()
a = p.parse_args(["1", "2", "3", "--sum", "-vv", "--output=x.txt", "--tag", "a", "--tag", "b", "--flag"])
print(a.accumulate(a.integers), a.verbose, a.output, a.mode, a.flag, a.tag)
print(p.parse_args(["7", "--mo", "slow"]))
print(p.format_usage(), end="")
for bad in [[], ["x"], ["1", "--mode", "medium"], ["1", "--bogus"], ["1", "-o"]]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
sys.stderr = sys.stdout
for bad in [[], ["x"], ["1", "--mode", "medium"], ["1", "--bogus"], ["1", "-o"]]:
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
q = argparse.ArgumentParser(prog="tool")
sub = q.add_subparsers(dest="cmd", help="sub-command help")
run = sub.add_parser("run", help="run it")
run.add_argument("target")
run.add_argument("--times", type=int, default=1)
lst = sub.add_parser("list", help="list things")
g = q.add_mutually_exclusive_group()
g.add_argument("--quiet", action="store_true")
g.add_argument("--loud", action="store_true")
q.print_help()
print(q.parse_args(["run", "x", "--times", "3"]), q.parse_args(["list"]), q.parse_args(["--quiet", "list"]))
try:
    q.parse_args(["--quiet", "--loud", "list"])
except SystemExit as e:
    print("exit", e.code)
r = argparse.ArgumentParser(prog="pos")
r.add_argument("src"); r.add_argument("dst", nargs="?", default="-"); r.add_argument("rest", nargs="*")
print(r.parse_args(["a"]), r.parse_args(["a", "b", "c", "d"]), r.parse_known_args(["a", "--x"]))
r.print_help()

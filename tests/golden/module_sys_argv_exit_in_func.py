import sys
def main():
    print("argv0", sys.argv[0])
    try:
        return 0
    finally:
        print("finally before exit")
def run():
    try:
        sys.exit(main() + 4)
    finally:
        print("outer finally runs during SystemExit")
run()

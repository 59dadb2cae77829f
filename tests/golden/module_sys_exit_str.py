import sys
print("before exit")
sys.exit("fatal: something went wrong")

import os
import sys
print("package main:", __name__, os.path.basename(sys.argv[0]), sys.argv[1:])

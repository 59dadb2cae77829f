import os
import sys
print("name:", __name__)
print("argv:", sys.argv[1:], os.path.basename(sys.argv[0]))
print("path0 is cwd:", sys.path[0] == os.getcwd())
print("file:", os.path.basename(__file__))

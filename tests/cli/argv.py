import sys
print("argv:", *sys.argv, sep="|")
print("name:", __name__)

# Alternating frames are not collapsed into "[Previous line repeated ...]".
import sys
sys.setrecursionlimit(40)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)

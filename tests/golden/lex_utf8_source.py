# -*- coding: utf-8 -*-
café = "crème brûlée"
π = 3.14
Δx = 2
print(café, π * Δx)
print(len(café), café.upper())
名前 = "値"
print(名前, len(名前))
s = "日本語テキスト"
print(s[0], s[-1], s[2:4], len(s))
print("emoji: 🐍", len("🐍"))
def größe(ü):
    return ü * 2
print(größe(21))
print(ascii("ä"), repr("ä"))

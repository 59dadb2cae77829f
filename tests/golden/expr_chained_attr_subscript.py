class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
        self.items = {"k": [v, v * 2]}
n = Node(1, Node(2, Node(3)))
print(n.next.next.v, n.next.items["k"][1], n.items["k"][-1])
n.next.next.v = 30
n.next.items["k"][0] += 5
print(n.next.next.v, n.next.items)
m = [[[1, 2], [3]], [[4]]]
print(m[0][1][0], m[1][0][0], len(m[0]))
m[0][0][1] = "x"
print(m)
print("a,b,c".split(",")[1].upper().lower()[0])

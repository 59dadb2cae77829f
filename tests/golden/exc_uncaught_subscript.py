data = {"users": [{"name": "a"}]}
def get(d):
    return d["users"][0]["email"]
print(get(data))

# csv: writer quoting modes, reader with quotes and multi-line fields, dialects, DictReader/DictWriter, errors.
import csv, io
rows = [["name", "age", "note"], ["Ann", 31, 'says "hi"'], ["Bob, Jr.", 4.5, "line1\nline2"], ["", None, " spaced "], [True, 0, ""]]
s = io.StringIO()
w = csv.writer(s); w.writerows(rows); w.writerow([""]); w.writerow([])
print(repr(s.getvalue()))
back = list(csv.reader(io.StringIO(s.getvalue(), newline="")))
print(back)
print(list(csv.reader(['a,b,"c,d"', ' e , f', '"x""y",z', 'p;q'], skipinitialspace=True)))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
t = io.StringIO()
csv.writer(t, quoting=csv.QUOTE_ALL).writerow(["a", 1, None])
csv.writer(t, quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.5])
csv.writer(t, delimiter="\t", lineterminator="\n").writerow(["x y", "z\tw"])
csv.writer(t, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'q"'])
print(repr(t.getvalue()))
print(list(csv.reader(['"1",2,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
d = io.StringIO()
dw = csv.DictWriter(d, fieldnames=["id", "name"]); dw.writeheader(); dw.writerows([{"id": 1, "name": "a"}, {"id": 2}])
print(repr(d.getvalue()))
for row in csv.DictReader(io.StringIO(d.getvalue())):
    print(row)
r = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="?")
print(list(r), r.fieldnames, r.line_num)
try:
    dw.writerow({"bogus": 1})
except ValueError as e:
    print(e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print(type(e).__module__, e)
csv.register_dialect("pipes", delimiter="|")
print(list(csv.reader(["a|b"], "pipes")), sorted(csv.list_dialects()), csv.get_dialect("excel").delimiter)

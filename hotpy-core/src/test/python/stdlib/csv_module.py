# csv: reader state machine (quotes, escapes, strict, line numbers), writer quoting modes, DictReader/DictWriter, dialects.
import csv, io

def show_read(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=""), **kw)
        rows = list(r)
        print(repr(text), kw, rows, r.line_num)
    except csv.Error as e:
        print(repr(text), kw, "Error:", e)

def show_write(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        n = [w.writerow(r) for r in rows]
        print(kw, repr(s.getvalue()), n)
    except (csv.Error, TypeError) as e:
        print(kw, type(e).__name__, e)

show_read("a,b,c\r\n1,2,3\r\n")
show_read('a,"b,c",d\n"x""y",z\n')
show_read('a,"multi\nline",c\n')
show_read('a, b,  c\n', skipinitialspace=True)
show_read('a;b;c\n', delimiter=";")
show_read('1,2.5,"x"\n', quoting=csv.QUOTE_NONNUMERIC)
show_read('a\\,b,c\n', escapechar="\\")
show_read('a,"b"x,c\n')
show_read('a,"b"x,c\n', strict=True)
show_read('a,"unterminated\n')
show_read('a,"unterminated\n', strict=True)
show_read('\n\na,b\n\n')
show_read('a,b\rc,d\r')
show_read('a,"b\r\nc"\r\n')
show_read("a,b")
show_read('"a"b"c",d\n')
show_read('a,b,\n,,\n')
show_read("'a,b',c\n", quotechar="'")
show_read('a|b\n', quoting=csv.QUOTE_NONE, delimiter="|")
show_read('"a",b\n', quoting=csv.QUOTE_NONE)
show_read('x\x00y\n')
show_write([["a", "b,c", 'd"e', None, 1, 2.5, True], [], [""], ["x\ny"]])
show_write([["a", "b"]], quoting=csv.QUOTE_ALL, lineterminator="\n")
show_write([["a", 1, None, 2.5]], quoting=csv.QUOTE_NONNUMERIC)
show_write([["a,b"]], quoting=csv.QUOTE_NONE)
show_write([["a,b", 'c"d']], quoting=csv.QUOTE_NONE, escapechar="\\")
show_write([['a"b', "c\\d", "e,f"]], doublequote=False, escapechar="\\")
show_write([['a"b']], doublequote=False)
show_write([[""]], quoting=csv.QUOTE_NONE)
show_write([5])
show_write([["a", "b"]], delimiter="\t")
show_write([["a"]], delimiter="ab")
show_write([["a"]], quotechar=None)
show_write([["a"]], quoting=7)
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=["name", "age"])
w.writeheader()
w.writerow({"name": "Ann", "age": 30})
w.writerows([{"name": "Bob"}, {"age": 5, "name": "Cy, Jr."}])
print(repr(s.getvalue()))
try:
    w.writerow({"name": "x", "bad": 1})
except ValueError as e:
    print("ValueError:", e)
for row in csv.DictReader(io.StringIO(s.getvalue())):
    print(row)
dr = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="?")
print(dr.fieldnames, list(dr), dr.line_num)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter, csv.get_dialect("excel").lineterminator == "\r\n")
show_write([["a", "b"]], dialect="pipes")
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error:", e)
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
show_read('a,b\n', dialect=csv.excel_tab)
show_read('a\tb\n', dialect="excel-tab")
r = csv.reader(["a,b", "c,d"])
print(next(r), r.line_num, r.dialect.delimiter, list(r))
try:
    list(csv.reader([b"a,b"]))
except csv.Error as e:
    print("Error:", e)

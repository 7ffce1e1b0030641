# str search, split, replace and strip on strings with lone surrogates and surrogate pairs.
# A str is a sequence of code points: '\ud83d' (a lone high surrogate) is not part of
# '\U0001F600' (one code point), so no method may match a lone surrogate against half of a pair;
# indexes are code points. (A lone high surrogate joined to a lone low one is not tested: HotPy
# keeps strs as Java strings, where the two become one pair.)

HI, LO = '\ud83d', '\ude00'
PAIR = '\U0001F600'

HAYS = [
    PAIR + 'x', 'x' + PAIR, 'a' + PAIR + 'b' + PAIR + 'c', HI + 'x' + PAIR + HI,
    LO + PAIR + LO + 'y', LO + HI, 'z' + LO + HI + PAIR, PAIR + PAIR, LO + LO + HI + HI, HI + 'x' + LO, '',
]
NEEDLES = [HI, LO, HI + 'x', 'x' + HI, LO + 'b', 'a' + HI, PAIR, LO + HI, 'x', 'b' + PAIR,
           PAIR + 'b', LO + 'y', 'c', '']


def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for h in HAYS:
    print('--', ascii(h), len(h))
    for n in NEEDLES:
        p = ascii(n)
        show('find ' + p, lambda: h.find(n))
        show('rfind ' + p, lambda: h.rfind(n))
        show('find1 ' + p, lambda: h.find(n, 1))
        show('rfind0-2 ' + p, lambda: h.rfind(n, 0, 2))
        show('index ' + p, lambda: h.index(n))
        show('rindex ' + p, lambda: h.rindex(n, 1))
        show('count ' + p, lambda: h.count(n))
        show('count1 ' + p, lambda: h.count(n, 1, -1))
        show('in ' + p, lambda: n in h)
        show('startswith ' + p, lambda: h.startswith(n))
        show('startswith1 ' + p, lambda: h.startswith(n, 1))
        show('startswith tuple ' + p, lambda: h.startswith(('q', n)))
        show('endswith ' + p, lambda: h.endswith(n))
        show('endswith0-2 ' + p, lambda: h.endswith(n, 0, 2))
        show('removeprefix ' + p, lambda: h.removeprefix(n))
        show('removesuffix ' + p, lambda: h.removesuffix(n))
        show('split ' + p, lambda: h.split(n))
        show('split1 ' + p, lambda: h.split(n, 1))
        show('rsplit ' + p, lambda: h.rsplit(n))
        show('rsplit1 ' + p, lambda: h.rsplit(n, 1))
        show('partition ' + p, lambda: h.partition(n))
        show('rpartition ' + p, lambda: h.rpartition(n))
        show('replace ' + p, lambda: h.replace(n, '-'))
        show('replace long ' + p, lambda: h.replace(n, '<->'))
        show('replace1 ' + p, lambda: h.replace(n, '-', 1))
        show('strip ' + p, lambda: h.strip(n))
        show('lstrip ' + p, lambda: h.lstrip(n))
        show('rstrip ' + p, lambda: h.rstrip(n))

# A traceback through a method, a generator, a class body and a lambda, each frame's line a
# whole statement (CPython prints no caret lines for those).
class Table:
    def __init__(self, rows):
        self.rows = rows

    def check(self, i):
        for row in self.rows:
            list.__getitem__(row, i)


def columns(table):
    for i in range(3):
        table.check(i)
        yield i


def consume(gen):
    for _ in gen:
        pass


consume(columns(Table([[1, 2, 3], [4, 5, 6]])))
print("first table is fine")


class Config:
    check = (lambda:
             consume(columns(Table([[1, 2, 3], [4, 5]])))
             )
    check()

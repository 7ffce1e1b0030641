# A syntax error in the program itself: nothing runs, the report shows the line and a caret.
print("this line never runs")


def broken(:
    pass

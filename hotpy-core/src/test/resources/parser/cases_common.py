"""Shared helpers for the parser test-table generators (run with CPython 3.11)."""
import ast


def escape(src):
    """One-line form of a snippet: backslash, newline, CR and tab escaped."""
    return (src.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r')
            .replace('\t', '\\t'))


def cp_dump(src, mode='exec', attrs=True):
    """ast.dump with column offsets converted from UTF-8 bytes to code points."""
    tree = ast.parse(src, mode=mode)
    norm = src.replace('\r\n', '\n').replace('\r', '\n')
    blines = [l.encode('utf-8') for l in norm.split('\n')]

    def conv(line, col):
        if line is None or col is None or line - 1 >= len(blines):
            return col
        return len(blines[line - 1][:col].decode('utf-8', errors='replace'))

    if attrs:
        for node in ast.walk(tree):
            if getattr(node, 'lineno', None) is not None and hasattr(node, 'col_offset'):
                end = conv(node.end_lineno, node.end_col_offset)
                node.col_offset = conv(node.lineno, node.col_offset)
                node.end_col_offset = end
    return ast.dump(tree, include_attributes=attrs)

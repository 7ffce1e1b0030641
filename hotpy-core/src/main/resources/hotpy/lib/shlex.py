"""A lexical analyzer class for simple shell-like syntaxes; split(), quote() and join()."""

import sys
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]


class _StringReader:
    """The read(1)/readline() part of a text file, over a str."""

    def __init__(self, text):
        self._text = text
        self._pos = 0

    def read(self, n=-1):
        if n < 0:
            n = len(self._text) - self._pos
        result = self._text[self._pos:self._pos + n]
        self._pos += len(result)
        return result

    def readline(self):
        end = self._text.find("\n", self._pos)
        end = len(self._text) if end < 0 else end + 1
        result = self._text[self._pos:end]
        self._pos = end
        return result


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes.

    State: ' ' between tokens, 'a' in a word, 'c' in punctuation, a quote character
    inside quotes, an escape character after it, None at end of input."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = _StringReader(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if self.posix:
            self.wordchars += ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                               "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token onto the stack popped by the get_token method."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Push an input source onto the lexer's input source stack."""
        if isinstance(newstream, str):
            newstream = _StringReader(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Pop the input source stack."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = " "

    def get_token(self):
        """Get a token from the input stream (or from stack if it's nonempty)."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self.punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        """Read one token (the state machine of CPython's shlex)."""
        quoted = False
        escapedstate = " "
        while True:
            nextchar = self._next_char()
            if nextchar == "\n":
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == " ":
                done, escapedstate = self._between_tokens(nextchar, escapedstate, quoted)
            elif state in self.quotes:
                quoted = True
                done, escapedstate = self._in_quotes(nextchar, escapedstate)
            elif state in self.escape:
                if not nextchar:
                    raise ValueError("No escaped character")
                if (escapedstate in self.quotes and nextchar != state
                        and nextchar != escapedstate):
                    self.token += state
                self.token += nextchar
                self.state = escapedstate
                done = False
            else:   # 'a' or 'c'
                done, escapedstate = self._in_word(nextchar, escapedstate, quoted)
            if done:
                break
        result = self.token
        self.token = ""
        if self.posix and not quoted and result == "":
            result = None
        return result

    def _emit(self, quoted):
        return bool(self.token) or (self.posix and quoted)

    def _between_tokens(self, nextchar, escapedstate, quoted):
        if not nextchar:
            self.state = None
            return True, escapedstate
        if nextchar in self.whitespace:
            return self._emit(quoted), escapedstate
        if nextchar in self.commenters:
            self.instream.readline()
            self.lineno += 1
        elif self.posix and nextchar in self.escape:
            self.state = nextchar
            return False, "a"
        elif nextchar in self.wordchars:
            self.token = nextchar
            self.state = "a"
        elif nextchar in self.punctuation_chars:
            self.token = nextchar
            self.state = "c"
        elif nextchar in self.quotes:
            if not self.posix:
                self.token = nextchar
            self.state = nextchar
        elif self.whitespace_split:
            self.token = nextchar
            self.state = "a"
        else:
            self.token = nextchar
            return self._emit(quoted), escapedstate
        return False, escapedstate

    def _in_quotes(self, nextchar, escapedstate):
        if not nextchar:
            raise ValueError("No closing quotation")
        if nextchar == self.state:
            if not self.posix:
                self.token += nextchar
                self.state = " "
                return True, escapedstate
            self.state = "a"
        elif self.posix and nextchar in self.escape and self.state in self.escapedquotes:
            escapedstate = self.state
            self.state = nextchar
        else:
            self.token += nextchar
        return False, escapedstate

    def _in_word(self, nextchar, escapedstate, quoted):
        if not nextchar:
            self.state = None
            return True, escapedstate
        if nextchar in self.whitespace:
            self.state = " "
            return self._emit(quoted), escapedstate
        if nextchar in self.commenters:
            self.instream.readline()
            self.lineno += 1
            if self.posix:
                self.state = " "
                return self._emit(quoted), escapedstate
            return False, escapedstate
        if self.state == "c":
            if nextchar in self.punctuation_chars:
                self.token += nextchar
                return False, escapedstate
            if nextchar not in self.whitespace:
                self._pushback_chars.append(nextchar)
            self.state = " "
            return True, escapedstate
        if self.posix and nextchar in self.quotes:
            self.state = nextchar
        elif self.posix and nextchar in self.escape:
            self.state = nextchar
            return False, "a"
        elif (nextchar in self.wordchars or nextchar in self.quotes
              or (self.whitespace_split and nextchar not in self.punctuation_chars)):
            self.token += nextchar
        else:
            if self.punctuation_chars:
                self._pushback_chars.append(nextchar)
            else:
                self.pushback.appendleft(nextchar)
            self.state = " "
            return self._emit(quoted), escapedstate
        return False, escapedstate

    def sourcehook(self, newfile):
        """Hook called on a filename to be sourced."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        import os.path
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """Emit a C-compiler-like, Emacs-friendly error-message leader."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join(quote(arg) for arg in split_command)


_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"

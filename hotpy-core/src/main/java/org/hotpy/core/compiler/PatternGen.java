package org.hotpy.core.compiler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.MatchCase;
import org.hotpy.core.ast.Pattern;
import org.hotpy.core.ast.Stmt;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * The match statement (PEP 634). Each pattern consumes the value on top of the stack and either
 * falls through (matched) or jumps to a failure label that first pops whatever the pattern
 * still had on the stack. Captured names are stored as soon as they match, which the language
 * permits for failed matches.
 */
final class PatternGen {
    private final Compiler c;

    PatternGen(Compiler c) {
        this.c = c;
    }

    private Unit u() {
        return c.u;
    }

    /** Failure labels by the number of values to pop before the next case. */
    private static final class Fail {
        final List<Unit.Label> pops = new ArrayList<>();
        int onTop;

        Unit.Label at(Unit u, int n) {
            while (pops.size() <= n) {
                pops.add(u.label());
            }
            return pops.get(n);
        }
    }

    void match(Stmt.Match m) {
        c.exprs.expr(m.subject());
        Unit.Label end = u().label();
        List<MatchCase> cases = m.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase mc = cases.get(i);
            boolean last = i == cases.size() - 1;
            if (!last && mc.guard() == null && irrefutable(mc.pattern())) {
                throw c.error(mc.pattern().pos(), mc.pattern() instanceof Pattern.MatchAs a && a.name() != null
                        ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable");
            }
            u().pos = mc.pattern().pos();
            if (!last) {
                u().emit(Opcode.COPY, 1);
            }
            Fail fail = new Fail();
            checkNames(mc.pattern(), new LinkedHashSet<>());
            pattern(mc.pattern(), fail);
            if (mc.guard() != null) {
                // as CPython: the guard runs with the subject still on the stack, so a false guard
                // fails exactly like a failed pattern
                c.exprs.jumpIf(mc.guard(), fail.at(u(), 0), false);
            }
            if (!last) {
                u().emit(Opcode.POP_TOP); // the subject, no longer needed
            }
            c.stmts.stmts(mc.body());
            u().jump(Opcode.JUMP, end);
            Unit.Label next = u().label();
            emitFailures(fail, next);
            u().place(next);
        }
        u().place(end);
    }

    private void emitFailures(Fail fail, Unit.Label next) {
        if (fail.pops.isEmpty()) {
            return;
        }
        u().jump(Opcode.JUMP, next);
        for (int n = fail.pops.size() - 1; n >= 0; n--) {
            u().place(fail.pops.get(n));
            if (n > 0) {
                u().emit(Opcode.POP_TOP);
            }
        }
    }

    private static boolean irrefutable(Pattern p) {
        if (p instanceof Pattern.MatchAs a) {
            return a.pattern() == null || irrefutable(a.pattern());
        }
        if (p instanceof Pattern.MatchOr o) {
            return o.patterns().stream().anyMatch(PatternGen::irrefutable);
        }
        return false;
    }

    private void checkNames(Pattern p, Set<String> seen) {
        List<String> names = new ArrayList<>();
        collectNames(p, names);
        for (String n : names) {
            if (!seen.add(n)) {
                throw c.error(p.pos(), "multiple assignments to name '%s' in pattern", n);
            }
        }
    }

    private void collectNames(Pattern p, List<String> out) {
        if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                collectNames(a.pattern(), out);
            }
            if (a.name() != null) {
                out.add(a.name());
            }
        } else if (p instanceof Pattern.MatchStar s) {
            if (s.name() != null) {
                out.add(s.name());
            }
        } else if (p instanceof Pattern.MatchSequence s) {
            s.patterns().forEach(x -> collectNames(x, out));
        } else if (p instanceof Pattern.MatchMapping m) {
            m.patterns().forEach(x -> collectNames(x, out));
            if (m.rest() != null) {
                out.add(m.rest());
            }
        } else if (p instanceof Pattern.MatchClass k) {
            k.patterns().forEach(x -> collectNames(x, out));
            k.kwdPatterns().forEach(x -> collectNames(x, out));
        } else if (p instanceof Pattern.MatchOr o) {
            List<String> first = null;
            for (Pattern alt : o.patterns()) {
                List<String> names = new ArrayList<>();
                collectNames(alt, names);
                if (first == null) {
                    first = names;
                } else if (!new LinkedHashSet<>(first).equals(new LinkedHashSet<>(names))) {
                    throw c.error(alt.pos(), "alternative patterns bind different names");
                }
            }
            if (first != null) {
                out.addAll(first);
            }
        }
    }

    private void failIf(Opcode jump, Fail fail) {
        u().jump(jump, fail.at(u(), fail.onTop));
    }

    /** Consumes the value on top of the stack; on failure jumps to the fail label for its depth. */
    private void pattern(Pattern p, Fail fail) {
        u().pos = p.pos();
        if (p instanceof Pattern.MatchValue v) {
            c.exprs.expr(v.value());
            u().emit(Opcode.COMPARE_OP, Compare.Op.EQ.ordinal());
            failIf(Opcode.POP_JUMP_IF_FALSE, fail);
        } else if (p instanceof Pattern.MatchSingleton s) {
            c.loadConst(Constants.of(s.value()));
            u().emit(Opcode.IS_OP, 0);
            failIf(Opcode.POP_JUMP_IF_FALSE, fail);
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() == null) {
                if (a.name() == null) {
                    u().emit(Opcode.POP_TOP);
                } else {
                    c.nameOp(a.name(), Compiler.STORE);
                }
                return;
            }
            u().emit(Opcode.COPY, 1);
            int base = fail.onTop;
            fail.onTop = base + 1;
            pattern(a.pattern(), fail);
            fail.onTop = base;
            c.nameOp(a.name(), Compiler.STORE);
        } else if (p instanceof Pattern.MatchOr o) {
            matchOr(o, fail);
        } else if (p instanceof Pattern.MatchSequence s) {
            sequence(s, fail);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m, fail);
        } else if (p instanceof Pattern.MatchClass k) {
            matchClass(k, fail);
        } else {
            throw c.error(p.pos(), "HotPy cannot compile this pattern: %s", p.getClass().getSimpleName());
        }
    }

    private void matchOr(Pattern.MatchOr o, Fail fail) {
        Unit.Label success = u().label();
        List<Pattern> alts = o.patterns();
        for (int i = 0; i < alts.size(); i++) {
            Fail altFail = new Fail();
            u().emit(Opcode.COPY, 1);
            pattern(alts.get(i), altFail);
            u().emit(Opcode.POP_TOP); // the value matched by this alternative
            u().jump(Opcode.JUMP, success);
            Unit.Label next = u().label();
            emitFailures(altFail, next);
            u().place(next);
        }
        // no alternative matched: the value is still on top
        u().jump(Opcode.JUMP, fail.at(u(), fail.onTop + 1));
        u().place(success);
    }

    private void sequence(Pattern.MatchSequence s, Fail fail) {
        List<Pattern> ps = s.patterns();
        int star = -1;
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i) instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw c.error(ps.get(i).pos(), "multiple starred names in sequence pattern");
                }
                star = i;
            }
        }
        int base = fail.onTop;
        int n = ps.size();
        u().emit(Opcode.MATCH_SEQUENCE);
        fail.onTop = base + 1;
        failIf(Opcode.POP_JUMP_IF_FALSE, fail);
        u().emit(Opcode.GET_LEN);
        c.loadConst(PyInt.of(star < 0 ? n : n - 1));
        u().emit(Opcode.COMPARE_OP, (star < 0 ? Compare.Op.EQ : Compare.Op.GE).ordinal());
        failIf(Opcode.POP_JUMP_IF_FALSE, fail);
        if (star < 0) {
            u().emit(Opcode.UNPACK_SEQUENCE, n);
        } else {
            u().emit(Opcode.UNPACK_EX, star | ((n - star - 1) << 8));
        }
        for (int i = 0; i < n; i++) {
            fail.onTop = base + (n - 1 - i);
            Pattern sub = ps.get(i);
            if (sub instanceof Pattern.MatchStar ms) {
                if (ms.name() != null) {
                    c.nameOp(ms.name(), Compiler.STORE);
                } else {
                    u().emit(Opcode.POP_TOP);
                }
            } else {
                pattern(sub, fail);
            }
        }
        fail.onTop = base;
    }

    private void mapping(Pattern.MatchMapping m, Fail fail) {
        int base = fail.onTop;
        int n = m.keys().size();
        u().emit(Opcode.MATCH_MAPPING);
        fail.onTop = base + 1;
        failIf(Opcode.POP_JUMP_IF_FALSE, fail);
        if (n > 0) {
            u().emit(Opcode.GET_LEN);
            c.loadConst(PyInt.of(n));
            u().emit(Opcode.COMPARE_OP, Compare.Op.GE.ordinal());
            failIf(Opcode.POP_JUMP_IF_FALSE, fail);
        }
        if (n == 0 && m.rest() == null) {
            u().emit(Opcode.POP_TOP);
            fail.onTop = base;
            return;
        }
        for (Expr k : m.keys()) {
            if (!(k instanceof Expr.Constant || k instanceof Expr.Attribute || k instanceof Expr.UnaryOpExpr
                    || k instanceof Expr.BinOp)) {
                throw c.error(k.pos(), "mapping pattern keys may only match literals and attribute lookups");
            }
            c.exprs.expr(k);
        }
        u().emit(Opcode.BUILD_TUPLE, n);
        u().emit(Opcode.MATCH_KEYS);
        u().emit(Opcode.COPY, 1);
        fail.onTop = base + 3;
        failIf(Opcode.POP_JUMP_IF_NONE, fail);
        u().emit(Opcode.UNPACK_SEQUENCE, n);
        for (int i = 0; i < n; i++) {
            fail.onTop = base + 2 + (n - 1 - i);
            pattern(m.patterns().get(i), fail);
        }
        // stack: subject, keys
        if (m.rest() != null) {
            u().emit(Opcode.SWAP, 2);          // keys, subject
            u().emit(Opcode.BUILD_MAP, 0);     // keys, subject, {}
            u().emit(Opcode.SWAP, 2);          // keys, {}, subject
            u().emit(Opcode.DICT_UPDATE, 1);   // keys, rest
            for (Expr k : m.keys()) {
                u().emit(Opcode.COPY, 1);
                c.exprs.expr(k);
                u().emit(Opcode.DELETE_SUBSCR);
            }
            c.nameOp(m.rest(), Compiler.STORE);
            u().emit(Opcode.POP_TOP);
        } else {
            u().emit(Opcode.POP_TOP);
            u().emit(Opcode.POP_TOP);
        }
        fail.onTop = base;
    }

    private void matchClass(Pattern.MatchClass k, Fail fail) {
        int base = fail.onTop;
        int npos = k.patterns().size();
        int nkw = k.kwdAttrs().size();
        c.exprs.expr(k.cls());
        PyObject[] names = new PyObject[nkw];
        for (int i = 0; i < nkw; i++) {
            names[i] = PyStr.of(k.kwdAttrs().get(i));
        }
        c.loadConst(PyTuple.of(names));
        u().emit(Opcode.MATCH_CLASS, npos);
        u().emit(Opcode.COPY, 1);
        fail.onTop = base + 1;
        failIf(Opcode.POP_JUMP_IF_NONE, fail);
        int total = npos + nkw;
        if (total == 0) {
            u().emit(Opcode.POP_TOP);
            fail.onTop = base;
            return;
        }
        u().emit(Opcode.UNPACK_SEQUENCE, total);
        List<Pattern> subs = new ArrayList<>(k.patterns());
        subs.addAll(k.kwdPatterns());
        for (int i = 0; i < total; i++) {
            fail.onTop = base + (total - 1 - i);
            pattern(subs.get(i), fail);
        }
        fail.onTop = base;
    }
}

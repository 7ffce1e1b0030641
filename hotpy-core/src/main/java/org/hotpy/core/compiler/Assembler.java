package org.hotpy.core.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.model.PyObject;

/**
 * Turns a {@link Unit}'s instruction list into a {@link CodeObject}: places labels, computes
 * the maximum stack depth and each handler's depth by flow analysis (following jumps and the
 * implicit edges to exception handlers), and builds the exception and line tables.
 */
final class Assembler {
    private Assembler() {}

    static CodeObject assemble(Unit u, String filename) {
        List<Unit.Insn> real = new ArrayList<>();
        int[] indexOf = new int[u.insns.size()];
        for (int i = 0; i < u.insns.size(); i++) {
            Unit.Insn in = u.insns.get(i);
            indexOf[i] = real.size();
            if (in.placed != null) {
                in.placed.index = real.size();
            }
            if (in.op != null) {
                real.add(in);
            }
        }
        int n = real.size();
        int stackSize = depths(u);
        int[] code = new int[n];
        int[] lines = new int[n];
        int[] positions = new int[n * 3];
        for (int i = 0; i < n; i++) {
            Unit.Insn in = real.get(i);
            int arg = in.jump != null ? in.jump.index : in.arg;
            if (arg < 0 || arg > 0xffffff) {
                throw new IllegalStateException("argument out of range in " + u.qualname + ": " + in.op + " " + arg);
            }
            code[i] = in.op.encode(arg);
            lines[i] = in.line;
            positions[3 * i] = in.col;
            positions[3 * i + 1] = in.endLine;
            positions[3 * i + 2] = in.endCol;
        }
        int[] table = exceptionTable(real);
        int[] cellToArg = new int[u.cellvars.size()];
        Arrays.fill(cellToArg, -1);
        int totalArgs = u.argCount + u.kwOnlyArgCount + ((u.flags & CodeObject.CO_VARARGS) != 0 ? 1 : 0)
                + ((u.flags & CodeObject.CO_VARKEYWORDS) != 0 ? 1 : 0);
        for (int c = 0; c < cellToArg.length; c++) {
            int ix = u.varnames.indexOf(u.cellvars.get(c));
            if (ix >= 0 && ix < totalArgs) {
                cellToArg[c] = ix;
            }
        }
        return new CodeObject(u.name, u.qualname, filename, u.firstLine, u.argCount, u.posOnlyArgCount,
                u.kwOnlyArgCount, u.flags, u.varnames.toArray(new String[0]), u.cellvars.toArray(new String[0]),
                u.freevars.toArray(new String[0]), u.names.toArray(new String[0]), u.consts.toArray(new PyObject[0]),
                code, lines, positions, table, stackSize, cellToArg);
    }

    /**
     * Stack-depth analysis over the instruction list (pseudo-instructions included, so that a
     * handler's depth is the depth where its region starts). Returns the maximum depth.
     */
    private static int depths(Unit u) {
        List<Unit.Insn> all = u.insns;
        int[] depthAt = new int[all.size() + 1];
        Arrays.fill(depthAt, -1);
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        int max = 0;
        while (!work.isEmpty()) {
            int[] w = work.pop();
            int i = w[0];
            int d = w[1];
            while (i < all.size()) {
                if (depthAt[i] >= 0) {
                    if (depthAt[i] != d) {
                        throw new IllegalStateException("inconsistent stack depth in " + u.qualname + " at " + i
                                + ": " + depthAt[i] + " vs " + d + " (" + describe(all.get(i)) + ")");
                    }
                    break;
                }
                depthAt[i] = d;
                max = Math.max(max, d);
                Unit.Insn in = all.get(i);
                if (in.setup != null) {
                    int hd = d + in.setup.adjust;
                    in.setup.depth = hd;
                    int target = in.setup.target.position;
                    work.push(new int[] {target, hd + (in.setup.pushLasti ? 1 : 0) + 1});
                    i++;
                    continue;
                }
                if (in.op == null) {
                    i++;
                    continue;
                }
                if (in.jump != null) {
                    int target = in.jump.position;
                    int jd = d + in.op.stackEffect(in.arg, true);
                    max = Math.max(max, jd);
                    work.push(new int[] {target, jd});
                }
                if (in.op.isTerminal()) {
                    break;
                }
                d += in.op.stackEffect(in.arg, false);
                if (d < 0) {
                    throw new IllegalStateException("negative stack depth in " + u.qualname + " after " + in.op);
                }
                i++;
            }
        }
        return max + 2;
    }

    private static String describe(Unit.Insn in) {
        return in.op != null ? in.op.toString() : in.placed != null ? "label" : "handler setup";
    }

    /** Runs of instructions with the same innermost handler become (start, end, target, depth, lasti). */
    private static int[] exceptionTable(List<Unit.Insn> real) {
        List<int[]> entries = new ArrayList<>();
        Unit.Handler cur = null;
        int start = 0;
        for (int i = 0; i <= real.size(); i++) {
            Unit.Handler h = i < real.size() ? real.get(i).handler : null;
            if (h != cur) {
                if (cur != null && cur.depth >= 0) {
                    entries.add(new int[] {start, i, cur.target.index, cur.depth, cur.pushLasti ? 1 : 0});
                }
                cur = h;
                start = i;
            }
        }
        int[] table = new int[entries.size() * 5];
        for (int i = 0; i < entries.size(); i++) {
            System.arraycopy(entries.get(i), 0, table, i * 5, 5);
        }
        return table;
    }
}

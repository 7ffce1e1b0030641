package org.hotpy.core.bytecode;

import org.hotpy.core.model.PyObject;

/** A readable listing of a code object and its nested code objects, for debugging and tests. */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        dis(code, sb);
        return sb.toString();
    }

    private static void dis(CodeObject code, StringBuilder sb) {
        sb.append("Disassembly of ").append(code.qualname).append(" (stack ").append(code.stackSize).append("):\n");
        int lastLine = -1;
        for (int pc = 0; pc < code.code.length; pc++) {
            int w = code.code[pc];
            Opcode op = Opcode.of(w & 0xff);
            int arg = w >>> 8;
            String line = code.lines[pc] != lastLine ? String.format("%4d", code.lines[pc]) : "    ";
            lastLine = code.lines[pc];
            sb.append(line).append(String.format(" %5d %-28s %d", pc, op, arg));
            String detail = detail(code, op, arg);
            if (detail != null) {
                sb.append(" (").append(detail).append(')');
            }
            sb.append('\n');
        }
        int[] t = code.exceptionTable;
        if (t.length > 0) {
            sb.append("ExceptionTable:\n");
            for (int i = 0; i < t.length; i += 5) {
                sb.append(String.format("  %d to %d -> %d [%d]%s%n", t[i], t[i + 1], t[i + 2], t[i + 3],
                        t[i + 4] != 0 ? " lasti" : ""));
            }
        }
        for (PyObject c : code.consts) {
            if (c instanceof CodeObject nested) {
                sb.append('\n');
                dis(nested, sb);
            }
        }
    }

    private static String detail(CodeObject code, Opcode op, int arg) {
        switch (op.family()) {
            case LOAD_CONST:
                return arg < code.consts.length ? String.valueOf(code.consts[arg]) : "?";
            case LOAD_NAME: case STORE_NAME: case DELETE_NAME: case LOAD_GLOBAL: case STORE_GLOBAL: case DELETE_GLOBAL:
            case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD: case IMPORT_NAME: case IMPORT_FROM:
                return arg < code.names.length ? code.names[arg] : "?";
            case LOAD_FAST: case STORE_FAST: case DELETE_FAST:
                return arg < code.varnames.length ? code.varnames[arg] : "?";
            default:
                return null;
        }
    }
}

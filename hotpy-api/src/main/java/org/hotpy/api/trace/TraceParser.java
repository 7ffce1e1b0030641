package org.hotpy.api.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hotpy.api.trace.TraceLexer.T;
import org.hotpy.api.trace.TraceLexer.Token;

/**
 * Parses the text form (grammar in {@link TraceText}) without checking meaning, so that a trace the
 * verifier must reject can be written down; {@link TraceVerifier} judges the result.
 */
final class TraceParser {
    private static final Pattern VALUE_NAME = Pattern.compile("[pifb][0-9]+");

    private final List<Token> toks;
    private final TraceText.Env env;
    private final Map<String, Value> names = new HashMap<>();
    private final Map<String, ObjRef> refs = new HashMap<>();
    private TraceBuilder builder;
    private Snapshot previousSnapshot;
    private int p;

    private TraceParser(String text, TraceText.Env env) {
        this.toks = TraceLexer.tokens(text);
        this.env = env;
    }

    static Trace parse(String text, TraceText.Env env) {
        return new TraceParser(text, env).trace();
    }

    private Trace trace() {
        skipSeparators();
        Anchor anchor = Anchor.UNKNOWN;
        if (peek().type() == T.WORD && (peek().text().equals("loop") || peek().text().equals("entry"))) {
            boolean loop = next().text().equals("loop");
            ObjRef code = ref(expect(T.REF, "the anchor's code, such as @f"));
            expectPunct(":");
            int pc = intOf(expect(T.NUMBER, "the anchor's bytecode index"));
            anchor = loop ? Anchor.loop(code, pc) : new Anchor(Anchor.Type.ENTRY, code, pc);
            skipSeparators();
        }
        builder = new TraceBuilder(anchor);
        expectPunct("[");
        if (!peek().is("]")) {
            do {
                builder.addParamUnchecked(define(expect(T.WORD, "a parameter name such as p0"), null, Value.Def.PARAM));
            } while (acceptPunct(","));
        }
        expectPunct("]");
        skipSeparators();
        while (peek().type() != T.EOF) {
            builder.appendUnchecked(instr());
            if (peek().type() != T.EOF && !(peek().type() == T.NEWLINE || peek().is(";"))) {
                throw error(peek(), "expected ';' or a new line after an instruction, found " + peek().describe());
            }
            skipSeparators();
        }
        return builder.finishUnchecked();
    }

    private Instr instr() {
        List<Token> labelNames = null;
        Token resultName = null;
        if (peek().is("[")) {
            next();
            labelNames = new ArrayList<>();
            if (!peek().is("]")) {
                do {
                    labelNames.add(expect(T.WORD, "a value name"));
                } while (acceptPunct(","));
            }
            expectPunct("]");
            expectPunct("=");
        } else if (peek().type() == T.WORD && VALUE_NAME.matcher(peek().text()).matches() && toks.get(p + 1).is("=")) {
            resultName = next();
            next();
        }
        Token opTok = expect(T.WORD, "an op name");
        Op op = Op.byTextName(opTok.text());
        if (op == null) {
            throw error(opTok, "unknown op '" + opTok.text() + "'");
        }
        if ((labelNames != null) != (op == Op.LABEL)) {
            throw error(opTok, op == Op.LABEL ? "a label is written [values] = label(args)" : "only label defines a list of values");
        }
        Imm imm = imm(op);
        List<Value> args = args();
        Feedback fb = peek().is("<") ? feedback() : null;
        Snapshot snap = peek().is("{") ? snapshot() : null;
        Value result = null;
        Kind rk = InstrFactory.resultKind(op, imm);
        if (resultName != null) {
            if (rk == null) {
                throw error(resultName, op.textName() + " defines no value");
            }
            result = define(resultName, rk, Value.Def.RESULT);
        }
        Value[] lvs = null;
        if (labelNames != null) {
            lvs = new Value[labelNames.size()];
            for (int i = 0; i < lvs.length; i++) {
                lvs[i] = define(labelNames.get(i), null, Value.Def.LABEL);
            }
        }
        return new Instr(op, imm, args.toArray(new Value[0]), result, lvs, fb, snap);
    }

    private Imm imm(Op op) {
        if (!peek().is("[")) {
            return op.immKind() == Op.ImmKind.NAMES ? Imm.Names.NONE : null;
        }
        Token open = next();
        Imm imm = switch (op.immKind()) {
            case NONE -> throw error(open, op.textName() + " takes no immediate");
            case BINARY_OPERATOR -> {
                Token t = expect(T.WORD, "a binary operator such as add");
                BinaryOperator b = BinaryOperator.byTextName(t.text());
                if (b == null) {
                    throw error(t, "unknown binary operator '" + t.text() + "'");
                }
                yield b;
            }
            case COMPARE_OPERATOR -> {
                Token t = expect(T.WORD, "a comparison such as lt");
                CompareOperator c = CompareOperator.byTextName(t.text());
                if (c == null) {
                    throw error(t, "unknown comparison '" + t.text() + "'");
                }
                yield c;
            }
            case NAME -> new Imm.Name(word());
            case INDEX -> new Imm.Index(intOf(expect(T.NUMBER, "an index")));
            case NAMES -> {
                List<String> ns = new ArrayList<>();
                do {
                    ns.add(word());
                } while (acceptPunct(","));
                yield new Imm.Names(ns);
            }
            case INTRINSIC -> {
                Token t = peek();
                String name = word();
                Intrinsic x = env.intrinsics().apply(name);
                if (x == null) {
                    throw error(t, "unknown intrinsic '" + name + "'");
                }
                yield x;
            }
        };
        expectPunct("]");
        return imm;
    }

    private List<Value> args() {
        expectPunct("(");
        List<Value> args = new ArrayList<>();
        if (!peek().is(")")) {
            do {
                args.add(operand());
            } while (acceptPunct(","));
        }
        expectPunct(")");
        return args;
    }

    private Value operand() {
        Token t = next();
        switch (t.type()) {
            case NUMBER -> {
                String s = t.text();
                if (s.endsWith("inf") || s.contains(".") || s.contains("e") || s.contains("E")) {
                    return builder.constFloat(parseDouble(t));
                }
                try {
                    return builder.constInt(Long.parseLong(s));
                } catch (NumberFormatException e) {
                    throw error(t, "integer constant out of range: " + s);
                }
            }
            case REF -> {
                return builder.constRef(ref(t));
            }
            case WORD -> {
                switch (t.text()) {
                    case "true":
                        return builder.constBool(true);
                    case "false":
                        return builder.constBool(false);
                    case "null":
                        return builder.constNull();
                    case "nan":
                        return builder.constFloat(Double.NaN);
                    case "inf":
                        return builder.constFloat(Double.POSITIVE_INFINITY);
                    default:
                        return use(t);
                }
            }
            default -> throw error(t, "expected a value or a constant, found " + t.describe());
        }
    }

    private Feedback feedback() {
        expectPunct("<");
        List<ObjRef> types = new ArrayList<>();
        ObjRef shape = null;
        ObjRef value = null;
        if (peek().type() == T.REF) {
            do {
                types.add(ref(expect(T.REF, "a type such as @int")));
            } while (acceptPunct(","));
        }
        while (acceptPunct(";")) {
            Token key = expect(T.WORD, "shape or value");
            expectPunct("=");
            ObjRef r = ref(expect(T.REF, "a reference"));
            switch (key.text()) {
                case "shape" -> shape = r;
                case "value" -> value = r;
                default -> throw error(key, "unknown feedback key '" + key.text() + "' (shape, value)");
            }
        }
        expectPunct(">");
        return new Feedback(types, shape, value);
    }

    private Snapshot snapshot() {
        Token open = expectPunct("{");
        if (acceptPunct("=")) {
            expectPunct("}");
            if (previousSnapshot == null) {
                throw error(open, "{=} needs an earlier snapshot to repeat");
            }
            return previousSnapshot;
        }
        List<FrameState> frames = new ArrayList<>();
        do {
            frames.add(frame());
        } while (acceptPunct(","));
        List<VirtualObject> virtuals = new ArrayList<>();
        while (acceptPunct(";")) {
            Token name = expect(T.WORD, "a virtual object's value name");
            expectPunct("=");
            Token opTok = expect(T.WORD, "new_instance, build_tuple, build_list or new_bound_method");
            Op op = Op.byTextName(opTok.text());
            if (op == null || !VirtualObject.OPS.contains(op)) {
                throw error(opTok, "'" + opTok.text() + "' cannot describe a virtual object");
            }
            Value v = names.computeIfAbsent(name.text(), k -> builder.values().fresh(kindOfName(name), Value.Def.VIRTUAL));
            virtuals.add(new VirtualObject(v, op, args()));
        }
        expectPunct("}");
        previousSnapshot = new Snapshot(frames, virtuals);
        return previousSnapshot;
    }

    private FrameState frame() {
        ObjRef code = ref(expect(T.REF, "a frame's code, such as @f"));
        expectPunct(":");
        int pc = intOf(expect(T.NUMBER, "a bytecode index"));
        Value fn = null;
        if (acceptPunct("(")) {
            fn = operand();
            expectPunct(")");
        }
        expectPunct("[");
        List<Value> locals = new ArrayList<>();
        List<Value> stack = new ArrayList<>();
        List<Value> into = locals;
        while (!peek().is("]")) {
            if (acceptPunct("|")) {
                if (into == stack) {
                    throw error(toks.get(p - 1), "a frame has one '|' between locals and stack");
                }
                into = stack;
                continue;
            }
            into.add(operand());
            if (!peek().is("]") && !peek().is("|")) {
                expectPunct(",");
            }
        }
        expectPunct("]");
        return new FrameState(code, pc, fn, locals, stack);
    }

    private Value define(Token name, Kind kind, Value.Def def) {
        Kind k = kindOfName(name);
        if (kind != null && k != kind) {
            throw error(name, name.text() + " is named as " + k + " but " + kind + " is defined");
        }
        return names.computeIfAbsent(name.text(), n -> builder.values().fresh(k, def));
    }

    private Value use(Token name) {
        Kind k = kindOfName(name);
        return names.computeIfAbsent(name.text(), n -> builder.values().fresh(k, Value.Def.UNDEFINED));
    }

    private Kind kindOfName(Token name) {
        if (!VALUE_NAME.matcher(name.text()).matches()) {
            throw error(name, "'" + name.text() + "' is not a value name (p, i, f or b and a number, as p3)");
        }
        return Kind.ofPrefix(name.text().charAt(0));
    }

    private ObjRef ref(Token t) {
        return refs.computeIfAbsent(t.text(), n -> {
            ObjRef r = env.refs().apply(n);
            if (r == null) {
                throw error(t, "unknown reference @" + n);
            }
            return r;
        });
    }

    private String word() {
        Token t = next();
        if (t.type() != T.WORD && t.type() != T.STRING) {
            throw error(t, "expected a name, found " + t.describe());
        }
        return t.text();
    }

    private double parseDouble(Token t) {
        return switch (t.text()) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield Double.parseDouble(t.text());
                } catch (NumberFormatException e) {
                    throw error(t, "bad float constant " + t.text());
                }
            }
        };
    }

    private int intOf(Token t) {
        try {
            return Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
            throw error(t, "expected a non-negative integer, found " + t.text());
        }
    }

    private Token peek() {
        return toks.get(p);
    }

    private Token next() {
        Token t = toks.get(p);
        if (t.type() != T.EOF) {
            p++;
        }
        return t;
    }

    private Token expect(T type, String what) {
        Token t = next();
        if (t.type() != type) {
            throw error(t, "expected " + what + ", found " + t.describe());
        }
        return t;
    }

    private Token expectPunct(String punct) {
        Token t = next();
        if (!t.is(punct)) {
            throw error(t, "expected '" + punct + "', found " + t.describe());
        }
        return t;
    }

    private boolean acceptPunct(String punct) {
        if (peek().is(punct)) {
            p++;
            return true;
        }
        return false;
    }

    private void skipSeparators() {
        while (peek().type() == T.NEWLINE || peek().is(";")) {
            p++;
        }
    }

    private static TraceSyntaxException error(Token t, String msg) {
        return new TraceSyntaxException(t.line(), t.column(), msg);
    }
}

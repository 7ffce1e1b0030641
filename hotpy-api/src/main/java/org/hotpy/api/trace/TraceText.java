package org.hotpy.api.trace;

import java.util.Objects;
import java.util.function.Function;

/**
 * The readable text form of a trace, printed and parsed back exactly: for every trace {@code t},
 * {@code print(parse(print(t)))} equals {@code print(t)}, and values are renamed in order of first
 * appearance, so traces that differ only in numbering print alike (tests compare printed text).
 *
 * <pre>
 * loop &#64;f:8                                   # optional header: loop|entry &#64;code:pc
 * [p0, p1]                                     # parameters
 * guard_type(p0, &#64;int) {&#64;f:8 [p0, p1]}        # snapshot: &#64;code:pc [locals | stack]
 * i2 = unbox_int(p0) {=}                        # {=}: the previous snapshot again
 * b3 = int_lt(i2, 100)
 * guard_true(b3) {&#64;f:10 [p0, p1]}
 * i4 = int_add_ovf(i2, 1) {&#64;f:12 [p0, p1 | p0]}
 * p5 = binary_op[add](p1, p0) &lt;&#64;float, &#64;int&gt; {&#64;f:14 [p0, p1 | p1, p0]}
 * jump(p5, p1)
 * </pre>
 *
 * <p>Grammar (instructions are separated by new lines or {@code ;}; {@code #} starts a comment):
 * <pre>
 * trace    := header? '[' names? ']' (instr sep)* 
 * header   := ('loop' | 'entry') REF ':' INT
 * instr    := (name '=' | '[' names? ']' '=')? op ('[' imm ']')? '(' args? ')' feedback? snapshot?
 * arg      := name | INT | FLOAT | 'true' | 'false' | 'null' | REF        (FLOAT has '.', 'E', or is nan/inf/-inf)
 * feedback := '&lt;' (REF (',' REF)*)? (';' ('shape' | 'value') '=' REF)* '&gt;'
 * snapshot := '{=}' | '{' frame (',' frame)* (';' name '=' op '(' args? ')')* '}'
 * frame    := REF ':' INT ('(' arg ')')? '[' args? ('|' args?)? ']'
 * name     := [pifb][0-9]+   (the letter is the kind: OBJECT, INT64, FLOAT64, BOOL)
 * REF      := '&#64;' word | '&#64;' "quoted"
 * </pre>
 */
public final class TraceText {
    private TraceText() {
    }

    /**
     * How names in the text map to runtime things.
     *
     * @param refs        {@code @name} to an object ({@code null}: unknown, a syntax error)
     * @param intrinsics  {@code intrinsic[name]} to an intrinsic ({@code null}: unknown)
     */
    public record Env(Function<String, ObjRef> refs, Function<String, Intrinsic> intrinsics) {
        public Env {
            Objects.requireNonNull(refs, "refs");
            Objects.requireNonNull(intrinsics, "intrinsics");
        }

        /** Every {@code @name} is a {@link SymbolicRef}; there are no intrinsics. */
        public static Env symbolic() {
            return new Env(SymbolicRef::of, name -> null);
        }

        /** This environment with other intrinsics. */
        public Env withIntrinsics(Function<String, Intrinsic> lookup) {
            return new Env(refs, lookup);
        }
    }

    /** The text form. */
    public static String print(Trace trace) {
        return TracePrinter.print(trace, false);
    }

    /** The text form with each snapshot's exit number as a trailing comment (for dumps). */
    public static String printWithExitNumbers(Trace trace) {
        return TracePrinter.print(trace, true);
    }

    /** Parse with symbolic references. */
    public static Trace parse(String text) {
        return parse(text, Env.symbolic());
    }

    /**
     * Parse the text form. The result is not verified (so invalid traces can be written for
     * tests); run {@link TraceVerifier} on it.
     *
     * @throws TraceSyntaxException naming the line and column of the first error
     */
    public static Trace parse(String text, Env env) {
        return TraceParser.parse(text, env);
    }

    /** The text form of a constant value ({@code 5}, {@code 1.5}, {@code true}, {@code @int}, {@code null}). */
    public static String constantText(Value constant) {
        return TracePrinter.constantText(constant);
    }
}

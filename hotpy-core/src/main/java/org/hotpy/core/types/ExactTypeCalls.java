package org.hotpy.core.types;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyRange;
import org.hotpy.core.types.collection.SequenceCopies;
import org.hotpy.core.types.number.FloatMethods;
import org.hotpy.core.types.number.IntParsing;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * Calls of the exact builtin classes programs convert with in loops ({@code range(a, b)},
 * {@code int(x)}, {@code float(x)}, {@code str(x)}, and the copies of {@link SequenceCopies})
 * without keywords, made straight to the conversion each class's {@code __new__} performs. The
 * generic type call looks {@code __new__} up, copies the arguments behind the class, binds them
 * to {@code __new__}'s signature through two method objects, then looks {@code __init__} up:
 * 3-4% of float, pystone and raytrace. A builtin class's {@code __new__} and {@code __init__}
 * cannot be replaced, so the result is the one the generic call gives; anything declined here
 * (null: other classes, other argument counts, a range too large for longs) takes that call.
 */
public final class ExactTypeCalls {
    private ExactTypeCalls() {}

    /** {@code type(*args)} for an exact builtin class taken here, else null. */
    public static PyObject call(PyType type, PyObject[] args) {
        if (type == PyRange.TYPE) {
            return PyRange.ofSmall(args);
        }
        if (args.length != 1) {
            return null;
        }
        PyObject x = args[0];
        if (type == PyInt.TYPE) {
            return IntParsing.toInt(x);
        }
        if (type == PyFloat.TYPE) {
            return FloatMethods.newFloat(PyFloat.TYPE, x);
        }
        if (type == PyStr.TYPE) {
            return Protocols.str(x);
        }
        return SequenceCopies.ofExact(type, x);
    }
}

package org.hotpy.core.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.collection.StructSeq;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * The calendar side of {@code time}: {@code struct_time}, gmtime, localtime, mktime, strftime,
 * asctime, ctime, and the time zone constants, in the C locale as CPython uses by default.
 */
final class TimeCalendar {
    private TimeCalendar() {}

    static final PyType STRUCT_TIME = StructSeq.declareWithExtras("time", "struct_time", 9, "tm_year", "tm_mon", "tm_mday",
            "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private static void def(PyModule m, String name, String sig, PyBuiltinFunction.Body body) {
        m.put(name, PyBuiltinFunction.of(name, sig, body).inModule(m));
    }

    /**
     * The short name of {@code zone}, as C's {@code tzname} gives it. UTC, the usual zone of
     * servers and containers, is named without asking Java's locale data: the first
     * {@code getDisplayName} loads the CLDR time-zone names, 35-55 ms of every {@code import time}.
     */
    private static String shortName(ZoneId zone) {
        String id = zone.getId();
        if (id.equals("UTC") || id.equals("Etc/UTC")) {
            return "UTC";
        }
        return zone.getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }

    static void define(PyModule m) {
        m.put("struct_time", STRUCT_TIME);
        ZoneId zone = ZoneId.systemDefault();
        ZoneOffset std = zone.getRules().getStandardOffset(Instant.now());
        m.put("timezone", PyInt.of(-std.getTotalSeconds()));
        m.put("altzone", PyInt.of(-std.getTotalSeconds() - (zone.getRules().isFixedOffset() ? 0 : 3600)));
        m.put("daylight", PyInt.of(zone.getRules().isFixedOffset() ? 0 : 1));
        String stdName = shortName(zone);
        m.put("tzname", PyTuple.of(PyStr.of(stdName), PyStr.of(stdName)));
        // As CPython's, strptime is written in Python (_strptime), imported on first use.
        def(m, "strptime", "string, format='%a %b %d %H:%M:%S %Y', /", a -> {
            org.hotpy.core.interp.InterpreterState st = org.hotpy.core.interp.InterpreterState.current();
            PyObject mod = st.imports().importModuleLevel("_strptime", null, PyTuple.of(PyStr.of("_strptime_time")), 0);
            return org.hotpy.core.ops.Call.call(org.hotpy.core.ops.Attr.get(mod, "_strptime_time"), a[0], a[1]);
        });
        def(m, "gmtime", "seconds=None, /", a -> structTime(ZonedDateTime.ofInstant(instant(a[0]), ZoneOffset.UTC), "UTC"));
        def(m, "localtime", "seconds=None, /", a -> {
            ZonedDateTime z = ZonedDateTime.ofInstant(instant(a[0]), zone);
            return structTime(z, shortName(z.getZone()));
        });
        def(m, "mktime", "t, /", a -> {
            int[] f = fields(a[0]);
            LocalDateTime ldt = LocalDateTime.of(f[0], 1, 1, 0, 0).plusMonths(f[1] - 1L).plusDays(f[2] - 1L)
                    .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
            return new PyFloat(ldt.atZone(zone).toEpochSecond());
        });
        def(m, "strftime", "format, t=None, /", a -> {
            String fmt = Protocols.strArg(a[0], "format", "strftime");
            int[] f = a[1] == PyNone.NONE ? fields(structTime(ZonedDateTime.now(zone), "")) : fields(a[1]);
            return PyStr.of(strftime(fmt, f, a[1] == PyNone.NONE ? null : a[1]));
        });
        def(m, "asctime", "t=None, /", a -> {
            int[] f = a[0] == PyNone.NONE ? fields(structTime(ZonedDateTime.now(zone), "")) : fields(a[0]);
            return PyStr.of(asctime(f));
        });
        def(m, "ctime", "seconds=None, /", a -> PyStr.of(asctime(fields(structTime(
                ZonedDateTime.ofInstant(instant(a[0]), zone), "")))));
    }

    private static Instant instant(PyObject secs) {
        if (secs == PyNone.NONE) {
            return Instant.now();
        }
        // CPython's _PyTime_ObjectToTime_t: a float, else anything with __index__.
        double s = secs instanceof PyFloat f ? f.value : IntMath.isInt(secs) ? IntMath.toDouble(secs)
                : secs.type().lookup(org.hotpy.core.model.Slot.FLOAT) != null ? MathModule.arg(secs)
                : IntMath.toDouble(org.hotpy.core.ops.Protocols.index(secs));
        if (Double.isNaN(s)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (Double.isInfinite(s) || Math.abs(s) >= 0x1p63) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        long whole = (long) Math.floor(s);
        // glibc keeps the year in an int (tm_year); the JDK's Instant reaches only +-1e9 years.
        if (Math.abs(whole) > 67_767_976_233_316_800L) {
            throw org.hotpy.core.modules.io.IoErrors.osError(75, (String) null);
        }
        try {
            return Instant.ofEpochSecond(whole);
        } catch (java.time.DateTimeException e) {
            throw org.hotpy.core.modules.io.IoErrors.osError(75, (String) null);
        }
    }

    private static PyObject structTime(ZonedDateTime z, String zoneName) {
        return StructSeq.withExtras(STRUCT_TIME, new PyObject[] {PyInt.of(z.getYear()), PyInt.of(z.getMonthValue()), PyInt.of(z.getDayOfMonth()),
                PyInt.of(z.getHour()), PyInt.of(z.getMinute()), PyInt.of(z.getSecond()),
                PyInt.of(z.getDayOfWeek().getValue() - 1), PyInt.of(z.getDayOfYear()),
                PyInt.of(z.getZone().getRules().isDaylightSavings(z.toInstant()) ? 1 : 0), PyStr.of(zoneName),
                PyInt.of(z.getOffset().getTotalSeconds())}, 9);
    }

    /** The nine numeric fields of a struct_time or 9-tuple. */
    private static int[] fields(PyObject t) {
        PyObject[] items = Iteration.toArray(t);
        if (items.length < 9) {
            throw Errors.typeError("function takes exactly 9 arguments (%d given)", items.length);
        }
        int[] f = new int[9];
        for (int i = 0; i < 9; i++) {
            f[i] = (int) Protocols.asIndexLong(items[i], "Python int too large to convert to C int");
        }
        return f;
    }

    private static String asctime(int[] f) {
        return String.format("%s %s %2d %02d:%02d:%02d %d", DAYS[Math.floorMod(f[6], 7)].substring(0, 3),
                MONTHS[Math.floorMod(f[1] - 1, 12)].substring(0, 3), f[2], f[3], f[4], f[5], f[0]);
    }

    /** strftime in the C locale. */
    static String strftime(String fmt, int[] f, PyObject t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            int wday = Math.floorMod(f[6], 7);
            switch (d) {
                case 'a': sb.append(DAYS[wday], 0, 3); break;
                case 'A': sb.append(DAYS[wday]); break;
                case 'b': case 'h': sb.append(MONTHS[Math.floorMod(f[1] - 1, 12)], 0, 3); break;
                case 'B': sb.append(MONTHS[Math.floorMod(f[1] - 1, 12)]); break;
                case 'c': sb.append(asctime(f)); break;
                case 'd': sb.append(String.format("%02d", f[2])); break;
                case 'e': sb.append(String.format("%2d", f[2])); break;
                case 'H': sb.append(String.format("%02d", f[3])); break;
                case 'I': sb.append(String.format("%02d", f[3] % 12 == 0 ? 12 : f[3] % 12)); break;
                case 'j': sb.append(String.format("%03d", f[7])); break;
                case 'm': sb.append(String.format("%02d", f[1])); break;
                case 'M': sb.append(String.format("%02d", f[4])); break;
                case 'p': sb.append(f[3] < 12 ? "AM" : "PM"); break;
                case 'S': sb.append(String.format("%02d", f[5])); break;
                case 'w': sb.append((wday + 1) % 7); break;
                case 'U': sb.append(String.format("%02d", (f[7] + 6 - ((wday + 1) % 7)) / 7)); break;
                case 'W': sb.append(String.format("%02d", (f[7] + 6 - wday) / 7)); break;
                case 'x': sb.append(String.format("%02d/%02d/%02d", f[1], f[2], Math.floorMod(f[0], 100))); break;
                case 'X': sb.append(String.format("%02d:%02d:%02d", f[3], f[4], f[5])); break;
                case 'y': sb.append(String.format("%02d", Math.floorMod(f[0], 100))); break;
                case 'Y': sb.append(f[0]); break;
                case 'G': sb.append(f[0]); break;
                case 'u': sb.append(wday + 1); break;
                case 'Z': sb.append(zoneName(t)); break;
                case 'z': sb.append(offset(t)); break;
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case '%': sb.append('%'); break;
                default: sb.append('%').append(d); break;
            }
        }
        return sb.toString();
    }

    private static String zoneName(PyObject t) {
        if (t != null && t.type() == STRUCT_TIME) {
            return Protocols.str(org.hotpy.core.ops.Attr.get(t, "tm_zone")).value();
        }
        return shortName(ZoneId.systemDefault());
    }

    private static String offset(PyObject t) {
        int secs = t != null && t.type() == STRUCT_TIME
                ? (int) Protocols.asIndexLong(org.hotpy.core.ops.Attr.get(t, "tm_gmtoff"), "offset")
                : ZonedDateTime.now().getOffset().getTotalSeconds();
        int abs = Math.abs(secs);
        return String.format("%s%02d%02d", secs < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
    }
}

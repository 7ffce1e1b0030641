package org.hotpy.core.modules.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.types.collection.StructSeq;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/**
 * {@code os.stat_result} from the JDK's "unix" attribute view: ten tuple items (the times as
 * whole seconds) and the float, nanosecond and block attributes, as CPython builds it on Linux.
 */
final class PosixStat {
    private PosixStat() {}

    /*
     * The three integer times are tuple items 7-9, shown as st_atime... by repr; the attribute
     * of the same name is declared again among the extras, so it gives the float, as in CPython.
     */
    static final PyType STAT_RESULT = StructSeq.declareWithExtras("os", "stat_result", 10,
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime",
            "st_ctime", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
            "st_blksize", "st_blocks", "st_rdev");

    static StructSeq stat(Path p, boolean follow) throws IOException {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> a = Files.readAttributes(p, "unix:*", opts);
        long size = ((Number) a.get("size")).longValue();
        long atime = nanos((FileTime) a.get("lastAccessTime"));
        long mtime = nanos((FileTime) a.get("lastModifiedTime"));
        long ctime = nanos((FileTime) a.get("ctime"));
        PyObject[] all = {
            num(a.get("mode")), num(a.get("ino")), num(a.get("dev")), num(a.get("nlink")), num(a.get("uid")),
            num(a.get("gid")), PyInt.of(size), PyInt.of(Math.floorDiv(atime, 1_000_000_000L)),
            PyInt.of(Math.floorDiv(mtime, 1_000_000_000L)), PyInt.of(Math.floorDiv(ctime, 1_000_000_000L)),
            seconds(atime), seconds(mtime), seconds(ctime), PyInt.of(atime), PyInt.of(mtime), PyInt.of(ctime),
            PyInt.of(4096), PyInt.of((size + 511) / 512), num(a.get("rdev")),
        };
        return StructSeq.withExtras(STAT_RESULT, all, 10);
    }

    private static PyObject num(Object o) {
        return PyInt.of(((Number) o).longValue());
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    /** CPython's float time: seconds plus nanoseconds * 1e-9, computed in double. */
    private static PyFloat seconds(long nanos) {
        long s = Math.floorDiv(nanos, 1_000_000_000L);
        long ns = Math.floorMod(nanos, 1_000_000_000L);
        return new PyFloat(s + ns * 1e-9);
    }
}

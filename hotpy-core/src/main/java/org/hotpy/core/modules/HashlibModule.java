package org.hotpy.core.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyFrozenSet;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyByteArray;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * {@code _hashlib}: message digests over {@code java.security.MessageDigest}, the core that
 * {@code hashlib.py} wraps (CPython's is OpenSSL's). Names are CPython's; the JDK provides every
 * guaranteed algorithm except blake2b, blake2s, shake_128 and shake_256.
 */
final class HashlibModule {
    private HashlibModule() {}

    /** Python name to JDK algorithm, digest size implied by the JDK, block size in bytes. */
    private record Algorithm(String jdkName, int blockSize) {}

    private static final Map<String, Algorithm> ALGORITHMS = new LinkedHashMap<>();

    static {
        ALGORITHMS.put("md5", new Algorithm("MD5", 64));
        ALGORITHMS.put("sha1", new Algorithm("SHA-1", 64));
        ALGORITHMS.put("sha224", new Algorithm("SHA-224", 64));
        ALGORITHMS.put("sha256", new Algorithm("SHA-256", 64));
        ALGORITHMS.put("sha384", new Algorithm("SHA-384", 128));
        ALGORITHMS.put("sha512", new Algorithm("SHA-512", 128));
        ALGORITHMS.put("sha512_224", new Algorithm("SHA-512/224", 128));
        ALGORITHMS.put("sha512_256", new Algorithm("SHA-512/256", 128));
        ALGORITHMS.put("sha3_224", new Algorithm("SHA3-224", 144));
        ALGORITHMS.put("sha3_256", new Algorithm("SHA3-256", 136));
        ALGORITHMS.put("sha3_384", new Algorithm("SHA3-384", 104));
        ALGORITHMS.put("sha3_512", new Algorithm("SHA3-512", 72));
    }

    static final PyType UNSUPPORTED_DIGESTMOD = PyType.builtin("UnsupportedDigestmodError", ExceptionTypes.VALUE_ERROR,
            PyBaseException.class, t -> { }).inModule("_hashlib");

    private static void def(PyModule m, String name, String sig, PyBuiltinFunction.Body body) {
        m.put(name, PyBuiltinFunction.of(name, sig, body).inModule(m));
    }

    static PyModule create() {
        PyModule m = new PyModule("_hashlib");
        m.put("HASH", PyHash.TYPE);
        m.put("UnsupportedDigestmodError", UNSUPPORTED_DIGESTMOD);
        PyFrozenSet names = new PyFrozenSet();
        for (String n : ALGORITHMS.keySet()) {
            names.add(PyStr.of(n));
            def(m, "openssl_" + n, "data=?, *, usedforsecurity=True, string=None",
                    a -> PyHash.create(n, initialData(a[0], a[2])));
        }
        m.put("openssl_md_meth_names", names);
        def(m, "new", "name, data=?, *, usedforsecurity=True, string=None", a ->
                PyHash.create(Protocols.strArg(a[0], "name", "new"), initialData(a[1], a[3])));
        def(m, "pbkdf2_hmac", "hash_name, password, salt, iterations, dklen=None", HashlibModule::pbkdf2);
        def(m, "hmac_digest", "key, msg, digest", a -> new PyBytes(hmac(
                algorithm(Protocols.strArg(a[2], "digest", "hmac_digest"), true),
                PyBytes.bytesLike(a[0], "hmac_digest"), PyBytes.bytesLike(a[1], "hmac_digest"))));
        def(m, "compare_digest", "a, b, /", a -> PyBool.of(compareDigest(a[0], a[1])));
        return m;
    }

    /**
     * {@code data} (null when omitted) or its old keyword name {@code string}, which CPython
     * still accepts.
     */
    private static byte[] initialData(PyObject data, PyObject string) {
        PyObject d = string != PyNone.NONE ? string : data;
        return d == null ? null : PyHash.dataArg(d);
    }

    /** The JDK digest for a Python name (case-insensitive, as OpenSSL's lookup). */
    static Algorithm algorithm(String name, boolean digestmodError) {
        Algorithm alg = ALGORITHMS.get(name.toLowerCase(Locale.ROOT));
        if (alg == null) {
            if (digestmodError) {
                throw Errors.of(UNSUPPORTED_DIGESTMOD, "[digital envelope routines] unsupported");
            }
            throw Errors.valueError("unsupported hash type %s", name);
        }
        return alg;
    }

    static MessageDigest digest(Algorithm alg) {
        try {
            return MessageDigest.getInstance(alg.jdkName());
        } catch (NoSuchAlgorithmException e) {
            throw Errors.valueError("unsupported hash type %s", alg.jdkName());
        }
    }

    /** HMAC (RFC 2104) over any of the digests. */
    private static byte[] hmac(Algorithm alg, byte[] key, byte[] msg) {
        MessageDigest md = digest(alg);
        byte[] k = key.length > alg.blockSize() ? md.digest(key) : key;
        byte[] ipad = new byte[alg.blockSize()];
        byte[] opad = new byte[alg.blockSize()];
        for (int i = 0; i < ipad.length; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        md.update(ipad);
        byte[] inner = md.digest(msg);
        md.update(opad);
        return md.digest(inner);
    }

    /** {@code pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)} (RFC 8018). */
    private static PyObject pbkdf2(PyObject[] a) {
        Algorithm alg = algorithm(Protocols.strArg(a[0], "hash_name", "pbkdf2_hmac"), true);
        byte[] password = PyBytes.bytesLike(a[1], "pbkdf2_hmac");
        byte[] salt = PyBytes.bytesLike(a[2], "pbkdf2_hmac");
        long iterations = Protocols.asIndexLong(a[3], "iteration value is too great.");
        if (iterations < 1) {
            throw Errors.valueError("iteration value must be greater than 0.");
        }
        int hLen = digest(alg).getDigestLength();
        long dklen = a[4] == PyNone.NONE ? hLen : Protocols.asIndexLong(a[4], "key length is too great.");
        if (dklen < 1) {
            throw Errors.valueError("key length must be greater than 0.");
        }
        byte[] out = new byte[(int) dklen];
        for (int block = 1, done = 0; done < out.length; block++) {
            byte[] u = hmac(alg, password, concat(salt, new byte[] {
                (byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block}));
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = hmac(alg, password, u);
                for (int j = 0; j < t.length; j++) {
                    t[j] ^= u[j];
                }
            }
            int n = Math.min(t.length, out.length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return new PyBytes(out);
    }

    private static byte[] concat(byte[] x, byte[] y) {
        byte[] r = new byte[x.length + y.length];
        System.arraycopy(x, 0, r, 0, x.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    /** Constant-time comparison of two ASCII strs or two bytes-like objects. */
    private static boolean compareDigest(PyObject x, PyObject y) {
        if (x instanceof PyStr s && y instanceof PyStr t) {
            if (!s.value().chars().allMatch(c -> c < 128) || !t.value().chars().allMatch(c -> c < 128)) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            return MessageDigest.isEqual(s.value().getBytes(), t.value().getBytes());
        }
        if (x instanceof PyStr || y instanceof PyStr || !isBytesLike(x) || !isBytesLike(y)) {
            throw Errors.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                    x.type().tpName(), y.type().tpName());
        }
        return MessageDigest.isEqual(PyBytes.bytesLike(x, "compare_digest"), PyBytes.bytesLike(y, "compare_digest"));
    }

    private static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray;
    }

    /** {@code _hashlib.HASH}: one running digest. */
    static final class PyHash extends PyObject {
        static final PyType TYPE = PyType.builtin("HASH", PyType.OBJECT, PyHash.class, PyHash::define)
                .inModule("_hashlib").notSubclassable();

        private final String name;
        private final Algorithm alg;
        private final MessageDigest md;

        private PyHash(String name, Algorithm alg, MessageDigest md) {
            this.name = name;
            this.alg = alg;
            this.md = md;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        static PyHash create(String name, byte[] data) {
            Algorithm alg = algorithm(name, false);
            PyHash h = new PyHash(name.toLowerCase(Locale.ROOT), alg, digest(alg));
            if (data != null) {
                h.md.update(data);
            }
            return h;
        }

        /** Data to hash: bytes-like only; a str is refused with CPython's hint to encode it. */
        static byte[] dataArg(PyObject d) {
            if (d instanceof PyStr) {
                throw Errors.typeError("Strings must be encoded before hashing");
            }
            if (!isBytesLike(d)) {
                throw Errors.typeError("object supporting the buffer API required");
            }
            return PyBytes.bytesLike(d, "update");
        }

        private byte[] peek() {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw Errors.systemError("digest %s cannot be copied", name);
            }
        }

        private static void define(TypeDef t) {
            t.method1("update", "obj, /", (PyHash h, PyObject d) -> {
                h.md.update(dataArg(d));
                return PyNone.NONE;
            });
            t.method0("digest", (PyHash h) -> new PyBytes(h.peek()));
            t.method0("hexdigest", (PyHash h) -> PyStr.of(HexFormat.of().formatHex(h.peek())));
            t.method0("copy", (PyHash h) -> {
                try {
                    return new PyHash(h.name, h.alg, (MessageDigest) h.md.clone());
                } catch (CloneNotSupportedException e) {
                    throw Errors.systemError("digest %s cannot be copied", h.name);
                }
            });
            t.getter("name", (PyHash h) -> PyStr.of(h.name));
            t.getter("digest_size", (PyHash h) -> PyInt.of(h.md.getDigestLength()));
            t.getter("block_size", (PyHash h) -> PyInt.of(h.alg.blockSize()));
            t.method0("__repr__", (PyHash h) -> PyStr.of("<" + h.name + " _hashlib.HASH object @ 0x"
                    + Protocols.idHex(h) + ">"));
        }
    }
}

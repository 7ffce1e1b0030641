package org.hotpy.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hotpy.core.errors.Errors;

/** C3 linearisation of a class's bases, as CPython computes {@code __mro__}. */
public final class Mro {
    private Mro() {}

    /** The C3 merge of the bases' MROs: a class's MRO without the class itself. */
    public static PyType[] tail(PyType[] bases) {
        PyType[] withMarker = compute(null, bases);
        return java.util.Arrays.copyOfRange(withMarker, 1, withMarker.length);
    }

    /** The MRO of a class with these bases: the class itself first, then the C3 merge. */
    public static PyType[] compute(PyType self, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(Arrays.asList(b.mro())));
        }
        seqs.add(new ArrayList<>(Arrays.asList(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(self);
        while (true) {
            for (int i = seqs.size() - 1; i >= 0; i--) { // not removeIf(List::isEmpty): a lambda costs start-up
                if (seqs.get(i).isEmpty()) {
                    seqs.remove(i);
                }
            }
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                if (!inTail(head, seqs)) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                throw conflict(seqs);
            }
            out.add(candidate);
            for (List<PyType> s : seqs) {
                if (s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    private static boolean inTail(PyType t, List<List<PyType>> seqs) {
        for (List<PyType> s : seqs) {
            if (s.indexOf(t) > 0) {
                return true;
            }
        }
        return false;
    }

    private static RuntimeException conflict(List<List<PyType>> seqs) {
        // CPython lists the distinct heads, in order, that could not be placed.
        List<String> names = new ArrayList<>();
        for (List<PyType> s : seqs) {
            String n = s.get(0).name();
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s",
                String.join(", ", names));
    }
}

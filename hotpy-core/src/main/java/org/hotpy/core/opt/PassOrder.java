package org.hotpy.core.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

import org.hotpy.api.pass.TracePass;

/**
 * Checks the installed passes and orders the selected ones: a topological sort of the
 * "runs after/before" constraints (constraints naming passes that do not run are ignored), ties
 * broken by name so the order is the same on every run.
 */
final class PassOrder {

    private PassOrder() {
    }

    /** The installed passes by name; two different classes with one name are an error. */
    static Map<String, TracePass> byName(List<TracePass> installed) {
        Map<String, TracePass> out = new LinkedHashMap<>();
        for (TracePass p : installed) {
            String name = p.name();
            if (name == null || !isKebab(name)) {
                throw new OptimizerConfigurationException("pass " + p.getClass().getName() + " has the name '" + name
                        + "'; pass names are kebab-case, such as type-specialisation");
            }
            if (p.spiVersion() > TracePass.SPI_VERSION) {
                throw new OptimizerConfigurationException("pass '" + name + "' (" + p.getClass().getName()
                        + ") needs pass SPI version " + p.spiVersion() + ", but this runtime provides "
                        + TracePass.SPI_VERSION);
            }
            TracePass old = out.get(name);
            if (old != null && old.getClass() != p.getClass()) {
                throw new OptimizerConfigurationException("two passes are named '" + name + "': "
                        + old.getClass().getName() + " and " + p.getClass().getName());
            }
            out.put(name, p);
        }
        return out;
    }

    /**
     * Whether {@code name} is kebab-case: {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}. Checked by hand: this
     * runs on the thread choosing the passes while the interpreter's thread may wait for it, and a
     * regular expression cost about 4 ms there, compiled cold.
     */
    static boolean isKebab(String name) {
        int n = name.length();
        if (n == 0 || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = name.charAt(i);
            if (c == '-') {
                if (i == n - 1 || name.charAt(i + 1) == '-') {
                    return false;
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The selected passes in run order. */
    static List<TracePass> order(Map<String, TracePass> installed, OptimizerConfig config) {
        for (String n : config.include()) {
            if (!installed.containsKey(n)) {
                throw new OptimizerConfigurationException("unknown pass '" + n + "' in the pass selection; installed: "
                        + new TreeSet<>(installed.keySet()));
            }
        }
        Map<String, TracePass> selected = new LinkedHashMap<>();
        for (Map.Entry<String, TracePass> e : installed.entrySet()) { // loops, not lambdas: see isKebab
            if (config.selects(e.getKey())) {
                selected.put(e.getKey(), e.getValue());
            }
        }
        for (TracePass p : selected.values()) {
            for (String r : p.requires()) {
                if (!installed.containsKey(r)) {
                    throw new OptimizerConfigurationException("pass '" + p.name() + "' requires pass '" + r
                            + "', which is not installed");
                }
                if (!selected.containsKey(r)) {
                    throw new OptimizerConfigurationException("pass '" + p.name() + "' requires pass '" + r
                            + "', which the configuration disables");
                }
            }
        }
        return topological(selected);
    }

    private static List<TracePass> topological(Map<String, TracePass> passes) {
        Map<String, Set<String>> succ = new HashMap<>();
        Map<String, Integer> indegree = new HashMap<>();
        for (String n : passes.keySet()) {
            succ.put(n, new TreeSet<>());
            indegree.put(n, 0);
        }
        for (TracePass p : passes.values()) {
            for (String a : p.runsAfter()) {
                edge(a, p.name(), passes, succ, indegree);
            }
            for (String b : p.runsBefore()) {
                edge(p.name(), b, passes, succ, indegree);
            }
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (Map.Entry<String, Integer> e : indegree.entrySet()) {
            if (e.getValue() == 0) {
                ready.add(e.getKey());
            }
        }
        List<TracePass> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            String n = ready.poll();
            out.add(passes.get(n));
            for (String s : succ.get(n)) {
                int d = indegree.get(s) - 1;
                indegree.put(s, d);
                if (d == 0) {
                    ready.add(s);
                }
            }
        }
        if (out.size() < passes.size()) {
            throw new OptimizerConfigurationException("the pass ordering constraints form a cycle: " + cycle(succ, indegree));
        }
        return out;
    }

    private static void edge(String from, String to, Map<String, TracePass> passes, Map<String, Set<String>> succ,
            Map<String, Integer> indegree) {
        if (passes.containsKey(from) && passes.containsKey(to) && succ.get(from).add(to)) {
            indegree.put(to, indegree.get(to) + 1);
        }
    }

    /**
     * A cycle among the passes the sort could not place, written a -> b -> a. Each of them still
     * has an unplaced predecessor, so walking predecessors must come back to a pass already seen.
     */
    private static String cycle(Map<String, Set<String>> succ, Map<String, Integer> indegree) {
        Set<String> left = new TreeSet<>();
        indegree.forEach((n, d) -> {
            if (d > 0) {
                left.add(n);
            }
        });
        List<String> path = new ArrayList<>();
        String cur = left.iterator().next();
        while (!path.contains(cur)) {
            path.add(cur);
            String here = cur;
            cur = left.stream().filter(n -> succ.get(n).contains(here)).findFirst().orElseThrow();
        }
        List<String> loop = new ArrayList<>(path.subList(path.indexOf(cur), path.size()));
        java.util.Collections.reverse(loop);
        // Start at the smallest name so the message is the same whichever pass the walk began at.
        java.util.Collections.rotate(loop, -loop.indexOf(java.util.Collections.min(loop)));
        loop.add(loop.get(0));
        return String.join(" -> ", loop);
    }
}

#!/usr/bin/env python3
"""c2-recompiles.py JIT.xml [N]: how often HotSpot's C2 compiled tier 1's generated methods (CompiledN.run,
CompiledN.chunkK) and why it threw versions away, from a -XX:+LogCompilation file:

    HOTPY_JAVA_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=jit.xml" ./hotpy prog.py

Prints C2's compilations per generated method (OSR ones included), those made not entrant, and the
uncommon trap that made each one not entrant (reason, action, and the innermost method and bytecode
index of the trap), with the compilations' times. The times are differences of wall-clock stamps
(a compiler thread waiting for the CPU counts too): compare runs, not absolute numbers. Each
compilation of a function by FunctionCompiler is a new CompiledN class; FunctionCompiler's debug log
("compiled <code object ...> as CompiledN") says which function a class is.
"""
import collections
import re
import sys


def attrs(text):
    return dict(re.findall(r"(\w+)='([^']*)'", text))


def short(method):
    method = re.sub(r'/0x[0-9a-f]+', '', method or '?').split(' (')[0]
    return method.replace('org.hotpy.core.', '')


def main():
    log = open(sys.argv[1], errors='replace').read()
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    tasks = {}
    # a compiler thread's log holds its tasks one after another; an unfinished last one has no task_done
    for t in re.finditer(r"<task (?P<a>[^>]*)>(?P<body>(?:(?!<task ).)*?)</task>", log, re.S):
        a = attrs(t.group('a'))
        done = re.search(r"<task_done ([^>]*)>", t.group('body'))
        if done and a.get('level', '4') == '4':
            d = attrs(done.group(1))
            tasks[a['compile_id']] = (short(a['method']), float(d['stamp']) - float(a['stamp']))
    not_entrant = {attrs(m.group(1))['compile_id'] for m in re.finditer(r"<make_not_entrant ([^>]*)/>", log)
                   if attrs(m.group(1)).get('compiler') == 'c2'}
    cause = {}
    for u in re.finditer(r"<uncommon_trap (thread[^>]*)>(.*?)</uncommon_trap>", log, re.S):
        a = attrs(u.group(1))
        jvms = re.findall(r"<jvms ([^>]*)/>", u.group(2))
        if a.get('compiler') == 'c2' and a['action'] != 'none' and jvms:
            inner = attrs(jvms[0])
            cause.setdefault(a['compile_id'], (a['reason'], a['action'], f"{short(inner.get('method'))}@{inner.get('bci')}"))

    generated = {cid: t for cid, t in tasks.items() if re.match(r'interp\.Compiled\d+ ', t[0])}
    total = sum(t[1] for t in tasks.values())
    gen_time = sum(t[1] for t in generated.values())
    thrown = [cid for cid in generated if cid in not_entrant]
    print(f"C2: {len(tasks)} compilations, {total:.2f} s; generated methods: {len(generated)} compilations of "
          f"{len({t[0] for t in generated.values()})} methods, {gen_time:.2f} s; made not entrant: {len(thrown)}, "
          f"{sum(generated[c][1] for c in thrown):.2f} s")
    per = collections.defaultdict(lambda: [0, 0, 0.0])
    for cid, (method, time) in generated.items():
        p = per[method]
        p[0] += 1
        p[1] += cid in not_entrant
        p[2] += time
    print("-- generated methods: C2 compilations, made not entrant, time")
    for method, p in sorted(per.items(), key=lambda kv: -kv[1][2])[:n]:
        print(f"  {p[0]:3d} {p[1]:3d} {p[2]:7.3f} s  {method}")
    print("-- why generated methods were made not entrant: count, time of the versions thrown away")
    reasons = collections.Counter()
    reason_time = collections.Counter()
    for cid in thrown:
        c = cause.get(cid, ('?', '?', '?'))
        reasons[c] += 1
        reason_time[c] += generated[cid][1]
    for c, k in reasons.most_common(n):
        print(f"  {k:3d} {reason_time[c]:7.3f} s  {c[0]} {c[1]} at {c[2]}")


if __name__ == '__main__':
    main()

package org.hotpy.core.opt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where trace dumps go: a title ("before type-specialisation (trace #3 loop @f:12, round 1)") and the trace text. */
@FunctionalInterface
public interface DumpSink {
    /**
     * Drops every dump. A class rather than a lambda: tier 2 makes it first on the thread choosing
     * the passes, whose path has no lambda otherwise (setting up the JDK's lambda support there
     * took about 8 ms that the interpreter's thread could wait for).
     */
    DumpSink NONE = new DumpSink() {
        @Override
        public void dump(String title, String traceText) {
        }
    };

    /** Receive one dump. */
    void dump(String title, String traceText);

    /** Writes each dump as {@code ;; title} and the text to {@code out}, flushing after each. */
    static DumpSink to(Writer out) {
        return (title, text) -> {
            try {
                out.write(";; " + title + "\n" + text + "\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a trace dump", e);
            }
        };
    }

    /** Logs each dump at INFO on the logger {@code org.hotpy.core.opt.dump}. */
    static DumpSink toLog() {
        Logger log = LoggerFactory.getLogger("org.hotpy.core.opt.dump");
        return (title, text) -> log.info("{}\n{}", title, text);
    }
}

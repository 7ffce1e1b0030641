package org.hotpy.core.modules;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.core.model.PyModule;
import org.hotpy.core.testing.TestInterpreter;
import org.junit.jupiter.api.Test;

/** The list of names and the switch that creates the modules agree. */
class ModuleRegistryTest {
    @Test
    void everyListedNameCreatesThatModule() {
        try (TestInterpreter py = new TestInterpreter()) {
            assertThat(ModuleRegistry.names()).doesNotHaveDuplicates().isNotEmpty();
            for (String name : ModuleRegistry.names()) {
                PyModule m = ModuleRegistry.create(name, py.state());
                assertThat(m).as(name).isNotNull();
                assertThat(m.name()).isEqualTo(name);
            }
        }
    }

    @Test
    void anUnknownNameCreatesNothing() {
        try (TestInterpreter py = new TestInterpreter()) {
            assertThat(ModuleRegistry.create("no_such_module", py.state())).isNull();
            assertThat(ModuleRegistry.create("sys", py.state())).isNull();
        }
    }

    @Test
    void sysListsThemAsBuiltinModules() {
        try (TestInterpreter py = new TestInterpreter()) {
            py.exec("import sys\nnames = sys.builtin_module_names");
            assertThat(py.eval("repr(names)").toString()).startsWith("('builtins', 'sys', 'math', 'cmath',")
                    .endsWith("'posix', '_re')");
        }
    }
}

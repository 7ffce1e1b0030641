package org.hotpy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class HostPolicyTest {
    @Test
    void sandboxDeniesEverything() {
        HostPolicy p = HostPolicy.sandbox();
        assertThat(p.isTrusted()).isFalse();
        assertThat(p.fileRoot()).isEmpty();
        assertThat(p.javaClasses()).isEmpty();
        assertThat(p.javaPackages()).isEmpty();
        assertThat(p.hostObjectMembers()).isTrue();
        assertThat(HostPolicy.DEFAULT_DENIED_MODULES).contains("os", "subprocess", "socket", "ctypes", "java",
                "threading");
    }

    @Test
    void trusted() {
        assertThat(HostPolicy.trusted().isTrusted()).isTrue();
        assertThat(HostPolicy.trusted().toString()).isEqualTo("HostPolicy[trusted]");
    }

    @Test
    void grants() {
        HostPolicy p = HostPolicy.builder()
                .allowReadOnlyFileAccess(Path.of("data"))
                .allowJavaClasses("java.util.ArrayList")
                .allowJavaPackages("java.time")
                .allowModules("threading")
                .denyModules("json")
                .hostObjectMembers(false)
                .build();
        assertThat(p.fileRoot()).contains(Path.of("data").toAbsolutePath().normalize());
        assertThat(p.filesWritable()).isFalse();
        assertThat(p.javaClasses()).containsExactly("java.util.ArrayList");
        assertThat(p.javaPackages()).containsExactly("java.time");
        assertThat(p.allowedModules()).containsExactly("threading");
        assertThat(p.deniedModules()).containsExactly("json");
        assertThat(p.hostObjectMembers()).isFalse();
        assertThat(HostPolicy.builder().allowFileAccess(Path.of("x")).build().filesWritable()).isTrue();
    }

    @Test
    void namesAreChecked() {
        assertThatThrownBy(() -> HostPolicy.builder().allowJavaPackages("java..util"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HostPolicy.builder().allowModules(".os")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HostPolicy.builder().denyModules("")).isInstanceOf(IllegalArgumentException.class);
    }
}

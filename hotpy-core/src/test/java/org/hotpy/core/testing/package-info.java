/**
 * Test support shared by the test suites: running Python source in-process on a fresh
 * interpreter with captured streams ({@link org.hotpy.core.testing.PythonRun}), classifying the
 * outcome, and finding the shared conformance corpus. Test code only: nothing under
 * {@code src/main} may import it.
 */
package org.hotpy.core.testing;

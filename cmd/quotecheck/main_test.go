package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gold "github.com/quotecheck/quotecheck/internal/golden"
)

// TestMain runs the tests from the repository root so that paths in the
// command's output read as a user would type them, and with the colour
// settings of the shell running them cleared, so that output is what a
// pipe gets (tests of colour set them themselves).
func TestMain(m *testing.M) {
	if err := os.Chdir("../.."); err != nil {
		panic(err)
	}
	os.Unsetenv("FORCE_COLOR")
	os.Unsetenv("NO_COLOR")
	os.Exit(m.Run())
}

// run runs quotecheck in-process and returns its output and exit status.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	err := m.Run(context.Background(), args)
	code = exitCode(err)
	if err != nil {
		if ex, ok := err.(*ExitError); !ok || ex.Err != nil {
			errb.WriteString("quotecheck: " + err.Error() + "\n")
		}
	}
	return out.String(), errb.String(), code
}

// exitCode gives the status main would exit with for err.
func exitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	if ex, ok := err.(*ExitError); ok {
		return ex.Code
	}
	return ExitFailure
}

// golden compares got with the golden file name in cmd/quotecheck/testdata.
func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenFile(t, filepath.Join("cmd", "quotecheck", "testdata", name), got)
}

// goldenFile compares got with the file at path, or rewrites it with -update.
func goldenFile(t *testing.T, path, got string) {
	t.Helper()
	gold.CheckString(t, path, got)
}

// version, like man and lsp, takes no arguments: one given is an error,
// not silently ignored.
func TestVersionTakesNoArguments(t *testing.T) {
	for _, args := range [][]string{{"version", "extra"}, {"--version", "extra"}} {
		out, stderr, code := run(t, "", args...)
		if code != ExitFailure || out != "" || !strings.Contains(stderr, "version: takes no arguments") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, stderr)
		}
	}
}

// version rejects a flag it does not have, and -h prints its usage.
func TestVersionFlags(t *testing.T) {
	if _, stderr, code := run(t, "", "version", "--json"); code != ExitFailure || !strings.Contains(stderr, "unknown flag: --json") {
		t.Errorf("version --json: exit %d, stderr %q", code, stderr)
	}
	if out, _, code := run(t, "", "version", "-h"); code != ExitOK || !strings.HasPrefix(out, "Usage: quotecheck version") {
		t.Errorf("version -h: exit %d, stdout %q", code, out)
	}
}

package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files with the command's current output")

// TestMain runs the tests from the repository root so that paths in the
// command's output read as a user would type them.
func TestMain(m *testing.M) {
	if err := os.Chdir("../.."); err != nil {
		panic(err)
	}
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
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run 'go test ./cmd/quotecheck -update' to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run with -update to accept):\n%s", path, firstDiff(string(want), got))
	}
}

// firstDiff shows the first line where want and got part.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return "(same lines, different bytes)"
}

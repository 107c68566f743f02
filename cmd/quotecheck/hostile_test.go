package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestHelpForHelp: asking help for help prints the overview, whatever
// way it is asked, instead of recursing until the stack overflows.
func TestHelpForHelp(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(64 << 20)) // a recursion fails fast
	for _, args := range [][]string{{"help", "-h"}, {"help", "--help"}, {"-h", "-h"}, {"--help", "--help"}, {"help", "help"}} {
		out, _, code := run(t, "", args...)
		if code != ExitOK || !strings.Contains(out, "Commands:") {
			t.Errorf("%v: exit %d, want the overview", args, code)
		}
	}
	out, _, code := run(t, "", "help", "check")
	if code != ExitOK || !strings.Contains(out, "Usage: quotecheck check") {
		t.Errorf("help check: exit %d, want check's usage", code)
	}
}

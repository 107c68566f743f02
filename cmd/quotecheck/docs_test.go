package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	gold "github.com/quotecheck/quotecheck/internal/golden"
	"github.com/quotecheck/quotecheck/report"
)

// docFiles are the Markdown pages whose console examples are run: the
// README and every page in docs/.
func docFiles(t *testing.T) []string {
	t.Helper()
	pages, err := filepath.Glob("docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	return append([]string{"README.md"}, pages...)
}

// TestDocExamples runs every ```console block of the README and docs/ —
// each "$ quotecheck …" line, with the lines after it as its output — and
// fails when the command now prints something else. Standard output and
// standard error are read together, in the order written, as a terminal
// shows them; "$ echo $?" prints the exit status of the command before.
// Versions and durations are masked (see mask). 'go test -update'
// rewrites the blocks with the current output.
func TestDocExamples(t *testing.T) {
	for _, path := range docFiles(t) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc := string(b)
		blocks, err := consoleBlocks(doc)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		rewritten := doc
		for i := len(blocks) - 1; i >= 0; i-- { // from the end, so offsets hold
			blk := blocks[i]
			got := runConsole(t, path, blk)
			if mask(got) == mask(blk.text) {
				continue
			}
			if gold.Updating() {
				rewritten = rewritten[:blk.start] + got + rewritten[blk.end:]
				continue
			}
			t.Errorf("%s:%d: console example differs from the current build (run 'go test ./cmd/quotecheck -run TestDocExamples -update' to accept it):\n%s",
				path, blk.line, gold.FirstDiff(mask(blk.text), mask(got)))
		}
		if rewritten != doc {
			if err := os.WriteFile(path, []byte(rewritten), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// A consoleBlock is the body of a ```console fence: text is
// doc[start:end], from the line after the opening fence to the closing
// fence, and line is the 1-based line of its first line.
type consoleBlock struct {
	text       string
	start, end int
	line       int
}

// consoleBlocks finds the ```console blocks of a Markdown document.
func consoleBlocks(doc string) ([]consoleBlock, error) {
	var blocks []consoleBlock
	line, off := 1, 0
	var open *consoleBlock
	for off < len(doc) {
		eol := strings.IndexByte(doc[off:], '\n')
		next := len(doc)
		if eol >= 0 {
			next = off + eol + 1
		}
		text := strings.TrimRight(doc[off:next], "\n")
		switch {
		case open == nil && text == "```console":
			open = &consoleBlock{start: next, line: line + 1}
		case open != nil && text == "```":
			open.end = off
			open.text = doc[open.start:off]
			blocks = append(blocks, *open)
			open = nil
		}
		line++
		off = next
	}
	if open != nil {
		return nil, fmt.Errorf("line %d: ```console block never closed", open.line-1)
	}
	return blocks, nil
}

// runConsole runs the commands of a console block and gives the block as
// it should read: each command line followed by what it printed.
func runConsole(t *testing.T, path string, blk consoleBlock) string {
	t.Helper()
	var out strings.Builder
	status := -1
	for i, l := range strings.Split(blk.text, "\n") {
		cmd, ok := strings.CutPrefix(l, "$ ")
		if !ok {
			continue // output, to be replaced
		}
		out.WriteString(l + "\n")
		words, err := shellWords(cmd)
		if err != nil {
			t.Errorf("%s:%d: %v", path, blk.line+i, err)
			return blk.text
		}
		switch {
		case len(words) == 2 && words[0] == "echo" && words[1] == "$?":
			if status < 0 {
				t.Errorf("%s:%d: echo $? with no command before it", path, blk.line+i)
			}
			fmt.Fprintln(&out, status)
		case len(words) > 0 && words[0] == "quotecheck":
			status = runDocCommand(&out, words[1:])
		case len(words) > 3 && words[0] == "go" && words[1] == "run" && words[2] == "./cmd/quotecheck":
			status = runDocCommand(&out, words[3:])
		default:
			t.Errorf("%s:%d: a console example runs only quotecheck, 'go run ./cmd/quotecheck' and 'echo $?', not %q (use a sh block for other commands)", path, blk.line+i, cmd)
			return blk.text
		}
	}
	return out.String()
}

// runDocCommand runs quotecheck in-process, from the repository root, with
// standard output and standard error written to one buffer in order, and
// gives the exit status main would give.
func runDocCommand(out *strings.Builder, args []string) int {
	var buf bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &buf, Stderr: &buf}
	err := m.Run(context.Background(), args)
	if ex, ok := err.(*ExitError); err != nil && (!ok || ex.Err != nil) {
		buf.WriteString("quotecheck: " + report.Visible(err.Error()) + "\n")
	}
	s := buf.String()
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n" // a terminal would show the next prompt on a line of its own
	}
	out.WriteString(s)
	return exitCode(err)
}

// dquoteEscape is a backslash escape that stays special inside "…".
var dquoteEscape = regexp.MustCompile(`\\([\\"$` + "`" + `])`)

// shellWords splits a command line as a POSIX shell would for the simple
// commands examples use: words separated by spaces, quoted with '…' or
// "…", and backslash escapes outside single quotes. Expansions other than
// a bare $? are refused, so that an example never depends on a variable.
func shellWords(s string) ([]string, error) {
	var words []string
	var w strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unclosed ' in %q", s)
			}
			w.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			j := i + 1
			for ; j < len(s) && s[j] != '"'; j++ {
				if s[j] == '\\' && j+1 < len(s) {
					j++
					continue
				}
				if s[j] == '$' || s[j] == '`' {
					return nil, fmt.Errorf("no expansions in examples: %q", s)
				}
			}
			if j >= len(s) {
				return nil, fmt.Errorf("unclosed \" in %q", s)
			}
			w.WriteString(dquoteEscape.ReplaceAllString(s[i+1:j], "$1"))
			i = j
			inWord = true
		case c == '\\' && i+1 < len(s):
			w.WriteByte(s[i+1])
			i++
			inWord = true
		case c == '$' && s[i:] != "$?" && !strings.HasPrefix(s[i:], "$? "):
			return nil, fmt.Errorf("no expansions in examples: %q", s)
		case strings.IndexByte("|&;<>()`*?[", c) >= 0 && !(c == '?' && i > 0 && s[i-1] == '$'):
			return nil, fmt.Errorf("no pipes, redirections or globs in examples: %q", s)
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words, nil
}

// masks replace what differs from build to build or run to run in a
// command's output: Go releases, module versions and VCS revisions (as
// --version prints them) and durations.
var masks = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`\bgo1\.\d+(\.\d+)?((rc|beta)\d+)?\b`), "goVERSION"},
	{regexp.MustCompile(`^quotecheck (\(devel\)|devel|v\d+\.\d+\.\d+\S*)`), "quotecheck VERSION"},
	{regexp.MustCompile(`\brevision [0-9a-f]{7,40}(\+dirty)?`), "revision REV"},
	{regexp.MustCompile(`\b\d+(\.\d+)?(ns|µs|us|ms|s|m|h)\b`), "DURATION"},
}

// mask replaces versions and durations in a command's output, line by
// line, and drops the trailing line break.
func mask(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		for _, m := range masks {
			l = m.re.ReplaceAllString(l, m.with)
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

func TestShellWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		err  bool
	}{
		{in: "quotecheck diff testdata/seeds", want: []string{"quotecheck", "diff", "testdata/seeds"}},
		{in: `quotecheck check  --against 'wire copy/' "my draft.md"`, want: []string{"quotecheck", "check", "--against", "wire copy/", "my draft.md"}},
		{in: `quotecheck extract a\ b.txt "say \"hi\""`, want: []string{"quotecheck", "extract", "a b.txt", `say "hi"`}},
		{in: "echo $?", want: []string{"echo", "$?"}},
		{in: `quotecheck check --against "$T" d.md`, err: true},
		{in: "quotecheck check --against $T d.md", err: true},
		{in: "quotecheck diff testdata/seeds | head", err: true},
		{in: "quotecheck diff testdata/*.txt", err: true},
		{in: "quotecheck diff 'unclosed", err: true},
	}
	for _, tt := range tests {
		got, err := shellWords(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("shellWords(%q) error = %v, want error %v", tt.in, err, tt.err)
			continue
		}
		if !tt.err && strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
			t.Errorf("shellWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMask(t *testing.T) {
	tests := []struct{ in, want string }{
		{"quotecheck v1.2.3 (go1.26.8)\n", "quotecheck VERSION (goVERSION)"},
		{"quotecheck (devel) revision 0123456789ab+dirty (go1.26rc1)", "quotecheck VERSION revision REV (goVERSION)"},
		{"read 12 files in 1.25s (34ms a file)", "read 12 files in DURATION (DURATION a file)"},
		{"3 error(s), 0 warning(s); 4 source(s)", "3 error(s), 0 warning(s); 4 source(s)"},
		{"testdata/seeds/001_df291eccda40f15d.txt:15:2", "testdata/seeds/001_df291eccda40f15d.txt:15:2"},
	}
	for _, tt := range tests {
		if got := mask(tt.in); got != tt.want {
			t.Errorf("mask(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestConsoleBlocks(t *testing.T) {
	doc := "# t\n\n```console\n$ quotecheck a\nout\n```\n\n```sh\n$ not run\n```\n```console\n$ echo $?\n0\n```\n"
	blocks, err := consoleBlocks(doc)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range blocks {
		got = append(got, strconv.Itoa(b.line)+":"+b.text)
		if doc[b.start:b.end] != b.text {
			t.Errorf("block at line %d: offsets give %q, text %q", b.line, doc[b.start:b.end], b.text)
		}
	}
	want := []string{"4:$ quotecheck a\nout\n", "12:$ echo $?\n0\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("consoleBlocks = %q, want %q", got, want)
	}
	if _, err := consoleBlocks("```console\n$ quotecheck a\n"); err == nil {
		t.Error("an unclosed block gives no error")
	}
}

// mdLink is a Markdown link or image target: ](target).
var mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)

// TestDocLinks checks that every relative link of the README and docs/
// names a file that exists and, with a #fragment into a Markdown page, a
// heading of that page, so that each question's answer is one click away.
func TestDocLinks(t *testing.T) {
	for _, path := range docFiles(t) {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for n, l := range proseLines(string(b)) {
			for _, m := range mdLink.FindAllStringSubmatch(l, -1) {
				target := m[1]
				if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
					continue
				}
				file, frag, _ := strings.Cut(target, "#")
				if file == "" {
					file = path
				} else {
					file = filepath.Join(filepath.Dir(path), file)
				}
				if _, err := os.Stat(file); err != nil {
					t.Errorf("%s:%d: link %s: %v", path, n, target, err)
					continue
				}
				if frag != "" && strings.HasSuffix(file, ".md") && !hasHeading(t, file, frag) {
					t.Errorf("%s:%d: link %s: %s has no heading #%s", path, n, target, file, frag)
				}
			}
		}
	}
}

// proseLines gives the lines of a Markdown document outside fenced code
// blocks, by line number.
func proseLines(doc string) map[int]string {
	lines := map[int]string{}
	fenced := false
	for i, l := range strings.Split(doc, "\n") {
		if strings.HasPrefix(l, "```") {
			fenced = !fenced
			continue
		}
		if !fenced {
			lines[i+1] = l
		}
	}
	return lines
}

// hasHeading reports whether a Markdown page has a heading whose GitHub
// anchor is frag.
func hasHeading(t *testing.T, path, frag string) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range proseLines(string(b)) {
		if h, ok := strings.CutPrefix(strings.TrimLeft(l, "#"), " "); ok && strings.HasPrefix(l, "#") && headingAnchor(h) == frag {
			return true
		}
	}
	return false
}

// headingAnchor is the anchor GitHub gives a heading: lower case, spaces
// as hyphens, punctuation other than - and _ dropped.
func headingAnchor(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(h)) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestHeadingAnchor(t *testing.T) {
	for h, want := range map[string]string{
		"Quotation marks and `quotecheck extract`": "quotation-marks-and-quotecheck-extract",
		"Against the primary source: transcripts":  "against-the-primary-source-transcripts",
		"Where to add…":                            "where-to-add",
		"Corpora: three ways to run it":            "corpora-three-ways-to-run-it",
	} {
		if got := headingAnchor(h); got != want {
			t.Errorf("headingAnchor(%q) = %q, want %q", h, got, want)
		}
	}
}

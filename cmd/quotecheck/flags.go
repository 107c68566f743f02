package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/internal/safefile"
	"github.com/quotecheck/quotecheck/sources"
	"github.com/spf13/pflag"
	"golang.org/x/term"
)

// valuesAnnotation marks a flag whose values are a closed list; completion
// and the man page read it.
const valuesAnnotation = "quotecheck_values"

// fileAnnotation marks a flag whose value is a file or directory path.
const fileAnnotation = "quotecheck_path"

// newFlagSet makes a subcommand's flag set. Flags may stand anywhere among
// the paths; "--" ends them.
func newFlagSet(name, usage string) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SortFlags = false
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fmt.Fprint(fs.Output(), fs.FlagUsagesWrapped(80))
	}
	return fs
}

// enumFlag notes the closed list of values a flag takes.
func enumFlag(fs *pflag.FlagSet, name string, values []string) {
	_ = fs.SetAnnotation(name, valuesAnnotation, values)
}

// pathFlag notes that a flag's value is a path.
func pathFlag(fs *pflag.FlagSet, names ...string) {
	for _, name := range names {
		_ = fs.SetAnnotation(name, fileAnnotation, []string{"true"})
	}
}

// parseFlags parses a subcommand's flags and gives its other arguments,
// turning a usage problem into an ExitError with status 2 and -h into a
// clean exit after printing the usage to stdout.
func parseFlags(fs *pflag.FlagSet, args []string, stdout io.Writer) ([]string, error) {
	fs.SetOutput(io.Discard)
	err := fs.Parse(longFlags(fs, args))
	if errors.Is(err, pflag.ErrHelp) {
		fs.SetOutput(stdout)
		fs.Usage()
		return nil, &ExitError{Code: ExitOK}
	}
	if err != nil {
		return nil, &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: %s; run 'quotecheck %s -h' for usage", fs.Name(), suggestFlag(fs, err), fs.Name())}
	}
	return fs.Args(), nil
}

// longFlags rewrites the Go-style single-dash long flags of earlier
// versions (-format json) as --format json, up to a "--".
func longFlags(fs *pflag.FlagSet, args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		if a == "--" {
			copy(out[i:], args[i:])
			break
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		if len(a) > 2 && a[0] == '-' && a[1] != '-' && len(name) > 1 && fs.Lookup(name) != nil {
			a = "-" + a
		}
		out[i] = a
	}
	return out
}

// pathList is a repeatable flag naming paths; one value may hold several
// separated by commas, unless it names an existing file.
type pathList []string

func (p *pathList) String() string { return strings.Join(*p, ",") }

// Type names the value in usage messages.
func (p *pathList) Type() string { return "path" }

// Set adds the paths of one flag value.
func (p *pathList) Set(v string) error {
	if sources.IsURL(strings.TrimSpace(v)) {
		*p = append(*p, splitURLs(v)...)
		return nil
	}
	if _, err := os.Stat(v); err == nil {
		*p = append(*p, v)
		return nil
	}
	added := false
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*p = append(*p, s)
			added = true
		}
	}
	if !added {
		return errors.New("empty path")
	}
	return nil
}

// profileFlags are the flags every subcommand has for writing pprof files.
type profileFlags struct {
	cpu, mem string
}

func (p *profileFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&p.cpu, "cpuprofile", "", "write a CPU profile (pprof) to `FILE`")
	fs.StringVar(&p.mem, "memprofile", "", "write a heap profile (pprof) to `FILE` at the end")
	pathFlag(fs, "cpuprofile", "memprofile")
}

// start begins CPU profiling if asked; the returned func ends profiling and
// writes both profiles. The CPU profile is kept in memory and written at
// the end, whole or not at all, as reports are.
func (p *profileFlags) start() (stop func() error, err error) {
	for _, o := range p.outputs() {
		if err := canCreate(o.path); err != nil {
			return nil, &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: %v", o.flag, err)}
		}
	}
	var cpu *bytes.Buffer
	if p.cpu != "" {
		cpu = new(bytes.Buffer)
		if err = pprof.StartCPUProfile(cpu); err != nil {
			return nil, &ExitError{Code: ExitFailure, Err: err}
		}
	}
	return func() error {
		if cpu != nil {
			pprof.StopCPUProfile()
			if err := safefile.Write(p.cpu, func(w io.Writer) error { _, err := cpu.WriteTo(w); return err }); err != nil {
				return err
			}
		}
		return p.writeHeap()
	}, nil
}

// outputs names the profile files, for refuseInputs.
func (p *profileFlags) outputs() []output {
	return []output{{"--cpuprofile", p.cpu}, {"--memprofile", p.mem}}
}

func (p *profileFlags) writeHeap() error {
	if p.mem == "" {
		return nil
	}
	runtime.GC()
	return safefile.Write(p.mem, pprof.WriteHeapProfile)
}

// checkFormat reports a format outside allowed as a usage error.
func checkFormat(cmd, format string, allowed []string) error {
	if slices.Contains(allowed, format) {
		return nil
	}
	return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: unknown format %q (want %s)", cmd, format, strings.Join(allowed, ", "))}
}

// fder is a writer backed by a file descriptor.
type fder interface{ Fd() uintptr }

// terminal tells whether w is a terminal, and its width if so.
func terminal(w any) (bool, int) {
	f, ok := w.(fder)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return false, 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return true, 0
	}
	return true, width
}

// noColor tells whether NO_COLOR asks for no colour: set and not empty.
func noColor() bool { return os.Getenv("NO_COLOR") != "" }

// needPaths reports a missing PATH argument as a usage error.
func needPaths(cmd string, paths []string) error {
	if len(paths) > 0 {
		return nil
	}
	return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: no articles given; name files or directories, or - for standard input (see 'quotecheck %s -h')", cmd, cmd)}
}

package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"

	"golang.org/x/term"
)

// profileFlags are the flags every subcommand has for writing pprof files.
type profileFlags struct {
	cpu, mem string
}

func (p *profileFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&p.cpu, "cpuprofile", "", "write a CPU profile (pprof) to `FILE`")
	fs.StringVar(&p.mem, "memprofile", "", "write a heap profile (pprof) to `FILE` at the end")
}

// start begins CPU profiling if asked; the returned func ends profiling and
// writes the heap profile.
func (p *profileFlags) start() (stop func() error, err error) {
	var cpu *os.File
	if p.cpu != "" {
		if cpu, err = os.Create(p.cpu); err != nil {
			return nil, &ExitError{Code: ExitFailure, Err: err}
		}
		if err = pprof.StartCPUProfile(cpu); err != nil {
			cpu.Close()
			return nil, &ExitError{Code: ExitFailure, Err: err}
		}
	}
	return func() error {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		return p.writeHeap()
	}, nil
}

func (p *profileFlags) writeHeap() error {
	if p.mem == "" {
		return nil
	}
	f, err := os.Create(p.mem)
	if err != nil {
		return err
	}
	defer f.Close()
	runtime.GC()
	return pprof.WriteHeapProfile(f)
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

// useColor tells whether output to w should be coloured: only on a terminal,
// and never when NO_COLOR is set.
func useColor(w any) bool {
	if _, set := os.LookupEnv("NO_COLOR"); set {
		return false
	}
	isTerm, _ := terminal(w)
	return isTerm
}

// needPaths reports a missing PATH argument as a usage error.
func needPaths(cmd string, paths []string) error {
	if len(paths) > 0 {
		return nil
	}
	return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: no articles given; name files or directories, or - for standard input (see 'quotecheck %s -h')", cmd, cmd)}
}

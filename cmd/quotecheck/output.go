package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/quotecheck/quotecheck/internal/safefile"
	"github.com/quotecheck/quotecheck/report"
	"github.com/quotecheck/quotecheck/sources"
)

// writeFileAtomic writes a report to path through write, whole or not at
// all (safefile.Write: a link's target is written, an existing file keeps
// its mode, a device or FIFO is written in place).
func writeFileAtomic(path string, write func(w io.Writer) error) error {
	return safefile.Write(path, write)
}

// writeOutput writes a report through write to -o's file, whole or not at
// all, or to stdout when name is empty or "-".
func writeOutput(name string, stdout io.Writer, write func(w io.Writer) error) error {
	if name == "" || name == "-" {
		return write(stdout)
	}
	return writeFileAtomic(name, write)
}

// canCreate checks, before a run, that the directory a file is to be
// written in exists (the file itself is written at the end).
func canCreate(path string) error {
	if path == "" || path == "-" {
		return nil
	}
	dir := filepath.Dir(safefile.Target(path))
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("cannot write %s: no directory %s", report.EscapePath(path), report.EscapePath(dir))
	}
	return nil
}

// output is a file a run writes, and the flag that names it.
type output struct{ flag, path string }

// refuseInputs refuses, before anything is read or written, an output
// that is one of the run's inputs: a file named, one inside a directory
// that will be read, or either through a symbolic link. inputs are the
// article paths (directories are listed as they will be read); others
// are inputs read whole (--quotes, --config, --baseline). An existing
// report quotecheck wrote is not an input (reading skips it), so it may
// be written again.
func refuseInputs(cmd string, outs []output, inputs, others []string) error {
	files, _ := sources.Files(inputs)
	read := map[string]string{} // resolved: as named
	for _, f := range append(files, others...) {
		if f != "" && f != "-" {
			read[resolved(f)] = f
		}
	}
	for _, o := range outs {
		if o.path == "" || o.path == "-" {
			continue
		}
		target := resolved(safefile.Target(o.path))
		if in, ok := read[target]; ok && !isReport(target) {
			return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: %s %s would overwrite the input %s; name another file", cmd, o.flag, report.EscapePath(o.path), report.EscapePath(in))}
		}
	}
	return refuseSameOutput(cmd, outs)
}

// refuseSameOutput refuses two outputs that name one file (-o and
// --write-baseline, say): the second would overwrite the first.
func refuseSameOutput(cmd string, outs []output) error {
	seen := map[string]output{}
	for _, o := range outs {
		if o.path == "" || o.path == "-" || isDevice(o.path) {
			continue
		}
		target := resolved(safefile.Target(o.path))
		if first, ok := seen[target]; ok {
			return &ExitError{Code: ExitFailure, Err: fmt.Errorf("%s: %s and %s name the same file %s; name two", cmd, first.flag, o.flag, report.EscapePath(o.path))}
		}
		seen[target] = o
	}
	return nil
}

// isDevice tells whether p is a file written in place (a terminal,
// /dev/null, a FIFO): two outputs may share one.
func isDevice(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.Mode().IsRegular()
}

// resolved gives p absolute, with the links in it followed where they exist.
func resolved(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	} else if dir, err := filepath.EvalSymlinks(filepath.Dir(p)); err == nil {
		p = filepath.Join(dir, filepath.Base(p))
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// isReport tells whether the file at p is a report or baseline quotecheck wrote.
func isReport(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return false
	}
	head := make([]byte, sources.ReportHeadSize)
	n, _ := io.ReadFull(f, head)
	return sources.IsReport(head[:n])
}

package main

import (
	"io"
	"os"
	"path/filepath"
)

// writeFileAtomic writes a report to path through write: into a temporary
// file beside it, renamed over path only once everything was written, so
// that a full disk or any other error never leaves a partial report (an
// existing file is left as it was).
func writeFileAtomic(path string, write func(w io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// writeOutput writes a report through write to -o's file, whole or not at
// all, or to stdout when name is empty or "-".
func writeOutput(name string, stdout io.Writer, write func(w io.Writer) error) error {
	if name == "" || name == "-" {
		return write(stdout)
	}
	return writeFileAtomic(name, write)
}

// Package safefile writes the files quotecheck is told to write without
// destroying what the user had, and reads the small files it is pointed
// at (configuration, baselines) without a way to hang or flood it.
package safefile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Write writes a file through write, whole or not at all: a regular file
// (new or not) is written beside it and renamed over it only once
// everything was written, so that a full disk or any other error leaves
// what was there. A symbolic link is followed: its target is written, the
// link stays. An existing file keeps its permissions; a new one gets
// 0666 less the umask; a file no one may write (0444) is refused. A target that is not a regular file (a terminal,
// /dev/stdout, /dev/null, a FIFO, a device) is written in place, never
// replaced. Errors name path.
func Write(path string, write func(w io.Writer) error) error {
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		// as the system resolves it: /dev/stdout on a pipe links to "pipe:[…]", no file Target can name
		return inPlace(path, path, write)
	}
	target := Target(path)
	info, err := os.Stat(target)
	switch {
	case err == nil && !info.Mode().IsRegular():
		return inPlace(path, target, write)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return named(path, err)
	case err == nil && info.Mode().Perm()&0o222 == 0:
		return named(path, errors.New("read-only file (no one may write it); not replaced"))
	}
	tmp, err := createBeside(target)
	if err != nil {
		return named(path, err)
	}
	defer func() {
		if tmp != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if info != nil {
		if err := tmp.Chmod(info.Mode().Perm()); err != nil {
			return named(path, err)
		}
	}
	if err := tmp.Close(); err != nil {
		return named(path, err)
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return named(path, err)
	}
	tmp = nil
	return nil
}

// Target gives the file writing path writes: path itself, or the file a
// symbolic link (or a chain of them) names, existing or not.
func Target(path string) string {
	for range 40 { // as many links as the kernel follows
		if r, err := filepath.EvalSymlinks(path); err == nil {
			return r
		}
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return path // a new file (in a directory that may itself be a link)
		}
		dest, err := os.Readlink(path) // a link to a file not yet there
		if err != nil {
			return path
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return path
}

// inPlace writes to a file that is not a regular file, as it is.
func inPlace(path, target string, write func(w io.Writer) error) error {
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return named(path, err)
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return named(path, err)
	}
	return nil
}

// createBeside creates a new temporary file in target's directory with
// the permissions a new file gets (0666 less the umask).
func createBeside(target string) (*os.File, error) {
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	if info, err := os.Stat(dir); err != nil {
		return nil, err
	} else if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", dir)
	}
	for range 100 {
		var r [6]byte
		_, _ = rand.Read(r[:])
		name := filepath.Join(dir, "."+base+".tmp"+hex.EncodeToString(r[:]))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, errors.New("no free temporary name")
}

// named makes err an error about writing path, without the temporary
// file's name.
func named(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return fmt.Errorf("cannot write %s: %w", path, err)
}

// Read reads a small file whole: only a regular file (or a link to one)
// of at most limit bytes, so that a file that is a FIFO, a device such as
// /dev/zero, or huge cannot hang or exhaust the reader. Errors name path.
func Read(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := small(info, limit); err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := small(info, limit); err != nil { // replaced since
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, &fs.PathError{Op: "read", Path: path, Err: fmt.Errorf("larger than %d bytes", limit)}
	}
	return b, nil
}

// small checks that a file is regular and at most limit bytes.
func small(info fs.FileInfo, limit int64) error {
	if !info.Mode().IsRegular() {
		return errors.New("not a regular file (a directory, FIFO, device or socket)")
	}
	if info.Size() > limit {
		return fmt.Errorf("too large (%d bytes; the limit is %d)", info.Size(), limit)
	}
	return nil
}

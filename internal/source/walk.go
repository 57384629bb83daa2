package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// input reads one command-line input: standard input, a folder or a file.
func (r *run) input(in string) bool {
	if in == "-" {
		return r.stream("-", r.stdin, kindUnknown, false, false, -1)
	}
	fi, err := os.Stat(in)
	if err != nil {
		return r.fail(in, statReason(in, err))
	}
	if fi.IsDir() {
		return r.walk(in)
	}
	return r.file(in, true)
}

// walk reads a folder recursively, entries in sorted order (os.ReadDir sorts
// by name) so that runs are reproducible. Hidden entries are skipped and
// symbolic links to folders are not followed, which makes loops impossible.
func (r *run) walk(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil && !r.fail(dir, fmt.Errorf("reading folder: %w", pathReason(err))) {
		return false // entries read before the error are still walked below
	}
	for _, e := range entries {
		if !r.alive() {
			return false
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		p := filepath.Join(dir, name)
		t := e.Type()
		switch {
		case t.IsDir():
			if !r.walk(p) {
				return false
			}
		case t.IsRegular():
			if !r.file(p, false) {
				return false
			}
		case t&fs.ModeSymlink != 0:
			fi, err := os.Stat(p)
			switch {
			case err != nil:
				if !r.fail(p, statReason(p, err)) {
					return false
				}
			case fi.IsDir():
				if !r.fail(p, fmt.Errorf("%w: symbolic link to a folder, not followed", ErrUnsupported)) {
					return false
				}
			case fi.Mode().IsRegular():
				if !r.file(p, false) {
					return false
				}
			default:
				if !r.fail(p, fmt.Errorf("symbolic link to %s, not a regular file", modeName(fi.Mode()))) {
					return false
				}
			}
		default:
			if !r.fail(p, fmt.Errorf("%s, not a regular file", modeName(t))) {
				return false
			}
		}
	}
	return true
}

// statReason turns an os.Stat failure into a reason without the repeated
// path, telling a broken symbolic link from a missing file.
func statReason(p string, err error) error {
	if li, lerr := os.Lstat(p); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
		if target, terr := os.Readlink(p); terr == nil {
			return fmt.Errorf("broken symbolic link to %q: %w", target, pathReason(err))
		}
		return fmt.Errorf("broken symbolic link: %w", pathReason(err))
	}
	return pathReason(err)
}

// pathReason strips the operation and path from an *fs.PathError, because
// the *Error around it names the path already; errors.Is still sees through.
func pathReason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// modeName names a non-regular file type for error messages.
func modeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeCharDevice != 0:
		return "character device"
	case m&fs.ModeDevice != 0:
		return "device"
	case m.IsDir():
		return "folder"
	case m&fs.ModeSymlink != 0:
		return "symbolic link"
	}
	return "special file"
}

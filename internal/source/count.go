package source

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Count walks the inputs cheaply (names and sizes only, no content is read)
// and returns how many files Read will visit and how many bytes they hold on
// disk, for a progress bar. JSONL and JSON records are not counted
// individually; standard input and inputs that cannot be read count as one
// file of zero bytes, since Read yields one result for each. err is non-nil
// only when ctx is cancelled.
func Count(ctx context.Context, inputs []string) (files int, bytes int64, err error) {
	c := counter{ctx: ctx}
	for _, in := range inputs {
		if in == "-" {
			c.files++
			continue
		}
		fi, err := os.Stat(in)
		switch {
		case err != nil:
			c.files++
		case fi.IsDir():
			c.walk(in)
		default:
			c.add(fi)
		}
		if c.err != nil {
			return c.files, c.bytes, c.err
		}
	}
	return c.files, c.bytes, ctx.Err()
}

// counter is the state of one Count.
type counter struct {
	ctx   context.Context
	files int
	bytes int64
	err   error
}

func (c *counter) add(fi fs.FileInfo) {
	c.files++
	if fi.Mode().IsRegular() {
		c.bytes += fi.Size()
	}
}

func (c *counter) walk(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		c.files++ // Read reports the folder as one failure
	}
	for _, e := range entries {
		if c.err = c.ctx.Err(); c.err != nil {
			return
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		switch t := e.Type(); {
		case t.IsDir():
			c.walk(p)
		case t&fs.ModeSymlink != 0:
			if fi, err := os.Stat(p); err == nil {
				c.add(fi)
			} else {
				c.files++
			}
		default:
			if fi, err := e.Info(); err == nil {
				c.add(fi)
			} else {
				c.files++
			}
		}
	}
}

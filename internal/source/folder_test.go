package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/chronicle-news/chronicle/internal/article"
)

// buildFolder makes a corpus folder with nesting, hidden entries, unknown
// types and every kind of unreadable entry.
func buildFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeTree(t, dir, map[string][]byte{
		"b.txt":                []byte("second\n"),
		"a.html":               []byte("<p>first</p>"),
		"c/z.txt.gz":           gz(t, []byte("nested gz\n")),
		"c/d/deep.htm":         []byte("<p>deep</p>"),
		"c/records.jsonl":      []byte("{\"text\":\"r1\"}\n{\"text\":\"r2\"}\n"),
		"c/x.txt/inside.txt":   []byte("a folder named like a file\n"),
		"image.png":            []byte("\x89PNG\r\n\x1a\n"),
		"notes":                []byte("no extension\n"),
		"backup.tar.gz":        gz(t, []byte("tar")),
		".hidden.txt":          []byte("hidden\n"),
		".git/config.txt":      []byte("hidden folder\n"),
		"c/.cache/skip.html":   []byte("<p>hidden</p>"),
		"e/empty.txt":          {},
		"A-upper.txt":          []byte("sorts before a\n"),
		"target/linked.txt":    []byte("via link\n"),
		"target/more/more.txt": []byte("more\n"),
	})
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink(filepath.Join(dir, "nowhere.txt"), filepath.Join(dir, "broken.txt")))
	must(os.Symlink(filepath.Join(dir, "target"), filepath.Join(dir, "loop"))) // a folder: not followed
	must(os.Symlink(dir, filepath.Join(dir, "target", "up")))                  // would loop if followed
	must(os.Symlink(filepath.Join(dir, "target", "linked.txt"), filepath.Join(dir, "f-link.txt")))
	must(syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644))
	return dir
}

func TestReadFolder(t *testing.T) {
	dir := buildFolder(t)
	got := collect(t, []string{dir}, Options{})
	checkResults(t, dir, got, []want{
		{Origin: "A-upper.txt", Format: article.FormatText, Data: "sorts before a\n"},
		{Origin: "a.html", Format: article.FormatHTML, Data: "<p>first</p>"},
		{Origin: "b.txt", Format: article.FormatText, Data: "second\n"},
		{Origin: "backup.tar.gz", Is: ErrUnsupported, Text: "unsupported file type: .tar.gz"},
		{Origin: "broken.txt", Is: os.ErrNotExist, Text: "broken symbolic link"},
		{Origin: "c/d/deep.htm", Format: article.FormatHTML, Data: "<p>deep</p>"},
		{Origin: "c/records.jsonl:1", Format: article.FormatText, Data: "r1"},
		{Origin: "c/records.jsonl:2", Format: article.FormatText, Data: "r2"},
		{Origin: "c/x.txt/inside.txt", Format: article.FormatText},
		{Origin: "c/z.txt.gz", Format: article.FormatText, Data: "nested gz\n"},
		{Origin: "e/empty.txt", Is: ErrEmpty},
		{Origin: "f-link.txt", Format: article.FormatText, Data: "via link\n"},
		{Origin: "image.png", Is: ErrUnsupported, Text: ".png"},
		{Origin: "loop", Is: ErrUnsupported, Text: "symbolic link to a folder, not followed"},
		{Origin: "notes", Is: ErrUnsupported, Text: "(none)"},
		{Origin: "pipe.txt", Text: "named pipe, not a regular file"},
		{Origin: "target/linked.txt", Format: article.FormatText},
		{Origin: "target/more/more.txt", Format: article.FormatText},
		{Origin: "target/up", Is: ErrUnsupported, Text: "not followed"},
	})
}

func TestReadInputsInOrder(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string][]byte{"z.txt": []byte("z\n"), "a.txt": []byte("a\n"), "sub/m.txt": []byte("m\n")})
	// Inputs keep the order given; only folder contents are sorted. A
	// hidden file named explicitly is read.
	writeTree(t, dir, map[string][]byte{".named.txt": []byte("hidden but named\n")})
	got := collect(t, []string{filepath.Join(dir, "z.txt"), filepath.Join(dir, "sub") + "/", filepath.Join(dir, "a.txt"), filepath.Join(dir, ".named.txt")}, Options{})
	var origins []string
	for _, g := range got {
		origins = append(origins, g.Origin)
	}
	wantOrigins := []string{filepath.Join(dir, "z.txt"), filepath.Join(dir, "sub", "m.txt"), filepath.Join(dir, "a.txt"), filepath.Join(dir, ".named.txt")}
	if len(origins) != len(wantOrigins) {
		t.Fatalf("origins %q, want %q", origins, wantOrigins)
	}
	for i := range origins {
		if origins[i] != wantOrigins[i] {
			t.Errorf("origin %d = %q, want %q", i, origins[i], wantOrigins[i])
		}
	}
}

func TestCount(t *testing.T) {
	dir := buildFolder(t)
	files, size, err := Count(context.Background(), []string{dir, filepath.Join(dir, "b.txt"), "-", filepath.Join(dir, "missing")})
	if err != nil {
		t.Fatal(err)
	}
	// 18 visible entries in the folder (the folder symlinks and the FIFO
	// count, since Read yields a result for each), plus b.txt, standard
	// input and the missing file.
	if files != 18+3 {
		t.Errorf("files = %d, want %d", files, 18+3)
	}
	var wantSize int64
	for _, p := range []string{"b.txt", "a.html", "c/z.txt.gz", "c/d/deep.htm", "c/records.jsonl", "c/x.txt/inside.txt", "image.png",
		"notes", "backup.tar.gz", "e/empty.txt", "A-upper.txt", "target/linked.txt", "target/more/more.txt", "target/linked.txt", "b.txt"} {
		fi, err := os.Stat(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		wantSize += fi.Size()
	}
	if size != wantSize {
		t.Errorf("bytes = %d, want %d", size, wantSize)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Count(ctx, []string{dir}); !errors.Is(err, context.Canceled) {
		t.Errorf("Count on a cancelled context: err = %v", err)
	}
}

// TestReadNamedPipe reads a pipe named explicitly, as the shell's process
// substitution (<(zcat dump.gz)) passes one; inside a folder a pipe is an
// error instead (see TestReadFolder), since nothing would ever write to it.
func TestReadNamedPipe(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	data := gz(t, []byte("{\"text\":\"one\"}\n{\"text\":\"two\"}\n"))
	errc := make(chan error, 1)
	go func() {
		f, err := os.OpenFile(pipe, os.O_WRONLY, 0)
		if err != nil {
			errc <- err
			return
		}
		_, err = f.Write(data)
		errc <- errors.Join(err, f.Close())
	}()
	got := collect(t, []string{pipe}, Options{})
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	checkResults(t, dir, got, []want{
		{Origin: "pipe:1", Format: article.FormatText, Data: "one"},
		{Origin: "pipe:2", Format: article.FormatText, Data: "two"},
	})
}

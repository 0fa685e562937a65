package corpus

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/newsfacts/newsfacts/internal/warcgen"
)

// TestMain caps how long the fuzzing engine minimizes an input, at 1000
// runs of the target, unless -fuzzminimizetime is given. The default (60s
// per input) made FuzzWARC look stalled: while a worker minimizes a new
// interesting input the engine counts no executions, and on a loaded
// machine minimizing a few hundred bytes through a file-reading target
// took most of a minute, in every worker at once.
func TestMain(m *testing.M) {
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.fuzzminimizetime" })
	if !set {
		if err := flag.Set("test.fuzzminimizetime", "1000x"); err != nil {
			panic(err)
		}
	}
	os.Exit(m.Run())
}

// drain reads every item of one file source; it must end without a panic
// or an endless loop.
func drain(t *testing.T, name string, data []byte) {
	if err := drainPath(filepath.Join(t.TempDir(), name), data); err != nil {
		t.Fatal(err)
	}
}

// drainPath writes data to p and reads every item of it.
func drainPath(p string, data []byte) error {
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return err
	}
	r, err := Open([]string{p}, Options{MaxBytes: 1 << 16, MaxTotalBytes: 1 << 20})
	if err != nil {
		return err
	}
	defer r.Close()
	for n := 0; ; n++ {
		if n > len(data)+10 {
			return fmt.Errorf("more items (%d) than input bytes", n)
		}
		if _, err := r.Next(context.Background()); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// fuzzDrain returns a fuzz function that reads its input as the file
// name: one file, written over at every call, in memory (/dev/shm) where
// there is one, else in the target's temporary directory (a fresh
// directory on disk per call made each call ten times slower). A read
// that has not ended after 10s fails with every goroutine's stack, so a
// hang is a crasher the engine keeps, not a stall.
func fuzzDrain(f *testing.F, name string) func(*testing.T, []byte) {
	p := filepath.Join(fuzzDir(f), name)
	return func(t *testing.T, data []byte) {
		done := make(chan error, 1)
		go func() { done <- drainPath(p, data) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(10 * time.Second):
			buf := make([]byte, 1<<20)
			t.Fatalf("reading %d bytes did not end in 10s:\n%s", len(data), buf[:runtime.Stack(buf, true)])
		}
	}
}

// fuzzDir is a directory for a fuzz target's input file, removed when
// the target ends.
func fuzzDir(f *testing.F) string {
	d, err := os.MkdirTemp("/dev/shm", "newsfacts-fuzz-")
	if err != nil {
		return f.TempDir()
	}
	f.Cleanup(func() { os.RemoveAll(d) })
	return d
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte(response("https://a.example/", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", "<p>x</p>")))
	f.Add(gz(response("https://a.example/", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n", "x")))
	f.Add(revisitSeed(f))
	// A record whose length runs into the next one, and a cut gzip member
	// between whole ones: reading resyncs at the next record start.
	f.Add([]byte(page(0) + lie(f, page(1), 40) + page(2)))
	f.Add(concat(gz(page(0)), gz(page(1))[:60], gz(page(2))))
	f.Fuzz(fuzzDrain(f, "f.warc"))
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","html":"<p>x</p>"}` + "\n" + `{"text":1}`))
	f.Fuzz(fuzzDrain(f, "f.jsonl"))
}

func FuzzTar(f *testing.F) {
	f.Add(makeTar(&testing.T{}, hostile...))
	f.Fuzz(fuzzDrain(f, "f.tar"))
}

// revisitSeed is a WARC with a response, a revisit of it under another
// URL and a revisit that points nowhere.
func revisitSeed(tb testing.TB) []byte {
	return archive(tb, false, func(a *warcgen.Archive) error {
		d, err := withOriginal(a)
		if err != nil {
			return err
		}
		if err := a.Revisit(warcgen.Revisit{URI: urlCopy, Date: day0, Profile: warcgen.IdenticalPayload, PayloadDigest: d, Head: htmlOK}); err != nil {
			return err
		}
		return a.Revisit(warcgen.Revisit{URI: urlCopy, Date: day0, Profile: warcgen.ServerNotModified, RefersToURI: "https://x.example/", RefersToDate: day0})
	})
}

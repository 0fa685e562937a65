package corpus

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// drain reads every item of one file source; it must end without a panic
// or an endless loop.
func drain(t *testing.T, name string, data []byte) {
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Open([]string{p}, Options{MaxBytes: 1 << 16, MaxTotalBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for n := 0; ; n++ {
		if n > len(data)+10 {
			t.Fatalf("more items (%d) than input bytes", n)
		}
		if _, err := r.Next(context.Background()); err == io.EOF {
			return
		} else if err != nil {
			t.Fatal(err)
		}
	}
}

func FuzzWARC(f *testing.F) {
	f.Add([]byte(response("https://a.example/", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", "<p>x</p>")))
	f.Add(gz(response("https://a.example/", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n", "x")))
	f.Fuzz(func(t *testing.T, data []byte) { drain(t, "f.warc", data) })
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","html":"<p>x</p>"}` + "\n" + `{"text":1}`))
	f.Fuzz(func(t *testing.T, data []byte) { drain(t, "f.jsonl", data) })
}

func FuzzTar(f *testing.F) {
	f.Add(makeTar(&testing.T{}, hostile...))
	f.Fuzz(func(t *testing.T, data []byte) { drain(t, "f.tar", data) })
}

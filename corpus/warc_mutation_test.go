package corpus

import (
	"math/rand"
	"testing"
	"time"
)

// TestWARCMutationsEnd reads 500 damaged variants of a gzipped WARC
// record: each must end (no hang, no panic).
func TestWARCMutationsEnd(t *testing.T) {
	seed := gz(response("https://a.example/", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n", "x"))
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 500; i++ {
		d := append([]byte(nil), seed...)
		for k := 0; k < 1+r.Intn(4); k++ {
			switch r.Intn(3) {
			case 0:
				d = d[:r.Intn(len(d))]
			case 1:
				d[r.Intn(len(d))] = byte(r.Intn(256))
			case 2:
				p := r.Intn(len(d))
				d = append(d[:p], d[p+1:]...)
			}
			if len(d) == 0 {
				d = []byte{0}
			}
		}
		done := make(chan bool)
		go func() { drain(t, "f.warc", d); close(done) }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			t.Fatalf("hang on %q", d)
		}
	}
}

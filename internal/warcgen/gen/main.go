// Command gen writes a CC-NEWS-style WARC of synthetic news pages, for
// benchmarks: go run ./internal/warcgen/gen -n 300 -o pages.warc.gz
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/newsfacts/newsfacts/internal/warcgen"
)

func main() {
	n := flag.Int("n", 300, "number of article pages")
	seed := flag.Uint64("seed", 1, "page stream seed")
	out := flag.String("o", "pages.warc.gz", "output `FILE`")
	flag.Parse()
	if err := write(*out, warcgen.Options{Pages: *n, Seed: *seed, Noise: true}); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func write(path string, opt warcgen.Options) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	if _, err := warcgen.Write(bw, opt); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

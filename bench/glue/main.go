// Command glue is the baseline newsfacts is timed against: go-trafilatura
// for the article text, then prose v3 entities over that text, with a
// fixed number of workers. It lives in its own module so that the
// newsfacts module never depends on a peer extractor; it is used only by
// bench/compare.sh.
//
// Usage: go run . -j 2 -o /dev/null ../../../shared/eval/aeb-dev/html
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/jdkato/prose/v3"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

type entity struct {
	Text  string `json:"text"`
	Label string `json:"label"`
	Start int    `json:"start"`
}

type sheet struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Entities []entity `json:"entities"`
	Error    string   `json:"error,omitempty"`
}

// textOnly skips the entity stage (-text-only).
var textOnly bool

func main() {
	workers := flag.Int("j", 2, "pages processed at once")
	out := flag.String("o", "", "write one JSON line per page to `FILE` (default: discard)")
	flag.BoolVar(&textOnly, "text-only", false, "go-trafilatura alone: no prose entities (the baseline for newsfacts run -text-only)")
	flag.Parse()
	var paths []string
	for _, dir := range flag.Args() {
		ps, _ := filepath.Glob(filepath.Join(dir, "*.html*"))
		paths = append(paths, ps...)
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		fmt.Fprintln(os.Stderr, "glue: no .html or .html.gz files in", flag.Args())
		os.Exit(2)
	}
	w := io.Discard
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "glue:", err)
			os.Exit(2)
		}
		defer f.Close()
		w = f
	}
	start := time.Now()
	sheets := process(paths, *workers)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	ents := 0
	for _, s := range sheets {
		ents += len(s.Entities)
		enc.Encode(s)
	}
	bw.Flush()
	el := time.Since(start)
	fmt.Fprintf(os.Stderr, "glue: %d pages, %d entities, %d workers, %.3fs, %.2f pages/s\n",
		len(paths), ents, *workers, el.Seconds(), float64(len(paths))/el.Seconds())
}

// process runs the pages through workers goroutines and returns the
// sheets in input order.
func process(paths []string, workers int) []sheet {
	sheets := make([]sheet, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				sheets[i] = page(paths[i])
			}
		}()
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return sheets
}

func page(p string) sheet {
	s := sheet{ID: strings.TrimSuffix(strings.TrimSuffix(filepath.Base(p), ".gz"), ".html")}
	raw, err := read(p)
	if err != nil {
		s.Error = err.Error()
		return s
	}
	res, err := trafilatura.Extract(bytes.NewReader(raw), trafilatura.Options{})
	if err != nil {
		s.Error = err.Error()
		return s
	}
	s.Text = res.ContentText
	if textOnly {
		return s
	}
	doc, err := prose.NewDocument(s.Text)
	if err != nil {
		s.Error = err.Error()
		return s
	}
	for _, e := range doc.Entities() {
		s.Entities = append(s.Entities, entity{Text: e.Text, Label: e.Label, Start: e.Start})
	}
	return s
}

func read(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(p, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, err
		}
		r = zr
	}
	return io.ReadAll(r)
}

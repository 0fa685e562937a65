package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/pipeline"
)

func cmdRun(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "run", "[flags] [SOURCE...]", `
Process a corpus into fact sheets, one JSON line per article, in input
order. SOURCE is a file (.html, .htm, .txt, any of them .gz), a directory
(walked recursively, sorted) or "-" for standard input. With no SOURCE,
the sample corpus built into the binary is processed.`)
	out := fs.String("o", "", "write the sheets to `FILE` (through a temporary file renamed at the end); default standard output")
	workers := fs.Int("j", 0, "process `N` articles at once (default: the number of cores)")
	textOnly := fs.Bool("text-only", false, "skip the NLP stages: text and metadata only")
	lexicon := rulesFlag(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	lex, err := lexicon()
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts run: %v\n", err)
		return exitUsage
	}
	var r *corpus.Reader
	if fs.NArg() == 0 {
		r = corpus.OpenSample()
	} else {
		r, err = corpus.Open(fs.Args(), corpus.Options{Stdin: e.stdin})
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts run: %v\n", err)
		return exitUsage
	}
	w, commit, err := openOutput(*out, e.stdout)
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts run: %v\n", err)
		return exitUsage
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	start := time.Now()
	st, err := pipeline.Run(ctx, r, pipeline.Options{Workers: *workers, TextOnly: *textOnly, Lexicon: lex}, func(s *pipeline.Sheet) error {
		for _, se := range s.Errors {
			fmt.Fprintf(e.stderr, "newsfacts run: %s\n", se.Message)
		}
		return pipeline.Emit(bw, s)
	})
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := commit(err == nil); err == nil {
		err = cerr
	}
	fmt.Fprintf(e.stderr, "newsfacts run: %d articles, %d failed; %d entities, %d quotes, %d numbers, %d claims; %s\n",
		st.Articles, st.Failed, st.Entities, st.Quotes, st.Numbers, st.Claims, time.Since(start).Round(time.Millisecond))
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts run: %v\n", err)
		return exitUsage
	}
	if st.Failed > 0 {
		return exitFailed
	}
	return exitOK
}

// openOutput returns the writer for -o: stdout when path is empty, else a
// temporary file beside path that commit(true) renames into place and
// commit(false) removes, so a crash never leaves a torn file.
func openOutput(path string, stdout io.Writer) (io.Writer, func(ok bool) error, error) {
	if path == "" || path == "-" {
		return stdout, func(bool) error { return nil }, nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, nil, fmt.Errorf("create output: %w", err)
	}
	commit := func(ok bool) error {
		cerr := f.Close()
		if !ok || cerr != nil {
			os.Remove(f.Name())
			return cerr
		}
		if err := os.Rename(f.Name(), path); err != nil {
			os.Remove(f.Name())
			return fmt.Errorf("finish output: %w", err)
		}
		return nil
	}
	return f, commit, nil
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/pipeline"
)

func cmdExtract(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "extract", "[flags] FILE|URL|-", `
Print the fact sheet of one article as indented JSON. FILE is an HTML or
plain-text file (optionally .gz), URL an http(s) address fetched politely
(robots.txt, timeouts, size cap: see the flags); "-" reads standard input.
Exit 1 when the article failed (its sheet is still printed, with the
error).`)
	textOnly := fs.Bool("text-only", false, "skip the NLP stages: text and metadata only")
	lexicon := rulesFlag(fs)
	fetchOpt := fetchFlags(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		return usageError(fs, "want one FILE, URL or -, got %d arguments", fs.NArg())
	}
	lex, err := lexicon()
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts extract: %v\n", err)
		return exitUsage
	}
	r, err := corpus.Open(fs.Args(), corpus.Options{Stdin: e.stdin, Fetcher: corpus.NewFetcher(fetchOpt())})
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts extract: %v\n", err)
		return exitUsage
	}
	defer r.Close()
	it, err := r.Next(ctx)
	if errors.Is(err, io.EOF) {
		err = fmt.Errorf("%s: no article found", fs.Arg(0))
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts extract: %v\n", err)
		return exitUsage
	}
	s := pipeline.Process(ctx, it, pipeline.Options{TextOnly: *textOnly, Lexicon: lex})
	if err := pipeline.EmitIndented(e.stdout, s); err != nil {
		fmt.Fprintf(e.stderr, "newsfacts extract: %v\n", err)
		return exitFailed
	}
	for _, se := range s.Errors {
		fmt.Fprintf(e.stderr, "newsfacts extract: %s\n", se.Message)
	}
	if s.Failed() {
		return exitFailed
	}
	return exitOK
}

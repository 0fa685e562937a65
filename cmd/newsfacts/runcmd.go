package main

import (
	"context"
	"fmt"
	"time"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/pipeline"
)

func cmdRun(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "run", "[flags] [SOURCE...]", `
Process a corpus into fact sheets, one JSON line per article, in input
order. SOURCE is a file (.html, .htm, .txt, any of them .gz), a directory
(walked recursively, sorted), a WARC file (.warc, .warc.gz: its HTTP
responses with an HTML or text type), a JSON Lines file of articles
(.jsonl, .jsonl.gz: "id", "url", "html" or "text"), a .tar, .tar.gz,
.tgz or .zip archive, an http(s) URL (fetched politely, see the flags),
or "-" for standard input. With no SOURCE, the sample corpus built into
the binary is processed.

An article that cannot be read, fetched or processed still gets a sheet
with its error; the run goes on and exits 1. Progress is shown on
standard error when it is a terminal; a summary line ends every run.

With -o, sheets go to FILE.partial, renamed to FILE when the run ends. A
run that is killed leaves FILE.partial; run the same command again with
-resume to continue it: the whole lines in FILE.partial are kept (a torn
last line is cut off), the articles they hold are skipped, the rest are
appended, so every article ends up in FILE exactly once. -resume on a
finished FILE continues it the same way.`)
	out := fs.String("o", "", "write the sheets to `FILE` (through FILE.partial, renamed at the end); default standard output")
	resume := fs.Bool("resume", false, "continue the run that left -o FILE.partial (or FILE): skip the articles written there, append the rest")
	workers := fs.Int("j", 0, "process `N` articles at once (default: the number of cores)")
	textOnly := fs.Bool("text-only", false, "skip the NLP stages: text and metadata only")
	fetchOpt := fetchFlags(fs)
	lexicon := rulesFlag(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	lex, err := lexicon()
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts run: %v\n", err)
		return exitUsage
	}
	o, err := pipeline.OpenOutput(*out, e.stdout, *resume)
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts run: %v\n", err)
		return exitUsage
	}
	r, err := openRunSources(e, fs.Args(), o, fetchOpt())
	if err != nil {
		o.Commit(false)
		fmt.Fprintf(e.stderr, "newsfacts run: %v\n", err)
		return exitUsage
	}
	defer r.Close()
	return runSheets(ctx, e, r, o, pipeline.Options{Workers: *workers, TextOnly: *textOnly, Lexicon: lex})
}

// openRunSources opens the sources (or the sample corpus), skipping what
// o kept from an earlier run.
func openRunSources(e env, specs []string, o *pipeline.Output, fo corpus.FetchOptions) (*corpus.Reader, error) {
	if len(specs) == 0 {
		return corpus.OpenSample(), nil
	}
	opt := corpus.Options{Stdin: e.stdin, DeferFetch: true, Fetcher: corpus.NewFetcher(fo)}
	if o.Resumed > 0 {
		opt.Skip = o.Skip
	}
	return corpus.Open(specs, opt)
}

// runSheets runs the pipeline from r into o, with progress and the
// summary line, and returns the exit code.
func runSheets(ctx context.Context, e env, r *corpus.Reader, o *pipeline.Output, opt pipeline.Options) int {
	total := -1
	if isTerminal(e.stderr) {
		if n, ok := r.Total(); ok {
			total = max(0, n-o.Resumed)
		}
	}
	p := newProgress(e.stderr, total)
	start := time.Now()
	st, err := pipeline.Run(ctx, r, opt, func(s *pipeline.Sheet) error {
		if s.Failed() {
			p.clear()
			for _, se := range s.Errors {
				fmt.Fprintf(e.stderr, "newsfacts run: %s\n", se.Message)
			}
		}
		p.add(s.Failed())
		return o.Write(s)
	})
	if cerr := o.Commit(err == nil); err == nil {
		err = cerr
	}
	p.clear()
	resumed := ""
	if o.Resumed > 0 {
		resumed = fmt.Sprintf(" (after %d resumed, %d of them failed)", o.Resumed, o.ResumedFailed)
	}
	fmt.Fprintf(e.stderr, "newsfacts run: %d articles, %d failed%s; %d entities, %d quotes, %d numbers, %d claims; %s\n",
		st.Articles, st.Failed, resumed, st.Entities, st.Quotes, st.Numbers, st.Claims, time.Since(start).Round(time.Millisecond))
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts run: %v\n", err)
		if o.Path() != "" {
			fmt.Fprintf(e.stderr, "newsfacts run: the sheets so far are in %s; add -resume to continue\n", o.Path())
		}
		return exitUsage
	}
	if st.Articles == 0 && o.Resumed == 0 {
		fmt.Fprintf(e.stderr, "newsfacts run: no articles found in the sources given\n")
		return exitUsage
	}
	if st.Failed > 0 || o.ResumedFailed > 0 {
		return exitFailed
	}
	return exitOK
}

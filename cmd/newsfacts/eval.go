package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/internal/score"
	"github.com/newsfacts/newsfacts/pipeline"
)

func cmdEval(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "eval", "[flags] GOLD_DIR SOURCE...", `
Score extraction against annotated gold. GOLD_DIR holds one <article id>.json
per article in the format of ANNOTATION.md (people, organizations, places,
quotes with speakers, numbers, optional claims). The articles in SOURCE (as
for 'newsfacts run') are processed and matched to the gold by id; with
-sheets, fact sheets written earlier are scored instead.

Prints precision, recall and F1 per kind (micro averages over the
articles), speaker accuracy over matched quotes, and with -v each article's
misses, false hits and wrong speakers.`)
	asJSON := fs.Bool("json", false, `print the scores as JSON: {"people": {"p":…, "r":…, "f1":…}, …, "speaker": {"accuracy":…}}`)
	verbose := fs.Bool("v", false, "list each article's misses, false hits and wrong speakers")
	sheets := fs.String("sheets", "", "score the fact sheets in `FILE` (JSON Lines) instead of processing SOURCE")
	out := fs.String("o", "", "also write the sheets processed to `FILE` (JSON Lines), to score them again or with another scorer")
	workers := fs.Int("j", 0, "process `N` articles at once (default: the number of cores)")
	lexicon := rulesFlag(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	switch {
	case fs.NArg() < 1:
		return usageError(fs, "want GOLD_DIR and SOURCE..., or -sheets FILE and GOLD_DIR")
	case *sheets == "" && fs.NArg() == 1:
		return usageError(fs, "want at least one SOURCE after GOLD_DIR (or -sheets FILE)")
	case *sheets != "" && fs.NArg() > 1:
		return usageError(fs, "-sheets takes GOLD_DIR alone, no SOURCE")
	case *sheets != "" && *out != "":
		return usageError(fs, "-o writes processed sheets; it does not go with -sheets")
	}
	fail := func(code int, err error) int {
		fmt.Fprintf(e.stderr, "newsfacts eval: %v\n", err)
		return code
	}
	golds, err := score.ReadGoldDir(fs.Arg(0))
	if err != nil {
		return fail(exitUsage, err)
	}
	lex, err := lexicon()
	if err != nil {
		return fail(exitUsage, err)
	}
	var ss *score.Sheets
	failed := 0
	if *sheets != "" {
		ss, err = readSheetsFile(*sheets)
	} else {
		ss, failed, err = processSheets(ctx, e, fs.Args()[1:], *out, pipeline.Options{Lexicon: lex, Workers: *workers})
	}
	if err != nil {
		return fail(exitUsage, err)
	}
	res := score.Score(golds, ss)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(res.Report(*verbose))
	} else {
		err = res.WriteText(e.stdout, *verbose)
	}
	if err != nil {
		return fail(exitFailed, err)
	}
	if failed > 0 {
		return exitFailed
	}
	return exitOK
}

func readSheetsFile(path string) (*score.Sheets, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read sheets: %w", err)
	}
	defer f.Close()
	ss, err := score.ReadSheets(f)
	if err != nil {
		return nil, fmt.Errorf("read sheets %s: %w", path, err)
	}
	return ss, nil
}

// processSheets runs the pipeline over the sources and keeps the scored
// parts of each sheet, exactly as they read back from JSON, writing the
// sheets to out too unless it is empty. It returns the number of articles
// that failed; their errors go to stderr.
func processSheets(ctx context.Context, e env, sources []string, out string, opt pipeline.Options) (*score.Sheets, int, error) {
	r, err := corpus.Open(sources, corpus.Options{Stdin: e.stdin})
	if err != nil {
		return nil, 0, err
	}
	defer r.Close()
	var o *pipeline.Output
	if out != "" {
		if o, err = pipeline.OpenOutput(out, e.stdout, false); err != nil {
			return nil, 0, err
		}
	}
	ss := &score.Sheets{}
	st, err := pipeline.Run(ctx, r, opt, func(s *pipeline.Sheet) error {
		for _, se := range s.Errors {
			fmt.Fprintf(e.stderr, "newsfacts eval: %s\n", se.Message)
		}
		var buf bytes.Buffer
		if err := pipeline.Emit(&buf, s); err != nil {
			return err
		}
		sc, err := score.DecodeSheet(buf.Bytes())
		if err != nil {
			return err
		}
		ss.Add(sc)
		if o != nil {
			return o.Write(s)
		}
		return nil
	})
	if o != nil {
		if cerr := o.Commit(err == nil); err == nil {
			err = cerr
		}
	}
	return ss, st.Failed, err
}

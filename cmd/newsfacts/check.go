package main

import (
	"context"
	"fmt"

	"github.com/newsfacts/newsfacts/pipeline"
)

func cmdCheck(ctx context.Context, e env, args []string) int {
	fs := newFlags(e, "check", "[flags] DIR", `
Regression-test fact sheets against golden fixtures. DIR holds one folder
per case with one input (an .html, .htm or .txt file, optionally .gz, or a
.url file "FILE.warc.gz URI" naming a page in a WARC beside it) and
want.json, the sheet expected from it. Each case's sheet is compared with
want.json (only the order of object keys is ignored) and every difference
is printed as "case: field.path: old -> new". Broken offsets (text[start:end]
not equal to a fact's text) fail a case too.

Exit status: 0 when every case matches, 1 when any differs or has no
want.json, 2 on bad usage. With -update, want.json is rewritten with the
sheets the cases give now.`)
	updateFlag := fs.Bool("update", false, "rewrite each case's want.json with the sheet it gives now")
	workers := fs.Int("j", 0, "run `N` cases at once (default: the number of cores)")
	lexicon := rulesFlag(fs)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		return usageError(fs, "want one DIR, got %d arguments", fs.NArg())
	}
	lex, err := lexicon()
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts check: %v\n", err)
		return exitUsage
	}
	opt := pipeline.CheckOptions{Options: pipeline.Options{Lexicon: lex, Workers: *workers}, Update: *updateFlag}
	res, err := pipeline.Check(ctx, fs.Arg(0), opt)
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts check: %v\n", err)
		return exitUsage
	}
	failed, err := pipeline.WriteCheckReport(e.stdout, res)
	if err != nil {
		fmt.Fprintf(e.stderr, "newsfacts check: %v\n", err)
		return exitFailed
	}
	if failed > 0 {
		return exitFailed
	}
	return exitOK
}

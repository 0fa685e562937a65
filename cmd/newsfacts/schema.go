package main

import (
	"context"
	"fmt"

	"github.com/newsfacts/newsfacts/pipeline"
)

func cmdSchema(_ context.Context, e env, args []string) int {
	fs := newFlags(e, "schema", "", `
Print the JSON Schema (draft 2020-12) of the fact sheet that extract and
run write. The schema carries its version (`+pipeline.SchemaID+`), which
changes whenever the sheet's shape does.`)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() != 0 {
		return usageError(fs, "takes no arguments, got %d", fs.NArg())
	}
	if _, err := e.stdout.Write(pipeline.Schema()); err != nil {
		fmt.Fprintf(e.stderr, "newsfacts schema: %v\n", err)
		return exitFailed
	}
	return exitOK
}

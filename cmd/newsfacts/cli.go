package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Exit codes.
const (
	exitOK     = 0 // every article processed
	exitFailed = 1 // some articles failed (their sheets carry the errors)
	exitUsage  = 2 // bad usage or setup
)

// env is what a subcommand may touch: its streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

type command struct {
	summary string
	run     func(ctx context.Context, e env, args []string) int
}

func commands() map[string]command {
	return map[string]command{
		"extract": {"print one article's fact sheet as indented JSON", cmdExtract},
		"run":     {"process a corpus into fact sheets, one JSON line each", cmdRun},
		"check":   {"regression-test fact sheets against golden fixtures", cmdCheck},
		"eval":    {"score extraction against annotated gold: P/R/F1 per fact kind", cmdEval},
		"schema":  {"print the fact sheet's JSON Schema", cmdSchema},
		"fetch":   {"fetch pages politely into a WARC file", cmdFetch},
	}
}

// run is the whole CLI: it parses args, runs a subcommand and returns the
// exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{stdin: stdin, stdout: stdout, stderr: stderr}
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr, cmds)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "newsfacts: unknown command %q\n\n", args[0])
		usage(stderr, cmds)
		return exitUsage
	}
	return c.run(ctx, e, args[1:])
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "newsfacts turns news articles into JSON fact sheets: entities, quotes, numbers and claims,")
	fmt.Fprintln(w, "each pinned to the exact words it came from.")
	fmt.Fprintln(w, "\nUsage: newsfacts COMMAND [flags] [args]\n\nCommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'newsfacts COMMAND -h' for a command's flags. With no arguments, 'newsfacts run'")
	fmt.Fprintln(w, "processes the sample corpus built into the binary.")
}

// newFlags returns a FlagSet that prints its usage to e.stderr.
func newFlags(e env, name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: newsfacts %s %s\n\n%s\n", name, synopsis, strings.TrimSpace(about))
		var hasFlags bool
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(e.stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args; it returns the exit code to stop with, or -1 to
// go on. -h prints the usage and stops with exitOK; a bad flag prints
// "newsfacts NAME: ERROR" and the usage and stops with exitUsage.
func parseFlags(fs *flag.FlagSet, args []string) int {
	out, usage := fs.Output(), fs.Usage
	fs.SetOutput(io.Discard) // the flag package's own messages lack the "newsfacts NAME:" prefix
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.SetOutput(out)
	fs.Usage = usage
	switch {
	case err == nil:
		return -1
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return exitOK
	}
	return usageError(fs, "%v", err)
}

// usageError prints "newsfacts NAME: MESSAGE", a blank line and fs's usage,
// and returns exitUsage.
func usageError(fs *flag.FlagSet, format string, args ...any) int {
	fmt.Fprintf(fs.Output(), "newsfacts %s: %s\n\n", fs.Name(), fmt.Sprintf(format, args...))
	fs.Usage()
	return exitUsage
}

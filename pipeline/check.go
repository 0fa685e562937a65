package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"golang.org/x/sync/errgroup"
)

// CheckOptions configure Check.
type CheckOptions struct {
	// Options process each case's article (Lexicon, Workers: the number of
	// cases run at once, 0 meaning GOMAXPROCS).
	Options
	// Update rewrites each case's want.json with the sheet it now gives.
	Update bool
}

// CaseResult is the outcome of one golden case.
type CaseResult struct {
	Case
	// Got is the sheet the case gives now, as indented JSON.
	Got []byte
	// Diffs are the differences from want.json to Got, in document order.
	Diffs []Difference
	// Spans lists broken span invariants in Got (see SpanErrors).
	Spans []string
	// NoWant is set when want.json is missing (and Update is off).
	NoWant bool
	// Updated is set when Update wrote a changed or new want.json.
	Updated bool
	// Err is a failure to read the input or want.json, or to write it.
	Err error
}

// OK reports whether the case passed: it ran, want.json exists and matches,
// and every span holds.
func (r *CaseResult) OK() bool {
	return r.Err == nil && !r.NoWant && len(r.Diffs) == 0 && len(r.Spans) == 0
}

// RunCase processes the case's input and returns its sheet as indented
// JSON (the form want.json holds) along with the sheet.
func RunCase(ctx context.Context, c Case, opt Options) ([]byte, *Sheet, error) {
	it, err := c.Item(ctx)
	if err != nil {
		return nil, nil, err
	}
	s := Process(ctx, it, opt)
	var buf bytes.Buffer
	if err := EmitIndented(&buf, s); err != nil {
		return nil, nil, fmt.Errorf("case %s: %w", c.Name, err)
	}
	return buf.Bytes(), s, nil
}

// Check runs every case in dir (see FindCases), opt.Workers at a time, and
// compares each sheet with its want.json, rewriting want.json when
// opt.Update is set. It fails only when dir holds no valid cases or ctx is
// done; per-case failures are in the results, in case order.
func Check(ctx context.Context, dir string, opt CheckOptions) ([]CaseResult, error) {
	cases, err := FindCases(dir)
	if err != nil {
		return nil, err
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	res := make([]CaseResult, len(cases))
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	for i, c := range cases {
		g.Go(func() error {
			res[i] = checkCase(ctx, c, opt)
			return ctx.Err()
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return res, nil
}

func checkCase(ctx context.Context, c Case, opt CheckOptions) CaseResult {
	r := CaseResult{Case: c}
	got, s, err := RunCase(ctx, c, opt.Options)
	if err != nil {
		r.Err = err
		return r
	}
	r.Got, r.Spans = got, SpanErrors(s)
	want, err := os.ReadFile(c.WantPath())
	switch {
	case os.IsNotExist(err) && !opt.Update:
		r.NoWant = true
		return r
	case err != nil && !os.IsNotExist(err):
		r.Err = fmt.Errorf("case %s: %w", c.Name, err)
		return r
	case err == nil:
		r.Diffs, err = DiffJSON(want, got)
		if err != nil {
			r.Err = fmt.Errorf("case %s: %s: %w", c.Name, WantFile, err)
			if !opt.Update {
				return r
			}
		}
	}
	if opt.Update && (want == nil || r.Err != nil || len(r.Diffs) > 0 || !bytes.Equal(want, got)) {
		r.Err = writeFileAtomic(c.WantPath(), got)
		r.Updated = r.Err == nil
		if r.Updated {
			r.Diffs = nil
		}
	}
	return r
}

// writeFileAtomic writes b to a temporary file beside path and renames it
// into place, so a crash never leaves a torn file.
func writeFileAtomic(path string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// WriteCheckReport prints every failing case's problems, one line each
// ("barnet: quotes[5].speaker: "Liron Velleman" -> "Ella Rose""), the cases
// updated, and a summary line. It returns the number of failing cases.
func WriteCheckReport(w io.Writer, res []CaseResult) (failed int, err error) {
	ew := &lineWriter{w: w}
	updated := 0
	for i := range res {
		r := &res[i]
		switch {
		case r.Err != nil:
			ew.printf("%s: error: %v\n", r.Name, r.Err)
		case r.NoWant:
			ew.printf("%s: no %s: run 'newsfacts check -update' to write it\n", r.Name, r.WantPath())
		}
		for _, d := range r.Diffs {
			ew.printf("%s: %s\n", r.Name, d)
		}
		for _, s := range r.Spans {
			ew.printf("%s: span: %s\n", r.Name, s)
		}
		if r.Updated {
			updated++
			ew.printf("%s: updated %s\n", r.Name, r.WantPath())
		}
		if !r.OK() {
			failed++
		}
	}
	ew.printf("%d cases: %d passed, %d failed", len(res), len(res)-failed, failed)
	if updated > 0 {
		ew.printf(", %d updated", updated)
	}
	ew.printf("\n")
	return failed, ew.err
}

// lineWriter keeps the first write error.
type lineWriter struct {
	w   io.Writer
	err error
}

func (l *lineWriter) printf(format string, args ...any) {
	if l.err == nil {
		_, l.err = fmt.Fprintf(l.w, format, args...)
	}
}

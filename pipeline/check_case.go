package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsfacts/newsfacts/corpus"
)

// WantFile is the name of a golden case's expected sheet.
const WantFile = "want.json"

// Case is one golden fixture: a folder holding one input (an .html, .htm,
// .txt or .xhtml file, optionally .gz, or a .url file naming a page in a
// WARC) and WantFile, the sheet expected from it.
type Case struct {
	Name  string // the folder's name
	Dir   string // the folder
	Input string // the input file's path
}

// WantPath is the path of the case's expected sheet.
func (c Case) WantPath() string { return filepath.Join(c.Dir, WantFile) }

// FindCases returns the cases in dir, one per sub-folder, sorted by name.
// A folder with no input file, or with more than one, is an error naming
// it; files that are not inputs (want.json, notes) are ignored.
func FindCases(dir string) ([]Case, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read cases: %w", err)
	}
	var cases []Case
	for _, e := range ents {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		c, err := findCase(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("read cases: no case folders in %s", dir)
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].Name < cases[j].Name })
	return cases, nil
}

func findCase(dir string) (Case, error) {
	c := Case{Name: filepath.Base(dir), Dir: dir}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return c, fmt.Errorf("case %s: %w", c.Name, err)
	}
	var inputs []string
	for _, e := range ents {
		n := e.Name()
		if e.Type().IsRegular() && !strings.HasPrefix(n, ".") && (corpus.IsArticleFile(n) || strings.HasSuffix(n, ".url")) {
			inputs = append(inputs, n)
		}
	}
	if len(inputs) != 1 {
		return c, fmt.Errorf("case %s: %d input files %v, want exactly one (.html, .htm, .txt, .gz of those, or .url)", c.Name, len(inputs), inputs)
	}
	c.Input = filepath.Join(dir, inputs[0])
	return c, nil
}

// Item reads the case's input. The item's Source is the input's name
// within the case folder, so sheets do not depend on where the folder is.
func (c Case) Item(ctx context.Context) (corpus.Item, error) {
	if strings.HasSuffix(c.Input, ".url") {
		return c.warcItem(ctx)
	}
	r, err := corpus.Open([]string{c.Input}, corpus.Options{})
	if err != nil {
		return corpus.Item{}, fmt.Errorf("case %s: %w", c.Name, err)
	}
	defer r.Close()
	it, err := r.Next(ctx)
	if err != nil {
		return corpus.Item{}, fmt.Errorf("case %s: %w", c.Name, err)
	}
	it.Source = filepath.Base(c.Input)
	return it, nil
}

// warcItem reads a .url input: one line "path/to/file.warc.gz URI", the
// path relative to the case folder, naming the record whose target URI is
// URI.
func (c Case) warcItem(ctx context.Context) (corpus.Item, error) {
	name := filepath.Base(c.Input)
	b, err := os.ReadFile(c.Input)
	if err != nil {
		return corpus.Item{}, fmt.Errorf("case %s: %w", c.Name, err)
	}
	f := strings.Fields(string(b))
	if len(f) != 2 {
		return corpus.Item{}, fmt.Errorf("case %s: %s: want one line \"FILE.warc.gz URI\", got %d fields", c.Name, name, len(f))
	}
	warc, uri := f[0], f[1]
	path := warc
	if !filepath.IsAbs(path) {
		path = filepath.Join(c.Dir, filepath.FromSlash(warc))
	}
	r, err := corpus.Open([]string{path}, corpus.Options{})
	if err != nil {
		return corpus.Item{}, fmt.Errorf("case %s: %s: %w", c.Name, name, err)
	}
	defer r.Close()
	var readErr error // the first record (or the WARC itself) that failed
	for {
		it, err := r.Next(ctx)
		if errors.Is(err, io.EOF) && readErr != nil {
			return corpus.Item{}, fmt.Errorf("case %s: %s: no record for %s: %w", c.Name, name, uri, readErr)
		}
		if errors.Is(err, io.EOF) {
			return corpus.Item{}, fmt.Errorf("case %s: %s: no record for %s in %s", c.Name, name, uri, warc)
		}
		if err != nil {
			return corpus.Item{}, fmt.Errorf("case %s: %s: %w", c.Name, name, err)
		}
		if it.ID == uri || it.URL == uri {
			it.Source = warc + "#" + uri
			return it, nil
		}
		if it.Err != nil && readErr == nil {
			readErr = it.Err
		}
	}
}

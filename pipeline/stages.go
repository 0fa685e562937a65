package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"

	"github.com/newsfacts/newsfacts/corpus"
	"github.com/newsfacts/newsfacts/extract"
	"github.com/newsfacts/newsfacts/internal/nlp"
)

// Options configure how articles are processed.
type Options struct {
	// Lexicon holds the word lists; nil means extract.DefaultLexicon().
	Lexicon *extract.Lexicon
	// TextOnly skips the NLP stages: sheets carry text and metadata only.
	TextOnly bool
	// Workers is the number of articles processed at once by Run; 0 means
	// GOMAXPROCS.
	Workers int
}

func (o Options) lexicon() *extract.Lexicon {
	if o.Lexicon != nil {
		return o.Lexicon
	}
	return extract.DefaultLexicon()
}

// Annotate splits the body text into paragraphs, sentences and tagged
// tokens and finds entity candidates. It fails only when ctx is done.
func Annotate(ctx context.Context, text string) (*nlp.Doc, error) {
	return nlp.Annotate(ctx, text)
}

// Extract finds the entities, quotes, numbers and claims of an annotated
// article.
func Extract(d *nlp.Doc, lex *extract.Lexicon) extract.Facts {
	return extract.All(d, lex)
}

// Process runs every stage over one article and returns its sheet. It never
// fails: a stage's error is recorded in the sheet's Errors and the stages
// after it are skipped.
func Process(ctx context.Context, it corpus.Item, opt Options) *Sheet {
	s := newSheet(it.ID, it.Source)
	sum := sha256.Sum256(it.Body)
	s.SHA256 = hex.EncodeToString(sum[:])
	if it.URL != "" {
		s.Article.URL = it.URL
	}
	if it.Err != nil {
		s.addError("read", it.Err)
		return s
	}
	var pg Page
	cleaned := runStage(s, "clean", func() (err error) {
		pg, err = Clean(it)
		return err
	})
	if pg.Article.Authors != nil {
		s.Article = pg.Article
	}
	if s.Article.URL == "" {
		s.Article.URL = it.URL
	}
	s.Text = pg.Text
	if !cleaned || opt.TextOnly {
		return s
	}
	var d *nlp.Doc
	if !runStage(s, "annotate", func() (err error) {
		d, err = Annotate(ctx, s.Text)
		return err
	}) {
		return s
	}
	var f extract.Facts
	if runStage(s, "extract", func() error {
		f = Extract(d, opt.lexicon())
		return nil
	}) {
		s.Entities, s.Quotes, s.Numbers, s.Claims = nonNil(f.Entities), nonNil(f.Quotes), nonNil(f.Numbers), nonNil(f.Claims)
	}
	return s
}

// runStage runs one stage of Process and records its error on s, a panic
// included ("internal error: ..."), so one bad article never stops a run.
// It reports whether the stage succeeded.
func runStage(s *Sheet, stage string, f func() error) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			s.addError(stage, fmt.Errorf("internal error: %v", r))
			ok = false
		}
	}()
	if err := f(); err != nil {
		s.addError(stage, err)
		return false
	}
	return true
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func (s *Sheet) addError(stage string, err error) {
	s.Errors = append(s.Errors, StageError{Stage: stage, Message: fmt.Sprintf("%s: %s: %v", s.Source, stage, err)})
}

// Emit writes one sheet as a single line of JSON (JSON Lines) to w.
func Emit(w io.Writer, s *Sheet) error {
	b, err := json.Marshal(s)
	if err != nil {
		return fmt.Errorf("encode sheet %s: %w", s.ID, err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// EmitIndented writes one sheet as indented JSON to w.
func EmitIndented(w io.Writer, s *Sheet) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("encode sheet %s: %w", s.ID, err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

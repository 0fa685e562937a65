package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// jsonlArticle is one line of a JSON Lines article file.
type jsonlArticle struct {
	ID   string  `json:"id"`
	URL  string  `json:"url"`
	HTML *string `json:"html"`
	Text *string `json:"text"`
}

// jsonlSource yields one article per line of a JSON Lines file (optionally
// gzipped): {"id", "url", "html" or "text"}. A line that is not such an
// object, or is over the size cap, is an item with Err naming the line;
// blank lines are passed over. The id defaults to the url, then to
// "path:line".
type jsonlSource struct {
	opt  Options
	path string
	f    *os.File
	br   *bufio.Reader
	line int
	done bool
}

func openJSONL(opt Options, p string) (source, error) {
	f, br, err := openMaybeGzip(p, "jsonl")
	if err != nil {
		return nil, err
	}
	return &jsonlSource{opt: opt, path: p, f: f, br: br}, nil
}

func (s *jsonlSource) close() error { return s.f.Close() }

func (s *jsonlSource) next(context.Context) (Item, error) {
	for !s.done {
		b, err := readLine(s.br, s.opt.maxBytes())
		if err == io.EOF && len(b) == 0 {
			return Item{}, io.EOF
		}
		s.line++
		where := fmt.Sprintf("%s:%d", s.path, s.line)
		if err != nil && err != io.EOF && !errors.Is(err, ErrTooLarge) {
			s.done = true // a broken stream (bad gzip) cannot be read on
		}
		if err != nil && err != io.EOF {
			return Item{ID: where, Source: where, Err: fmt.Errorf("read %s line %d: %w", s.path, s.line, err)}, nil
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		return s.item(b, where), nil
	}
	return Item{}, io.EOF
}

func (s *jsonlSource) item(b []byte, where string) Item {
	var a jsonlArticle
	if err := json.Unmarshal(b, &a); err != nil {
		return Item{ID: where, Source: where, Err: fmt.Errorf("read %s line %d: %w", s.path, s.line, err)}
	}
	it := Item{ID: a.ID, URL: a.URL, Source: where}
	if it.ID == "" {
		it.ID = a.URL
	}
	if it.ID == "" {
		it.ID = where
	}
	switch {
	case a.HTML != nil:
		it.Body, it.Format = []byte(*a.HTML), FormatHTML
	case a.Text != nil:
		it.Body, it.Format = []byte(*a.Text), FormatText
	default:
		it.Err = fmt.Errorf("read %s line %d: no \"html\" or \"text\" field", s.path, s.line)
	}
	return it
}

// readLine reads one line without its end of line. A line longer than max
// bytes is read past and reported with ErrTooLarge. At the end of input it
// returns the last line (if any) with io.EOF.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	over := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !over && int64(len(line)+len(chunk)) > max+2 { // room for "\r\n"
			over, line = true, nil
		}
		if !over {
			line = append(line, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if over && (err == nil || err == io.EOF) {
			return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, max)
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

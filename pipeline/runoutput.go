package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// PartialSuffix is added to an output path for the file a run writes
// while it goes; the finished run renames it to the path.
const PartialSuffix = ".partial"

// Output is where a run writes its sheets, one JSON line each: standard
// output, or a file. A file is written as PATH.partial and renamed to
// PATH by Commit, so PATH is never torn. A run that dies (even by kill -9)
// leaves PATH.partial behind, and a run opened with resume continues it:
// it keeps the whole lines there (a torn last line is cut off), skips the
// articles they hold and appends the rest.
type Output struct {
	path, partial string
	f             *os.File
	bw            *bufio.Writer
	written       map[string]int
	// Resumed is the number of sheets kept from an earlier run.
	Resumed int
	// ResumedFailed is how many of those carry errors.
	ResumedFailed int
}

// OpenOutput opens path for writing sheets; "" or "-" means stdout. With
// resume (a file path only), what an earlier run left in PATH.partial, or
// else in PATH, is kept and continued. It fails when the file cannot be
// created or read, or resume is asked for stdout.
func OpenOutput(path string, stdout io.Writer, resume bool) (*Output, error) {
	if path == "" || path == "-" {
		if resume {
			return nil, errors.New("resume needs an output file (-o)")
		}
		return &Output{bw: bufio.NewWriterSize(stdout, 1<<16)}, nil
	}
	o := &Output{path: path, partial: path + PartialSuffix, written: map[string]int{}}
	flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if resume {
		if err := o.recover(); err != nil {
			return nil, err
		}
		flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(o.partial, flags, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open output: %w", err)
	}
	o.f, o.bw = f, bufio.NewWriterSize(f, 1<<16)
	return o, nil
}

// recover reads what an earlier run wrote, cuts it after its last whole
// sheet and notes the ids there.
func (o *Output) recover() error {
	if _, err := os.Stat(o.partial); errors.Is(err, os.ErrNotExist) {
		// A finished output is continued too (more sources, or a rerun).
		if err := os.Rename(o.path, o.partial); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("resume output: %w", err)
		}
	}
	f, err := os.OpenFile(o.partial, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("resume output: %w", err)
	}
	defer f.Close()
	keep, err := o.scan(f)
	if err != nil {
		return fmt.Errorf("resume output %s: %w", o.partial, err)
	}
	if err := f.Truncate(keep); err != nil {
		return fmt.Errorf("resume output: %w", err)
	}
	return nil
}

// scan reads sheets line by line and returns the length of the prefix
// made of whole, well-formed lines.
func (o *Output) scan(r io.Reader) (int64, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	var keep int64
	for {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			var s struct {
				ID     *string           `json:"id"`
				Errors []json.RawMessage `json:"errors"`
			}
			if json.Unmarshal(bytes.TrimSpace(line), &s) != nil || s.ID == nil {
				return keep, nil // a damaged line: redo from here
			}
			o.written[*s.ID]++
			o.Resumed++
			if len(s.Errors) > 0 {
				o.ResumedFailed++
			}
			keep += int64(len(line))
		}
		if err == io.EOF {
			return keep, nil
		}
		if err != nil {
			return keep, err
		}
	}
}

// Skip reports whether a sheet for id was kept from an earlier run, and
// counts it off (an id written twice is skipped twice). Use it as
// corpus.Options.Skip; it is not safe for concurrent use.
func (o *Output) Skip(id string) bool {
	if o.written[id] > 0 {
		o.written[id]--
		return true
	}
	return false
}

// Write appends one sheet as a JSON line.
func (o *Output) Write(s *Sheet) error { return Emit(o.bw, s) }

// Path is the file being written ("" for stdout): PATH.partial until
// Commit.
func (o *Output) Path() string { return o.partial }

// Commit flushes the sheets. With ok, a file output is synced and renamed
// to its final path; without, PATH.partial stays for a run with resume.
func (o *Output) Commit(ok bool) error {
	err := o.bw.Flush()
	if o.f == nil {
		return err
	}
	if err == nil && ok {
		err = o.f.Sync()
	}
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("finish output: %w", err)
	}
	if ok {
		if err := os.Rename(o.partial, o.path); err != nil {
			return fmt.Errorf("finish output: %w", err)
		}
	}
	return nil
}

package score

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// ReadGoldDir reads every *.json file of dir (sorted by name) as one
// gold article. A file that is not valid gold is an error naming it.
func ReadGoldDir(dir string) ([]Gold, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	var golds []Gold
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read gold: %w", err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("read gold %s: %w", p, err)
		}
		if g.ID == "" {
			return nil, fmt.Errorf("read gold %s: no id", p)
		}
		golds = append(golds, g)
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("read gold: no .json files in %s", dir)
	}
	return golds, nil
}

// DecodeSheet reads the scored parts of one fact sheet's JSON.
func DecodeSheet(b []byte) (Sheet, error) {
	var s Sheet
	if err := json.Unmarshal(b, &s); err != nil {
		return Sheet{}, fmt.Errorf("decode sheet: %w", err)
	}
	return s, nil
}

// ReadSheets reads fact sheets as JSON Lines, one sheet a line; blank
// lines are skipped. An invalid line is an error naming its number.
func ReadSheets(r io.Reader) (*Sheets, error) {
	ss := &Sheets{}
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			s, derr := DecodeSheet(line)
			if derr != nil {
				return nil, fmt.Errorf("line %d: %w", n, derr)
			}
			ss.Add(s)
		}
		if errors.Is(err, io.EOF) {
			return ss, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read sheets: %w", err)
		}
	}
}

// Package pipeline turns articles into fact sheets. Its stages are plain
// functions: Clean (page to body text and metadata), Annotate (sentences,
// tokens, entity candidates), Extract (facts) and Emit (JSON). Run drives
// them over a corpus and is the only place that starts goroutines.
package pipeline

import "github.com/newsfacts/newsfacts/extract"

// SchemaID names the fact sheet's shape; it changes whenever the shape does.
const SchemaID = "newsfacts/factsheet/v1"

// Article is the metadata of a page. Dates are RFC 3339; empty strings
// mean unknown.
type Article struct {
	Title       string   `json:"title"`
	Authors     []string `json:"authors"`
	Published   string   `json:"published"`
	Modified    string   `json:"modified"`
	Site        string   `json:"site"`
	URL         string   `json:"url"`
	Language    string   `json:"language"`
	Description string   `json:"description"`
}

// StageError is one failure recorded in a sheet: the stage (read, clean,
// annotate, extract) and what went wrong.
type StageError struct {
	Stage   string `json:"stage"`
	Message string `json:"message"`
}

// Sheet is the fact sheet of one article (schema newsfacts/factsheet/v1).
// Every span in it is a half-open UTF-8 byte range into Text.
type Sheet struct {
	Schema   string           `json:"schema"`
	ID       string           `json:"id"`
	Source   string           `json:"source"`
	SHA256   string           `json:"sha256"`
	Article  Article          `json:"article"`
	Text     string           `json:"text"`
	Entities []extract.Entity `json:"entities"`
	Quotes   []extract.Quote  `json:"quotes"`
	Numbers  []extract.Number `json:"numbers"`
	Claims   []extract.Claim  `json:"claims"`
	Errors   []StageError     `json:"errors"`
}

// Failed reports whether any stage recorded an error.
func (s *Sheet) Failed() bool { return len(s.Errors) > 0 }

// newSheet returns a sheet with every list non-nil, so JSON shows [] not null.
func newSheet(id, source string) *Sheet {
	return &Sheet{
		Schema:   SchemaID,
		ID:       id,
		Source:   source,
		Article:  Article{Authors: []string{}},
		Entities: []extract.Entity{},
		Quotes:   []extract.Quote{},
		Numbers:  []extract.Number{},
		Claims:   []extract.Claim{},
		Errors:   []StageError{},
	}
}
